# ruff: noqa: F811  (the fixtures of tests/providers/api/test_cli.py, imported by name)
"""`campagne wipe` and the SMS provider: deleted there first, said in --json and in the text;
a provider that times out stops the wipe before anything local goes, unless --skip-provider."""

from __future__ import annotations

import json

import pytest

from campagne_desktop.services import provider_wipe
from tests.providers.api.fakes import FakeOvh
from tests.providers.api.test_cli import (  # noqa: F401 (fixtures)
    _files_holding,
    campaign,
    clock,
    run,
    set_ovh,
)
from tests.services.test_certificate import pdf_text

NAME = "Marie Exemple"


@pytest.fixture
def fake_ovh():
    fake = FakeOvh()
    yield fake
    fake.close()


@pytest.mark.slow
def test_wipe_json_carries_what_the_provider_deleted(
    capsys,
    data_dir,
    campaign,
    fake_ovh,
    monkeypatch,
    tmp_path,
) -> None:
    assert set_ovh(capsys, data_dir, fake_ovh, monkeypatch)[0] == 0
    assert run(capsys, data_dir, "batch", "send", str(campaign))[0] == 0
    assert len(fake_ovh.jobs) == 59
    certificate = tmp_path / "kept" / "certificat.pdf"
    status, out, err = run(
        capsys, data_dir, "--json", "wipe", "--confirm", NAME, "--certificate", str(certificate)
    )
    assert status == 0, err
    provider = json.loads(out)["provider"]
    assert provider["status"] == "deleted" and provider["sent_deleted"] == 59
    assert provider["provider"] == "ovh" and fake_ovh.jobs == {}
    assert "59 messages envoyés" in " ".join(pdf_text(certificate).split())
    # Neither the certificate nor anything the wipe left behind holds the credentials.
    secrets = [FakeOvh.APP_SECRET.encode(), FakeOvh.CONSUMER.encode()]
    assert certificate.exists() and _files_holding([tmp_path], secrets) == []


def test_provider_timeout_exits_1_before_anything_local_goes_unless_skipped(
    capsys,
    data_dir,
    campaign,
    fake_ovh,
    monkeypatch,
    tmp_path,
) -> None:
    assert set_ovh(capsys, data_dir, fake_ovh, monkeypatch)[0] == 0
    monkeypatch.setattr(provider_wipe, "WIPE_TIMEOUT", 0.3)
    fake_ovh.stalled, fake_ovh.slow_seconds = True, 1.0
    certificate = tmp_path / "certificat.pdf"
    status, out, err = run(
        capsys, data_dir, "wipe", "--confirm", NAME, "--certificate", str(certificate)
    )
    assert status == 1 and out == ""
    assert "could not delete" in err and "--skip-provider" in err and "Traceback" not in err
    database = data_dir / "campagne.db"
    assert database.exists() and not certificate.exists()
    # Nothing is locked or half-done: an ordinary command still works.
    assert run(capsys, data_dir, "provider", "show")[0] == 0
    status, out, err = run(
        capsys,
        data_dir,
        "wipe",
        "--confirm",
        NAME,
        "--certificate",
        str(certificate),
        "--skip-provider",
    )
    assert status == 0, err
    assert "At OVHcloud SMS: nothing was deleted (the provider step was skipped)." in out
    assert "Ask OVHcloud SMS by hand to delete:" in out and "the replies received" in out
    assert certificate.exists() and not database.exists()
