"""The window's first paint on a big campaign, cold (a fresh process), offscreen.

Measured from the moment the process is started to the first paint of the main window: imports,
opening the database, building every page, showing. Baseline in the same run: a fresh process
that only paints an empty QMainWindow (Qt's own start-up). Goal < 1.5 s at 1,000,000 contacts.

    python benchmarks/window.py [--contacts 100000]
"""

from __future__ import annotations

import time

STARTED = time.time()  # before any import: the figure is cold

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _campaign import isolated_environment, make_campaign, open_campaign_at  # noqa: E402
from _child import report, run_child  # noqa: E402


def first_paint(root: Path | None) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                app.quit()
            return False

    if root is None:
        window = QMainWindow()
    else:
        from campagne_desktop.gui import app as gui_app  # what the real start imports
        from campagne_desktop.gui.main_window import MainWindow
        from campagne_desktop.gui.prompts import Prompts
        from campagne_desktop.gui.translation import install_translators

        ctx, db = open_campaign_at(root)
        translators = install_translators(app, "fr")  # noqa: F841 - must outlive the window
        window = MainWindow(ctx, db, Prompts())
        assert gui_app.main is not None
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    window.show()
    app.exec()
    report(painted_at=painted[0])


def measure(count: int, shared: Path | None = None) -> dict[str, float]:
    """``shared``: a folder holding (or to hold) the campaign, kept for the next benchmark."""
    root = isolated_environment(shared)
    try:
        if not (root / "campaign").exists():
            run_child("window.py", "setup", str(root), str(count))
        figures = {}
        run_child("window.py", "paint", str(root))  # compiles the bytecode, as an install does
        for name, args in (("window", (str(root),)), ("baseline", ())):
            started = time.time()
            done = run_child("window.py", "paint", *args)
            figures[f"{name}_s"] = done["painted_at"] - started
    finally:
        if shared is None:
            shutil.rmtree(root, ignore_errors=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--child", nargs="+", metavar="ARG")
    parser.add_argument("--campaign", type=Path, help="reuse (or make and keep) a campaign here")
    args = parser.parse_args()
    if args.child:
        what = args.child[0]
        if what == "setup":
            root = isolated_environment(Path(args.child[1]))
            make_campaign(root, int(args.child[2]))[1].close()
            report(done=True)
        else:
            root = isolated_environment(Path(args.child[1])) if len(args.child) > 1 else None
            first_paint(root)
        return
    m = measure(args.contacts, args.campaign)
    print(f"window on {args.contacts:,} contacts, offscreen, cold")
    print(f"  first paint {m['window_s']:6.2f} s   (goal < 1.5 s at 1 M)")
    print(f"  baseline    {m['baseline_s']:6.2f} s   (an empty QMainWindow in a fresh process)")


if __name__ == "__main__":
    main()
