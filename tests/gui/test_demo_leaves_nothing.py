"""The demonstration and the self-test leave nothing in the home or the temporary folder: not
when the window closes, not on Ctrl+C in the terminal, not when the process is told to stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import subprocess_env

START_SECONDS = 60


def empty_machine(root: Path) -> tuple[Path, Path, dict[str, str]]:
    """A home and a temporary folder with nothing in them, and the environment that uses them."""
    home, temp = root / "home", root / "temp"
    home.mkdir()
    temp.mkdir()
    env = subprocess_env(HOME=str(home), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)  # the platform's defaults, inside this home
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"  # it writes in HOME
    return home, temp, env


def everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_self_test_leaves_the_home_and_temporary_folder_empty(tmp_path: Path) -> None:
    home, temp, env = empty_machine(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "campagne_desktop.gui.app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert everything_in(home) == [] and everything_in(temp) == []


@pytest.mark.parametrize(
    ("stop", "settle"),
    [(signal.SIGINT, 0.0), (signal.SIGTERM, 2.0)],
    ids=["ctrl-c-while-the-window-is-built", "terminate-an-open-window"],
)
def test_demo_window_stopped_from_outside_leaves_nothing(
    tmp_path: Path, stop: int, settle: float
) -> None:
    home, temp, env = empty_machine(tmp_path)
    window = subprocess.Popen(
        [sys.executable, "-m", "campagne_desktop.gui.app", "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        # The log file is opened just before the window shows.
        deadline = time.monotonic() + START_SECONDS
        while not list(temp.glob("campagne-demo-*/logs/campagne-desktop.log")):
            assert window.poll() is None, window.communicate()[1]
            assert time.monotonic() < deadline, "the demonstration did not start"
            time.sleep(0.2)
        assert len(list(temp.glob("campagne-demo-*/campagne.db"))) == 1
        time.sleep(settle)  # 0: before the event loop runs, when a bare quit() did nothing
        window.send_signal(stop)
        _out, err = window.communicate(timeout=30)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert window.returncode == 0, err
    assert everything_in(temp) == [] and everything_in(home) == []


def test_demo_folder_goes_when_the_window_closes(qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from campagne_desktop.gui import app as gui_app
    from campagne_desktop.gui.main_window import MainWindow

    temp = Path(os.environ["TMPDIR"])
    seen: list[Path] = []

    def close_the_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        seen.extend(w.ctx.paths.data_dir for w in shown)
        for window in shown:
            window.close()  # the last window: the app quits as when the user closes it

    QTimer.singleShot(500, close_the_window)
    assert gui_app.main(["--demo"]) == 0
    assert len(seen) == 1 and seen[0].parent == temp
    assert not seen[0].exists() and list(temp.glob("campagne-demo-*")) == []


def test_with_no_screen_the_window_says_so_and_the_self_test_still_runs(tmp_path: Path) -> None:
    home, temp, env = empty_machine(tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    window = subprocess.run(
        [sys.executable, "-m", "campagne_desktop.gui.app", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    # Not Qt's abort (status 134) blaming libxcb-cursor0: what is missing, and what to do.
    assert window.returncode == 1
    assert "No screen to open the window on" in window.stderr and "xcb" not in window.stderr
    self_test = subprocess.run(
        [sys.executable, "-m", "campagne_desktop.gui.app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert self_test.returncode == 0, self_test.stderr
    assert "self-test passed" in self_test.stdout
    assert everything_in(temp) == [] and everything_in(home) == []
