"""The end-of-election wipe (LEGAL.md §5): destroy everything, resumably, and certify it.

Order: delete what the SMS provider's API allows (while the credentials and the provider ids
still exist; if the provider fails, nothing local is touched and the user retries or skips it);
read what is to go into the journal; remove the database key from the keyring first
(crypto-erasure); overwrite and delete the files; remove the other keyring entries and the folders;
verify; write the certificate outside the app's folders; delete the journal. Each completed step is
recorded in the journal, so a killed wipe is finished by :func:`resume_pending_wipe` at next start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_documents_dir

from .. import __version__
from ..context import AppContext
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.profile import CampaignProfile
from ..storage.database import Database
from .campaign import DATABASE_KEY_NAME, key_mode
from .unit_of_work import UnitOfWork
from .wipe_errors import WipeError, WipeStepError
from .wipe_journal import WipeJournal, WipeReport, load_journal, save_journal
from .wipe_scan import (
    DATABASE_SUFFIXES,
    app_files,
    check_folders_are_safe,
    recorded_export_paths,
    take_inventory,
    verify,
)

log = logging.getLogger(__name__)

# The steps, in order; ``on_step`` is called with each name once it is done and journaled.
STEPS = (
    "provider",
    "planned",
    "database-key",
    "database",
    "exports",
    "files",
    "secrets",
    "folders",
    "verified",
    "certificate",
    "done",
)
StepCallback = Callable[[str], None]
CHUNK = 1 << 20
# Said at start-up (CLI on stderr, window in a dialog) when an interrupted wipe was finished.
RESUMED_NOTICE = QT_TRANSLATE_NOOP(
    "messages", "An interrupted end-of-election wipe was finished. Certificate: {path}"
)


def _no_step(_name: str) -> None:
    pass


def confirmation_matches(typed: str, candidate: str) -> bool:
    """Exactly the candidate or list name: surrounding spaces ignored, case and accents kept."""
    return bool(candidate.strip()) and typed.strip() == candidate.strip()


def require_confirmation(typed: str, candidate: str) -> None:
    """Raise :class:`WipeError` unless ``typed`` is the candidate or list name."""
    if not confirmation_matches(typed, candidate):
        raise WipeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The name typed does not match the candidate or list name exactly. "
                "Nothing was deleted.",
            )
        )


def pending_wipe(ctx: AppContext) -> bool:
    return ctx.paths.wipe_journal.exists()


def default_certificate_path(now: datetime) -> Path:
    """In the user's documents folder, never in the app's folders (they are about to go)."""
    stamp = now.astimezone().strftime("%Y-%m-%d-%H%M%S")
    return Path(user_documents_dir()) / f"certificat-effacement-campagne-{stamp}.pdf"


def _inside(path: Path, folders: tuple[Path, ...]) -> bool:
    path = path.expanduser().resolve()
    return any(path.is_relative_to(f.expanduser().resolve()) for f in folders)


def check_kept_file_path(ctx: AppContext, path: Path, exports: list[str]) -> None:
    """Refuse a place the wipe destroys for a file meant to be kept (certificate, ledger):
    the app's folders and every export it recorded (``recorded_export_paths``)."""
    if _inside(path, ctx.paths.all_dirs()) or str(path.expanduser().absolute()) in exports:
        raise WipeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{path} is inside the campaign's folders, which the wipe destroys. "
                "Choose a place outside them.",
            ),
            path=str(path),
        )


def check_kept_file(ctx: AppContext, db: Database, path: Path) -> None:
    """:func:`check_kept_file_path` against the exports recorded in the campaign now."""
    with db.session() as session:
        exports = recorded_export_paths(session)
    check_kept_file_path(ctx, path, exports)


def wipe_campaign(
    ctx: AppContext,
    db: Database,
    confirmation: str,
    *,
    certificate_path: Path | None = None,
    on_step: StepCallback | None = None,
    skip_provider: bool = False,
) -> WipeReport:
    """Destroy the campaign if ``confirmation`` is its candidate or list name, exactly.

    A wrong name raises :class:`WipeError` and changes nothing. So does a provider that cannot
    be reached or refuses (``ProviderStepError``), unless ``skip_provider``: the certificate then
    lists everything to ask the provider by hand. ``db`` is closed by the wipe.
    """
    if pending_wipe(ctx):
        db.close()
        report = resume_pending_wipe(ctx, on_step=on_step)
        assert report is not None
        return report
    inventory = take_inventory(ctx, db)
    require_confirmation(confirmation, inventory.candidate)
    check_folders_are_safe(ctx.paths)
    started = ctx.clock()
    target = (certificate_path or default_certificate_path(started)).expanduser().absolute()
    check_kept_file_path(ctx, target, inventory.export_paths)
    from .provider_wipe import provider_wipe_step  # the HTTP stack: only when a wipe runs

    provider = provider_wipe_step(
        ctx, UnitOfWork(db), skip=skip_provider, actor=ctx.actor, now=started
    )
    step = on_step or _no_step
    step("provider")
    inventory = take_inventory(ctx, db)  # the provider step added its audit event
    counts = dict(inventory.counts)
    counts["files"] = len(inventory.files)
    planned_files = set(inventory.files)
    counts["export_files"] = sum(1 for p in inventory.export_paths if p in planned_files)
    counts["keyring_entries"] = len(inventory.keyring_names)
    journal = WipeJournal(
        started_at=started,
        certificate_path=str(target),
        key_mode=key_mode(ctx).value,
        inventory=replace(inventory, counts=counts),
        done=["provider", "planned"],
        provider=provider,
    )
    # The database is read; close it so its files can go (Windows refuses open files).
    db.close()
    # From here on the provider is never asked again: a resumed wipe reads its report here.
    save_journal(ctx.paths.wipe_journal, journal)
    step("planned")
    return _run(ctx, journal, step)


