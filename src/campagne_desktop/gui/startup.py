"""Work that waits for the window's first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

# A widget that is never shown (a test, a page built hidden) is filled after this delay anyway.
FALLBACK_MS = 2000


class _AfterPaint(QObject):
    def __init__(self, owner: QObject, work: Callable[[], None]) -> None:
        super().__init__(owner)
        self._work = work
        self._done = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            # Queued now, it runs once the paint under way (the whole window) is finished.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._work()
        self.deleteLater()


def after_first_paint(owner: QObject, work: Callable[[], None]) -> None:
    """Run ``work`` once something has been painted: slow reads never delay the first paint.

    A zero-delay timer is not enough: it can fire before the platform asks for the first paint.
    """
    _AfterPaint(owner, work)
