"""The audit trail holds typed fields only: no number, no name, no reply text can reach it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from campagne_desktop.domain.audit import AuditAction
from campagne_desktop.domain.eligibility import Reason
from campagne_desktop.domain.enums import ConsentStatus, OptOutChannel, SourceKind, TemplateKind
from campagne_desktop.providers import ExportFormat
from campagne_desktop.services import audit, batches, replies, rights, templates
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.services.wipe_records import KeptFileError, write_audit_summary
from campagne_desktop.services.wipe_scan import PHONE_PATTERN
from tests.services import batch_steps

NOW = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)
PHONE = "+33612345601"
NAME = "Zoé Lefèvre"


def _raw_audit(db) -> str:
    """Every stored value of every audit row, as text: what a look inside the file would see."""
    with db.engine.connect() as c:
        rows = c.execute(text("SELECT * FROM audit_event")).fetchall()
    return "\n".join(" ".join(str(v) for v in row) for row in rows)


def _assert_no_personal_data(db) -> None:
    raw = _raw_audit(db)
    for secret in (PHONE, PHONE[3:], "0612345601", "Zoé", "Lefèvre", "Qui êtes-vous"):
        assert secret not in raw
    assert PHONE_PATTERN.search(raw.encode()) is None


def _last(db, action: AuditAction) -> audit.AuditEntry:
    return next(e for e in audit.list_events(db) if e.action == action)


def _event_count(db) -> int:
    with db.engine.connect() as c:
        return int(c.execute(text("SELECT count(*) FROM audit_event")).scalar_one())


@pytest.mark.parametrize(
    "fields",
    [
        {"counts": {PHONE: 1}},
        {"counts": {NAME: 1}},
        {"counts": {"zoe": 1}},  # a plain word, but not a count the trail knows
        {"counts": {"to_review": [{"phone": PHONE, "text": "Qui êtes-vous ?"}]}},
        {"counts": {"contacts": PHONE}},
        {"counts": {"contacts": 1.5}},
        {"action": PHONE},
        {"action": NAME},
        {"kind": PHONE},
        {"kind": NAME},
        {"batch_id": PHONE},
        {"template_id": "12"},
        {"fields": [NAME]},
        {"fields": [PHONE]},
    ],
)
def test_anything_outside_the_allowlist_is_refused_and_never_stored(db, fields) -> None:
    before = _event_count(db)
    arguments = {"action": AuditAction.CONTACT_EDITED, **fields}
    with pytest.raises(audit.AuditFieldError), db.session() as session:
        audit.record(session, at=NOW, actor="alice", **arguments)
    assert _event_count(db) == before
    _assert_no_personal_data(db)


def test_typed_fields_are_kept_and_read_back(db) -> None:
    with db.session() as session:
        audit.record(
            session,
            at=NOW,
            actor="alice",
            action=AuditAction.TEMPLATE_EDITED,
            counts={"approvals_withdrawn": True, OptOutChannel.MANUAL: 2},
            batch_id=4,
            template_id=7,
            kind=TemplateKind.CONSENT,
            fields=["sender_id", "candidate"],
        )
    event = _last(db, AuditAction.TEMPLATE_EDITED)
    assert event.counts == {"approvals_withdrawn": 1, "manual": 2}
    assert (event.batch_id, event.template_id, event.kind) == (4, 7, "consent")
    assert event.fields == ("candidate", "sender_id")
    assert event.detail == "batch=4 template=7 kind=consent fields=candidate,sender_id"


def test_an_actor_that_looks_like_a_phone_number_is_not_kept(db) -> None:
    with db.session() as session:
        audit.record(session, at=NOW, actor="06 12 34 56 01", action=AuditAction.CONTACT_EDITED)
    assert _last(db, AuditAction.CONTACT_EDITED).actor == audit.ANONYMOUS_ACTOR
    _assert_no_personal_data(db)


@pytest.fixture
def campaign(db, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(f"prenom,nom,tel\nZoé,Lefèvre,{PHONE}\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 2),
        consent=ConsentStatus.GRANTED,
    )
    import_contacts(db, path, declaration, actor="t", now=NOW)
    return db


def test_replies_import_records_how_many_to_read_not_the_replies(campaign, tmp_path) -> None:
    """The probe of issue 10: each unread reply went into the audit with its number and text."""
    answers = tmp_path / "recus.csv"
    answers.write_text(f"Expéditeur;Message\n{PHONE};Qui êtes-vous ?\n", encoding="utf-8")

    report = replies.import_replies(campaign, answers, actor="t", now=NOW)

    assert len(report.to_review) == 1  # the person reading replies still sees it
    event = _last(campaign, AuditAction.REPLIES_IMPORTED)
    assert event.counts["to_review"] == 1
    _assert_no_personal_data(campaign)


def test_after_erasure_nothing_in_the_audit_trail_leads_to_the_person(campaign, tmp_path) -> None:
    answers = tmp_path / "recus.csv"
    answers.write_text(f"Expéditeur;Message\n{PHONE};Qui êtes-vous ?\n", encoding="utf-8")
    replies.import_replies(campaign, answers, actor="t", now=NOW)

    rights.erase_subject(campaign, PHONE, actor="t", now=NOW)

    assert _last(campaign, AuditAction.RIGHTS_ERASED).counts == {
        "contacts": 1,
        "messages": 0,
        "opt_outs": 0,
    }
    _assert_no_personal_data(campaign)


def test_audit_summary_holds_no_number_and_one_that_would_is_not_kept(campaign, tmp_path) -> None:
    answers = tmp_path / "recus.csv"
    answers.write_text(f"Expéditeur;Message\n{PHONE};Qui êtes-vous ?\n", encoding="utf-8")
    replies.import_replies(campaign, answers, actor="t", now=NOW)
    summary = tmp_path / "kept" / "journal.csv"

    assert write_audit_summary(campaign, summary) == 3  # created, imported, replies
    content = summary.read_text(encoding="utf-8")
    assert "replies.imported" in content and "to_review=1" in content
    assert PHONE_PATTERN.search(summary.read_bytes()) is None

    # A row written some other way (an old version, a hand edit) cannot leave in the kept file.
    with campaign.engine.begin() as c:
        c.execute(text("UPDATE audit_event SET kind = :kind"), {"kind": "06 12 34 56 01"})
    leaked = tmp_path / "kept" / "journal-2.csv"
    with pytest.raises(KeptFileError):
        write_audit_summary(campaign, leaked)
    assert not leaked.exists()


def test_every_reason_a_batch_leaves_someone_out_for_is_a_count_name(db) -> None:
    """A batch records its exclusions by the policy's reasons: none may be refused."""
    with db.session() as session:
        audit.record(
            session,
            at=NOW,
            actor="t",
            action=AuditAction.BATCH_CREATED,
            counts={reason.value: 1 for reason in Reason},
            batch_id=1,
        )
    assert set(_last(db, AuditAction.BATCH_CREATED).counts) == {r.value for r in Reason}


def test_batch_discard_and_export_record_typed_fields(campaign, tmp_path) -> None:
    templates.add_template(
        campaign, "appel", "Bonjour {{ prenom }} !", TemplateKind.CAMPAIGN, actor="t", now=NOW
    )
    templates.approve_template(campaign, "appel", actor="t", now=NOW)
    first = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=NOW)
    batches.discard_batch(UnitOfWork(campaign), first.id, actor="t", now=NOW)
    second = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=NOW)
    batch_steps.export(
        campaign, second.id, tmp_path / "ovh.csv", now=NOW, export_format=ExportFormat.OVH
    )

    discarded = _last(campaign, AuditAction.BATCH_DISCARDED)
    assert (discarded.batch_id, discarded.counts) == (first.id, {"messages": 1})
    exported = _last(campaign, AuditAction.BATCH_EXPORTED)
    assert (exported.batch_id, exported.kind, exported.counts) == (second.id, "ovh", {"rows": 1})
    assert exported.at == NOW and exported.at.tzinfo is not None
    _assert_no_personal_data(campaign)
