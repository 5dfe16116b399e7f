"""Render every page and the main assistants on demonstration data into docs/screenshots/.

Run under a real X server at the README's smallest supported screen (1366x768), in French:
    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb LANG=fr_FR.UTF-8 \
        .venv/bin/python .ci/screenshots.py
It uses a throw-away campaign and keyring under a temporary folder; nothing of the user's is read
or written. Look at each picture after a change to a screen: that is what a candidate sees.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
HOME = Path(tempfile.mkdtemp(prefix="campagne-shots-"))
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(HOME / var.lower())
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from campagne_desktop.gui.app import demo_context  # noqa: E402
from campagne_desktop.gui.formatting import apply_interface_locale  # noqa: E402
from campagne_desktop.gui.translation import install_translators  # noqa: E402


def settle(seconds: float = 1.5) -> None:
    """Let the deferred work (dashboard counts, filter lists) finish, as a user would wait."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(int(seconds * 1000))
    while not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(OUT.parents[1]))


def main() -> int:
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "fr")  # noqa: F841 - must outlive the widgets
    apply_interface_locale("fr")  # "0,05 €", "lun.": as the French interface writes them
    OUT.mkdir(parents=True, exist_ok=True)
    ctx = demo_context()
    try:
        from campagne_desktop.gui.main_window import MainWindow
        from campagne_desktop.gui.prompts import Prompts
        from campagne_desktop.gui.wizards.batch_wizard import BatchWizard
        from campagne_desktop.gui.wizards.first_run import FirstRunWizard
        from campagne_desktop.gui.wizards.import_wizard import ImportWizard
        from campagne_desktop.services.campaign import open_campaign

        db = open_campaign(ctx)
        prompts = Prompts()
        window = MainWindow(ctx, db, prompts)
        window.resize(1366, 740)
        window.show()
        names = [
            "01-tableau-de-bord",
            "02-contacts",
            "03-messages",
            "04-envois",
            "05-desinscriptions",
            "06-fin-de-campagne",
            "07-parametres",
            "08-regles",
        ]
        for row, name in enumerate(names[: window.navigation.count()]):
            window.navigation.setCurrentRow(row)
            save(window, name)
        for name, wizard in (
            ("10-assistant-import", ImportWizard(ctx, db, prompts, window)),
            ("11-assistant-envoi", BatchWizard(ctx, db, prompts, window)),
            ("12-premier-lancement", FirstRunWizard(ctx, prompts, window)),
        ):
            wizard.show()
            save(wizard, name)
            wizard.close()
        window.close()
        db.close()
    finally:
        shutil.rmtree(ctx.paths.data_dir, ignore_errors=True)
        shutil.rmtree(HOME, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
