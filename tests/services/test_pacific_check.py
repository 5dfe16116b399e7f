"""A batch with Pacific recipients is judged in their own zones and counted as French."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from campagne_desktop.domain.enums import ConsentStatus, SourceKind, TemplateKind
from campagne_desktop.services import batches, compliance, templates
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.services.unit_of_work import UnitOfWork

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)


def _campaign(db, tmp_path, numbers):
    path = tmp_path / "pacifique.csv"
    rows = [f"P{i},N{i},{n}" for i, n in enumerate(numbers)]
    path.write_text("prenom,nom,tel\n" + "\n".join(rows) + "\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 2),
        consent=ConsentStatus.GRANTED,
    )
    report = import_contacts(db, path, declaration, actor="t", now=TUESDAY)
    templates.add_template(db, "appel", "Bonjour {{ prenom }} !", TemplateKind.CAMPAIGN,
                           actor="t", now=TUESDAY)  # fmt: skip
    templates.approve_template(db, "appel", actor="t", now=TUESDAY)
    return report


def test_pacific_numbers_are_counted_as_french_at_import(db, tmp_path) -> None:
    report = _campaign(db, tmp_path, ["+687751234", "+68987123456", "+681821234", "+32470123456"])
    assert report.accepted == 4
    assert report.foreign == 1  # only the Belgian number


def test_a_polynesian_recipient_is_judged_in_polynesian_time(db, tmp_path) -> None:
    _campaign(db, tmp_path, ["0612345601", "+68987123456"])
    created = batches.create_batch(UnitOfWork(db), "appel", actor="t", now=TUESDAY)
    monday = datetime(2026, 3, 9, 9, 0, tzinfo=PARIS)  # Sunday 22:00 in Papeete
    report = compliance.check_batch(UnitOfWork(db), created.id, now=monday)
    assert not report.passed
    assert "in French Polynesia" in " ".join(line.render() for line in report.failures())
    assert report.next_allowed is not None
    # Monday 08:00 in Papeete is the first moment allowed in all three Polynesian zones.
    local = report.next_allowed.astimezone(ZoneInfo("Pacific/Tahiti"))
    assert (local.weekday(), local.strftime("%H:%M")) == (0, "08:00")


def test_a_caledonian_recipient_is_in_silence_on_friday_afternoon_in_paris(db, tmp_path) -> None:
    _campaign(db, tmp_path, ["0612345601", "+687751234"])
    created = batches.create_batch(UnitOfWork(db), "appel", actor="t", now=TUESDAY)
    friday = datetime(2026, 3, 13, 14, 30, tzinfo=PARIS)  # Saturday 00:30 in Nouméa
    report = compliance.check_batch(UnitOfWork(db), created.id, now=friday)
    assert not report.passed
    assert "in New Caledonia" in " ".join(line.render() for line in report.failures())
