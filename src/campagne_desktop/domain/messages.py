"""User-facing messages raised below the GUI, kept translatable without Qt.

Domain and service errors carry a message key (the English source text) and parameters. The GUI
translates the key with ``QCoreApplication.translate(MESSAGE_CONTEXT, key)``; the command line reads
the same French catalogue from ``translations/`` (see ``campagne_desktop.i18n``). Wrapping the
literals in ``QT_TRANSLATE_NOOP`` lets ``pyside6-lupdate`` collect them without importing Qt here.
"""

from __future__ import annotations

from typing import Any

MESSAGE_CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark ``text`` for extraction by lupdate; returns it unchanged."""
    return text


class UserError(Exception):
    """An error the user caused and can fix: shown as a message, never a traceback."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        """The message in the language of ``translate`` (a key -> text function), else English."""
        if translate is None:
            return self.key.format(**self.params)
        text = translate(self.key)
        # Parameters that are message keys themselves (a kind, a status) are translated too;
        # anything else (a path, a number typed by the user) is not in the catalogue.
        params = {k: translate(v) if isinstance(v, str) else v for k, v in self.params.items()}
        try:
            return str(text).format(**params)
        except (KeyError, IndexError, ValueError):
            return self.key.format(**self.params)


class ActionCancelledError(UserError):
    """The person stopped the action on the way; what it did is undone (its text says so)."""


class ComplianceError(UserError):
    """A compliance rule forbids the action (the command line exits with status 3)."""
