from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from campagne_desktop.domain.enums import (
    ConsentStatus,
    SmsEncoding,
    SourceKind,
    TemplateKind,
    TemplateStatus,
)
from campagne_desktop.domain.footer import STOP_PHRASE, FooterElement
from campagne_desktop.domain.selection import Selection
from campagne_desktop.domain.templating import SAMPLE_CONTACTS, TemplateError
from campagne_desktop.services import audit, templates
from campagne_desktop.services.contacts import ContactNotFoundError
from campagne_desktop.services.previews import preview_body, preview_text
from campagne_desktop.services.profile_file import (
    ProfileFileError,
    export_profile_file,
    read_profile_file,
)
from campagne_desktop.services.template_file import TemplateFileError, read_template_file
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import Contact, ExportedFile, OptOut, Source, Template
from tests.conftest import sample_profile

NOW = datetime(2026, 2, 10, 9, 30, tzinfo=UTC)
LATER = datetime(2026, 2, 11, 9, 30, tzinfo=UTC)
BODY = "Bonjour {{ prenom }}, votez {{ candidat }} le {{ tour1 }} !"


def add(db, name: str = "Relance", body: str = BODY, kind: TemplateKind = TemplateKind.CAMPAIGN):
    return templates.add_template(db, name, body, kind, actor="marie", now=NOW)


def template_rows(db) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(Template.id))) or 0)


def add_contact(
    db,
    phone: str,
    *,
    first: str = "Camille",
    consent: ConsentStatus = ConsentStatus.GRANTED,
    kind: SourceKind = SourceKind.FORM,
    description: str = "formulaire du site",
    commune: str = "Villeneuve",
    requested: bool = False,
) -> None:
    with db.session() as session:
        source = Source(
            kind=kind.value,
            description=description,
            obtained_on=date(2026, 1, 5),
            imported_by="marie",
            created_at=NOW,
        )
        session.add(source)
        session.flush()
        session.add(
            Contact(
                phone=phone,
                first_name=first,
                last_name="Test",
                commune=commune,
                source_id=source.id,
                consent=consent.value,
                consent_requested_at=NOW if requested else None,
                created_at=NOW,
                updated_at=NOW,
            )
        )


# --- adding: compile first --------------------------------------------------------------------


def test_add_stores_a_draft_with_its_hash(db) -> None:
    info = add(db)
    assert info.status is TemplateStatus.DRAFT
    assert info.content_hash == templates.content_hash(BODY)
    assert [t.name for t in templates.list_templates(db)] == ["Relance"]
    assert templates.get_template(db, "Relance").body == BODY


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour {{ prenom ",  # syntax error
        "Bonjour {{ adresse }}",  # unknown variable
        "{% include 'x' %}",
        "{{ 9**9**9 }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ prenom|attr('__class__') }}",
        "{% for i in range(10**9) %}x{% endfor %}",
    ],
)
def test_add_refuses_what_does_not_compile_and_stores_nothing(db, body: str) -> None:
    with pytest.raises(TemplateError):
        add(db, body=body)
    assert template_rows(db) == 0
    assert [e.action for e in audit.list_events(db)] == ["campaign.created"]


def test_syntax_error_names_the_line(db) -> None:
    with pytest.raises(TemplateError) as error:
        add(db, body="Bonjour\n{% if prenom %}oui")
    assert error.value.line is not None and "Line" in str(error.value)


def test_empty_body_and_duplicate_name_refused(db) -> None:
    with pytest.raises(templates.UserError):
        add(db, body="   ")
    add(db)
    with pytest.raises(templates.TemplateExistsError):
        add(db, name="  Relance ")
    assert template_rows(db) == 1


# --- approval ----------------------------------------------------------------------------------


def test_draft_approved_edited_back_to_draft(db) -> None:
    add(db)
    with pytest.raises(templates.TemplateNotApprovedError, match="draft"):
        templates.require_approved(db, "Relance")

    approved = templates.approve_template(db, "Relance", actor="marie", now=LATER)
    assert approved.status is TemplateStatus.APPROVED
    assert approved.approved_by == "marie"
    assert approved.approved_at == LATER
    assert templates.require_approved(db, "Relance").id == approved.id

    edited = templates.update_template(db, "Relance", BODY + " Merci.", actor="paul", now=LATER)
    assert edited.status is TemplateStatus.DRAFT
    assert edited.approved_by == "" and edited.approved_at is None
    assert edited.content_hash == templates.content_hash(BODY + " Merci.")
    with pytest.raises(templates.TemplateNotApprovedError):
        templates.require_approved(db, "Relance")
    actions = [e.action for e in audit.list_events(db) if e.action.startswith("template.")]
    assert actions == ["template.edited", "template.approved", "template.added"]


