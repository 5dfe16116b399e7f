"""Entry point of ``campagne-desktop``: build the context once, open or create, show the window."""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..assets import icon_path
from ..context import AppContext, PassphrasePurpose
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.times import local_day
from ..i18n import choose_language, translator
from ..paths import AppPaths, check_data_dir
from ..preferences import Preferences
from ..services.campaign import campaign_exists, check_campaign_files, open_campaign
from ..services.demo import create_demo, new_demo_folder, remove_demo_folder
from ..services.leftovers import clean_interrupted_outputs
from ..services.profile import get_profile
from ..services.wipe import RESUMED_NOTICE, reminder_message, resume_pending_wipe, wipe_reminder
from ..services.wipe_journal import WipeReport
from ..storage.database import Database, WrongKeyError
from ..storage.lock import CampaignLock
from .campaign_windows import CampaignWindows
from .dialogs.passphrase_dialog import PassphraseDialog
from .formatting import apply_interface_locale
from .messages import install_excepthook, message_text, setup_logging, translate_message, user_text
from .prompts import Prompts
from .translation import install_translators
from .wizards.first_run import FirstRunWizard

PASSPHRASE_ATTEMPTS = 3


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="campagne-desktop", description="Campagne Desktop")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep the campaign in DIR")
    parser.add_argument(
        "--demo", action="store_true", help="open a demonstration campaign in a temporary folder"
    )
    parser.add_argument(
        "--volunteer",
        action="store_true",
        help="open the template workspace for volunteers (no contact database)",
    )
    parser.add_argument(
        "--profile", type=Path, metavar="FILE", help="with --volunteer: the campaign's profile file"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open a demonstration campaign, close it, delete it, and exit (checks a build)",
    )
    return parser.parse_args(argv)


def demo_context() -> AppContext:
    """A throw-away campaign: synthetic data, random passphrase held in memory only."""
    folder = new_demo_folder()
    passphrase = secrets.token_urlsafe(24)
    try:
        ctx = AppContext.build(
            AppPaths.under(folder), ask_passphrase=lambda _p: passphrase, trust_keyring=False
        )
        create_demo(ctx)
    except BaseException:  # half a demonstration is deleted too
        remove_demo_folder(folder)
        raise
    return ctx


@contextlib.contextmanager
def quit_on_signals(app: QApplication) -> Iterator[None]:
    """Ctrl+C in the terminal, or a polite kill, quits the event loop like closing the window,
    so that what follows it runs (the databases close, the demonstration's folder goes)."""

    stopping: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        stopping.append(signum)
        app.quit()

    def quit_if_stopping() -> None:
        # quit() does nothing before the loop runs (a signal while the window is being built):
        # the next beat, inside the loop, asks again.
        if stopping:
            app.quit()

    handled = [signal.SIGINT, signal.SIGTERM] + (
        [signal.SIGHUP] if hasattr(signal, "SIGHUP") else []
    )
    previous = {number: signal.signal(number, stop) for number in handled}
    # Python runs a handler only between two of its own instructions: a timer lets it in while
    # Qt waits for events.
    heartbeat = QTimer()
    heartbeat.timeout.connect(quit_if_stopping)
    heartbeat.start(200)
    try:
        yield
    finally:
        heartbeat.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)


def gui_context(paths: AppPaths, parent: QWidget | None = None) -> AppContext:
    """CAMPAGNE_PASSPHRASE is tried once (as on the command line), then a dialog asks."""
    from_env = [os.environ.get("CAMPAGNE_PASSPHRASE", "")]

    def ask(purpose: PassphrasePurpose) -> str | None:
        if from_env[0]:
            return from_env.pop()
        return PassphraseDialog.ask(purpose, parent, folder=paths.data_dir)

    return AppContext.build(paths, ask_passphrase=ask)


def finish_interrupted_wipe(ctx: AppContext, prompts: Prompts) -> tuple[bool, WipeReport | None]:
    """Finish a wipe that was interrupted, offering to try again when a step fails.

    Returns (False, None) when the user gave up: the campaign stays unusable until it is done
    (the message said how: this window again, or ``campagne wipe --resume``)."""
    while True:
        try:
            return True, resume_pending_wipe(ctx)
        except UserError as error:
            if not prompts.ask_retry(None, user_text(error)):
                return False, None


