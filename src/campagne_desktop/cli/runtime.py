"""What every command handler receives, and what it returns."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import formatting
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError, Translate, UserError, words

if TYPE_CHECKING:  # the database stack is imported when a command opens it, not at start-up
    from ..context import AppContext, PassphrasePurpose
    from ..services.unit_of_work import UnitOfWork
    from ..storage.database import Database
    from ..storage.lock import CampaignLock

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
    t: Translate  # a message key in the user's language (see domain.messages.words)
    language: str = "en"  # the same language's way of writing numbers and amounts
    _db: Database | None = field(default=None, repr=False)
    _lock: CampaignLock | None = field(default=None, repr=False)

    def say(self, key: str, **params: Any) -> str:
        """The message in the user's language, its amounts ("4,75 €") and counts ("1 234") as
        that language writes them; ids (``id``, ``*_id``) stay bare digits."""
        shown = {name: self._shown(name, v) for name, v in params.items()}
        return words(key, params, self.t).format(**shown)

    def _shown(self, name: str, value: Any) -> Any:
        if isinstance(value, Decimal):
            return formatting.money(value, self.language)
        if isinstance(value, int) and not isinstance(value, bool) and not _is_id(name):
            return formatting.count(value, self.language)
        return value

    def db(self) -> Database:
        """The campaign database, opened on first use (after any pending wipe is finished).

        A command that writes takes the campaign's write lock first (one writer at a time);
        a read-only one does not, so it works while an import runs."""
        if self._db is None:
            from ..services.campaign import check_campaign_files, open_campaign

            if not is_read_only(self.args):
                check_campaign_files(self.ctx)  # never create a lock file in a half campaign
                self.write_lock()
            self._db = open_campaign(self.ctx)
            if getattr(self.args, "command", "") != "wipe":
                from .wipe_commands import print_wipe_reminder

                print_wipe_reminder(self.ctx, self._db, self.t)
        return self._db

    def uow(self) -> UnitOfWork:
        """A unit of work for this command's action (one command, one transaction)."""
        from ..services.unit_of_work import UnitOfWork

        return UnitOfWork(self.db())

    def write_lock(self) -> None:
        """Take the campaign's write lock (waits a few seconds, then CampaignBusyError)."""
        if self._lock is None and self.ctx.paths.data_dir.is_dir():
            from ..storage.lock import CampaignLock

            lock = CampaignLock(self.ctx.paths.lock_file)
            lock.acquire()
            self._lock = lock
            from ..services.leftovers import clean_interrupted_outputs

            clean_interrupted_outputs(self.ctx)  # the one writer now: nothing of ours is running

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


Handler = Callable[[Runtime], Result]


# Commands that only read: they take no write lock. Any other command is a writer, so that a
# new command is safe by default.
def _is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id")


READ_ONLY_COMMANDS = frozenset(
    {
        "audit",
        "batch list",
        "batch show",
        "contacts list",
        "contacts show",
        "optout list",
        "profile show",
        "segments",
        "template cost",
        "template list",
        "template preview",
        "template show",
    }
)


def command_name(args: argparse.Namespace) -> str:
    """``"contacts list"``: the command and its action (each group's dest is ``<name>_command``)."""
    command = str(getattr(args, "command", "") or "")
    action = getattr(args, command.replace("-", "_") + "_command", None)
    return f"{command} {action}" if action else command


def is_read_only(args: argparse.Namespace) -> bool:
    return command_name(args) in READ_ONLY_COMMANDS


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
