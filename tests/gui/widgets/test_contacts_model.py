from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from campagne_desktop.domain.enums import ConsentStatus, SourceKind
from campagne_desktop.gui.widgets.contacts_model import ContactsModel
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import ContactFilter, list_contacts
from campagne_desktop.services.sources import SourceDeclaration

LAST_NAMES = ("Martin", "Bernard", "Durand", "Petit", "Robert", "Richard", "Moreau", "Simon")
FIRST_NAMES = ("Jeanne", "Louis", "Éloïse", "Hugo", "Chloé", "Arthur", "Inès", "Jules")
COMMUNES = ("Lyon", "Villeurbanne", "Bron", "Vénissieux")


def contacts_csv(tmp_path: Path, n: int, *, start: int = 0, name: str = "contacts.csv") -> Path:
    """``n`` synthetic contacts with distinct valid mobiles 06 12 00 00 00, 06 12 00 00 01…"""
    lines = ["Prénom;Nom;Portable;Ville;Code postal;Groupes"]
    for i in range(start, start + n):
        tag = "bénévoles" if i % 5 == 0 else ("centre" if i % 7 == 0 else "")
        lines.append(
            f"{FIRST_NAMES[i % 8]};{LAST_NAMES[(i // 8) % 8]} {i:05d};"
            f"06 12 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d};"
            f"{COMMUNES[i % 4]};6900{i % 9};{tag}"
        )
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def fill_contacts(db, ctx, tmp_path: Path, n: int, *, kind=SourceKind.FORM) -> None:
    consent = ConsentStatus.PENDING if kind is SourceKind.RENTED else ConsentStatus.GRANTED
    declaration = SourceDeclaration(
        kind=kind,
        description=f"synthetic {kind.value}",
        obtained_on=date(2026, 2, 1),
        collection_wording="J'accepte de recevoir des SMS",
        consent=consent,
    )
    path = contacts_csv(tmp_path, n, name=f"{kind.value}.csv")
    report = import_contacts(db, path, declaration, actor="test", now=ctx.clock())
    assert report.accepted == n


@pytest.fixture
def filled(db, ctx, tmp_path):
    fill_contacts(db, ctx, tmp_path, 450)
    return db


def test_model_passes_the_model_tester(qtmodeltester, filled) -> None:
    model = ContactsModel(filled, page_size=50, max_pages=3)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(ContactFilter(search="Martin"))
    qtmodeltester.check(model)


def test_rows_come_from_pages_and_the_last_row_is_right(filled) -> None:
    model = ContactsModel(filled, page_size=100, max_pages=2)
    assert model.rowCount() == 450
    assert model.columnCount() == 7
    expected_last = list_contacts(filled, offset=449, limit=1)[0]
    last = model.index(449, 0)
    assert expected_last.last_name == "Simon 00447"  # the default order: last name
    assert model.data(last) == "06 12 00 04 47"
    assert model.data(model.index(449, 2)) == "Simon 00447"
    assert model.data(model.index(450, 0)) is None
    # Every cell of a page costs one query for the whole page.
    before = model.queries
    for row in range(100, 200):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    assert model.queries - before == 1
    # The cache is bounded: an old page is read again once evicted.
    model.data(model.index(0, 0))
    model.data(model.index(300, 0))
    assert len(model._pages) == 2


def test_display_uses_labels_and_national_format(filled) -> None:
    model = ContactsModel(filled)
    row = next(r for r in range(model.rowCount()) if model.contact_at(r).phone == "+33612000005")
    values = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert values[0] == "06 12 00 00 05"
    assert values[1] == "Arthur"
    assert values[3] == "Villeurbanne"
    assert values[4] == "Granted"
    assert values[5] == "Form"
    assert values[6] == "bénévoles"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Phone"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is None


def test_sorting_goes_through_the_service(filled) -> None:
    model = ContactsModel(filled)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "06 12 00 04 49"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0)) == "06 12 00 00 00"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    shown = [model.contact_at(r).id for r in range(model.rowCount())]
    assert shown == [c.id for c in list_contacts(filled, order_by="first_name")]
    assert model.data(model.index(0, 1)) == "Arthur"
    # Columns the database cannot sort on leave the order as it is.
    model.sort(6, Qt.SortOrder.AscendingOrder)
    assert model.order_by == "first_name"


