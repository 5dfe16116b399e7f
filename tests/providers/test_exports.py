"""Provider export files: layouts, formula safety, permissions, no overwrite, streaming."""

from __future__ import annotations

import csv
import os
import stat
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from campagne_desktop.domain.messages import UserError
from campagne_desktop.providers import (
    ExportFormat,
    OutgoingMessage,
    OutputFileError,
    needs_neutralising,
    neutralise,
    partial_files,
    write_export,
)

SENDER = "MAIRIE2026"
TRICKY = 'Bonjour "Zoé" ; rdv à 18h\nsur la place — coût 0 € !, à bientôt'


def msg(phone: str, text: str) -> OutgoingMessage:
    return OutgoingMessage(phone, text, SENDER)


def read_back(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


EXPECTED = {
    ExportFormat.GENERIC: (",", ["phone", "message"], "+33612345678"),
    ExportFormat.OVH: (";", ["number", "message"], "+33612345678"),
    ExportFormat.SMSFACTOR: (";", ["numero", "message"], "33612345678"),
    ExportFormat.OCTOPUSH: (";", ["phone_number", "message"], "+33612345678"),
    ExportFormat.BREVO: (";", ["SMS", "MESSAGE"], "+33612345678"),
}


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_each_format_reads_back_with_its_header_and_rows(tmp_path: Path, fmt: ExportFormat) -> None:
    delimiter, header, first_phone = EXPECTED[fmt]
    out = tmp_path / f"{fmt}.csv"
    messages = [msg("+33612345678", TRICKY), msg("+262692123456", "Deuxième message")]

    result = write_export(fmt, messages, out, sender_id=SENDER)

    assert result.rows == 2
    assert result.path == out
    assert result.format == fmt
    rows = read_back(out, delimiter)
    assert rows[0] == header
    assert rows[1] == [first_phone, TRICKY]
    assert rows[2][1] == "Deuxième message"
    assert len(rows) == 3


def test_generic_is_plain_utf8_without_bom(tmp_path: Path) -> None:
    out = tmp_path / "generic.csv"
    write_export("generic", [msg("+33612345678", "€ é")], out, sender_id=SENDER)
    data = out.read_bytes()
    assert data.startswith(b"phone,message\r\n")
    assert "€ é".encode() in data


def test_campaign_text_tells_what_to_type_in_the_provider_editor(tmp_path: Path) -> None:
    ovh = write_export("ovh", [], tmp_path / "o.csv", sender_id=SENDER)
    brevo = write_export("brevo", [], tmp_path / "b.csv", sender_id=SENDER)
    assert ovh.campaign_text == "#message#"
    assert brevo.campaign_text == "{{ contact.MESSAGE }}"
    assert ovh.rows == 0
    assert read_back(tmp_path / "o.csv", ";") == [["number", "message"]]


@pytest.mark.parametrize(
    "cell", ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)",
             "\tx", "\rx", "＝1+1"]
)  # fmt: skip
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert needs_neutralising(cell)
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["+33612345678", "+262692123456", "Bonjour =1", "33612345678"])
def test_phone_numbers_and_inner_signs_stay_as_they_are(cell: str) -> None:
    assert neutralise(cell) == cell


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_neutralises_formula_text_but_keeps_the_number_usable(
    tmp_path: Path, fmt: ExportFormat
) -> None:
    delimiter, _, first_phone = EXPECTED[fmt]
    out = tmp_path / "x.csv"
    formulas = ['=HYPERLINK("http://evil","clic")', "+cmd", "-2+3", "@SUM(A1)"]
    write_export(fmt, [msg("+33612345678", text) for text in formulas], out, sender_id=SENDER)

    rows = read_back(out, delimiter)[1:]
    assert [row[1] for row in rows] == ["'" + text for text in formulas]
    assert {row[0] for row in rows} == {first_phone}


def test_an_existing_file_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "batch.csv"
    out.write_text("précieux", encoding="utf-8")

    with pytest.raises(OutputFileError) as caught:
        write_export("generic", [msg("+33612345678", "x")], out, sender_id=SENDER)

    assert isinstance(caught.value, UserError)
    assert str(out) in str(caught.value)
    assert out.read_text(encoding="utf-8") == "précieux"
    assert list(tmp_path.iterdir()) == [out]


def test_overwrite_replaces_when_asked(tmp_path: Path) -> None:
    out = tmp_path / "batch.csv"
    out.write_text("old", encoding="utf-8")
    write_export("generic", [msg("+33612345678", "new")], out, sender_id=SENDER, overwrite=True)
    assert read_back(out, ",")[1] == ["+33612345678", "new"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_file_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "batch.csv"
    old = os.umask(0)  # the most permissive umask must still give 0600
    try:
        write_export("generic", [msg("+33612345678", "x")], out, sender_id=SENDER)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_an_error_midway_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "batch.csv"

    def broken() -> Iterator[OutgoingMessage]:
        yield msg("+33612345678", "one")
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_export("generic", broken(), out, sender_id=SENDER)
    assert list(tmp_path.iterdir()) == []
    assert partial_files(out) == []


def test_a_message_under_another_sender_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "batch.csv"
    with pytest.raises(ValueError, match="sender"):
        write_export("ovh", [OutgoingMessage("+33612345678", "x", "OTHER")], out, sender_id=SENDER)
    assert not out.exists()


def test_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(OutputFileError):
        write_export("generic", [], tmp_path / "nowhere" / "b.csv", sender_id=SENDER)


@pytest.mark.parametrize("phone", ["0612345678", "33612345678", "+33 6 12 34 56 78", ""])
def test_outgoing_message_requires_e164(phone: str) -> None:
    with pytest.raises(ValueError):
        OutgoingMessage(phone, "x", SENDER)


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_export("mailchimp", [], tmp_path / "x.csv", sender_id=SENDER)


def test_100000_rows_stream_in_bounded_memory(tmp_path: Path) -> None:
    out = tmp_path / "big.csv"
    text = "Bonjour, la réunion publique a lieu jeudi à 19h salle des fêtes. " * 2
    count = 100_000

    def messages() -> Iterator[OutgoingMessage]:
        for index in range(count):
            yield OutgoingMessage(f"+336{index:08d}", text, SENDER)

    tracemalloc.start()
    try:
        result = write_export("brevo", messages(), out, sender_id=SENDER)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    size = out.stat().st_size
    assert result.rows == count
    assert size > 10_000_000
    assert peak < size / 20
    with out.open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in csv.reader(handle, delimiter=";")) == count + 1
