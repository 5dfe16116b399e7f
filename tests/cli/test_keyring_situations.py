"""The command line, run as a user runs it (a subprocess), with no keyring, an insecure one and
a secure one; and a wipe whose step fails, finished with ``campagne wipe --resume``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import KEYRING_SITUATIONS, PASSPHRASE, subprocess_env
from tests.fake_keyring import SecureKeyring

NAME = "Marie Exemple"
INIT = [
    "init",
    "--candidate",
    NAME,
    "--election",
    "departementales",
    "--round1",
    "2028-03-12",
    "--rights-contact",
    "donnees@exemple.fr",
    "--purpose",
    "vous informer sur la campagne",
    "--sender-id",
    "MarieEx",
]
CONTACTS = "prenom,nom,portable\nCamille,Martin,06 12 34 56 01\nJean,Durand,06 12 34 56 02\n"


def campagne(data_dir: Path, *args: str, backend: str, json_out: bool = False):
    env = subprocess_env(PYTHON_KEYRING_BACKEND=backend, CAMPAGNE_PASSPHRASE=PASSPHRASE)
    options = ["--json"] if json_out else []
    command = [sys.executable, "-m", "campagne_desktop.cli.main", "--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *options, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def make_campaign(data_dir: Path, tmp_path: Path, backend: str) -> Path:
    """init, import two contacts and export the ledger; returns the ledger's path."""
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CONTACTS, encoding="utf-8")
    ledger = tmp_path / "out" / "ledger.csv"
    ledger.parent.mkdir()
    for args in (
        INIT,
        ["import", str(contacts), "--source-kind", "form", "--source", "formulaire du site"],
        ["ledger", "export", str(ledger)],
    ):
        done = campagne(data_dir, *args, backend=backend)
        assert done.returncode == 0, done.stderr
        assert "Unexpected" not in done.stderr
    return ledger


@pytest.mark.slow
def test_the_whole_life_of_a_campaign(keyring_situation, data_dir, tmp_path) -> None:
    backend = KEYRING_SITUATIONS[keyring_situation]
    ledger = make_campaign(data_dir, tmp_path, backend)
    mode = json.loads((data_dir / "campaign.json").read_text())["key_mode"]
    assert mode == ("keyring" if keyring_situation == "secure" else "passphrase")
    certificate = tmp_path / "kept" / "certificate.pdf"
    done = campagne(
        data_dir,
        "wipe",
        "--confirm",
        NAME,
        "--certificate",
        str(certificate),
        backend=backend,
        json_out=True,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["verification"]["ok"] is True
    assert report["counts"]["contacts"] == 2
    assert report["counts"]["keyring_entries"] == (1 if keyring_situation == "secure" else 0)
    assert certificate.exists() and not ledger.exists() and not data_dir.exists()
    assert SecureKeyring.entries() == {}  # the secure keyring holds nothing any more


@pytest.mark.slow
def test_a_failed_step_says_what_is_left_and_resume_finishes(data_dir, tmp_path) -> None:
    secure = KEYRING_SITUATIONS["secure"]
    ledger = make_campaign(data_dir, tmp_path, secure)
    refusing = "tests.fake_keyring.RefusingDeleteKeyring"
    done = campagne(data_dir, "wipe", "--confirm", NAME, backend=refusing)
    assert done.returncode == 1
    message = done.stderr
    assert "removing the database key" in message and "refused" in message
    assert "campagne wipe --resume" in message
    assert str(data_dir / "campagne.db") in message and str(ledger) in message
    assert "nothing was changed" not in message.lower() and "Unexpected" not in message
    assert (data_dir / "wipe-journal.json").exists() and ledger.exists()

    # Any other command says the same instead of crashing.
    other = campagne(data_dir, "contacts", "list", backend=refusing)
    assert other.returncode == 1
    assert "campagne wipe --resume" in other.stderr and "Unexpected" not in other.stderr

    finished = campagne(data_dir, "wipe", "--resume", backend=secure)
    assert finished.returncode == 0, finished.stderr
    assert "Campaign wiped: 2 contacts" in finished.stdout
    assert not data_dir.exists() and not ledger.exists()
    assert SecureKeyring.entries() == {}
    again = campagne(data_dir, "wipe", "--resume", backend=secure)
    assert again.returncode == 0 and "no interrupted wipe" in again.stdout


def test_wipe_needs_a_name_or_resume(data_dir) -> None:
    done = campagne(data_dir, "wipe", backend=KEYRING_SITUATIONS["none"])
    assert done.returncode == 2 and "--confirm" in done.stderr and "--resume" in done.stderr


STEP_ACTIONS = {
    "database-key": "_remove_database_key",
    "database": "_shred_database",
    "exports": "_shred_exports",
    "files": "_shred_app_files",
    "secrets": "_remove_secrets",
    "folders": "_remove_folders",
    "verified": "_verify",
    "certificate": "_write_certificate",
}


@pytest.mark.parametrize("step", list(STEP_ACTIONS))
def test_any_failed_step_with_no_keyring_can_be_finished(
    capsys, monkeypatch, data_dir, tmp_path, step
) -> None:
    """No keyring at all; each journal step in turn fails (a disk error): the campaign is never
    bricked, other commands say how to finish, and `wipe --resume` does."""
    import errno

    from campagne_desktop.cli.main import main
    from campagne_desktop.services import wipe
    from campagne_desktop.services.wipe_errors import STEP_TITLES

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", KEYRING_SITUATIONS["none"])
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CONTACTS, encoding="utf-8")
    ledger = tmp_path / "out" / "ledger.csv"
    ledger.parent.mkdir()

    def campagne(*args: str) -> tuple[int, str, str]:
        status = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return status, out, err

    for args in (
        INIT,
        ["import", str(contacts), "--source-kind", "form", "--source", "formulaire du site"],
        ["ledger", "export", str(ledger)],
    ):
        assert campagne(*args)[0] == 0

    def disk_error(*_args):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(wipe, STEP_ACTIONS[step], disk_error)
    certificate = tmp_path / "kept" / "certificate.pdf"
    status, _, err = campagne("wipe", "--confirm", NAME, "--certificate", str(certificate))
    assert status == 1
    assert STEP_TITLES[step] in err and "OSError" in err
    assert "campagne wipe --resume" in err and "nothing was changed" not in err.lower()
    status, _, err = campagne("contacts", "list")
    assert status == 1 and "campagne wipe --resume" in err and "Unexpected" not in err

    monkeypatch.undo()  # the disk is fine again (and the environment with it)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", KEYRING_SITUATIONS["none"])
    status, out, err = campagne("wipe", "--resume")
    assert status == 0, err
    assert "Campaign wiped: 2 contacts" in out and "no file and no phone number" in out
    assert certificate.exists() and not ledger.exists() and not data_dir.exists()
