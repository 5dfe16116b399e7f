"""The French catalogue is complete, current with the sources, and its .qm is compiled from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "campagne_desktop_fr.ts"
QM = ROOT / "translations" / "campagne_desktop_fr.qm"
EN_TS = ROOT / "translations" / "campagne_desktop_en.ts"
EN_QM = ROOT / "translations" / "campagne_desktop_en.qm"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    located = shutil.which(name)
    assert located, f"{name} is installed with PySide6-Essentials"
    return located


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("catalogue", [TS, EN_TS], ids=["fr", "en"])
def test_catalogue_has_no_unfinished_entry(catalogue: Path) -> None:
    unfinished = [
        m.findtext("source")
        for m in messages(catalogue)
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(t.itertext()).strip())
    ]
    assert unfinished == []


def test_every_source_string_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "campagne_desktop").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        out = set()
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for m in context.iter("message"):
                t = m.find("translation")
                if t is not None and t.get("type") in ("vanished", "obsolete"):
                    continue
                out.add((name, m.findtext("source") or ""))
        return out

    missing = keys(fresh) - keys(TS)
    assert missing == set(), "run .ci/update-translations and translate the new entries"
    plural = {
        (context.findtext("name") or "", m.findtext("source") or "")
        for context in ET.parse(fresh).getroot().iter("context")
        for m in context.iter("message")
        if m.get("numerus") == "yes"
    }
    assert plural - keys(EN_TS) == set(), "run .ci/update-translations (English plurals)"


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (EN_TS, EN_QM)], ids=["fr", "en"])
def test_qm_is_compiled_from_the_current_ts(tmp_path: Path, ts: Path, qm: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == rebuilt.read_bytes(), "run .ci/update-translations"


def test_english_plurals_read_naturally(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from campagne_desktop.gui.translation import install_translators

    installed = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("DashboardPage", "in %n day(s)", "", 34) == "in 34 days"
        assert QCoreApplication.translate("DashboardPage", "in %n day(s)", "", 1) == "in 1 day"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", ["fr"])
def test_installed_package_finds_its_translations(language: str) -> None:
    from campagne_desktop.assets import docs_dir, icon_path, translations_dir

    assert (translations_dir() / f"campagne_desktop_{language}.qm").is_file()
    assert icon_path().is_file()
    assert (docs_dir() / "rules.md").is_file()


def test_gui_loads_french(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from campagne_desktop.gui.translation import install_translators

    installed = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "Contacts") != ""
        assert QCoreApplication.translate("MainWindow", "Settings") == "Paramètres"
        assert QCoreApplication.translate("MainWindow", "Dashboard") == "Tableau de bord"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_language_choice(monkeypatch) -> None:
    from campagne_desktop.i18n import choose_language

    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert choose_language() == "fr"
    assert choose_language("en") == "en"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert choose_language() == "en"
    assert choose_language("fr") == "fr"
