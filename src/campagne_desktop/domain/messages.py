"""User-facing messages raised below the GUI, kept translatable without Qt.

Domain and service errors carry a message key (the English source text) and parameters. The GUI
translates the key with ``QCoreApplication.translate(MESSAGE_CONTEXT, key)``; the command line reads
the same French catalogue from ``translations/`` (see ``campagne_desktop.i18n``). Wrapping the
literals in ``QT_TRANSLATE_NOOP`` lets ``pyside6-lupdate`` collect them without importing Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

MESSAGE_CONTEXT = "messages"
# In a key whose words depend on a number ("%Ln file(s) left"), the number's place; the number
# is the ``count`` parameter, written as the user's language writes numbers.
COUNT = "%Ln"
# key -> text, or (key, count) -> text with the plural form for that count and COUNT replaced.
Translate = Callable[..., str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark ``text`` for extraction by lupdate; returns it unchanged."""
    return text


class Plural:
    """Marks a key whose words depend on ``count``: ``Plural.translate("messages", "%Ln file(s)
    left.", "", 0)``. lupdate reads a ``translate`` call with a number as a plural entry (it has
    no Python form of ``QT_TRANSLATE_N_NOOP``); at run time it returns the key unchanged."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str = "", n: int = 0) -> str:
        return text


def words(key: str, params: Mapping[str, Any], translate: Translate | None = None) -> str:
    """``key`` in the language of ``translate`` (English without it), not yet formatted; a
    plural key in the form for ``params["count"]``."""
    if COUNT not in key:
        return key if translate is None else str(translate(key))
    count = int(params["count"])
    if translate is None:
        return key.replace(COUNT, str(count))
    return str(translate(key, count))


class UserError(Exception):
    """An error the user caused and can fix: shown as a message, never a traceback."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Translate | None = None) -> str:
        """The message in the language of ``translate`` (a key -> text function), else English."""
        if translate is None:
            return words(self.key, self.params).format(**self.params)
        text = words(self.key, self.params, translate)
        # Parameters that are message keys themselves (a kind, a status) are translated too;
        # anything else (a path, a number typed by the user) is not in the catalogue.
        params = {k: translate(v) if isinstance(v, str) else v for k, v in self.params.items()}
        try:
            return str(text).format(**params)
        except (KeyError, IndexError, ValueError):
            return words(self.key, self.params).format(**self.params)


class ActionCancelledError(UserError):
    """The person stopped the action on the way; what it did is undone (its text says so)."""


class ComplianceError(UserError):
    """A compliance rule forbids the action (the command line exits with status 3)."""