def open_or_create(ctx: AppContext, prompts: Prompts) -> Database | None:
    """The campaign's database, after the first-run assistant if there is none yet."""
    try:  # half a campaign (no database, or no campaign.json) is said, never replaced
        check_campaign_files(ctx)
    except UserError as error:
        prompts.show_error(None, error)
        return None
    if not campaign_exists(ctx):
        return FirstRunWizard.create_campaign(ctx, prompts)
    for _attempt in range(PASSPHRASE_ATTEMPTS):
        try:
            return open_campaign(ctx)
        except WrongKeyError as error:
            prompts.show_error(None, error)
        except UserError as error:
            prompts.show_error(None, error)
            return None
    return None


NO_SCREEN = QT_TRANSLATE_NOOP(
    "messages",
    "No screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it "
    "from your desktop session, or under xvfb-run; campagne-desktop --self-test checks the "
    "installation without a screen.",
)


def no_screen() -> bool:
    """On Linux and the BSDs: no X11 or Wayland display, and no Qt platform chosen by hand.

    Qt would abort with a message blaming a missing library (libxcb-cursor0) instead."""
    return (
        sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def main(argv: Sequence[str] | None = None, prompts: Prompts | None = None) -> int:
    """``prompts``: how the app asks and tells; the Qt dialogs unless a test scripts them."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None and no_screen():
        if not args.self_test:
            language = choose_language(Preferences.load(AppPaths.default().config_dir).language)
            print(translator(language)(NO_SCREEN), file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test shows nothing anyway
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Campagne Desktop")
    app.setOrganizationName("CampagneDesktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path())))

    prompts = prompts or Prompts()  # the one object every page asks its questions through
    if args.self_test:
        from .self_test import run_self_test

        return run_self_test(app, prompts)
    if args.volunteer:
        from .volunteer import run_volunteer

        language = choose_language(Preferences.load(AppPaths.default().config_dir).language)
        translators = install_translators(app, language)  # noqa: F841 - must outlive it
        apply_interface_locale(language)
        return run_volunteer(app, prompts, args.profile)
    if args.demo:
        ctx = demo_context()
    else:
        paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
        ctx = gui_context(paths)
    # The window writes: it holds the campaign's write lock as long as it is open, so that a
    # command or a second window says "in use" instead of failing halfway.
    lock = CampaignLock(ctx.paths.lock_file)
    try:
        check_data_dir(ctx.paths)
        if ctx.paths.data_dir.is_dir():
            lock.acquire()
    except UserError as error:
        prompts.show_error(None, error)
        if args.demo:
            remove_demo_folder(ctx.paths.data_dir)
        return 1
    try:
        with quit_on_signals(app):
            return _run_window(app, ctx, lock, prompts)
    finally:
        lock.release()
        if args.demo:  # synthetic data, but a demonstration leaves nothing behind
            remove_demo_folder(ctx.paths.data_dir)


def _run_window(app: QApplication, ctx: AppContext, lock: CampaignLock, prompts: Prompts) -> int:
    # Before anything writes into the folders (ensure, log file).
    resumed, finished = finish_interrupted_wipe(ctx, prompts)
    if not resumed:
        return 1
    ctx.paths.ensure()
    try:
        lock.acquire()  # a first run: the folder exists only now
    except UserError as error:
        prompts.show_error(None, error)
        return 1
    clean_interrupted_outputs(ctx)  # the one writer now: what is listed was left by a crash
    language = choose_language(Preferences.load(ctx.paths.config_dir).language)
    translators = install_translators(app, language)  # noqa: F841 - must outlive the window
    apply_interface_locale(language)  # numbers, amounts, days: as the interface language writes
    install_excepthook(setup_logging(ctx.paths.log_dir), prompts)
    if finished is not None:
        prompts.inform(
            None, translate_message(RESUMED_NOTICE).format(path=finished.certificate_path)
        )

    db = open_or_create(ctx, prompts)
    if db is None:
        return 1
    profile = get_profile(db)
    reminder = wipe_reminder(profile, local_day(ctx.clock(), profile.timezone))
    if reminder is not None and reminder.overdue:  # after the deadline: at each start
        key, params = reminder_message(reminder)
        prompts.warn(None, message_text(key, params))
    session = CampaignWindows(app, ctx, lock, prompts)
    session.show(db)
    try:
        return app.exec()
    finally:
        session.close_databases()


if __name__ == "__main__":
    sys.exit(main())
