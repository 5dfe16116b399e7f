"""A campaign with many consenting contacts and a frozen batch, and the fake providers."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.domain.enums import ConsentStatus, SourceKind, TemplateKind
from campagne_desktop.services import batches, templates
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.services.unit_of_work import UnitOfWork

from .fakes import FakeOctopush, FakeOvh, FakeSmsFactor

PARIS = ZoneInfo("Europe/Paris")
# Tuesday 3 March 2026, 14:00 in Paris: a working day, before round one (15 March).
ALLOWED = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)


def phone(i: int) -> str:
    return f"+336120{i:05d}"


def build_batch(
    db, tmp_path, count: int, *, names: int = 10, body: str = "", more: tuple[str, ...] = ()
) -> int:
    """``count`` consenting contacts (``names`` distinct first names), one more per number of
    ``more``, and a frozen batch."""
    path = tmp_path / f"contacts-{count}.csv"
    rows = [f"Prénom{i % names},Nom{i},0{phone(i)[3:]},Lyon" for i in range(count)]
    rows += [f"Prénom0,Autre{i},{number},Papeete" for i, number in enumerate(more)]
    path.write_text("prenom,nom,tel,ville\n" + "\n".join(rows) + "\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 2),
        consent=ConsentStatus.GRANTED,
    )
    import_contacts(db, path, declaration, actor="t", now=ALLOWED)
    templates.add_template(
        db,
        "appel",
        body or "Bonjour {{ prenom }}, venez au meeting !",
        TemplateKind.CAMPAIGN,
        actor="t",
        now=ALLOWED,
    )
    templates.approve_template(db, "appel", actor="t", now=ALLOWED)
    return batches.create_batch(UnitOfWork(db), "appel", actor="t", now=ALLOWED).id


@pytest.fixture
def fake_ovh():
    fake = FakeOvh()
    yield fake
    fake.close()


@pytest.fixture
def fake_smsfactor():
    fake = FakeSmsFactor()
    yield fake
    fake.close()


@pytest.fixture
def fake_octopush():
    fake = FakeOctopush()
    yield fake
    fake.close()
