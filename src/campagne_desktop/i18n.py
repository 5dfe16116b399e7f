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

from . import formatting
from .assets import translations_dir
from .domain.messages import COUNT, MESSAGE_CONTEXT

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
            if message.get("numerus") == "yes" or not _finished(translation):
                continue  # plural forms: load_plurals
            if source and translation is not None and translation.text:
                catalog[source] = translation.text
    return catalog


def _finished(translation: ET.Element | None) -> bool:
    return translation is not None and translation.get("type") not in (
        "unfinished",
        "obsolete",
        "vanished",
    )


def load_plurals(language: str) -> dict[str, tuple[str, ...]]:
    """source -> its forms (singular, plural) for the messages' plural keys. English has a
    catalogue of plural forms only ("%Ln file(s)" → "%Ln file" / "%Ln files")."""
    path = ts_path(language)
    if not path.exists():
        return {}
    plurals: dict[str, tuple[str, ...]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        if ctx.findtext("name") != MESSAGE_CONTEXT:
            continue
        for message in ctx.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if message.get("numerus") != "yes" or not source or not _finished(translation):
                continue
            assert translation is not None
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if all(forms):
                plurals[source] = forms
    return plurals


def plural_index(language: str, count: int) -> int:
    """Which form a count takes (Qt's rules): French says "1 fichier", "0 fichier"; English
    "1 file", "0 files"."""
    if language == "fr":
        return 0 if count <= 1 else 1
    return 0 if count == 1 else 1


def translator(language: str, *contexts: str) -> Callable[..., str]:
    """A key -> text function for ``contexts`` (default: the messages'); called with a count
    too, it gives a plural key's form for that count with the number written in (%Ln)."""
    catalog = load_catalog(language, *contexts)
    plurals = load_plurals(language) if not contexts else {}

    def translate(key: str, count: int | None = None) -> str:
        if count is None:
            return catalog.get(key, key)
        forms = plurals.get(key)
        text = forms[min(plural_index(language, count), len(forms) - 1)] if forms else key
        return text.replace(COUNT, formatting.count(count, language))

    return translate
