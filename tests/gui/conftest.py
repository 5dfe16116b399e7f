"""Fixtures for every window test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from campagne_desktop.gui import app as gui_app
from tests.gui.fakes import ScriptedPrompts


@pytest.fixture(autouse=True)
def _translators_stay_in_their_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``gui.app.main`` installs the catalogues on the session's one QApplication, where they
    outlive the test: "%n contact(s)" would then read "contacts" in every later test."""
    installed: list[QTranslator] = []
    real = gui_app.install_translators

    def install(app: QApplication, language: str) -> list[QTranslator]:
        translators = real(app, language)
        installed.extend(translators)
        return translators

    monkeypatch.setattr(gui_app, "install_translators", install)
    default_locale = QLocale()  # the app sets the interface language's: it stays in the test
    yield
    QLocale.setDefault(default_locale)
    app = QApplication.instance()
    for translator in installed:
        if app is not None:
            app.removeTranslator(translator)


@pytest.fixture
def prompts() -> ScriptedPrompts:
    """The window's questions and file pickers, answered by the test (see tests/gui/fakes.py)."""
    return ScriptedPrompts()
