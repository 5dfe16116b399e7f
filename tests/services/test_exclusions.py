"""Who a batch leaves out and what would include them; the footer a returning person gets."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from campagne_desktop.domain.eligibility import Reason, reason_label
from campagne_desktop.domain.enums import FooterForm, SourceKind, TemplateKind
from campagne_desktop.domain.footer import SourceInfo
from campagne_desktop.domain.rendering import MessageRenderer
from campagne_desktop.domain.sms import count
from campagne_desktop.domain.templating import compile_template
from campagne_desktop.services import batches
from campagne_desktop.services.exclusions import (
    FIXES,
    LeftOut,
    LeftOutList,
    describe,
    over_cap_fix,
    report_lines,
)
from campagne_desktop.services.profile import get_profile, update_profile
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import BatchMessage
from tests.conftest import sample_profile
from tests.services.test_batches import ALLOWED
from tests.services.test_batches import campaign as campaign  # the fixture

FORM = SourceInfo(SourceKind.FORM, "")
LONG_PURPOSE = (
    "vous informer de la campagne municipale, des réunions publiques et du programme " * 2
)


def english(key: str) -> str:
    return key


def over_cap_message(short_saves_enough: bool):
    profile = sample_profile(purpose=LONG_PURPOSE.strip())
    renderer = MessageRenderer(compile_template("{{ prenom }}"), profile, TemplateKind.CAMPAIGN)
    footer = renderer.footer(FORM, short=False)
    # A body that takes the full message 5 characters past 3 SMS (459 septets).
    padding = 3 * 153 + 5 - len(footer) - 1 - (0 if short_saves_enough else -200)
    message = renderer.render("x" * padding, "", "", FORM)
    return message, renderer, profile


def test_over_cap_fix_offers_the_short_footer_only_when_it_is_enough() -> None:
    message, renderer, profile = over_cap_message(short_saves_enough=True)
    fix = over_cap_fix(message, renderer, FORM, profile, 3)
    assert fix == {
        "segments": 4,
        "cap": 3,
        "shorten_by": 5,
        "raise_cap_to": 4,
        "short_footer_segments": 3,
    }
    assert count(message.text).units == 464
    message, renderer, profile = over_cap_message(short_saves_enough=False)
    assert "short_footer_segments" not in over_cap_fix(message, renderer, FORM, profile, 3)


def test_each_reason_has_words_and_a_fix() -> None:
    # One set of reasons: the policy's. Each has its words and its fix.
    assert set(FIXES) == set(Reason)
    for reason in Reason:
        person = LeftOut("Anaïs Noël", "+33612345678", reason.value, {})
        line = describe(person, TemplateKind.CAMPAIGN, english)
        assert line.startswith(f"Anaïs Noël (+33612345678): {reason_label(reason.value)}. ")
        assert reason.value not in line
        assert len(line) > len("Anaïs Noël (+33612345678): ") + len(reason_label(reason)) + 5


def test_over_cap_fix_in_words() -> None:
    person = LeftOut(
        "Sam",
        "+33612345678",
        Reason.OVER_SEGMENT_CAP.value,
        {"segments": 4, "cap": 3, "shorten_by": 5, "raise_cap_to": 4, "short_footer_segments": 3},
    )
    assert describe(person, TemplateKind.CAMPAIGN, english) == (
        "Sam (+33612345678): longer than the SMS cap. 4 SMS for a cap of 3: shorten the message "
        "by 5 characters or use the short footer (3 SMS) or raise the cap to 4 SMS for this batch."
    )


def test_the_printed_list_is_capped() -> None:
    left_out = LeftOutList(TemplateKind.CAMPAIGN)
    for i in range(30):
        left_out.add(f"P{i}", "N", f"+3361234{i:04d}", Reason.OPTED_OUT.value)
    lines = report_lines(left_out, english, shown=10)
    assert len(lines) == 11 and lines[-1] == "... and 20 more."


# --- "Full then short": the short footer for people who already received a message -----------


def test_full_then_short_in_a_batch(campaign) -> None:
    profile = get_profile(campaign).with_changes(footer_form=FooterForm.FULL_THEN_SHORT)
    update_profile(campaign, profile, actor="t", now=ALLOWED)
    first = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    with campaign.session() as session:
        texts = list(session.scalars(_texts(first.id)))
        assert texts and all("Finalité" in t for t in texts)
        # One of them went out: that person now gets the short footer.
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id == _first_id(session, first.id))
            .values(state="exported")
        )
    second = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    with campaign.session() as session:
        texts = list(session.scalars(_texts(second.id)))
    assert sum("Infos : https://exemple.fr/vie-privee" in t for t in texts) == 1
    assert sum("Finalité" in t for t in texts) == len(texts) - 1


def _texts(batch_id: int):
    return select(BatchMessage.text).where(BatchMessage.batch_id == batch_id)


def _first_id(session, batch_id: int) -> int:
    return session.scalar(
        select(func.min(BatchMessage.id)).where(BatchMessage.batch_id == batch_id)
    )


# --- The batch's own cap is the input of the policy's last (length) step ----------------------


def _long_template(db) -> None:
    from campagne_desktop.services import templates

    # 700 characters of body: 5 or 6 SMS with the footer, over the profile's cap of 3.
    templates.add_template(db, "long", "x" * 700, TemplateKind.CAMPAIGN, actor="t", now=ALLOWED)
    templates.approve_template(db, "long", actor="t", now=ALLOWED)


def test_the_estimate_the_batch_and_the_check_judge_with_the_batch_cap(campaign) -> None:
    from campagne_desktop.services import compliance, templates

    _long_template(campaign)
    capped = templates.selection_cost(UnitOfWork(campaign), "long")
    assert capped.reachable == 0 and capped.excluded["over_segment_cap"] == 4
    raised = templates.selection_cost(UnitOfWork(campaign), "long", segment_cap=10)
    created = batches.create_batch(
        UnitOfWork(campaign), "long", actor="t", now=ALLOWED, segment_cap=10
    )
    assert raised.reachable == created.messages == 4
    assert raised.excluded == created.excluded == {"not_consented": 2}
    assert raised.total_segments == created.segments
    assert (
        created.segment_cap == 10
        and batches.get_batch(UnitOfWork(campaign), created.id).segment_cap == 10
    )
    # The check holds the batch to its own cap, not the profile's.
    report = compliance.check_batch(UnitOfWork(campaign), created.id, now=ALLOWED, record=False)
    assert not any(line.rule == "segments" for line in report.lines)


def test_a_batch_cap_outside_1_to_10_is_refused(campaign) -> None:
    with pytest.raises(batches.BatchError, match="between 1 and 10"):
        batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED, segment_cap=11)


def test_the_refusal_names_the_rule_in_words_and_keeps_the_list(campaign) -> None:
    _long_template(campaign)
    with pytest.raises(batches.NobodyReachableError) as refused:
        batches.create_batch(UnitOfWork(campaign), "long", actor="t", now=ALLOWED)
    assert "longer than the SMS cap" in str(refused.value.render())
    assert "over_segment_cap" not in str(refused.value.render())
    left_out = refused.value.left_out
    assert left_out is not None
    assert (
        sorted(p.reason for p in left_out.people)
        == ["not_consented"] * 2 + ["over_segment_cap"] * 4
    )


# --- "Full then short": the estimate reads the same fact as the batch --------------------------


def test_full_then_short_estimate_agrees_with_the_batch(campaign) -> None:
    from campagne_desktop.services import templates

    profile = get_profile(campaign).with_changes(footer_form=FooterForm.FULL_THEN_SHORT)
    update_profile(campaign, profile, actor="t", now=ALLOWED)
    first = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    with campaign.session() as session:
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id == _first_id(session, first.id))
            .values(state="exported")
        )
    estimate = templates.selection_cost(UnitOfWork(campaign), "appel")
    second = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    assert estimate.reachable == second.messages
    assert estimate.total_segments == second.segments
    # The short form is cheaper or equal: the returning person's message counts it.
    assert estimate.short_segments is not None
    assert estimate.short_segments <= estimate.total_segments <= estimate.full_segments


def test_the_per_source_cost_follows_the_policy(campaign) -> None:
    from campagne_desktop.services.previews import cost_per_source
    from campagne_desktop.services.templates import get_template

    appel = get_template(campaign, "appel")
    accord = get_template(campaign, "accord")
    # A campaign message goes to the consenting (form) contacts, a consent request to the
    # pending (rented) ones: the policy decides, not a list of source kinds.
    [campaign_cost] = cost_per_source(UnitOfWork(campaign), appel.body, appel.kind)
    [consent_cost] = cost_per_source(UnitOfWork(campaign), accord.body, accord.kind)
    assert campaign_cost.source.kind is SourceKind.FORM and not campaign_cost.sample
    assert consent_cost.source.kind is SourceKind.RENTED
    assert consent_cost.segments.segments >= 2  # the rented file's notice is long
    batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    # Everyone pending is now waiting in that consent batch: no source is left to cost.
    assert cost_per_source(UnitOfWork(campaign), accord.body, accord.kind) == []


def test_the_parts_of_a_split_batch_keep_its_cap(campaign) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from campagne_desktop.services import compliance
    from campagne_desktop.services.batch_split import split_by_zone

    _long_template(campaign)
    created = batches.create_batch(
        UnitOfWork(campaign), "long", actor="t", now=ALLOWED, segment_cap=10
    )
    early = datetime(2026, 3, 3, 8, 30, tzinfo=ZoneInfo("Europe/Paris"))  # 03:30 in Guadeloupe
    parts = split_by_zone(UnitOfWork(campaign), created.id, actor="t", now=early)
    assert len(parts) == 2 and {p.segment_cap for p in parts} == {10}
    for part in parts:
        report = compliance.check_batch(UnitOfWork(campaign), part.id, now=ALLOWED, record=False)
        assert not any(line.rule == "segments" for line in report.lines)
