"""The new-batch assistant names each person it leaves out, in words, with the fix."""

from __future__ import annotations

from campagne_desktop.domain.enums import TemplateKind
from campagne_desktop.gui.pages.sendings import SendingsPage
from campagne_desktop.services import batches, templates
from campagne_desktop.services.contacts import get_contact
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import Contact
from tests.gui.pages.test_sendings_page import campaign, choose, clock, ctx, wizard  # noqa: F401
from tests.services.test_batches import ALLOWED


def test_each_person_left_out_is_listed_with_a_fix(qtbot, wizard) -> None:  # noqa: F811
    choose(wizard, "accord")
    wizard.next()
    qtbot.waitUntil(wizard.selection_page.isComplete)
    wizard.next()
    create = wizard.create_page
    qtbot.waitUntil(create.isComplete, timeout=10_000)
    people = create.people
    assert people.isVisibleTo(wizard) and people.table.rowCount() == 4
    row = [people.table.item(0, c).text() for c in range(4)]
    assert row[0] == "Prénom0 Nom0" and row[1].startswith("+33")
    assert row[2] == "no consent for this kind of message"
    assert row[3] == "Nothing to do: a consent request goes only to people not asked yet."
    cells = {people.table.item(r, 2).text() for r in range(4)}
    assert "not_consented" not in cells
    assert not people.more.isVisibleTo(wizard)


def test_nobody_reachable_still_shows_who_and_why(qtbot, wizard, campaign) -> None:  # noqa: F811
    long_body = "Bonjour {{ prenom }} ☀ " + "Venez nombreux à la réunion publique. " * 8
    templates.add_template(
        campaign, "long", long_body, TemplateKind.CAMPAIGN, actor="t", now=ALLOWED
    )
    templates.approve_template(campaign, "long", actor="t", now=ALLOWED)
    wizard.template_page.initializePage()  # the new template appears in the list
    choose(wizard, "long")
    wizard.next()
    qtbot.waitUntil(wizard.selection_page.isComplete)
    wizard.next()
    create = wizard.create_page
    qtbot.waitUntil(lambda: create.back_button.isVisibleTo(wizard), timeout=10_000)
    assert "Nobody can receive this message" in create.status.text()
    people = create.people
    assert people.table.rowCount() == 6  # 4 over the cap, 2 without consent
    fixes = [people.table.item(r, 3).text() for r in range(people.table.rowCount())]
    assert sum("shorten the message by" in f and "raise the cap to" in f for f in fixes) == 4


def test_the_cost_per_person_is_shown_before_freezing(qtbot, wizard) -> None:  # noqa: F811
    choose(wizard, "accord")
    wizard.next()
    qtbot.waitUntil(wizard.selection_page.isComplete)
    text = wizard.selection_page.cost.text()
    # Only the rented file gets consent requests; its own description names it.
    assert text.startswith("liste louée à Société X le 2 février: ")
    assert "SMS per person (" in text and "legal notice of " in text
    assert "formulaire du site" not in text


def test_the_sendings_page_counts_adapted_messages(qtbot, ctx, campaign, prompts) -> None:  # noqa: F811
    with campaign.session() as session:  # a consenting person whose name GSM-7 lacks a letter of
        contact = session.get(Contact, get_contact(campaign, "+33612345601").id)
        contact.first_name = "François"
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    assert created.adapted == 1
    page = SendingsPage(ctx, campaign, prompts)
    qtbot.addWidget(page)
    page.refresh()
    page.select(created.id)
    assert "1 message with names written without costly accents." in page.details.text()
    page.wait_for_jobs()


def test_the_cap_can_be_raised_for_one_batch(qtbot, wizard, campaign) -> None:  # noqa: F811
    long_body = "Bonjour {{ prenom }} ☀ " + "Venez nombreux à la réunion publique. " * 8
    templates.add_template(
        campaign, "long", long_body, TemplateKind.CAMPAIGN, actor="t", now=ALLOWED
    )
    templates.approve_template(campaign, "long", actor="t", now=ALLOWED)
    wizard.template_page.initializePage()
    choose(wizard, "long")
    wizard.next()
    selection = wizard.selection_page
    qtbot.waitUntil(selection.isComplete)
    assert selection.segment_cap.value() == 3 and selection.batch_cap() is None
    selection.segment_cap.setValue(10)
    assert selection.batch_cap() == 10
    wizard.next()
    create = wizard.create_page
    qtbot.waitUntil(create.isComplete, timeout=10_000)
    assert wizard.batch is not None and wizard.batch.messages == 4
    assert "over_segment_cap" not in wizard.batch.excluded
