"""The Contacts list's reach filter and opt-out marker: the eligibility policy's verdict and the
opt-out list, whatever the query form a page takes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from campagne_desktop.domain.enums import ConsentStatus, OptOutChannel, SourceKind, TemplateKind
from campagne_desktop.domain.selection import Selection
from campagne_desktop.services import contacts, optouts
from campagne_desktop.services.audience import count_reachable
from campagne_desktop.services.contacts import ContactFilter, Reach, contact_page, count_contacts
from campagne_desktop.storage.models import Contact
from tests.services.test_contact_pages import _import, keyset_walk

NOW = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)


@pytest.fixture
def listed(db, ctx, tmp_path):
    _import(db, ctx, tmp_path / "c.csv", range(97), SourceKind.FORM, ConsentStatus.GRANTED)
    _import(db, ctx, tmp_path / "r.csv", range(97, 120), SourceKind.RENTED, ConsentStatus.PENDING)
    with db.session() as session:
        phones = session.scalars(select(Contact.phone).order_by(Contact.id)).all()
    optouts.record_opt_out(db, phones[3], actor="t", now=NOW)  # granted, then opted out
    optouts.record_opt_out(
        db, phones[100], channel=OptOutChannel.STOP_REPLY, actor="t", now=NOW
    )  # pending, then STOP
    return db, phones


def test_each_row_carries_its_opt_out(listed) -> None:
    db, phones = listed
    rows = {c.phone: c for c in contacts.list_contacts(db)}
    assert rows[phones[3]].opted_out is OptOutChannel.MANUAL
    assert rows[phones[3]].consent is ConsentStatus.GRANTED  # the record is kept as it was
    assert rows[phones[100]].opted_out is OptOutChannel.STOP_REPLY
    assert sum(c.opted_out is not None for c in rows.values()) == 2
    assert contacts.get_contact(db, phones[100]).opted_out is OptOutChannel.STOP_REPLY
    page = contact_page(db)
    assert {c.phone for c in page.rows if c.opted_out} == {phones[3], phones[100]}


def test_the_reach_filter_counts_what_the_policy_counts(listed) -> None:
    db, phones = listed
    with db.session() as session:
        policy = {
            Reach.CAMPAIGN: count_reachable(
                session, TemplateKind.CAMPAIGN, Selection(), tz="Europe/Paris"
            ),
            Reach.CONSENT_REQUEST: count_reachable(
                session, TemplateKind.CONSENT, Selection(), tz="Europe/Paris"
            ),
        }
    assert policy == {Reach.CAMPAIGN: 96, Reach.CONSENT_REQUEST: 22}
    for reach, expected in (*policy.items(), (Reach.OPTED_OUT, 2)):
        where = ContactFilter(reach=reach)
        assert count_contacts(db, where) == expected
        assert len(contacts.list_contacts(db, where)) == expected
        assert sum(len(p) for p in keyset_walk(db, where, "last_name", False, 10)) == expected
    opted = contacts.list_contacts(db, ContactFilter(reach=Reach.OPTED_OUT))
    assert {c.phone for c in opted} == {phones[3], phones[100]}


@pytest.mark.parametrize("reach", [Reach.CAMPAIGN, Reach.CONSENT_REQUEST])
@pytest.mark.parametrize("order_by", ["last_name", "phone", "consent"])
@pytest.mark.parametrize("descending", [False, True])
def test_walking_the_sort_index_gives_the_same_pages(
    listed, monkeypatch, reach, order_by, descending
) -> None:
    db, _ = listed
    where = ContactFilter(reach=reach, search="mar")
    by_consent_index = keyset_walk(db, where, order_by, descending, 7)
    monkeypatch.setattr(contacts, "DENSE_MATCHES", 0)  # every reach counts as dense
    walked = keyset_walk(db, where, order_by, descending, 7)
    assert walked == by_consent_index and walked
    jumped = contact_page(db, where, skip=9, limit=7, order_by=order_by, descending=descending)
    assert [c.id for c in jumped.rows] == [i for p in walked for i in p][9:16]


def test_a_dense_reach_page_walks_the_sort_index(listed, monkeypatch) -> None:
    db, _ = listed
    monkeypatch.setattr(contacts, "DENSE_MATCHES", 50)
    with db.session() as session:
        assert contacts._dense_reach(session, ContactFilter(reach=Reach.CAMPAIGN))  # 97 granted
        assert not contacts._dense_reach(session, ContactFilter(reach=Reach.CONSENT_REQUEST))
        assert not contacts._dense_reach(session, ContactFilter(reach=Reach.OPTED_OUT))
        query = contacts._filtered(
            select(func.count()).select_from(Contact),
            ContactFilter(reach=Reach.CAMPAIGN),
            dense_reach=True,
        )
        assert "coalesce" in str(query)


@pytest.mark.parametrize("order_by", ["last_name", "first_name", "phone", "commune", "consent"])
@pytest.mark.parametrize("descending", [False, True])
def test_opted_out_pages_follow_one_another_by_key(listed, order_by, descending) -> None:
    db, phones = listed
    for phone in phones[10:40:3]:
        optouts.record_opt_out(db, phone, actor="t", now=NOW)
    where = ContactFilter(reach=Reach.OPTED_OUT)
    expected = [
        c.id for c in contacts.list_contacts(db, where, order_by=order_by, descending=descending)
    ]
    assert len(expected) == 12
    walked = keyset_walk(db, where, order_by, descending, 1)
    assert [p[0] for p in walked] == expected
    jumped = contact_page(db, where, skip=5, limit=3, order_by=order_by, descending=descending)
    assert [c.id for c in jumped.rows] == expected[5:8]
