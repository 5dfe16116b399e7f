from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from campagne_desktop.cli import main as cli_main
from campagne_desktop.cli import wipe_commands
from campagne_desktop.services.campaign import DATABASE_KEY_NAME
from campagne_desktop.services.wipe import pending_wipe
from tests.conftest import PASSPHRASE
from tests.services.test_wipe import (
    PHONES,
    assert_wiped,
    files_under,
    kill_wipe_after,
    populate_campaign,
)

NAME = "Marie Exemple"


@pytest.fixture(autouse=True)
def wipe_registered(monkeypatch):
    """Until cli/main.py lists the module, add it for these tests (harmless once it does)."""
    if wipe_commands not in cli_main.COMMAND_MODULES:
        monkeypatch.setattr(cli_main, "COMMAND_MODULES", (*cli_main.COMMAND_MODULES, wipe_commands))


def run(capsys, data_dir, *args: str) -> tuple[int, str, str]:
    status = cli_main.main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def full(ctx, db, tmp_path):
    campaign = populate_campaign(ctx, db, tmp_path)
    db.close()
    return campaign


def test_wipe_json_counts_match_the_certificate(capsys, ctx, full, data_dir, tmp_path) -> None:
    certificate = tmp_path / "kept" / "certificat.pdf"
    ledger = tmp_path / "kept" / "ledger.csv"
    summary = tmp_path / "kept" / "audit.csv"
    status, out, err = run(
        capsys,
        data_dir,
        "--json",
        "wipe",
        "--confirm",
        NAME,
        "--certificate",
        str(certificate),
        "--save-ledger",
        str(ledger),
        "--save-audit",
        str(summary),
    )
    assert status == 0, err
    result = json.loads(out)
    assert result["counts"]["contacts"] == 3
    assert result["counts"]["keyring_entries"] == 2
    assert result["verification"]["ok"] is True
    assert result["certificate"] == str(certificate)
    text = "\n".join(page.extract_text() for page in PdfReader(certificate).pages)
    for label, key in [
        ("Contacts", "contacts"),
        ("Oppositions", "opt_outs"),
        ("Envois", "batches"),
        ("Messages", "messages"),
        ("Fichiers", "files"),
    ]:
        assert re.search(rf"{label}[^\n]*\b{result['counts'][key]}\b", text), label
    assert_wiped(ctx, full)

    rows = list(csv.reader(ledger.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][:3] == ["Date", "Batch", "Provider"]
    assert rows[1][2:] == ["ovh", "2", "2", "0,0500", "0,10"]
    assert rows[-1][0] == "Total"
    audit_text = summary.read_text(encoding="utf-8")
    assert "batch.exported" in audit_text and "tester" not in audit_text
    assert not any(p in audit_text + ledger.read_text(encoding="utf-8") for p in PHONES)


def test_wipe_text_output(capsys, ctx, full, data_dir, tmp_path) -> None:
    status, out, _ = run(
        capsys, data_dir, "wipe", "--confirm", f" {NAME} ", "--certificate", str(tmp_path / "c.pdf")
    )
    assert status == 0
    assert "Campaign wiped: 3 contacts, 1 opt-outs" in out
    assert "no file and no phone number left behind" in out
    assert str(tmp_path / "c.pdf") in out


@pytest.mark.parametrize("typed", ["marie exemple", "Marie", "Exemple Marie"])
def test_wrong_name_exits_1_and_changes_nothing(
    capsys, ctx, full, data_dir, tmp_path, typed
) -> None:
    before = sorted(files_under(*ctx.paths.all_dirs()))
    status, out, err = run(
        capsys,
        data_dir,
        "--json",
        "wipe",
        "--confirm",
        typed,
        "--save-ledger",
        str(tmp_path / "ledger.csv"),
    )
    assert status == 1
    assert "does not match" in err and json.loads(out)["status"] == 1
    # The write lock's file (empty, kept so that the lock stays one file) is no change.
    after = [p for p in files_under(*ctx.paths.all_dirs()) if p != ctx.paths.lock_file]
    assert sorted(after) == before
    assert all(p.exists() for p in full.exports)
    assert not (tmp_path / "ledger.csv").exists()
    assert ctx.secrets.get(DATABASE_KEY_NAME) is not None
    assert not pending_wipe(ctx)


def test_kept_file_inside_the_campaign_folder_refused(capsys, ctx, full, data_dir) -> None:
    status, _, err = run(
        capsys, data_dir, "wipe", "--confirm", NAME, "--save-ledger", str(data_dir / "ledger.csv")
    )
    assert status == 1 and "inside the campaign's folders" in err
    assert ctx.paths.database.exists() and ctx.secrets.get(DATABASE_KEY_NAME)


INIT = [
    "init",
    "--candidate",
    "Liste Exemple",
    "--election",
    "municipales",
    "--round1",
    "2026-03-15",
    "--rights-contact",
    "donnees@exemple.fr",
    "--purpose",
    "informer",
    "--sender-id",
    "LISTEEX",
]


def test_passphrase_campaign_needs_the_passphrase(capsys, monkeypatch, data_dir, tmp_path) -> None:
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    assert run(capsys, data_dir, *INIT)[0] == 0
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", "not the right passphrase")
    status, _, err = run(capsys, data_dir, "wipe", "--confirm", "Liste Exemple")
    assert status == 1 and "passphrase was not accepted" in err
    assert (data_dir / "campagne.db").exists()

    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    status, out, _ = run(
        capsys,
        data_dir,
        "--json",
        "wipe",
        "--confirm",
        "Liste Exemple",
        "--certificate",
        str(tmp_path / "c.pdf"),
    )
    assert status == 0
    assert json.loads(out)["key_mode"] == "passphrase"
    assert not data_dir.exists()


@pytest.mark.slow
def test_interrupted_wipe_is_finished_by_the_next_command(
    capsys, ctx, full, data_dir, tmp_path
) -> None:
    certificate = tmp_path / "certificate.pdf"
    kill_wipe_after(ctx, "database", certificate)
    # Any name: the wipe was confirmed before it was interrupted; finishing it is not optional.
    status, out, _ = run(capsys, data_dir, "--json", "wipe", "--confirm", "anything")
    assert status == 0
    assert json.loads(out)["counts"]["contacts"] == 3
    assert certificate.exists()
    assert_wiped(ctx, full)


@pytest.mark.slow
def test_resume_at_start_says_so(capsys, ctx, full, tmp_path) -> None:
    kill_wipe_after(ctx, "files", tmp_path / "c.pdf")
    report = wipe_commands.resume_at_start(ctx, lambda key: key)
    assert report is not None
    assert "interrupted end-of-election wipe was finished" in capsys.readouterr().err
    assert wipe_commands.resume_at_start(ctx, lambda key: key) is None
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 3, 20, 12, tzinfo=UTC), ""),
        (datetime(2026, 3, 30, 12, tzinfo=UTC), "ended 8 days ago"),
        (datetime(2026, 5, 30, 12, tzinfo=UTC), "has passed"),
    ],
)
def test_reminder_on_stderr(capsys, ctx, db, now, expected) -> None:
    ctx.clock = lambda: now
    wipe_commands.print_wipe_reminder(ctx, db, lambda key: key)
    err = capsys.readouterr().err
    assert (expected in err) if expected else err == ""


def test_a_kept_file_cannot_be_an_export_or_an_existing_file(
    capsys, ctx, full, data_dir, tmp_path
) -> None:
    mine = tmp_path / "mes-notes.csv"
    mine.write_text("my own notes")
    status, _, err = run(
        capsys,
        data_dir,
        "wipe",
        "--confirm",
        NAME,
        "--save-audit",
        str(mine),
        "--certificate",
        str(tmp_path / "c.pdf"),
    )
    assert status == 1 and "already exists" in err
    assert mine.read_text() == "my own notes"
    status, _, err = run(
        capsys,
        data_dir,
        "wipe",
        "--confirm",
        NAME,
        "--save-ledger",
        str(full.exports[0]),
        "--certificate",
        str(tmp_path / "c.pdf"),
    )
    assert status == 1 and "destroys" in err
    assert full.exports[0].exists()  # nothing was wiped either
