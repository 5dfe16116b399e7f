"""What every command handler receives, and what it returns."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError, UserError

if TYPE_CHECKING:  # the database stack is imported when a command opens it, not at start-up
    from ..context import AppContext, PassphrasePurpose
    from ..services.unit_of_work import UnitOfWork
    from ..storage.database import Database

# Exit statuses (DESIGN.md, command line contract).
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3


# A compliance rule forbids the action: exit status 3.
ComplianceRefusedError = ComplianceError


@dataclass
class Result:
    """A command's outcome: ``data`` for --json, ``text`` for people."""

    data: Any
    text: str = ""
    status: int = EXIT_OK


@dataclass
class Runtime:
    args: argparse.Namespace
    ctx: AppContext
    t: Callable[[str], str]  # translate a message key to the user's language
    _db: Database | None = field(default=None, repr=False)

    def say(self, key: str, **params: Any) -> str:
        return self.t(key).format(**params)

    def db(self) -> Database:
        """The campaign database, opened on first use (after any pending wipe is finished)."""
        if self._db is None:
            from ..services.campaign import open_campaign

            self._db = open_campaign(self.ctx)
            if getattr(self.args, "command", "") != "wipe":
                from .wipe_commands import print_wipe_reminder

                print_wipe_reminder(self.ctx, self._db, self.t)
        return self._db

    def uow(self) -> UnitOfWork:
        """A unit of work for this command's action (one command, one transaction)."""
        from ..services.unit_of_work import UnitOfWork

        return UnitOfWork(self.db())

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


Handler = Callable[[Runtime], Result]


def cli_passphrase(t: Callable[[str], str]) -> Callable[[PassphrasePurpose], str | None]:
    """CAMPAGNE_PASSPHRASE, else a prompt on a terminal (twice when creating), else nothing."""

    def ask(purpose: PassphrasePurpose) -> str | None:
        from ..context import PassphrasePurpose

        from_env = os.environ.get("CAMPAGNE_PASSPHRASE")
        if from_env:
            return from_env
        if not sys.stdin.isatty():
            return None
        if purpose is PassphrasePurpose.CREATE:
            print(
                t(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "No secure system keyring was found: the campaign will be encrypted "
                        "with a passphrase. Choose a long one and keep it safe; it cannot be "
                        "recovered.",
                    )
                ),
                file=sys.stderr,
            )
        first = getpass.getpass(t(QT_TRANSLATE_NOOP("messages", "Passphrase: ")))
        if purpose is PassphrasePurpose.CREATE:
            again = getpass.getpass(t(QT_TRANSLATE_NOOP("messages", "Passphrase again: ")))
            if again != first:
                raise UserError(QT_TRANSLATE_NOOP("messages", "The two passphrases differ."))
        return first

    return ask
