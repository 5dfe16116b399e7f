"""`campagne import --dry-run` on a zip bomb, in a subprocess as a user runs it: refused at once,
in bounded memory (a 1.5 MB workbook holding a 1.5 GB cell once took 11.6 GB)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from campagne_desktop.cli.main import main
from tests.cli.test_campaign_commands import INIT
from tests.conftest import PASSPHRASE
from tests.importers.hostile import HEADER_AND_ONE_CONTACT, PEAK_MB, xlsx

# Runs the CLI and reports its own peak memory on the last line of stderr.
_CLI_WITH_PEAK = (
    PEAK_MB
    + """
import sys
from campagne_desktop.cli.main import main
try:
    status = main(sys.argv[1:])
finally:
    print(f"peak_mb={peak_mb()}", file=sys.stderr)
sys.exit(status)
"""
)


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)


def test_import_dry_run_refuses_a_zip_bomb_in_bounded_memory(capsys, data_dir, tmp_path) -> None:
    assert main(["--data-dir", str(data_dir), *INIT]) == 0
    capsys.readouterr()
    bomb = xlsx(tmp_path / "contacts.xlsx", HEADER_AND_ONE_CONTACT, filler=("A", 300 * 2**20))
    assert bomb.stat().st_size < 2 * 2**20

    done = subprocess.run(
        [sys.executable, "-c", _CLI_WITH_PEAK, "--data-dir", str(data_dir), "import", str(bomb),
         "--source-kind", "form", "--source", "formulaire du site", "--dry-run"],
        capture_output=True,
        text=True,
        env=dict(os.environ, CAMPAGNE_PASSPHRASE=PASSPHRASE),
        timeout=120,
        check=False,
    )  # fmt: skip

    *message, peak = done.stderr.strip().splitlines()
    assert done.returncode == 1
    assert "The workbook contacts.xlsx takes 301 MB once unzipped" in "\n".join(message)
    assert "Traceback" not in done.stderr
    assert int(peak.removeprefix("peak_mb=")) < 250


def test_import_of_mixed_encodings_keeps_every_name(capsys, data_dir, tmp_path: Path) -> None:
    assert main(["--data-dir", str(data_dir), *INIT]) == 0
    mixed = tmp_path / "melange.csv"
    mixed.write_bytes(
        "Prénom;Nom;Portable\n".encode()
        + "Émile;Zo\x00la;0612345678\n".encode()
        + "Jérôme;Lefèvre;0612345679\n".encode("cp1252")
    )
    args = ["import", str(mixed), "--source-kind", "form", "--source", "formulaire du site"]
    assert main(["--data-dir", str(data_dir), *args]) == 0
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir), "contacts", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Émile" in listed and "Zola" in listed and "Jérôme" in listed and "Lefèvre" in listed
    assert "Ã" not in listed and "\x00" not in listed
