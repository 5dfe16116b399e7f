"""`campagne --help` and usage errors speak the interface language, argparse's words included."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from campagne_desktop.cli.main import main
from campagne_desktop.preferences import Preferences


@pytest.fixture
def locale_is(monkeypatch: pytest.MonkeyPatch):
    def set_locale(value: str) -> None:
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", value)

    return set_locale


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out, err


def test_help_in_french_under_a_french_locale(locale_is, capsys) -> None:
    locale_is("fr_FR.UTF-8")
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert out.startswith("utilisation : campagne")
    assert "arguments positionnels" in out
    assert "afficher ce message d'aide et quitter" in out
    assert "créer la campagne et sa base de données chiffrée" in out
    assert "usage:" not in out
    assert "show this help message" not in out


def test_command_help_in_french(locale_is, capsys) -> None:
    locale_is("fr_BE.UTF-8")
    status, out, _ = run(capsys, "batch", "--help")
    assert status == 0
    assert "écrire le fichier pour votre prestataire SMS" in out
    assert "write the file for your SMS provider" not in out


def test_usage_error_in_french(locale_is, capsys) -> None:
    locale_is("fr_FR.UTF-8")
    status, _, err = run(capsys, "batch", "export")
    assert status == 2
    assert "campagne batch export : erreur : les arguments suivants sont obligatoires" in err
    assert "required" not in err


def test_help_and_errors_in_english_under_an_english_locale(locale_is, capsys) -> None:
    locale_is("en_GB.UTF-8")
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert out.startswith("usage: campagne")
    assert "create the campaign and its encrypted database" in out
    assert "show this help message and exit" in out
    status, out, _ = run(capsys, "batch", "--help")
    assert "write the file for your SMS provider" in out
    status, _, err = run(capsys, "batch", "export")
    assert status == 2
    assert "campagne batch export: error: the following arguments are required: id" in err


def test_the_apps_language_choice_wins_over_the_locale(locale_is, capsys, tmp_path: Path) -> None:
    locale_is("fr_FR.UTF-8")
    data_dir = tmp_path / "campagne"
    Preferences(language="en").save(data_dir / "config")
    _, out, _ = run(capsys, "--data-dir", str(data_dir), "batch", "--help")
    assert "write the file for your SMS provider" in out


def test_argparse_gets_its_own_words_back_afterwards(locale_is, capsys) -> None:
    locale_is("fr_FR.UTF-8")
    run(capsys, "--help")
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: x")
