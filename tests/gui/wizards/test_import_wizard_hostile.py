"""The import assistant facing hostile files: a message in the window, never a dead app."""

from __future__ import annotations

from tests.gui.wizards.test_import_wizard import make_wizard
from tests.importers.hostile import text_cell, xlsx


def test_a_sparse_workbook_is_refused_in_the_assistant(qtbot, ctx, db, tmp_path) -> None:
    # 1.5 kB asking calamine for 512 GB: opening it used to abort the whole application.
    sparse = xlsx(
        tmp_path / "piege.xlsx",
        '<row r="1">' + text_cell("A1", "Portable") + "</row>"
        '<row r="1048576">' + text_cell("XFD1048576", "x") + "</row>",
    )

    wizard = make_wizard(qtbot, ctx, db, sparse)

    page = wizard.file_page
    assert page.error.isVisible()
    assert "piege.xlsx spans 17179869184 cells" in page.error.text()
    assert not page.isComplete()


def test_mixed_encodings_preview_with_every_name_right(qtbot, ctx, db, tmp_path) -> None:
    mixed = tmp_path / "melange.csv"
    mixed.write_bytes(
        "Prénom;Nom;Portable\n".encode()
        + "Émile;Zola;0612345678\n".encode()
        + "Jérôme;Lef\x00èvre;0612345679\n".encode("cp1252")
    )

    wizard = make_wizard(qtbot, ctx, db, mixed)

    table = wizard.file_page.table
    assert table.rowCount() == 2, wizard.file_page.error.text()
    cells = {table.item(row, col).text() for row in range(2) for col in range(2)}
    assert cells == {"Émile", "Zola", "Jérôme", "Lefèvre"}
    assert wizard.file_page.isComplete()
