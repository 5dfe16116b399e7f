"""In a real X window (run under xvfb-run with QT_QPA_PLATFORM=xcb, see .ci/test)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from campagne_desktop.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.xcb


def _stays_up(args: list[str], env: dict[str, str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "campagne_desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(6)
        assert process.poll() is None, process.communicate()[1][-2000:]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=20)
    assert "Traceback" not in err


def test_window_starts_and_stays_up_on_a_campaign_made_by_the_cli(data_dir) -> None:
    env = dict(os.environ, CAMPAGNE_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="xcb")
    init = subprocess.run(
        [
            sys.executable,
            "-m",
            "campagne_desktop.cli.main",
            "--data-dir",
            str(data_dir),
            "init",
            "--candidate",
            "Liste Exemple",
            "--election",
            "municipales",
            "--round1",
            "2027-03-14",
            "--rights-contact",
            "dpo@exemple.fr",
            "--purpose",
            "informer",
            "--sender-id",
            "LISTE",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert init.returncode == 0, init.stderr
    _stays_up(["--data-dir", str(data_dir)], env)


def test_demo_window_stays_up() -> None:
    _stays_up(["--demo"], dict(os.environ, QT_QPA_PLATFORM="xcb"))


def test_main_window_paints_every_page(qtbot, ctx, db, prompts) -> None:
    window = MainWindow(ctx, db, prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        image = window.grab().toImage()
        assert image.width() > 600 and image.height() > 400
        # A painted page has more than a couple of colours (text, frames, the selection).
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 17)
            for y in range(0, image.height(), 17)
        }
        assert len(colours) > 3, window.navigation.item(row).text()
