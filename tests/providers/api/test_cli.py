"""The commands: credentials kept out of every file in clear, and a send killed then resumed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from campagne_desktop.cli.main import main
from campagne_desktop.context import AppContext
from campagne_desktop.services.campaign import create_campaign
from tests.conftest import PASSPHRASE, Clock, sample_profile

from .conftest import ALLOWED, build_batch, phone
from .fakes import FakeOvh

SRC = Path(__file__).resolve().parents[3] / "src"


@pytest.fixture
def clock() -> Clock:
    return Clock(ALLOWED)


@pytest.fixture
def campaign(passphrase_ctx, data_dir, tmp_path, monkeypatch, clock):
    """A passphrase campaign (no secure keyring, as on a headless machine) with a batch."""
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    original = AppContext.build.__func__

    def build(cls, paths, **kw):
        kw["clock"] = clock
        return original(cls, paths, **kw)

    monkeypatch.setattr(AppContext, "build", classmethod(build))
    db = create_campaign(passphrase_ctx, sample_profile())
    batch_id = build_batch(db, tmp_path, 60, names=60)
    db.close()
    return batch_id


def run(capsys, data_dir, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def set_ovh(capsys, data_dir, fake, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setenv("OVH_APPLICATION_KEY", FakeOvh.APP_KEY)
    monkeypatch.setenv("OVH_APPLICATION_SECRET", FakeOvh.APP_SECRET)
    monkeypatch.setenv("OVH_CONSUMER_KEY", FakeOvh.CONSUMER)
    return run(
        capsys,
        data_dir,
        "provider",
        "set",
        "ovh",
        "--endpoint",
        fake.endpoint,
        "--service",
        FakeOvh.SERVICE,
    )


def _files_holding(roots: list[Path], secrets: list[bytes]) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(secret in data for secret in secrets):
                    found.append(path)
    return found


def test_credentials_never_in_a_file_in_clear(
    capsys, data_dir, campaign, fake_ovh, monkeypatch, isolated_user_folders
) -> None:
    status, out, _ = set_ovh(capsys, data_dir, fake_ovh, monkeypatch)
    assert status == 0 and "encrypted campaign database" in out
    for var in ("OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY"):
        monkeypatch.delenv(var)
    status, out, _ = run(capsys, data_dir, "provider", "test")
    assert status == 0 and "1234" in out  # read back from the database, accepted by the fake
    status, out, _ = run(capsys, data_dir, "--json", "provider", "show")
    shown = json.loads(out)
    assert shown["credentials"] is True and shown["stored_in"] == "database"
    assert FakeOvh.APP_SECRET not in out and FakeOvh.CONSUMER not in out
    secrets = [FakeOvh.APP_SECRET.encode(), FakeOvh.CONSUMER.encode()]
    roots = [data_dir, isolated_user_folders]
    assert _files_holding(roots, secrets) == []
    # The scan can see a secret: the same bytes written in clear are found.
    (data_dir / "probe.txt").write_bytes(secrets[0])
    assert _files_holding(roots, secrets) == [data_dir / "probe.txt"]


def test_provider_refuses_http_to_another_machine(capsys, data_dir, campaign, monkeypatch) -> None:
    monkeypatch.setenv("SMSFACTOR_API_TOKEN", "t0ken")
    status, _, err = run(
        capsys, data_dir, "provider", "set", "smsfactor", "--endpoint", "http://example.org"
    )
    assert status == 1 and "https://" in err


@pytest.mark.slow
def test_send_killed_mid_way_then_resumed(
    capsys, data_dir, campaign, fake_ovh, monkeypatch, tmp_path
) -> None:
    assert set_ovh(capsys, data_dir, fake_ovh, monkeypatch)[0] == 0
    fake_ovh.hold_at = 20  # the 20th number is taken, its answer held back: kill then
    script = tmp_path / "campagne_at.py"
    script.write_text(
        "import sys\n"
        "from datetime import datetime\n"
        "from campagne_desktop.context import AppContext\n"
        "from campagne_desktop.cli.main import main\n"
        "original = AppContext.build.__func__\n"
        f"now = datetime.fromisoformat({ALLOWED.isoformat()!r})\n"
        "def build(cls, paths, **kw):\n"
        "    kw['clock'] = lambda: now\n"
        "    return original(cls, paths, **kw)\n"
        "AppContext.build = classmethod(build)\n"
        "sys.exit(main(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    process = subprocess.Popen(
        [sys.executable, str(script), "--data-dir", str(data_dir), "batch", "send", str(campaign)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert fake_ovh.holding.wait(60), "the send never reached the 20th number"
    finally:
        process.kill()
        process.wait(30)
    taken = sum(fake_ovh.received.values())
    assert 20 <= taken < 59  # killed mid-send, one message in flight
    fake_ovh.hold_at = None
    status, out, _ = run(capsys, data_dir, "--json", "batch", "send", str(campaign))
    report = json.loads(out)
    assert status == 0, report
    assert report["reconciled"] == 1  # the one in flight was found at OVHcloud, not resent
    expected = {phone(i): 1 for i in range(60) if i != 7}  # 7 is on OVHcloud's STOP list
    assert dict(fake_ovh.received) == expected
    status, out, _ = run(capsys, data_dir, "--json", "batch", "status", str(campaign))
    assert status == 0 and json.loads(out)["states"] == {"sent": 59, "failed": 1}


@pytest.mark.slow
def test_provider_wipe_needs_the_name(capsys, data_dir, campaign, fake_ovh, monkeypatch) -> None:
    assert set_ovh(capsys, data_dir, fake_ovh, monkeypatch)[0] == 0
    assert run(capsys, data_dir, "batch", "send", str(campaign))[0] == 0
    status, _, _ = run(capsys, data_dir, "provider", "wipe", "--confirm", "marie exemple")
    assert status == 1 and len(fake_ovh.jobs) == 59
    status, out, _ = run(capsys, data_dir, "provider", "wipe", "--confirm", "Marie Exemple")
    assert status == 0 and "sent messages 59" in out and fake_ovh.jobs == {}


def test_outside_hours_exit_3_unless_scheduled(
    capsys, data_dir, campaign, fake_ovh, monkeypatch, clock
) -> None:
    from datetime import datetime

    from .conftest import PARIS

    assert set_ovh(capsys, data_dir, fake_ovh, monkeypatch)[0] == 0
    clock.now = datetime(2026, 3, 3, 21, 30, tzinfo=PARIS)
    status, _, err = run(capsys, data_dir, "batch", "send", str(campaign))
    assert status == 3 and "Not now" in err and not fake_ovh.received
    status, _, err = run(
        capsys, data_dir, "batch", "send", str(campaign), "--at", "2026-03-08T10:00"
    )
    assert status == 3 and "not a sending day" in err  # a Sunday
    status, out, _ = run(capsys, data_dir, "batch", "send", str(campaign), "--at", "next")
    assert status == 0 and "04/03/2026 08:00" in out and "04/03/2026 20:00" in out
    assert {b["differedPeriod"] for b in fake_ovh.bodies} == {630}
