"""``campagne-desktop --self-test``: prove that a build can open a campaign, then leave no trace.

Used on a bundled app (PyInstaller) where the test suite cannot run: it creates the demonstration
campaign in a temporary folder, builds the main window with every page, closes it, and deletes
the folder. Exit status 0 and one line on stdout when everything worked.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .. import __version__
from .prompts import Prompts


def run_self_test(app: QApplication, prompts: Prompts) -> int:
    from ..services.demo import remove_demo_folder
    from .app import demo_context
    from .main_window import MainWindow

    ctx = demo_context()
    try:
        from ..services.campaign import open_campaign

        db = open_campaign(ctx)
        try:
            window = MainWindow(ctx, db, prompts)
            window.show()
            app.processEvents()
            pages = window.pages.count()
            window.close()
            app.processEvents()
        finally:
            db.close()
    finally:
        remove_demo_folder(ctx.paths.data_dir)
    print(f"Campagne Desktop {__version__}: self-test passed ({pages} pages).", file=sys.stdout)
    return 0
