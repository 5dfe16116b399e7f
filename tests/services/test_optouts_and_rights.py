from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from campagne_desktop.domain.enums import ConsentStatus, OptOutChannel, SourceKind
from campagne_desktop.domain.phones import PhoneError
from campagne_desktop.services import audit, optouts, rights
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import ContactNotFoundError, count_contacts, get_contact
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.storage.models import Batch, BatchMessage, ExportedFile


@pytest.fixture
def people(tmp_path, db, ctx):
    path = tmp_path / "p.csv"
    path.write_text("prenom,nom,tel\nJeanne,Martin,0612345678\nPaul,Durand,0734567890\n")
    decl = SourceDeclaration(
        kind=SourceKind.RENTED,
        description="liste louée à X",
        obtained_on=date(2026, 1, 5),
        collection_wording="Vos données pourront servir à des fins politiques.",
    )
    import_contacts(db, path, decl, actor="t", now=ctx.clock())
    return db


def test_add_is_idempotent_and_audited_without_the_number(people, ctx) -> None:
    assert optouts.record_opt_out(people, "06 12 34 56 78", actor="t", now=ctx.clock())
    assert not optouts.record_opt_out(people, "+33612345678", actor="t", now=ctx.clock())
    assert optouts.is_opted_out(people, "0612345678")
    assert all("612345678" not in e.detail for e in audit.list_events(people))


def test_invalid_number_refused(people, ctx) -> None:
    with pytest.raises(PhoneError):
        optouts.record_opt_out(people, "hello", actor="t", now=ctx.clock())


def test_import_stop_list(tmp_path, people, ctx) -> None:
    path = tmp_path / "stop.csv"
    path.write_text("Numéro;Date\n33612345678;2026-03-01\n+33734567890;2026-03-02\nxx;\n")
    report = optouts.import_opt_outs(people, path, actor="t", now=ctx.clock())
    assert (report.added, report.invalid) == (2, 1)
    plain = tmp_path / "plain.txt"
    plain.write_text("0612345678\n")
    assert optouts.import_opt_outs(people, plain, actor="t", now=ctx.clock()).already == 1


def test_remove_needs_a_reason(people, ctx) -> None:
    optouts.record_opt_out(people, "0612345678", actor="t", now=ctx.clock())
    with pytest.raises(optouts.OptOutError):
        optouts.remove_opt_out(people, "0612345678", reason="", actor="t", now=ctx.clock())
    assert optouts.is_opted_out(people, "0612345678")
    optouts.remove_opt_out(
        people, "0612345678", reason="Demande écrite du 3 mars 2026", actor="t", now=ctx.clock()
    )
    assert not optouts.is_opted_out(people, "0612345678")
    assert audit.list_events(people)[0].action == "optout.removed"


def test_consent_grant_needs_evidence(people, ctx) -> None:
    with pytest.raises(rights.RightsError):
        rights.set_consent(
            people, "0612345678", ConsentStatus.GRANTED, evidence=" ", actor="t", now=ctx.clock()
        )
    rights.set_consent(
        people,
        "0612345678",
        ConsentStatus.GRANTED,
        evidence="Réponse OUI du 2 mars",
        actor="t",
        now=ctx.clock(),
    )
    contact = get_contact(people, "0612345678")
    assert contact.consent is ConsentStatus.GRANTED and contact.consent_evidence.startswith("Rép")


def _message(db, phone: str) -> None:
    with db.session() as s:
        batch = Batch(
            template_name="t",
            template_kind="campaign",
            template_body="b",
            template_hash="h",
            created_by="t",
            created_at=datetime(2026, 3, 1, tzinfo=UTC),
        )
        s.add(batch)
        s.flush()
        contact_id = s.scalar(text("select id from contact where phone = :p").bindparams(p=phone))
        s.add(
            BatchMessage(
                batch_id=batch.id,
                contact_id=contact_id,
                phone=phone,
                text="Bonjour Jeanne",
                encoding="GSM-7",
                segments=1,
            )
        )


def test_show_and_export(tmp_path, people, ctx) -> None:
    _message(people, "+33612345678")
    data = rights.subject_data(people, "06 12 34 56 78")
    assert data.contact["first_name"] == "Jeanne"
    assert data.contact["source"]["description"] == "liste louée à X"
    assert data.messages[0]["text"] == "Bonjour Jeanne"
    out = rights.export_subject_data(
        people, "0612345678", tmp_path / "jeanne.json", actor="t", now=ctx.clock()
    )
    assert json.loads(out.read_text())["contact"]["last_name"] == "Martin"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with people.session() as s:
        assert s.query(ExportedFile).filter_by(path=str(out)).count() == 1


def test_erase_removes_contact_and_message_text(people, ctx) -> None:
    _message(people, "+33612345678")
    counts = rights.erase_subject(people, "0612345678", actor="t", now=ctx.clock())
    assert counts == {"contacts": 1, "messages": 1, "opt_outs": 0}
    assert count_contacts(people) == 1
    data = rights.subject_data(people, "0612345678")
    assert data.contact is None and data.messages == []
    with pytest.raises(ContactNotFoundError):
        rights.erase_subject(people, "0612345678", actor="t", now=ctx.clock())


def test_oppose_erases_and_blocks(tmp_path, people, ctx) -> None:
    rights.erase_subject(people, "0734567890", actor="t", now=ctx.clock(), oppose=True)
    assert optouts.is_opted_out(people, "0734567890")
    assert optouts.list_opt_outs(people)[0].channel is OptOutChannel.REQUEST
    path = tmp_path / "again.csv"
    path.write_text("tel\n0734567890\n")
    decl = SourceDeclaration(
        kind=SourceKind.FORM, description="formulaire", obtained_on=date(2026, 1, 5)
    )
    assert import_contacts(people, path, decl, actor="t", now=ctx.clock()).suppressed == 1


def test_export_never_replaces_a_file_silently(tmp_path, people, ctx) -> None:
    from campagne_desktop.providers import OutputFileError

    out = tmp_path / "existing.json"
    out.write_text("someone else's file")
    with pytest.raises(OutputFileError, match="already exists"):
        rights.export_subject_data(people, "0612345678", out, actor="t", now=ctx.clock())
    assert out.read_text() == "someone else's file"
    rights.export_subject_data(
        people, "0612345678", out, actor="t", now=ctx.clock(), overwrite=True
    )
    assert json.loads(out.read_text())["contact"]["first_name"] == "Jeanne"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_erasing_someone_already_asked_for_consent_blocks_a_second_request(people, ctx) -> None:
    with people.session() as s:
        s.execute(
            text(
                "UPDATE contact SET consent_requested_at = '2026-03-01 10:00:00' "
                "WHERE phone = '+33612345678'"
            )
        )
    counts = rights.erase_subject(people, "0612345678", actor="t", now=ctx.clock())
    assert counts["opt_outs"] == 1
    assert optouts.is_opted_out(people, "0612345678")
    # Someone never asked is only erased: they may be imported again later.
    assert rights.erase_subject(people, "0734567890", actor="t", now=ctx.clock())["opt_outs"] == 0