def test_saving_the_same_body_keeps_the_approval(db) -> None:
    add(db)
    templates.approve_template(db, "Relance", actor="marie", now=LATER)
    again = templates.update_template(db, "Relance", BODY, actor="paul", now=LATER)
    assert again.status is TemplateStatus.APPROVED


def test_edit_that_does_not_compile_keeps_the_old_version(db) -> None:
    add(db)
    templates.approve_template(db, "Relance", actor="marie", now=LATER)
    with pytest.raises(TemplateError):
        templates.update_template(db, "Relance", "{{ nope }}", actor="paul", now=LATER)
    assert templates.require_approved(db, "Relance").body == BODY


def test_body_changed_behind_the_apps_back_is_not_usable(db) -> None:
    add(db)
    templates.approve_template(db, "Relance", actor="marie", now=LATER)
    with db.session() as session:
        session.scalar(select(Template)).body = "Autre texte"
    with pytest.raises(templates.TemplateNotApprovedError, match="changed after"):
        templates.require_approved(db, "Relance")


def test_audit_holds_no_template_text_or_name(db) -> None:
    add(db, name="Message pour Camille")
    templates.approve_template(db, "Message pour Camille", actor="marie", now=LATER)
    for event in audit.list_events(db):
        assert "Camille" not in event.detail and "Bonjour" not in event.detail


def test_delete_and_unknown_name(db) -> None:
    add(db)
    templates.delete_template(db, "Relance", actor="marie", now=LATER)
    assert templates.list_templates(db) == []
    with pytest.raises(templates.TemplateNotFoundError):
        templates.get_template(db, "Relance")


# --- template and profile files ----------------------------------------------------------------


def test_export_import_round_trip_lands_as_draft(db, tmp_path) -> None:
    add(db, kind=TemplateKind.CONSENT)
    templates.approve_template(db, "Relance", actor="marie", now=LATER)
    path = templates.export_template(
        db, "Relance", tmp_path / "relance.json", actor="marie", now=LATER
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "format": "campagne-template",
        "version": 1,
        "name": "Relance",
        "kind": "consent",
        "body": BODY,
    }
    imported = templates.import_template(db, path, actor="marie", now=LATER, name="Relance 2")
    assert imported.status is TemplateStatus.DRAFT
    assert imported.kind is TemplateKind.CONSENT and imported.body == BODY
    with db.session() as session:
        assert session.scalar(select(ExportedFile.kind)) == "template-file"
    assert templates.free_name(db, "Relance") == "Relance (2)"


def test_import_refuses_a_tampered_file(db, tmp_path) -> None:
    path = tmp_path / "bad.json"
    payload = {"format": "campagne-template", "version": 1, "name": "x", "kind": "campaign"}
    path.write_text(json.dumps({**payload, "body": "{{ prenom.__class__ }}"}), encoding="utf-8")
    with pytest.raises(TemplateError):
        templates.import_template(db, path, actor="marie", now=LATER)
    path.write_text(json.dumps({**payload, "version": 9, "body": "ok"}), encoding="utf-8")
    with pytest.raises(TemplateFileError, match="newer version"):
        read_template_file(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(TemplateFileError, match="not a template file"):
        read_template_file(path)
    assert template_rows(db) == 0


def test_profile_file_round_trip_without_extra(db, tmp_path) -> None:
    path = export_profile_file(db, tmp_path / "profil.json", actor="marie", now=LATER)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "extra" not in json.loads(path.read_text(encoding="utf-8"))["profile"]
    assert read_profile_file(path) == sample_profile()


def test_profile_file_is_validated(tmp_path) -> None:
    path = tmp_path / "profil.json"
    data = {"format": "campagne-profile", "version": 1, "profile": sample_profile().as_dict()}
    data["profile"]["sender_id"] = "123"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception, match="sender ID"):
        read_profile_file(path)
    data["profile"]["round1"] = "hier"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProfileFileError):
        read_profile_file(path)


