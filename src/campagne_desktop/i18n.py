"""Language choice, and French for the command line without Qt.

The GUI loads the compiled ``.qm`` with a ``QTranslator``. The command line must not import Qt
(DESIGN.md), so it reads the same catalogue from the ``.ts`` XML source, which ships beside it.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from .assets import translations_dir
from .domain.messages import MESSAGE_CONTEXT

SUPPORTED = ("en", "fr")


def system_language() -> str:
    """'fr' for French locales (fr_FR, fr_BE, fr_CA...), else 'en'."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "fr" if value.split(":")[0].lower().startswith("fr") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "fr" if code.lower().startswith("fr") else "en"


def choose_language(setting: str = "") -> str:
    """The language in use: an explicit setting wins, else the system's."""
    return setting if setting in SUPPORTED else system_language()


def ts_path(language: str) -> Path:
    return translations_dir() / f"campagne_desktop_{language}.ts"


def load_catalog(language: str, *contexts: str) -> dict[str, str]:
    """source -> translation for some contexts of the ``.ts`` file (default: the messages');
    empty for English."""
    path = ts_path(language)
    if language == "en" or not path.exists():
        return {}
    wanted = contexts or (MESSAGE_CONTEXT,)
    catalog: dict[str, str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        if ctx.findtext("name") not in wanted:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            if source and finished and translation is not None and translation.text:
                catalog[source] = translation.text
    return catalog


def translator(language: str, *contexts: str) -> Callable[[str], str]:
    """A key -> text function for ``contexts`` (default: the messages')."""
    catalog = load_catalog(language, *contexts)
    return lambda key: catalog.get(key, key)
