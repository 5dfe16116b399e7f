"""What every window test shares."""

from __future__ import annotations

import pytest

from campagne_desktop.gui import app as gui_app


@pytest.fixture(autouse=True)
def window_translators_removed(monkeypatch, qapp):
    """A window started by a test installs its translators into the one QApplication: remove
    them, or the English plurals ("3 contacts") would reach the tests that follow, which read
    the source texts ("3 contact(s)")."""
    installed = []
    real = gui_app.install_translators

    def install(app, language):
        done = real(app, language)
        installed.extend(done)
        return done

    monkeypatch.setattr(gui_app, "install_translators", install)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
