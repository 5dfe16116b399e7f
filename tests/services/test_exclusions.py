"""Who a batch leaves out and what would include them; the footer a returning person gets."""

from __future__ import annotations

from sqlalchemy import func, select, update

from campagne_desktop.domain.enums import FooterForm, SourceKind, TemplateKind
from campagne_desktop.domain.footer import SourceInfo
from campagne_desktop.domain.rendering import MessageRenderer
from campagne_desktop.domain.sms import count
from campagne_desktop.domain.templating import compile_template
from campagne_desktop.services import batches
from campagne_desktop.services.exclusions import (
    Exclusion,
    LeftOut,
    LeftOutList,
    describe,
    over_cap_fix,
    reason_label,
    report_lines,
)
from campagne_desktop.services.profile import get_profile, update_profile
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
    for reason in Exclusion:
        person = LeftOut("Anaïs Noël", "+33612345678", reason.value, {})
        line = describe(person, TemplateKind.CAMPAIGN, english)
        assert line.startswith(f"Anaïs Noël (+33612345678): {reason_label(reason.value)}. ")
        assert reason.value not in line
        assert len(line) > len("Anaïs Noël (+33612345678): ") + len(reason_label(reason)) + 5


def test_over_cap_fix_in_words() -> None:
    person = LeftOut(
        "Sam",
        "+33612345678",
        Exclusion.OVER_SEGMENT_CAP.value,
        {"segments": 4, "cap": 3, "shorten_by": 5, "raise_cap_to": 4, "short_footer_segments": 3},
    )
    assert describe(person, TemplateKind.CAMPAIGN, english) == (
        "Sam (+33612345678): longer than the SMS cap. 4 SMS for a cap of 3: shorten the message "
        "by 5 characters or use the short footer (3 SMS) or raise the cap to 4 SMS for this batch."
    )


def test_the_printed_list_is_capped() -> None:
    left_out = LeftOutList(TemplateKind.CAMPAIGN)
    for i in range(30):
        left_out.add(f"P{i}", "N", f"+3361234{i:04d}", Exclusion.OPTED_OUT.value)
    lines = report_lines(left_out, english, shown=10)
    assert len(lines) == 11 and lines[-1] == "... and 20 more."


# --- "Full then short": the short footer for people who already received a message -----------


def test_full_then_short_in_a_batch(campaign) -> None:
    profile = get_profile(campaign).with_changes(footer_form=FooterForm.FULL_THEN_SHORT)
    update_profile(campaign, profile, actor="t", now=ALLOWED)
    first = batches.create_batch(campaign, "appel", actor="t", now=ALLOWED)
    with campaign.session() as session:
        texts = list(session.scalars(_texts(first.id)))
        assert texts and all("Finalité" in t for t in texts)
        # One of them went out: that person now gets the short footer.
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id == _first_id(session, first.id))
            .values(state="exported")
        )
    second = batches.create_batch(campaign, "appel", actor="t", now=ALLOWED)
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