def resume_pending_wipe(
    ctx: AppContext, *, on_step: StepCallback | None = None
) -> WipeReport | None:
    """Finish an interrupted wipe, if there is one; call this first at every start."""
    journal = load_journal(ctx.paths.wipe_journal)
    if journal is None:
        return None
    log.warning("Finishing an interrupted end-of-election wipe")
    return _run(ctx, journal, on_step or _no_step)


def _run(ctx: AppContext, journal: WipeJournal, on_step: StepCallback) -> WipeReport:
    actions: dict[str, Callable[[AppContext, WipeJournal], None]] = {
        "database-key": _remove_database_key,
        "database": _shred_database,
        "exports": _shred_exports,
        "files": _shred_app_files,
        "secrets": _remove_secrets,
        "folders": _remove_folders,
        "verified": _verify,
        "certificate": _write_certificate,
    }
    for step in actions:  # the local steps, in the order of STEPS
        if step in journal.done:
            continue
        try:
            actions[step](ctx, journal)
            journal.done.append(step)
            save_journal(ctx.paths.wipe_journal, journal)
        except Exception as error:
            # Never a dead end: the journal stays, and the message says how to go on.
            log.warning("The wipe stopped at step %s (%s)", step, type(error).__name__)
            raise WipeStepError(
                step, error, remaining_files(ctx, journal), _key_left(ctx, journal)
            ) from error
        on_step(step)
    report = WipeReport.from_journal(journal, __version__)
    shred(ctx.paths.wipe_journal)
    with contextlib.suppress(OSError):  # an empty file; its lock, if held, ends with its holder
        ctx.paths.lock_file.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        ctx.paths.data_dir.rmdir()
    on_step("done")
    return report


def shred(path: Path) -> bool:
    """Overwrite ``path`` once with random bytes, fsync, delete. False if it could not go."""
    try:
        if path.is_symlink() or not path.is_file():
            path.unlink(missing_ok=True)  # a link goes, never what it points to
            return True
        if not os.access(path, os.W_OK):
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        remaining = path.stat().st_size
        with path.open("r+b", buffering=0) as handle:
            while remaining > 0:
                size = min(remaining, CHUNK)
                handle.write(os.urandom(size))
                remaining -= size
            os.fsync(handle.fileno())
        path.unlink()
        return True
    except FileNotFoundError:
        return True
    except OSError as error:
        # The verification pass reports what is left; the path itself is not logged.
        log.warning("A file could not be wiped: %s", type(error).__name__)
        return False


def remaining_files(ctx: AppContext, journal: WipeJournal) -> list[str]:
    """The campaign's files still on disk: the database, planned files and exports."""
    database = ctx.paths.database
    candidates = {str(database.with_name(database.name + s)) for s in DATABASE_SUFFIXES}
    candidates.update(journal.inventory.files)
    candidates.update(journal.inventory.export_paths)
    candidates.update(app_files(ctx.paths))
    return sorted(p for p in candidates if os.path.lexists(p))


def _key_left(ctx: AppContext, journal: WipeJournal) -> bool:
    return "database-key" not in journal.done and ctx.secrets.get(DATABASE_KEY_NAME) is not None


def _remove_database_key(ctx: AppContext, journal: WipeJournal) -> None:
    # Crypto-erasure first: without the key every surviving copy of the database is noise.
    # No keyring, a locked one or an absent entry all mean: no key there to remove.
    if not ctx.secrets.delete(DATABASE_KEY_NAME):
        raise WipeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "the system keyring refused to remove the database key (is it locked?).",
            )
        )


def _shred_database(ctx: AppContext, journal: WipeJournal) -> None:
    database = ctx.paths.database
    for suffix in DATABASE_SUFFIXES:
        shred(database.with_name(database.name + suffix))