def test_set_filter_resets_the_model(qtbot, filled) -> None:
    model = ContactsModel(filled)
    model.data(model.index(0, 0))
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(ContactFilter(tag="bénévoles"))
    assert model.rowCount() == 90
    assert all("bénévoles" in model.data(model.index(r, 6)) for r in range(model.rowCount()))
    model.set_filter(ContactFilter(commune="Bron", consent=ConsentStatus.GRANTED))
    assert model.rowCount() == 112
    model.set_filter(ContactFilter(consent=ConsentStatus.REFUSED))
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None
    model.set_filter(ContactFilter())
    assert model.rowCount() == 450


def test_a_short_result_is_not_counted_twice(filled, monkeypatch) -> None:
    from campagne_desktop.gui.widgets import contacts_model

    counted: list[ContactFilter] = []
    real = contacts_model.count_contacts
    monkeypatch.setattr(
        contacts_model, "count_contacts", lambda db, where: counted.append(where) or real(db, where)
    )
    model = ContactsModel(filled, page_size=100, count=450)
    assert counted == [] and model.rowCount() == 450
    model.set_filter(ContactFilter(search="Simon 00447"))
    assert model.rowCount() == 1 and counted == []  # the first page was the whole result
    model.set_filter(ContactFilter(commune="Lyon"))
    assert model.rowCount() == 113 and len(counted) == 1


def test_deferred_pages_load_once_scrolling_pauses(qtbot, filled) -> None:
    model = ContactsModel(filled, page_size=50, deferred=True)
    assert model.data(model.index(0, 2)) == list_contacts(filled, limit=1)[0].last_name
    # Dragging the scroll bar: pages 8, 2, 6 then 8 again are asked for.
    for row in (400, 100, 300, 420):
        assert model.data(model.index(row, 0)) == "…"
    with qtbot.waitSignal(model.dataChanged):
        pass
    qtbot.waitUntil(lambda: model.data(model.index(420, 0)) != "…")
    assert (
        model.data(model.index(300, 2)) == list_contacts(filled, offset=300, limit=1)[0].last_name
    )
    assert 2 not in model._pages  # scrolled past: never read
    assert model.contact_at(100) is not None  # actions read what they need at once


def test_jumps_and_scrolling_show_the_rows_of_the_plain_query(filled) -> None:
    model = ContactsModel(filled, page_size=40, max_pages=2)
    model.set_filter(ContactFilter(search="ar"))  # 1-2 characters: no trigram index
    expected = [c.id for c in list_contacts(filled, ContactFilter(search="ar"))]
    # A jump near the end first, then back to the start, then every row in order.
    rows = (len(expected) - 1, 0, *range(len(expected)))
    assert [model.contact_at(r).id for r in rows] == [expected[r] for r in rows]
    model.set_filter(ContactFilter())
    model.sort(2, Qt.SortOrder.DescendingOrder)
    expected = [c.id for c in list_contacts(filled, order_by="last_name", descending=True)]
    assert [model.contact_at(r).id for r in (449, 200, 201, 0)] == [
        expected[r] for r in (449, 200, 201, 0)
    ]


def test_an_answer_to_an_older_search_is_dropped(qtbot, filled) -> None:
    model = ContactsModel(filled, page_size=50)
    shown: list[int] = []
    model.filtered.connect(lambda: shown.append(model.rowCount()))
    model.set_filter_later(ContactFilter(search="Martin"))  # typed on before it is answered
    model.set_filter_later(ContactFilter(search="Simon 00447"))
    model.wait_for_workers()
    qtbot.waitUntil(lambda: shown != [])
    qtbot.wait(50)  # the older answer, if it were used, would arrive by now
    assert shown == [1]
    assert model.filter.search == "Simon 00447"
    assert model.data(model.index(0, 2)) == "Simon 00447"
