"""The layers below the GUI never load Qt (DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "campagne_desktop.domain",
        "campagne_desktop.domain.profile",
        "campagne_desktop.storage.database",
        "campagne_desktop.storage.models",
        "campagne_desktop.services.campaign",
        "campagne_desktop.services.profile",
        "campagne_desktop.cli.main",
        "campagne_desktop.services.wipe",
        "campagne_desktop.services.certificate",
        "campagne_desktop.services.batches",
        "campagne_desktop.services.batch_export",
        "campagne_desktop.services.contact_import",
        "campagne_desktop.providers",
        "campagne_desktop.importers",
    ],
)
def test_module_does_not_load_pyside6(module: str) -> None:
    code = f"import sys, {module}; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_check_itself_detects_qt() -> None:
    code = "import sys, campagne_desktop.gui.main_window; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