def _shred_exports(ctx: AppContext, journal: WipeJournal) -> None:
    for path in journal.inventory.export_paths:
        shred(Path(path))


def _close_log_files(ctx: AppContext) -> None:
    """Stop logging into files that are about to be deleted (Windows cannot delete open files)."""
    folders = ctx.paths.all_dirs()
    for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        if not isinstance(logger, logging.Logger):
            continue
        for handler in list(logger.handlers):
            if isinstance(handler, logging.FileHandler) and _inside(
                Path(handler.baseFilename), folders
            ):
                logger.removeHandler(handler)
                handler.close()


def _shred_app_files(ctx: AppContext, journal: WipeJournal) -> None:
    _close_log_files(ctx)
    for path in app_files(ctx.paths):
        shred(Path(path))
    for path in journal.inventory.files:  # anything planned that lives elsewhere
        if Path(path) != ctx.paths.wipe_journal:
            shred(Path(path))


def _remove_secrets(ctx: AppContext, journal: WipeJournal) -> None:
    names = {*journal.inventory.keyring_names, *ctx.secrets.names(), DATABASE_KEY_NAME}
    refused = [name for name in sorted(names) if not ctx.secrets.delete(name)]
    if refused:
        raise WipeError(
            QT_TRANSLATE_NOOP(
                "messages", "the system keyring refused to remove {count} entries (is it locked?)."
            ),
            count=len(refused),
        )


def _remove_folders(ctx: AppContext, journal: WipeJournal) -> None:
    """Remove the now-empty folders; the data folder stays until the journal is gone."""
    keep = ctx.paths.data_dir.absolute()
    for root in ctx.paths.all_dirs():
        if not root.is_dir():
            continue
        for current, dirs, _files in os.walk(root, topdown=False, followlinks=False):
            for name in dirs:
                with contextlib.suppress(OSError):
                    (Path(current) / name).rmdir()
        if root.absolute() != keep:
            with contextlib.suppress(OSError):
                root.rmdir()


def _verify(ctx: AppContext, journal: WipeJournal) -> None:
    journal.verification = verify(ctx.paths, journal.inventory.export_paths)
    journal.completed_at = ctx.clock()


def _write_certificate(ctx: AppContext, journal: WipeJournal) -> None:
    from .certificate import write_certificate  # fpdf is slow to import: only when it is used

    report = WipeReport.from_journal(journal, __version__)
    try:
        write_certificate(report, report.certificate_path)
    except OSError:
        # The chosen place vanished (a USB stick?): fall back to the documents folder.
        fallback = default_certificate_path(ctx.clock())
        journal.certificate_path = str(fallback)
        write_certificate(WipeReport.from_journal(journal, __version__), fallback)


# --- Reminders -----------------------------------------------------------------------------

# LEGAL.md §5: election files go "once it is over". We recommend 30 days after the last round:
# past the window for electoral disputes (5 days for municipales, 10 for législatives) and time
# enough to hand the cost ledger to the financial agent, well inside the 2 months of the old NS34.
RECOMMENDED_DELAY_DAYS = 30


@dataclass(frozen=True)
class Reminder:
    last_round: date
    days_since: int
    deadline: date
    overdue: bool

    @property
    def days_left(self) -> int:
        return max(0, RECOMMENDED_DELAY_DAYS - self.days_since)


def wipe_deadline(profile: CampaignProfile) -> date:
    """The recommended last day to wipe: :data:`RECOMMENDED_DELAY_DAYS` after the last round."""
    return (profile.round2 or profile.round1) + timedelta(days=RECOMMENDED_DELAY_DAYS)


def wipe_reminder(profile: CampaignProfile, today: date) -> Reminder | None:
    """A reminder to wipe once the last round is past; ``overdue`` after the deadline."""
    last = profile.round2 or profile.round1
    if today <= last:
        return None
    deadline = wipe_deadline(profile)
    return Reminder(
        last_round=last,
        days_since=(today - last).days,
        deadline=deadline,
        overdue=today > deadline,
    )


def reminder_message(reminder: Reminder) -> tuple[str, dict[str, Any]]:
    """The reminder as a translatable message key and its parameters (CLI and dashboard)."""
    params: dict[str, Any] = {
        "days": reminder.days_since,
        "deadline": reminder.deadline.strftime("%d/%m/%Y"),
    }
    if reminder.overdue:
        return (
            QT_TRANSLATE_NOOP(
                "messages",
                "The election ended {days} days ago and the recommended deadline ({deadline}) "
                "has passed: wipe the campaign now (campagne wipe --confirm NAME).",
            ),
            params,
        )
    return (
        QT_TRANSLATE_NOOP(
            "messages",
            "The election ended {days} days ago. Save the cost ledger, then wipe the campaign "
            "before {deadline} (recommended).",
        ),
        params,
    )
