"""Adding one contact by hand: proof of origin, consent only when given, no duplicate, no
opted-out number back, overseas numbers, names kept exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from campagne_desktop.domain.audit import AuditAction
from campagne_desktop.domain.enums import ConsentStatus, SourceKind, TemplateKind
from campagne_desktop.domain.phones import PhoneError
from campagne_desktop.domain.selection import Selection
from campagne_desktop.services import audit, optouts
from campagne_desktop.services.audience import count_reachable
from campagne_desktop.services.contact_entry import (
    CollectionMethod,
    ContactEntry,
    ContactEntryError,
    DuplicateContactError,
    OptedOutNumberError,
    add_contact,
    collection_wording,
    default_wording,
)
from campagne_desktop.services.contacts import get_contact
from campagne_desktop.services.profile import get_profile
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import Contact, Source

NOW = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)  # 14:00 in Paris, before round one
WORDING = "J'accepte de recevoir les SMS de Marie Exemple. STOP PROSPECTION pour arrêter."


def entry(phone: str = "06 12 34 56 78", **changes: object) -> ContactEntry:
    values: dict[str, object] = {
        "phone": phone,
        "first_name": "François",
        "last_name": "Œuvray",
        "commune": "Sèvres",
        "postal_code": "92310",
        "tags": ("Marché", "bénévoles"),
        "consent_wording": WORDING,
        "consented": True,
        "collected_on": date(2026, 3, 3),
        "collected_by": "Jérôme Dupont",
        "method": CollectionMethod.STALL,
    }
    values.update(changes)
    return ContactEntry(**values)  # type: ignore[arg-type]


def test_a_consenting_person_is_granted_with_their_own_source_as_proof(db) -> None:
    added = add_contact(UnitOfWork(db), entry(), actor="t", now=NOW)
    assert added.phone == "+33612345678" and added.consent is ConsentStatus.GRANTED
    view = get_contact(db, "0612345678")
    assert (view.first_name, view.last_name, view.commune) == ("François", "Œuvray", "Sèvres")
    assert view.tags == ("marché", "bénévoles")
    assert view.consent is ConsentStatus.GRANTED and view.consent_at == NOW
    assert WORDING in view.consent_evidence and "Jérôme Dupont" in view.consent_evidence
    assert view.source_kind is SourceKind.FIELD
    assert view.source_description == "Stand de campagne, le 03/03/2026"
    with db.session() as session:
        source = session.scalars(select(Source)).one()
        assert source.collection_wording == WORDING
        assert source.imported_by == "Jérôme Dupont"
        assert source.obtained_on == date(2026, 3, 3)


def test_without_explicit_agreement_only_a_consent_request_may_go(db) -> None:
    add_contact(UnitOfWork(db), entry(consented=False), actor="t", now=NOW)
    view = get_contact(db, "0612345678")
    assert view.consent is ConsentStatus.PENDING
    assert view.consent_at is None and view.consent_evidence == ""
    with db.session() as session:
        tz = "Europe/Paris"
        assert count_reachable(session, TemplateKind.CAMPAIGN, Selection(), tz=tz) == 0
        assert count_reachable(session, TemplateKind.CONSENT, Selection(), tz=tz) == 1


def test_a_number_already_in_the_list_is_not_added_twice(db) -> None:
    first = add_contact(UnitOfWork(db), entry(), actor="t", now=NOW)
    with pytest.raises(DuplicateContactError) as raised:
        add_contact(
            UnitOfWork(db), entry("+33 6 12 34 56 78", first_name="Autre"), actor="t", now=NOW
        )
    assert raised.value.contact_id == first.id
    assert "already in the list" in raised.value.render()
    with db.session() as session:
        assert len(session.scalars(select(Contact)).all()) == 1
        assert len(session.scalars(select(Source)).all()) == 1  # nothing half-written


@pytest.mark.parametrize("consented", [True, False])
def test_an_opted_out_number_is_refused_and_says_why(db, consented: bool) -> None:
    optouts.record_opt_out(db, "0612345678", actor="t", now=NOW)
    with pytest.raises(OptedOutNumberError) as raised:
        add_contact(UnitOfWork(db), entry(consented=consented), actor="t", now=NOW)
    message = raised.value.render()
    assert "opted out" in message and "for good" in message and "03/03/2026" in message
    with db.session() as session:
        assert session.scalars(select(Contact)).all() == []


@pytest.mark.parametrize(
    ("typed", "e164", "region"),
    [
        ("0690 12 34 56", "+590690123456", "GP"),
        ("0696 12 34 56", "+596696123456", "MQ"),
        ("0694 12 34 56", "+594694123456", "GF"),
        ("0692 12 34 56", "+262692123456", "RE"),
        ("0639 01 23 45", "+262639012345", "YT"),
        ("+262 639 01 23 45", "+262639012345", "YT"),
        ("+508 55 12 34", "+508551234", "PM"),
        ("+681 82 12 34", "+681821234", "WF"),
        ("+687 75 12 34", "+687751234", "NC"),
        ("+689 87 12 34 56", "+68987123456", "PF"),
    ],
)
def test_overseas_numbers_are_added_for_their_territory(
    db, typed: str, e164: str, region: str
) -> None:
    added = add_contact(UnitOfWork(db), entry(typed), actor="t", now=NOW)
    assert (added.phone, added.region, added.is_foreign) == (e164, region, False)


def test_a_comoros_number_is_accepted_as_foreign(db) -> None:
    # +269 has been the Comoros since Mayotte moved to +262 (2007): a voter abroad, not refused.
    added = add_contact(UnitOfWork(db), entry("+269 321 23 45"), actor="t", now=NOW)
    assert added.phone == "+2693212345" and added.is_foreign


def test_a_landline_is_refused(db) -> None:
    with pytest.raises(PhoneError):
        add_contact(UnitOfWork(db), entry("01 45 45 45 45"), actor="t", now=NOW)


def test_consent_needs_its_wording_a_volunteer_and_a_past_day(db) -> None:
    for bad in (
        entry(consent_wording="  "),
        entry(collected_by=" "),
        entry(collected_on=date(2026, 3, 4)),
    ):
        with pytest.raises(ContactEntryError):
            add_contact(UnitOfWork(db), bad, actor="t", now=NOW)
    # Without consent, the wording shown is kept when there is one, and not required.
    add_contact(UnitOfWork(db), entry(consent_wording="", consented=False), actor="t", now=NOW)


def test_an_earlier_day_dates_the_consent_at_its_start_in_the_campaign_zone(db) -> None:
    add_contact(UnitOfWork(db), entry(collected_on=date(2026, 3, 1)), actor="t", now=NOW)
    assert get_contact(db, "0612345678").consent_at == datetime(2026, 2, 28, 23, 0, tzinfo=UTC)


def test_a_phone_call_says_so_in_the_footer_source_line(db) -> None:
    added = add_contact(UnitOfWork(db), entry(method=CollectionMethod.PHONE), actor="t", now=NOW)
    assert added.source_kind is SourceKind.OTHER
    assert added.source_description.startswith("Appel de l'équipe de campagne")
    assert "Jérôme" not in added.source_description  # the volunteer is not sent to voters


def test_the_audit_event_counts_and_names_nobody(db) -> None:
    add_contact(UnitOfWork(db), entry(), actor="t", now=NOW)
    (event,) = [e for e in audit.list_events(db) if e.action == AuditAction.CONTACT_ADDED]
    assert event.counts == {"contacts": 1, "consented": 1} and event.kind == "field"
    flat = repr(event)
    assert all(s not in flat for s in ("612345678", "François", "Œuvray", "Jérôme", "Sèvres"))


def test_the_wording_to_prefill_is_the_last_one_used_else_the_profile_s(db) -> None:
    profile = get_profile(db)
    first = collection_wording(UnitOfWork(db))
    assert first == default_wording(profile)
    assert profile.candidate in first and profile.rights_contact in first
    assert "STOP PROSPECTION" in first and profile.purpose in first
    add_contact(UnitOfWork(db), entry(consent_wording="Mon texte signé."), actor="t", now=NOW)
    assert collection_wording(UnitOfWork(db)) == "Mon texte signé."


def test_one_transaction_joins_the_caller_s(db) -> None:
    uow = UnitOfWork(db)
    with pytest.raises(RuntimeError), uow.transaction():
        add_contact(uow, entry(), actor="t", now=NOW)
        raise RuntimeError("the caller's action fails later")
    with db.session() as session:
        assert session.scalars(select(Contact)).all() == []
