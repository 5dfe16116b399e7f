from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from campagne_desktop.cli import main as cli_main
from campagne_desktop.cli import template_commands
from tests.cli.test_campaign_commands import INIT
from tests.conftest import PASSPHRASE

BODY = "Bonjour {{ prenom }}, votez {{ candidat }} le {{ tour1 }} !"


@pytest.fixture(autouse=True)
def commands(monkeypatch):
    """The template commands, whether or not main.py lists them yet."""
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    if template_commands not in cli_main.COMMAND_MODULES:
        monkeypatch.setattr(
            cli_main, "COMMAND_MODULES", (*cli_main.COMMAND_MODULES, template_commands)
        )


def run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    status = cli_main.main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def campaign(capsys, data_dir: Path, tmp_path: Path) -> Path:
    assert run(capsys, data_dir, *INIT)[0] == 0
    body = tmp_path / "relance.txt"
    body.write_text(BODY, encoding="utf-8")
    return body


# --- segments ----------------------------------------------------------------------------------


def test_segments_json_gsm7_needs_no_campaign(capsys, data_dir) -> None:
    status, out, _ = run(capsys, data_dir, "--json", "segments", "a" * 161)
    assert status == 0
    assert json.loads(out) == {"encoding": "GSM-7", "segments": 2, "units": 161, "non_gsm": []}
    assert not data_dir.exists() or not (data_dir / "campagne.db").exists()


def test_segments_json_ucs2_lists_the_characters(capsys, data_dir) -> None:
    status, out, _ = run(capsys, data_dir, "--json", "segments", "Ça coûte « cher »")
    assert status == 0
    assert json.loads(out) == {
        "encoding": "UCS-2",
        "segments": 1,
        "units": 17,
        "non_gsm": [
            {"char": "û", "position": 5},
            {"char": "«", "position": 9},
            {"char": "»", "position": 16},
        ],
    }


def test_segments_text_shows_label_and_fixes(capsys, data_dir) -> None:
    status, out, _ = run(capsys, data_dir, "segments", "L’été")
    assert status == 0
    assert out.splitlines()[0] == "1 SMS · UCS-2 · 5/70"
    assert "’" in out and "'" in out.splitlines()[-1]


# --- template ----------------------------------------------------------------------------------


def test_add_list_approve_preview(capsys, data_dir, campaign) -> None:
    status, out, _ = run(capsys, data_dir, "template", "add", "Relance", "--file", str(campaign))
    assert status == 0 and "draft" in out
    status, out, _ = run(capsys, data_dir, "--json", "template", "list")
    assert [(t["name"], t["status"], t["kind"]) for t in json.loads(out)] == [
        ("Relance", "draft", "campaign")
    ]
    status, out, _ = run(capsys, data_dir, "template", "approve", "Relance")
    assert status == 0 and "approved" in out
    status, out, _ = run(capsys, data_dir, "template", "list")
    assert "approved" in out and "Relance" in out

    status, out, _ = run(capsys, data_dir, "template", "preview", "Relance")
    assert status == 0
    assert out.startswith("Bonjour Camille, votez Liste Exemple le 15 mars 2026 !\n")
    assert "STOP PROSPECTION au 36111" in out
    assert "Vos droits : donnees@exemple.fr" in out
    assert " SMS · GSM-7 · " in out


def test_preview_json_and_consent_kind(capsys, data_dir, campaign) -> None:
    run(capsys, data_dir, "template", "add", "Accord", "--file", str(campaign), "--kind", "consent")
    status, out, _ = run(
        capsys, data_dir, "--json", "template", "preview", "Accord", "--sample", "2"
    )
    shown = json.loads(out)
    assert status == 0 and shown["missing"] == [] and shown["sample"] is True
    assert "Répondez OUI" in shown["text"] and shown["text"].endswith("STOP PROSPECTION au 36111")
    assert shown["text"].startswith("Bonjour Inès,")
    assert shown["encoding"] == "GSM-7"  # è and é are in the GSM-7 alphabet
    assert shown["label"].startswith(f"{shown['segments']} SMS · GSM-7")


def test_add_refuses_an_injection_with_status_1(capsys, data_dir, campaign, tmp_path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("{{ cycler.__init__.__globals__ }}", encoding="utf-8")
    status, _, err = run(capsys, data_dir, "template", "add", "X", "--file", str(bad))
    assert status == 1 and "not allowed" in err
    status, out, _ = run(capsys, data_dir, "--json", "template", "list")
    assert json.loads(out) == []


def test_edit_export_import(capsys, data_dir, campaign, tmp_path) -> None:
    run(capsys, data_dir, "template", "add", "Relance", "--file", str(campaign))
    run(capsys, data_dir, "template", "approve", "Relance")
    campaign.write_text(BODY + " Merci !", encoding="utf-8")
    status, out, _ = run(capsys, data_dir, "template", "edit", "Relance", "--file", str(campaign))
    assert status == 0 and "draft" in out
    target = tmp_path / "relance.json"
    status, _, _ = run(capsys, data_dir, "template", "export", "Relance", "--out", str(target))
    assert status == 0 and stat.S_IMODE(target.stat().st_mode) == 0o600
    status, out, _ = run(capsys, data_dir, "template", "import", str(target), "--name", "Copie")
    assert status == 0
    status, out, _ = run(capsys, data_dir, "--json", "template", "show", "Copie")
    assert json.loads(out)["body"] == BODY + " Merci !"
    assert json.loads(out)["status"] == "draft"


def test_volunteer_profile_and_cost(capsys, data_dir, campaign, tmp_path) -> None:
    target = tmp_path / "profil.json"
    status, _, _ = run(capsys, data_dir, "volunteer-profile", "--out", str(target))
    assert status == 0
    assert json.loads(target.read_text(encoding="utf-8"))["profile"]["candidate"] == "Liste Exemple"
    run(capsys, data_dir, "template", "add", "Relance", "--file", str(campaign))
    status, out, _ = run(capsys, data_dir, "--json", "template", "cost", "Relance")
    assert status == 0 and json.loads(out)["contacts"] == 0


def test_unknown_template_fails_cleanly(capsys, data_dir, campaign) -> None:
    status, _, err = run(capsys, data_dir, "template", "preview", "Nope")
    assert status == 1 and "no template named 'Nope'" in err
