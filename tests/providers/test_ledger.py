"""The accountant's ledger: French Excel CSV with a total line."""

from __future__ import annotations

import csv
import os
import stat
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from campagne_desktop.providers import LedgerRow, OutputFileError, write_ledger

ROWS = [
    LedgerRow(date(2026, 3, 2), 1, "OVHcloud SMS", 1200, 1300, Decimal("0.045"), Decimal("58.5")),
    LedgerRow(date(2026, 3, 9), 2, "SMSFactor", 800, 1600, Decimal("0.0375"), Decimal("60.0")),
    LedgerRow(date(2026, 3, 12), 3, "=cmd", 1, 1, Decimal("0.1"), Decimal("0.1")),
]


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_ledger_reads_back_with_french_numbers_and_a_total(tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"

    summary = write_ledger(ROWS, out)

    rows = read(out)
    assert rows[0] == ["Date", "Batch", "Provider", "Messages", "Segments",
                       "Unit price (EUR)", "Total (EUR)"]  # fmt: skip
    assert rows[1] == ["02/03/2026", "1", "OVHcloud SMS", "1200", "1300", "0,0450", "58,50"]
    assert rows[2] == ["09/03/2026", "2", "SMSFactor", "800", "1600", "0,0375", "60,00"]
    assert rows[3][2] == "'=cmd"
    assert rows[-1] == ["Total", "", "", "2001", "2901", "", "118,60"]
    assert summary.rows == 3
    assert summary.total == Decimal("118.60")
    assert (summary.messages, summary.segments) == (2001, 2901)


def test_ledger_has_a_bom_for_excel(tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    write_ledger(ROWS[:1], out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_ledger_headers_are_translated(tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    french = {"Date": "Date", "Batch": "Lot", "Provider": "Prestataire", "Total": "Total"}
    write_ledger([], out, translate=lambda key: french.get(key, key))
    rows = read(out)
    assert rows[0][1:3] == ["Lot", "Prestataire"]
    assert rows[1] == ["Total", "", "", "0", "0", "", "0,00"]


def test_amounts_are_exact_decimals_and_a_float_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    # 0.045 EUR x 3 segments x 7 messages: 0.945 exactly, 0.95 on the invoice (half up).
    total = Decimal("0.045") * 3 * 7
    assert total == Decimal("0.945")
    row = LedgerRow(date(2026, 3, 2), 1, "OVH", 7, 21, Decimal("0.045"), total)
    summary = write_ledger([row], out)
    assert read(out)[1][-2:] == ["0,0450", "0,95"]
    assert summary.total == Decimal("0.95")
    with pytest.raises(TypeError):
        write_ledger([replace(row, total=0.1 + 0.2)], tmp_path / "float.csv")


def test_ledger_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    out.write_text("keep", encoding="utf-8")
    with pytest.raises(OutputFileError):
        write_ledger(ROWS, out)
    assert out.read_text(encoding="utf-8") == "keep"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_ledger_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    write_ledger(ROWS, out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
