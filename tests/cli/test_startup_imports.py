"""Start-up cost: a command imports what it needs, when it needs it (no timing assertions here;
benchmarks/startup.py measures the time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_campaign_commands import INIT, PASSPHRASE

HEAVY = (
    "sqlalchemy",
    "alembic",
    "fpdf",
    "fontTools",
    "sqlcipher3",
    "jinja2",
    "keyring",
    "holidays",
)

# Runs the `campagne` entry point in a fresh interpreter, then lists the heavy packages it loaded.
PROBE = """
import json, sys
from campagne_desktop.cli.main import main
try:
    status = main(sys.argv[2:])
except SystemExit as stop:
    status = stop.code
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1].split(",")))
print(json.dumps({"status": status, "heavy": heavy}))
"""


def loaded_packages(*args: str) -> tuple[int, list[str]]:
    env = dict(os.environ, CAMPAGNE_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(HEAVY), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    last = json.loads(done.stdout.strip().splitlines()[-1])
    return last["status"], last["heavy"]


def test_version_loads_no_database_pdf_or_template_stack() -> None:
    status, heavy = loaded_packages("--version")
    assert status == 0
    assert heavy == []


def test_help_of_every_command_loads_no_heavy_package() -> None:
    status, heavy = loaded_packages("batch", "export", "--help")
    assert status == 0
    assert heavy == []


@pytest.mark.parametrize(
    "command",
    [
        ("replies", "review"),
        ("consent", "expired"),
        ("batch", "split"),
        ("batch", "discard"),
        ("batch", "messages"),
        ("template", "cost"),
    ],
)
def test_help_of_the_newer_commands_loads_no_heavy_package(command: tuple[str, str]) -> None:
    status, heavy = loaded_packages(*command, "--help")
    assert status == 0
    assert heavy == []


def test_reply_labels_cover_every_reason_and_decision() -> None:
    """The labels are keyed by the enums' values, so that the module imports no service."""
    from campagne_desktop.cli.reply_commands import DONE, REASON_LABELS
    from campagne_desktop.services.held_replies import Decision, HoldReason

    assert set(REASON_LABELS) == {r.value for r in HoldReason}
    assert set(DONE) == {d.value for d in Decision}


def test_reading_commands_skip_alembic_when_the_schema_is_current(data_dir: Path) -> None:
    status, _ = loaded_packages("--data-dir", str(data_dir), *INIT)
    assert status == 0
    for command in (("replies", "review"), ("consent", "expired")):
        status, heavy = loaded_packages("--data-dir", str(data_dir), *command)
        assert status == 0, command
        assert "sqlalchemy" in heavy and "alembic" not in heavy, command


def test_profile_show_skips_pdf_and_alembic_when_the_schema_is_current(data_dir: Path) -> None:
    status, _ = loaded_packages("--data-dir", str(data_dir), *INIT)
    assert status == 0
    status, heavy = loaded_packages("--data-dir", str(data_dir), "profile", "show")
    assert status == 0
    assert "sqlalchemy" in heavy  # the probe does see what a command really loads
    assert "fpdf" not in heavy and "alembic" not in heavy


def test_module_version_loads_no_heavy_package() -> None:
    """`python -m campagne_desktop --version` answers before the window's imports."""
    done = subprocess.run(
        [sys.executable, "-c", MODULE_PROBE, ",".join((*HEAVY, "PySide6"))],
        capture_output=True,
        text=True,
        check=True,
    )
    first, last = done.stdout.strip().splitlines()
    assert first.startswith("campagne-desktop ")
    assert last == "[]"


MODULE_PROBE = """
import runpy, sys
heavy = set(sys.argv[1].split(","))
sys.argv = ["campagne_desktop", "--version"]
try:
    runpy.run_module("campagne_desktop", run_name="__main__")
except SystemExit as stop:
    assert stop.code == 0
print(sorted({name.split(".")[0] for name in sys.modules} & heavy))
"""
