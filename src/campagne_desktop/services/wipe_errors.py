"""How a wipe says it failed: which step, why, what is still on disk, and how to finish."""

from __future__ import annotations

from typing import Any

from ..domain.messages import QT_TRANSLATE_NOOP, Plural, UserError, words


class WipeError(UserError):
    pass


# Each step as the user reads it in a failure message (the window has its own progress texts).
STEP_TITLES = {
    "database-key": QT_TRANSLATE_NOOP("messages", "removing the database key from the keyring"),
    "database": QT_TRANSLATE_NOOP("messages", "overwriting and deleting the database"),
    "exports": QT_TRANSLATE_NOOP("messages", "overwriting and deleting the exported files"),
    "files": QT_TRANSLATE_NOOP(
        "messages", "overwriting and deleting backups, logs, caches and settings"
    ),
    "secrets": QT_TRANSLATE_NOOP("messages", "removing the other keyring entries"),
    "folders": QT_TRANSLATE_NOOP("messages", "removing the folders"),
    "verified": QT_TRANSLATE_NOOP("messages", "checking that nothing is left"),
    "certificate": QT_TRANSLATE_NOOP("messages", "writing the certificate of deletion"),
}
STEP_FAILED = QT_TRANSLATE_NOOP("messages", "The wipe stopped while {step}: {reason}")
STEP_FAILED_UNEXPECTEDLY = QT_TRANSLATE_NOOP("messages", "unexpected error ({kind})")
STILL_ON_DISK = Plural.translate(
    "messages", "Still on disk: %Ln file(s) of the campaign, listed below.", "", 0
)
NOTHING_ON_DISK = QT_TRANSLATE_NOOP("messages", "No file of the campaign is left on disk.")
KEY_STILL_IN_KEYRING = QT_TRANSLATE_NOOP(
    "messages", "The database key is still in the system keyring."
)
HOW_TO_FINISH = QT_TRANSLATE_NOOP(
    "messages",
    "The campaign can no longer be used; finish the wipe with `campagne wipe --resume`, or in "
    "the window: Fin de campagne, Finish the wipe.",
)


class WipeStepError(WipeError):
    """A step of a started wipe failed: which one, why, what is left, how to finish.

    Raised only once the journal exists, so it never says "nothing was changed"."""

    def __init__(
        self, step: str, cause: BaseException, remaining: list[str], key_left: bool
    ) -> None:
        self.step = step
        self.cause = cause
        self.remaining = remaining
        self.key_left = key_left
        super().__init__(STEP_FAILED, step=STEP_TITLES.get(step, step))

    def render(self, translate: Any = None) -> str:
        def t(key: str) -> str:
            return str(translate(key)) if translate is not None else key

        if isinstance(self.cause, UserError):
            reason = self.cause.render(translate)
        else:
            reason = t(STEP_FAILED_UNEXPECTEDLY).format(kind=type(self.cause).__name__)
        step = t(STEP_TITLES.get(self.step, self.step))
        lines = [t(STEP_FAILED).format(step=step, reason=reason)]
        if self.key_left:
            lines.append(t(KEY_STILL_IN_KEYRING))
        if self.remaining:
            remaining = {"count": len(self.remaining)}
            lines.append(words(STILL_ON_DISK, remaining, translate).format(**remaining))
        else:
            lines.append(t(NOTHING_ON_DISK))
        lines.append(t(HOW_TO_FINISH))
        lines.extend(f"  {path}" for path in self.remaining)
        return "\n".join(lines)
