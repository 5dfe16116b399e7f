"""campagne batch export: the file's deadline, and --yes when it is less than 30 minutes away."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.context import AppContext
from tests.cli.test_campaign_commands import INIT, run

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def clock(monkeypatch):
    from tests.conftest import PASSPHRASE, Clock

    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    clock = Clock(datetime(2026, 3, 13, 19, 45, tzinfo=PARIS))  # Friday before the vote
    real_build = AppContext.build

    def build(*args, **kwargs):
        kwargs["clock"] = clock
        return real_build(*args, **kwargs)

    monkeypatch.setattr(AppContext, "build", build)
    return clock


@pytest.fixture
def batch(capsys, data_dir, tmp_path, clock):
    return campaign_with_batch(capsys, data_dir, tmp_path, "Jeanne,0612345601\n")


def campaign_with_batch(capsys, data_dir, tmp_path, people_rows: str):
    """A new campaign, these consenting people (CSV rows "prenom,tel"), one batch created."""
    assert run(capsys, data_dir, *INIT)[0] == 0
    people = tmp_path / "p.csv"
    people.write_text("prenom,tel\n" + people_rows, encoding="utf-8")
    assert run(
        capsys, data_dir, "import", str(people), "--source-kind", "form",
        "--source", "formulaire", "--consent", "granted",
    )[0] == 0  # fmt: skip
    body = tmp_path / "appel.txt"
    body.write_text("Bonjour {{ prenom }} !", encoding="utf-8")
    run(capsys, data_dir, "template", "add", "appel", "--file", str(body))
    assert run(capsys, data_dir, "template", "approve", "appel")[0] == 0
    assert run(capsys, data_dir, "batch", "create", "--template", "appel")[0] == 0
    return data_dir


def test_export_near_the_deadline_needs_yes(capsys, batch, tmp_path) -> None:
    out = tmp_path / "envoi.csv"
    export = ["batch", "export", "1", "--format", "generic", "--out", str(out)]
    status, _, err = run(capsys, batch, *export)
    assert status == 3 and "13/03/2026 20:00" in err and "--yes" in err
    assert not out.exists()
    status, text, _ = run(capsys, batch, *export, "--yes")
    assert status == 0 and "Send this file before 13/03/2026 20:00" in text


def test_export_report_states_the_deadline(capsys, batch, clock, tmp_path) -> None:
    clock.now = datetime(2026, 3, 13, 10, 0, tzinfo=PARIS)
    out = tmp_path / "envoi.csv"
    status, text, _ = run(
        capsys, batch, "--json", "batch", "export", "1", "--format", "generic", "--out", str(out)
    )
    assert status == 0
    assert json.loads(text)["deadline"] == "2026-03-13T19:00:00+00:00"


def test_batch_split_by_zone(capsys, data_dir, tmp_path, clock) -> None:
    clock.now = datetime(2026, 3, 3, 8, 30, tzinfo=PARIS)  # 03:30 in Guadeloupe
    campaign_with_batch(capsys, data_dir, tmp_path, "Jeanne,0612345601\nLéa,0690123456\n")
    status, text, _ = run(capsys, data_dir, "batch", "check", "1")
    assert status == 3 and "1 recipient in Guadeloupe" in text
    status, text, _ = run(capsys, data_dir, "--json", "batch", "split", "1", "--by-zone")
    assert status == 0
    assert [b["messages"] for b in json.loads(text)] == [1, 1]
    checks = [run(capsys, data_dir, "batch", "check", str(part))[0] for part in (2, 3)]
    assert sorted(checks) == [0, 3]  # mainland France may receive it now, Guadeloupe not yet