# --- preview -----------------------------------------------------------------------------------


@pytest.mark.parametrize("source_kind", list(SourceKind))
@pytest.mark.parametrize("kind", list(TemplateKind))
def test_preview_on_a_contact_has_the_footer_and_passes(db, source_kind, kind) -> None:
    add(db, kind=kind)
    add_contact(db, "+33612345678", kind=source_kind, description="liste de Société X, 2 février")
    shown = templates.preview(db, "Relance", "06 12 34 56 78")
    assert shown.text.startswith("Bonjour Camille, votez Marie Exemple le 15 mars 2026 !")
    assert shown.text.endswith(f"{STOP_PHRASE} au 36111")
    assert shown.footer in shown.text and not shown.sample
    assert shown.missing == ()
    assert shown.source.kind is source_kind
    assert shown.segments.segments >= 2


def test_preview_reports_a_source_that_cannot_be_compliant(db) -> None:
    add(db)
    add_contact(db, "+33612345678", kind=SourceKind.RENTED, description="")
    assert templates.preview(db, "Relance", "+33612345678").missing == (FooterElement.SOURCE,)


def test_preview_on_samples_and_unknown_number(db) -> None:
    add(db)
    shown = templates.preview(db, "Relance", sample=1)
    assert shown.sample and shown.first_name == SAMPLE_CONTACTS[1].first_name
    assert shown.missing == () and "STOP PROSPECTION" in shown.text
    with pytest.raises(ContactNotFoundError):
        templates.preview(db, "Relance", "06 99 99 99 99")


def test_preview_of_unsaved_text_counts_ucs2(db) -> None:
    shown = preview_body(db, "Bonjour {{ prenom }} « merci »", TemplateKind.CAMPAIGN)
    assert shown.segments.encoding is SmsEncoding.UCS2
    assert {c.char for c in shown.segments.non_gsm} == {"«", "»"}
    consent = preview_text(sample_profile(), "Bonjour", TemplateKind.CONSENT)
    assert "Répondez OUI" in consent.text and consent.missing == ()


# --- selection cost ----------------------------------------------------------------------------


def test_selection_cost_counts_the_reachable_contacts(db) -> None:
    add(db)
    add(
        db,
        name="Accord",
        body="Bonjour {{ prenom }}, acceptez-vous nos SMS ?",
        kind=TemplateKind.CONSENT,
    )
    add_contact(db, "+33612345601")
    # Œ has a GSM-7 form (smart encoding), the sun has none: UCS-2 for this one only.
    add_contact(db, "+33612345602", first="Anne-Œdipe ☀")
    add_contact(db, "+33612345603", consent=ConsentStatus.PENDING)
    add_contact(db, "+33612345604", consent=ConsentStatus.PENDING, requested=True)
    add_contact(db, "+33612345605", consent=ConsentStatus.REFUSED)
    add_contact(db, "+33612345606")
    with db.session() as session:
        session.add(OptOut(phone="+33612345606", created_at=NOW, channel="stop_reply"))

    cost = templates.selection_cost(UnitOfWork(db), "Relance", Selection())
    assert (cost.contacts, cost.messages, cost.ucs2_messages) == (2, 2, 1)
    gsm = templates.preview(db, "Relance", "+33612345601").segments.segments
    ucs = templates.preview(db, "Relance", "+33612345602").segments.segments
    # The UCS-2 message is over the 3-SMS cap: a batch leaves it out, so the estimate does too.
    assert ucs > 3 >= gsm
    assert (cost.reachable, cost.over_cap) == (1, 1)
    assert cost.excluded == {"over_segment_cap": 1, "not_consented": 3, "opted_out": 1}
    assert cost.total_segments == gsm
    assert cost.worst_segments == max(gsm, ucs)
    assert cost.cost == gsm * Decimal("0.05")

    consent = templates.selection_cost(UnitOfWork(db), "Accord")
    assert consent.contacts == 1  # pending and never asked
    nobody = templates.selection_cost(
        UnitOfWork(db), "Relance", Selection(communes=("Nulle-Part",))
    )
    assert nobody.contacts == 0 and nobody.cost == 0
    narrowed = templates.selection_cost(UnitOfWork(db), "Relance", Selection(search="Œdipe"))
    assert narrowed.contacts == 1 and narrowed.ucs2_messages == 1
