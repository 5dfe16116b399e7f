"""Loading the compiled French catalogue (.qm) into Qt."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from ..assets import translations_dir


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (standard buttons) for ``language``; keep the result.

    English has a catalogue too, of plural forms only: "%n day(s)" reads "in 34 days".
    """
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"campagne_desktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
