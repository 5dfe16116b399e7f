"""Times are stored as the UTC instant and counted in the campaign's days; money is exact."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from campagne_desktop.domain.enums import ConsentStatus, SourceKind, TemplateKind
from campagne_desktop.services import batch_export, batches, rights, templates
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.profile import get_profile, update_profile
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import Batch, Contact
from tests.services import batch_steps

PARIS = ZoneInfo("Europe/Paris")
# Tuesday 3 March 2026, 14:00 in Paris = 13:00 UTC: a working day before round one.
ALLOWED = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)
# 00:30 on 3 March in Paris is still 2 March in UTC.
JUST_AFTER_PARIS_MIDNIGHT = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
NUMBERS = [f"06123456{i:02d}" for i in range(7)]


@pytest.fixture
def campaign(db, tmp_path):
    path = tmp_path / "contacts.csv"
    rows = [f"Prénom{i},Nom{i},{n}" for i, n in enumerate(NUMBERS)]
    path.write_text("prenom,nom,tel\n" + "\n".join(rows) + "\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 2),
        consent=ConsentStatus.GRANTED,
    )
    import_contacts(db, path, declaration, actor="t", now=ALLOWED)
    templates.add_template(
        db, "appel", "Bonjour {{ prenom }} !", TemplateKind.CAMPAIGN, actor="t", now=ALLOWED
    )
    templates.approve_template(db, "appel", actor="t", now=ALLOWED)
    return db


def test_a_local_now_is_stored_as_its_utc_instant_and_json_carries_the_offset(campaign) -> None:
    rights.set_consent(
        campaign, NUMBERS[0], ConsentStatus.GRANTED, evidence="oui", actor="t", now=ALLOWED
    )
    with campaign.session() as session:
        contact = session.query(Contact).filter_by(phone="+33612345600").one()
        assert contact.consent_at == datetime(2026, 3, 3, 13, 0, tzinfo=UTC)
    data = rights.subject_data(campaign, NUMBERS[0]).as_json()
    assert data["contact"]["consent_at"] == "2026-03-03T13:00:00+00:00"
    assert json.loads(json.dumps(data))["contact"]["created_at"].endswith("+00:00")


def _exported_batch(db, tmp_path, *, exported_at: datetime) -> int:
    created = batches.create_batch(UnitOfWork(db), "appel", actor="t", now=ALLOWED)
    batch_steps.export(db, created.id, tmp_path / "out.csv", now=ALLOWED)
    with db.session() as session:
        session.execute(
            update(Batch)
            .where(Batch.id == created.id)
            .values(created_at=exported_at, exported_at=exported_at)
        )
    return created.id


def test_not_messaged_since_counts_from_midnight_in_the_campaign_zone(campaign, tmp_path) -> None:
    _exported_batch(campaign, tmp_path, exported_at=JUST_AFTER_PARIS_MIDNIGHT)

    # Sent at 00:30 on 3 March in Paris: these people were messaged on 3 March.
    since_3 = batches.BatchSelection(not_messaged_since=date(2026, 3, 3))
    since_4 = batches.BatchSelection(not_messaged_since=date(2026, 3, 4))
    assert batches.count_reachable(UnitOfWork(campaign), TemplateKind.CAMPAIGN, since_3) == 0
    assert batches.count_reachable(UnitOfWork(campaign), TemplateKind.CAMPAIGN, since_4) == len(
        NUMBERS
    )


def test_the_ledger_dates_a_batch_by_the_campaign_day(campaign, tmp_path) -> None:
    _exported_batch(campaign, tmp_path, exported_at=JUST_AFTER_PARIS_MIDNIGHT)

    [row] = batch_export.ledger_rows(UnitOfWork(campaign))

    assert row.date == date(2026, 3, 3)


def test_costs_are_exact_decimals_from_profile_to_ledger(campaign, tmp_path) -> None:
    profile = get_profile(campaign).with_changes(price_per_segment=Decimal("0.045"))
    update_profile(campaign, profile, actor="t", now=ALLOWED)
    long_body = "Bonjour {{ prenom }} ! " + "Reunion publique jeudi soir a la salle des fetes. " * 4
    templates.add_template(
        campaign, "long", long_body, TemplateKind.CAMPAIGN, actor="t", now=ALLOWED
    )
    templates.approve_template(campaign, "long", actor="t", now=ALLOWED)

    estimate = templates.selection_cost(UnitOfWork(campaign), "long")
    created = batches.create_batch(UnitOfWork(campaign), "long", actor="t", now=ALLOWED)

    assert created.messages == 7 and created.segments == 21  # 3 segments each
    assert estimate.cost == Decimal("0.945") and isinstance(estimate.cost, Decimal)
    assert estimate.as_json()["cost"] == "0.945"
    with campaign.session() as session:
        assert session.get(Batch, created.id).estimated_cost == Decimal("0.945")
    assert created.cost == Decimal("0.95")  # to the cent, half up
    batch_steps.export(campaign, created.id, tmp_path / "long.csv", now=ALLOWED)
    [row] = batch_export.ledger_rows(UnitOfWork(campaign))
    assert (row.unit_price, row.total) == (Decimal("0.045"), Decimal("0.945"))
