"""Replies no rule understood hold their number out of every batch until a person decides."""

from __future__ import annotations

import pytest

from campagne_desktop.domain.enums import ConsentStatus
from campagne_desktop.domain.messages import UserError
from campagne_desktop.services import audit, batches, compliance, replies
from campagne_desktop.services.contacts import get_contact
from campagne_desktop.services.held_replies import (
    Decision,
    HoldReason,
    count_held,
    decide,
    held_numbers,
    list_held,
)
from campagne_desktop.services.optouts import is_opted_out
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.services import batch_steps, test_batches
from tests.services.test_batches import ALLOWED, PENDING


@pytest.fixture
def campaign(db, tmp_path):
    """The campaign of the batch tests: 4 granted contacts (one in Guadeloupe), 2 pending."""
    return test_batches.make_campaign(db, tmp_path)


def _replies(db, tmp_path, *rows: tuple[str, str]):
    path = tmp_path / "recus.csv"
    body = "".join(f"{phone};{text}\n" for phone, text in rows)
    path.write_text("Expéditeur;Message\n" + body, encoding="utf-8")
    return replies.import_replies(db, path, actor="t", now=ALLOWED)


def test_a_reply_nobody_understood_holds_its_number_out_of_batches(campaign, tmp_path) -> None:
    report = _replies(campaign, tmp_path, ("+33612345601", "Qui êtes-vous ?"))
    assert report.held == 1
    [held] = list_held(campaign)
    assert (held.phone, held.text, held.reason) == (
        "+33612345601",
        "Qui êtes-vous ?",
        HoldReason.NOT_UNDERSTOOD,
    )
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    assert created.messages == 3
    assert created.excluded["reply_to_read"] == 1
    assert (
        batches.count_reachable(
            UnitOfWork(campaign), batches.TemplateKind.CAMPAIGN, batches.BatchSelection()
        )
        == 3
    )

    decide(campaign, "+33612345601", Decision.DISMISS, actor="t", now=ALLOWED)
    assert count_held(campaign) == 0
    assert batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED).messages == 4


def test_a_reply_held_after_the_batch_was_made_keeps_it_out_of_check_and_export(
    campaign, tmp_path
) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    _replies(campaign, tmp_path, ("+33612345602", "C'est pour quoi ?"))
    report = compliance.check_batch(UnitOfWork(campaign), created.id, now=ALLOWED)
    assert report.sendable == 3 and report.skipped == 1
    assert any("reply" in line.render() for line in report.lines)
    out = tmp_path / "envoi.csv"
    done = batch_steps.export(campaign, created.id, out, now=ALLOWED)
    assert done.rows == 3
    assert "+33612345602" not in out.read_text(encoding="utf-8")


def test_oui_from_someone_never_asked_is_held(campaign, tmp_path) -> None:
    report = _replies(campaign, tmp_path, ("+33612345603", "OUI"), ("+33612345699", "oui"))
    assert report.held == 2 and report.consented == 0
    assert {h.reason for h in list_held(campaign)} == {HoldReason.UNASKED_YES}
    assert held_numbers_of(campaign) == {"+33612345603", "+33612345699"}


def held_numbers_of(db) -> set[str]:
    with db.session() as session:
        return held_numbers(session)


def test_decisions_opt_out_and_consent(campaign, tmp_path) -> None:
    _replies(
        campaign, tmp_path, ("+33612345601", "Hmm, pourquoi moi"), (PENDING[0], "oui bien sûr ?!")
    )
    decide(campaign, "06 12 34 56 01", Decision.OPT_OUT, actor="t", now=ALLOWED)
    assert is_opted_out(campaign, "+33612345601")
    decide(campaign, PENDING[0], Decision.CONSENT, actor="t", now=ALLOWED)
    contact = get_contact(campaign, PENDING[0])
    assert contact.consent is ConsentStatus.GRANTED
    assert "lue par t" in contact.consent_evidence
    assert count_held(campaign) == 0
    with pytest.raises(UserError):
        decide(campaign, "+33612345601", Decision.DISMISS, actor="t", now=ALLOWED)
    # The audit trail counts decisions; it never holds a number or the reply.
    with campaign.session() as session:
        details = " ".join(f"{e.action} {e.counts} {e.detail}" for e in audit.all_events(session))
    assert "replies.decided" in details
    assert "12345601" not in details and "pourquoi" not in details


def test_consent_needs_a_contact(campaign, tmp_path) -> None:
    _replies(campaign, tmp_path, ("+33612345699", "Bonjour ?"))
    with pytest.raises(UserError, match="no contact"):
        decide(campaign, "+33612345699", Decision.CONSENT, actor="t", now=ALLOWED)
    assert count_held(campaign) == 1


def test_rights_show_and_erase_cover_held_replies(campaign, tmp_path) -> None:
    from campagne_desktop.services import rights

    _replies(campaign, tmp_path, ("+33612345699", "Qui donne mon numéro ?"))
    shown = rights.subject_data(campaign, "+33612345699").as_json()
    assert [r["text"] for r in shown["held_replies"]] == ["Qui donne mon numéro ?"]
    rights.erase_subject(campaign, "+33612345699", actor="t", now=ALLOWED)
    assert count_held(campaign) == 0
