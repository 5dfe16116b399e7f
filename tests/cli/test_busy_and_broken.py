"""Busy, broken, missing, read-only: clear, true messages and no traceback."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from datetime import date

import pytest
import sqlcipher3
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from campagne_desktop.cli.main import main
from campagne_desktop.domain.enums import ConsentStatus, SourceKind
from campagne_desktop.services.campaign import create_campaign, open_campaign
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import ContactFilter, count_contacts
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.storage import lock as lock_module
from campagne_desktop.storage.lock import CampaignLock
from tests.conftest import PASSPHRASE, sample_profile, subprocess_env

BUSY = "in use by another window or command"
CLI = (sys.executable, "-m", "campagne_desktop.cli.main")


def run(capsys, data_dir, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def add_contacts(db, tmp_path, count: int) -> None:
    path = tmp_path / "contacts.csv"
    rows = "".join(f"Prénom{i},Nom{i},06{10000000 + i:08d}\n" for i in range(count))
    path.write_text("prenom,nom,tel\n" + rows, encoding="utf-8")
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 2),
        consent=ConsentStatus.GRANTED,
    )
    import_contacts(db, path, declaration, actor="t", now=sample_now())


def sample_now():
    from datetime import UTC, datetime

    return datetime(2026, 3, 3, 13, 0, tzinfo=UTC)


@pytest.fixture
def campaign(ctx, tmp_path):
    db = create_campaign(ctx, sample_profile())
    add_contacts(db, tmp_path, 3)
    db.close()
    return ctx


def test_a_second_writer_waits_then_says_busy_and_readers_go_on(
    capsys, campaign, data_dir, monkeypatch
) -> None:
    monkeypatch.setattr(lock_module, "WAIT_SECONDS", 0.3)
    db = open_campaign(campaign)
    try:
        # Another window or an import: it holds the write lock and an open write transaction.
        with CampaignLock(campaign.paths.lock_file), db.session() as session:
            session.execute(text("UPDATE contact SET commune = 'Ailleurs'"))
            status, out, err = run(capsys, data_dir, "--json", "optout", "add", "0612345678")
            assert status == 1 and BUSY in err
            assert json.loads(out)["status"] == 1
            assert "OperationalError" not in err and "Unexpected" not in err
            status, out, err = run(capsys, data_dir, "contacts", "list")
            assert status == 0, err
            assert out.count("\n") >= 3 and "Ailleurs" not in out  # the last committed state
    finally:
        db.close()
    status, _, err = run(capsys, data_dir, "optout", "add", "0612345678")
    assert status == 0, err


def test_a_busy_campaign_in_a_subprocess(campaign, data_dir) -> None:
    """As a user sees it: the window holds the campaign; a command waits, then says so."""
    with CampaignLock(campaign.paths.lock_file):
        done = subprocess.run(
            [*CLI, "--data-dir", str(data_dir), "optout", "add", "0612345678"],
            capture_output=True,
            text=True,
            env=subprocess_env(),
            timeout=120,
            check=False,
        )
    assert done.returncode == 1 and BUSY in done.stderr
    assert "Traceback" not in done.stderr


def test_a_database_missing_beside_its_settings_is_not_recreated(
    capsys, campaign, data_dir
) -> None:
    campaign.paths.database.unlink()
    for args in (("contacts", "list"), ("optout", "add", "0612345678")):
        status, _, err = run(capsys, data_dir, *args)
        assert status == 1
        assert "no database (campagne.db)" in err and "will not create an empty one" in err
    assert not campaign.paths.database.exists()


def test_a_database_without_its_settings_is_left_alone(capsys, campaign, data_dir) -> None:
    campaign.paths.campaign_file.unlink()
    before = campaign.paths.database.read_bytes()
    status, _, err = run(capsys, data_dir, "contacts", "list")
    assert status == 1 and "without its settings file (campaign.json)" in err
    init = ["init", "--candidate", "X", "--election", "autre", "--round1", "2026-03-15"]
    init += ["--rights-contact", "d@x.fr", "--purpose", "informer", "--sender-id", "X"]
    status, _, err = run(capsys, data_dir, *init)
    assert status == 1 and "already exists" in err  # never a new campaign over the old database
    assert campaign.paths.database.read_bytes() == before


def test_data_dir_naming_a_file(capsys, tmp_path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mes notes", encoding="utf-8")
    status, _, err = run(capsys, a_file, "contacts", "list")
    assert status == 1 and "is a file, not a folder" in err
    assert a_file.read_text(encoding="utf-8") == "mes notes"


def test_disk_full_during_an_import_loses_nothing(
    capsys, campaign, data_dir, tmp_path, monkeypatch
) -> None:
    new = tmp_path / "new.csv"
    new.write_text("prenom,tel\nZoé,0698765432\n", encoding="utf-8")
    real_commit = Session.commit

    def full_disk(session):
        failure = sqlcipher3.OperationalError("database or disk is full")
        failure.sqlite_errorcode = 13  # SQLITE_FULL: what SQLite says on ENOSPC
        raise OperationalError("COMMIT", {}, failure)

    monkeypatch.setattr(Session, "commit", full_disk)
    status, _, err = run(
        capsys, data_dir, "import", str(new), "--source-kind", "form", "--source", "formulaire"
    )
    assert status == 1 and "disk is full" in err and "Traceback" not in err
    monkeypatch.setattr(Session, "commit", real_commit)
    db = open_campaign(campaign)
    try:
        assert count_contacts(db, ContactFilter()) == 3
    finally:
        db.close()


def test_output_cut_short_ends_quietly(campaign, data_dir, tmp_path) -> None:
    db = open_campaign(campaign)
    add_contacts(db, tmp_path, 3000)  # more than a pipe holds
    db.close()
    command = (
        f"{sys.executable} -m campagne_desktop.cli.main --data-dir {data_dir} contacts list"
        " | head -1; echo status=${PIPESTATUS[0]} >&2"
    )
    done = subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=120,
        check=False,
    )
    assert done.stdout.count("\n") == 1
    assert done.stderr.splitlines()[-1] in ("status=0", "status=141"), done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr


def test_write_errors_are_said_with_their_cause(capsys, campaign, data_dir, tmp_path, monkeypatch):
    """ENOSPC while writing the ledger: a clear message, no file, no hidden temporary file."""
    from campagne_desktop.providers import files

    def no_space(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    out = tmp_path / "out" / "ledger.csv"
    out.parent.mkdir()
    status, _, err = run(capsys, data_dir, "ledger", "export", str(out))
    assert status == 1 and "No space left on device" in err
    assert list(out.parent.iterdir()) == []


def test_a_kept_file_that_cannot_be_written_stops_before_the_wipe(
    capsys, campaign, data_dir, tmp_path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    status, _, err = run(
        capsys,
        data_dir,
        "wipe",
        "--confirm",
        "Marie Exemple",
        "--save-ledger",
        str(blocker / "ledger.csv"),
    )
    assert status == 1 and "cannot be written" in err and "Unexpected" not in err
    assert campaign.paths.database.exists() and not campaign.paths.wipe_journal.exists()


def test_init_in_a_read_only_place_says_so(capsys, data_dir, monkeypatch) -> None:
    from campagne_desktop.paths import AppPaths

    def refused(_paths):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(AppPaths, "ensure", refused)  # root writes anywhere: simulated
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    init = ["init", "--candidate", "X", "--election", "autre", "--round1", "2026-03-15"]
    init += ["--rights-contact", "d@x.fr", "--purpose", "informer", "--sender-id", "X"]
    status, _, err = run(capsys, data_dir, *init)
    assert status == 1 and "is read-only" in err and "passphrase" not in err
