"""Builders of hostile contact files, written with zipfile so nothing checks or fixes them."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

_XLSX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Feuil1" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(path: Path, rows_xml: str, *, filler: tuple[str, int] | None = None) -> Path:
    """A workbook whose sheet holds ``rows_xml``; ``filler`` (text, times) is streamed into a
    last cell of row 3, so a huge value costs no memory to write."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _XLSX_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write((_SHEET_HEAD + rows_xml).encode())
            if filler is not None:
                piece, times = filler
                sheet.write(b'<row r="3"><c r="B3" t="inlineStr"><is><t>')
                block = piece.encode() * 65536
                for _ in range(times // 65536):
                    sheet.write(block)
                sheet.write(piece.encode() * (times % 65536))
                sheet.write(b"</t></is></c></row>")
            sheet.write(_SHEET_TAIL.encode())
    return path


HEADER_AND_ONE_CONTACT = (
    '<row r="1">' + text_cell("A1", "Nom") + text_cell("B1", "Portable") + "</row>"
    '<row r="2">' + text_cell("A2", "Dupont") + text_cell("B2", "0612345678") + "</row>"
)


def ods(path: Path, table_xml: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Feuille1">'
        f"{table_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def ods_cell(text: str, repeated: int = 1) -> str:
    return (
        f'<table:table-cell office:value-type="string" table:number-columns-repeated="{repeated}">'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


# The child's own peak: Linux's VmHWM starts afresh at exec, whereas ru_maxrss keeps the peak
# of the forked pytest process (hundreds of MB late in a full run).
PEAK_MB = """
def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
"""

_READ_IN_CHILD = (
    PEAK_MB
    + """
import json, sys
from campagne_desktop.importers import ImportFileError, open_reader
outcome = {}
try:
    reader = open_reader(sys.argv[1])
    outcome["rows"] = sum(1 for _ in reader)
except ImportFileError as exc:
    outcome["refused"] = str(exc)
outcome["peak_mb"] = peak_mb()
print(json.dumps(outcome))
"""
)


def read_in_child(path: Path) -> dict[str, object]:
    """Open and read ``path`` in a fresh interpreter: its peak memory is this read's alone
    (calamine's memory is native, out of tracemalloc's sight), and an abort cannot kill pytest."""
    done = subprocess.run(
        [sys.executable, "-c", _READ_IN_CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def xls(path: Path, cells: list[tuple[int, int]], *, before: bytes = b"") -> Path:
    """An .xls (BIFF8 in an OLE container) with a number in each (row, column) of ``cells``.

    Only what the size check reads: a worksheet substream of NUMBER records (after the raw
    records ``before``), padded so the stream sits in regular sectors, in a one-FAT,
    one-directory-sector container.
    """

    def record(kind: int, body: bytes) -> bytes:
        return struct.pack("<HH", kind, len(body)) + body

    stream = before + record(0x0809, struct.pack("<HH", 0x0600, 0x0010) + bytes(12))
    for row, column in cells:
        stream += record(0x0203, struct.pack("<HHHd", row, column, 0, 612345678.0))
    stream += record(0x000A, b"")
    stream += bytes(-len(stream) % 512 + (512 * 8 if len(stream) < 4096 else 0))
    sectors = len(stream) // 512
    end, free, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFF
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0) + struct.pack("<I", free) * 108
    )  # fmt: skip
    chain = [0xFFFFFFFD, end] + [n + 1 for n in range(2, 1 + sectors)] + [end]
    fat = struct.pack(f"<{len(chain)}I", *chain) + struct.pack("<I", free) * (128 - len(chain))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (
            encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", no_stream, no_stream, child) + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )  # fmt: skip

    directory = (
        entry("Root Entry", 5, 1, end, 0) + entry("Workbook", 2, no_stream, 2, len(stream))
        + entry("", 0, no_stream, 0, 0) * 2
    )  # fmt: skip
    path.write_bytes(header + fat + directory + stream)
    return path
