from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from campagne_desktop.cli.main import main
from tests.conftest import PASSPHRASE

INIT = [
    "init",
    "--candidate",
    "Liste Exemple",
    "--election",
    "municipales",
    "--round1",
    "2026-03-15",
    "--round2",
    "2026-03-22",
    "--rights-contact",
    "donnees@exemple.fr",
    "--purpose",
    "informer les habitants",
    "--sender-id",
    "LISTEEX",
    "--stop-number",
    "36111",
    "--privacy-url",
    "https://exemple.fr/donnees",
]


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)


def run(capsys, data_dir, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_init_then_json_profile_show(capsys, data_dir) -> None:
    status, out, _ = run(capsys, data_dir, *INIT)
    assert status == 0 and "encrypted" in out
    status, out, _ = run(capsys, data_dir, "--json", "profile", "show")
    assert status == 0
    shown = json.loads(out)
    assert shown["candidate"] == "Liste Exemple"
    assert shown["round2"] == "2026-03-22"
    assert shown["timezone"] == "Europe/Paris"
    assert not (data_dir / "campagne.db").read_bytes().startswith(b"SQLite format 3")


def test_init_json_output_parses(capsys, data_dir) -> None:
    status, out, _ = run(capsys, data_dir, "--json", *INIT)
    assert status == 0
    assert json.loads(out)["key_mode"] == "passphrase"


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--sender-id", "12345", "sender ID"),
        ("--candidate", "  ", "candidate"),
        ("--round2", "2026-03-01", "Round 2"),
        ("--rights-contact", "", "data-protection"),
        ("--purpose", "", "purpose"),
    ],
)
def test_init_validation(capsys, data_dir, flag, value, message) -> None:
    args = list(INIT)
    args[args.index(flag) + 1] = value
    status, _, err = run(capsys, data_dir, *args)
    assert status == 1
    assert message in err
    assert not (data_dir / "campagne.db").exists()


def test_profile_set(capsys, data_dir) -> None:
    run(capsys, data_dir, *INIT)
    status, out, _ = run(capsys, data_dir, "--json", "profile", "set", "footer_form", "short")
    assert status == 0 and json.loads(out)["footer_form"] == "short"
    status, out, err = run(capsys, data_dir, "--json", "profile", "set", "round2", "2026-03-01")
    assert status == 1
    assert json.loads(out)["status"] == 1 and "Round 2" in err


def test_bad_usage_exits_2(capsys, data_dir) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(data_dir), "init", "--election", "mairie"])
    assert exit_info.value.code == 2


def test_audit_lists_actions_without_personal_data(capsys, data_dir) -> None:
    run(capsys, data_dir, *INIT)
    run(capsys, data_dir, "profile", "set", "purpose", "autre chose")
    _status, out, _ = run(capsys, data_dir, "--json", "audit")
    events = json.loads(out)
    assert [e["action"] for e in events] == ["profile.updated", "campaign.created"]
    assert "Liste Exemple" not in out


def test_wrong_passphrase_message(capsys, data_dir, monkeypatch) -> None:
    run(capsys, data_dir, *INIT)
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", "wrong wrong wrong")
    status, _, err = run(capsys, data_dir, "profile", "show")
    assert status == 1
    assert "key or passphrase is wrong" in err
    assert "Traceback" not in err


def test_no_campaign_yet(capsys, data_dir) -> None:
    status, _, err = run(capsys, data_dir, "profile", "show")
    assert status == 1 and "campagne init" in err


def test_french_messages_for_french_locale(capsys, data_dir, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    args = list(INIT)
    args[args.index("--sender-id") + 1] = "12345"
    status, _, err = run(capsys, data_dir, *args)
    assert status == 1
    assert "expéditeur" in err


def test_installed_entry_point_runs(data_dir) -> None:
    env = dict(os.environ, CAMPAGNE_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "campagne_desktop.cli.main",
            "--data-dir",
            str(data_dir),
            "--json",
            *INIT,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["profile"]["sender_id"] == "LISTEEX"


def test_compliance_refusals_exit_3(capsys, data_dir, tmp_path) -> None:
    run(capsys, data_dir, *INIT)
    rented = tmp_path / "loue.csv"
    rented.write_text("tel\n0612345678\n")
    status, _, err = run(
        capsys,
        data_dir,
        "import",
        str(rented),
        "--source-kind",
        "rented",
        "--source",
        "liste louée à X",
        "--consent",
        "granted",
    )
    assert status == 3 and "consent" in err
    body = tmp_path / "t.txt"
    body.write_text("Bonjour {{ prenom }}")
    run(capsys, data_dir, "template", "add", "brouillon", "--file", str(body), "--kind", "campaign")
    status, _, err = run(capsys, data_dir, "batch", "create", "--template", "brouillon")
    assert status == 3 and "approved" in err


def test_a_busy_database_or_an_unexpected_error_is_a_message(capsys, data_dir, monkeypatch) -> None:
    import sqlcipher3
    from sqlalchemy.exc import OperationalError

    from campagne_desktop.cli import campaign_commands

    run(capsys, data_dir, *INIT)

    def locked(rt):
        # SQLite says "busy" by its error code (SQLITE_BUSY = 5), whatever the text.
        busy = sqlcipher3.OperationalError("verrouillée")
        busy.sqlite_errorcode = 5
        with rt.db().session():
            raise OperationalError("UPDATE contact", {}, busy)

    monkeypatch.setattr(campaign_commands, "run_audit", locked)
    status, out, err = run(capsys, data_dir, "--json", "audit")
    assert status == 1 and "in use by another window" in err
    assert json.loads(out)["status"] == 1

    def broken(_rt):
        raise ValueError("+33612345678 is a secret")

    monkeypatch.setattr(campaign_commands, "run_audit", broken)
    status, _, err = run(capsys, data_dir, "audit")
    assert status == 1 and "ValueError" in err
    assert "+3361" not in err and "Traceback" not in err


@pytest.mark.parametrize("closing", ["08:00", "00:00", "17:00"])
def test_profile_set_polls_close_refuses_before_six_pm(capsys, data_dir, closing) -> None:
    assert run(capsys, data_dir, *INIT)[0] == 0
    status, _, err = run(capsys, data_dir, "profile", "set", "polls_close", closing)
    assert status == 1
    assert "18:00" in err
    _, out, _ = run(capsys, data_dir, "--json", "profile", "show")
    assert json.loads(out)["polls_close"] == "20:00"
