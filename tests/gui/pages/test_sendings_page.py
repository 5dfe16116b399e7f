from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from campagne_desktop.context import AppContext
from campagne_desktop.domain.enums import BatchState, ConsentStatus, SourceKind, TemplateKind
from campagne_desktop.gui.pages.sendings import SendingsPage
from campagne_desktop.gui.widgets.batch_report import Refusal
from campagne_desktop.gui.wizards.batch_wizard import BatchWizard, check_value
from campagne_desktop.paths import AppPaths
from campagne_desktop.providers import ExportFormat
from campagne_desktop.services import batches, templates
from campagne_desktop.services.compliance import CheckStatus
from campagne_desktop.services.contacts import get_contact
from campagne_desktop.services.profile import get_profile, update_profile
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.conftest import Clock
from tests.services import batch_steps
from tests.services.test_batches import ALLOWED, GRANTED, PENDING, _import

PARIS = ZoneInfo("Europe/Paris")
SILENCE = datetime(2026, 3, 14, 10, 0, tzinfo=PARIS)  # Saturday, eve of round one


@pytest.fixture
def clock() -> Clock:
    return Clock(ALLOWED)


@pytest.fixture
def ctx(data_dir, clock):
    return AppContext.build(AppPaths.under(data_dir), trust_keyring=True, clock=clock)


@pytest.fixture
def campaign(db, tmp_path):
    _import(db, tmp_path, "granted.csv", GRANTED, SourceKind.FORM, ConsentStatus.GRANTED, "vip")
    _import(db, tmp_path, "rented.csv", PENDING, SourceKind.RENTED, ConsentStatus.PENDING)
    for name, body, kind in (
        ("appel", "Bonjour {{ prenom }}, venez au meeting !", TemplateKind.CAMPAIGN),
        ("accord", "Bonjour {{ prenom }}, acceptez-vous nos SMS ?", TemplateKind.CONSENT),
        ("brouillon", "Pas encore prêt", TemplateKind.CAMPAIGN),
    ):
        templates.add_template(db, name, body, kind, actor="t", now=ALLOWED)
    templates.approve_template(db, "appel", actor="t", now=ALLOWED)
    templates.approve_template(db, "accord", actor="t", now=ALLOWED)
    return db


@pytest.fixture
def wizard(qtbot, ctx, campaign, prompts):
    wizard = BatchWizard(ctx, campaign, prompts)
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    wizard.runner.wait()


def choose(wizard: BatchWizard, name: str) -> None:
    combo = wizard.template_page.combo
    combo.setCurrentIndex(combo.findData(name))


def to_report(qtbot, wizard: BatchWizard, template: str = "appel") -> None:
    choose(wizard, template)
    wizard.next()
    qtbot.waitUntil(wizard.selection_page.isComplete)
    wizard.next()  # commit: creates the batch in the pool
    qtbot.waitUntil(wizard.create_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.report_page.isComplete, timeout=10_000)


def test_assistant_from_template_to_export(qtbot, wizard, campaign, tmp_path) -> None:
    page = wizard.template_page
    names = [page.combo.itemData(i) for i in range(page.combo.count())]
    assert names == ["accord", "appel"]  # the draft template is not offered
    choose(wizard, "accord")
    assert "consent request" in page.combo.currentText()
    assert "asked once" in page.kind.text()
    choose(wizard, "appel")
    assert page.body.toPlainText().startswith("Bonjour {{ prenom }}")

    wizard.next()
    selection = wizard.selection_page
    assert selection.count.text() == "4 contacts can receive this message."
    # Rented-file contacts have not consented: a campaign message reaches none of them.
    check_value(selection.kinds, SourceKind.RENTED.value)
    assert selection.count.text() == "Counting…"
    assert not selection.isComplete()
    qtbot.waitUntil(lambda: selection.reachable == 0)
    assert selection.count.text() == "0 contacts can receive this message."
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    check_value(selection.kinds, SourceKind.RENTED.value, False)
    check_value(selection.tags, "vip")
    qtbot.waitUntil(lambda: selection.reachable == 4)
    assert selection.selection() == batches.BatchSelection(tags=("vip",))
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Create the batch"

    with qtbot.waitSignal(wizard.batch_created, timeout=10_000) as created:
        wizard.next()
    batch = created.args[0]
    assert batch.messages == 4
    create = wizard.create_page
    qtbot.waitUntil(create.isComplete)
    assert f"Batch {batch.id} created: 4 messages" in create.status.text()
    assert create.excluded.rowCount() == 0  # the tag left out nobody who could receive it
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()

    wizard.next()
    report = wizard.report_page
    qtbot.waitUntil(report.isComplete, timeout=10_000)
    statuses = [status for status, _text in report.view.lines]
    assert CheckStatus.FAILED not in statuses
    assert statuses.count(CheckStatus.OK) >= 4
    texts = " ".join(text for _status, text in report.view.lines)
    assert "STOP PROSPECTION" in texts and "Sending is allowed now" in texts
    assert "✔" in report.view.text()
    assert "may be exported now" in report.view.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()

    wizard.next()
    panel = wizard.export_page.panel
    assert ExportFormat(panel.format.currentData()) is ExportFormat.GENERIC  # profile default
    panel.format.setCurrentIndex(panel.format.findData(ExportFormat.OVH.value))
    out = tmp_path / "envoi-ovh.csv"
    wizard.prompts.choose(out)
    with qtbot.waitSignal(wizard.exported, timeout=10_000) as exported:
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    suggested = [Path(a.text).name for a in wizard.prompts.asked if a.kind == "save_file"]
    assert suggested == [f"envoi-{batch.id}-ovh.csv"]
    assert exported.args[0].rows == 4
    assert "4 messages written to" in panel.status.text()
    assert panel.hint.isVisibleTo(panel) and "#message#" in panel.hint.text()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["number", "message"]
    assert {r[0] for r in rows[1:]} == {
        "+33612345601",
        "+33612345602",
        "+33612345603",
        "+590690123456",
    }
    assert all("STOP" in r[1] for r in rows[1:])
    assert batches.get_batch(UnitOfWork(campaign), batch.id).state is BatchState.EXPORTED
    wizard.accept()
    assert wizard.export_result is not None and wizard.export_result.path == out


def test_consent_request_exclusions_are_listed_in_words(qtbot, wizard) -> None:
    choose(wizard, "accord")
    wizard.next()
    selection = wizard.selection_page
    assert selection.reachable == 2
    assert not selection.since.isEnabled()
    selection.since_check.setChecked(True)
    assert selection.since.isEnabled() and selection.since.date() == QDate(2026, 2, 24)
    selection.since.setDate(QDate(2026, 3, 1))
    assert selection.selection().not_messaged_since == date(2026, 3, 1)
    qtbot.waitUntil(selection.isComplete)
    assert "messaged since the date will be left out" in selection.count.text()
    wizard.next()
    create = wizard.create_page
    qtbot.waitUntil(create.isComplete, timeout=10_000)
    assert create.excluded.rowCount() == 1
    assert create.excluded.item(0, 0).text() == "no consent for this kind of message"
    assert create.excluded.item(0, 1).text() == "4"


def test_export_refused_in_electoral_silence_names_the_next_moment(
    qtbot, wizard, clock, tmp_path
) -> None:
    to_report(qtbot, wizard)
    assert wizard.report_page.report.passed
    wizard.next()
    clock.now = SILENCE  # the user left the assistant open until the eve of the vote
    out = tmp_path / "trop-tard.csv"
    wizard.prompts.choose(out)
    panel = wizard.export_page.panel
    with qtbot.waitSignal(panel.refused, timeout=10_000) as refused:
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert isinstance(refused.args[0], Refusal)
    text = panel.status.text()
    assert text.startswith("Export refused: no file was written.")
    assert "electoral silence" in text
    # Monday 08:00 in Guadeloupe, where one recipient lives, is 13:00 in Paris.
    assert "Next allowed moment: Mon 16/03/2026 13:00." in text
    assert "Traceback" not in text
    assert not out.exists()
    assert wizard.export_result is None


def test_report_in_silence_ends_with_the_next_allowed_moment(qtbot, wizard, clock) -> None:
    clock.now = SILENCE
    to_report(qtbot, wizard)
    view = wizard.report_page.view
    failed = [text for status, text in view.lines if status is CheckStatus.FAILED]
    assert len(failed) == 1 and failed[0].startswith("Not now: electoral silence")
    assert view.next_allowed == "Mon 16/03/2026 13:00"  # 08:00 for the Guadeloupe recipient
    assert "✘" in view.text() and "cannot be exported now" in view.text()
    assert wizard.report_page.nextId() == -1
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()


@pytest.fixture
def page(qtbot, ctx, campaign, prompts):
    page = SendingsPage(ctx, campaign, prompts)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.wait_for_jobs()


def test_page_lists_batches_and_creates_through_the_assistant(qtbot, page, ctx, campaign) -> None:
    assert page.tree.topLevelItemCount() == 0 and page.empty.isVisibleTo(page)
    assert not page.check_button.isEnabled()

    def fake_wizard(ctx, db, _parent) -> None:
        batches.create_batch(UnitOfWork(db), "appel", actor="t", now=ctx.clock())

    page.run_wizard = fake_wizard
    with qtbot.waitSignal(page.batches_changed):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.tree.topLevelItemCount() == 1
    item = page.tree.topLevelItem(0)
    segments = batches.list_batches(UnitOfWork(campaign))[0].segments
    assert [item.text(c) for c in range(4)] == ["1", "appel", "Draft (not checked)", "4"]
    assert item.text(4) == str(segments)
    assert item.text(5) == f"€{segments * 0.05:.2f}"  # the English interface writes €0.40
    assert item.text(6) == "03/03/2026 14:00"  # created 13:00 UTC, shown in the campaign's zone
    assert "no consent for this kind of message: 2" in page.details.text()


def test_check_shows_the_report_and_export_is_refused_in_silence(
    qtbot, page, campaign, clock, tmp_path
) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    page.refresh()
    page.select(created.id)
    job = page.check()
    qtbot.waitUntil(lambda: page.report_dialog is not None, timeout=10_000)
    assert job is not None and job.done.is_set()
    # The verdict and when, in the campaign's time: 14:00 in Paris (ALLOWED).
    assert page.tree.topLevelItem(0).text(2) == ALLOWED.strftime("Checked: passed (%d/%m %H:%M)")
    assert all(status is not CheckStatus.FAILED for status, _ in page.report_dialog.view.lines)
    page.report_dialog.close()

    clock.now = SILENCE
    page.prompts.choose(tmp_path / "x.csv")
    dialog = page.export()
    assert dialog is not None
    with qtbot.waitSignal(dialog.panel.refused, timeout=10_000):
        qtbot.mouseClick(dialog.panel.button, Qt.MouseButton.LeftButton)
    assert "Next allowed moment: Mon 16/03/2026 13:00." in dialog.panel.status.text()
    assert not (tmp_path / "x.csv").exists()
    dialog.close()


def test_a_refused_check_shows_on_the_draft(qtbot, page, campaign, clock) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    clock.now = SILENCE
    page.refresh()
    page.select(created.id)
    assert page.tree.topLevelItem(0).text(2) == "Draft (not checked)"
    page.check()
    qtbot.waitUntil(lambda: page.report_dialog is not None, timeout=10_000)
    page.report_dialog.close()
    assert page.tree.topLevelItem(0).text(2) == "Checked: refused (14/03 10:00)"


def test_a_new_batch_is_selected_so_check_and_export_act_on_it(qtbot, page, campaign) -> None:
    first = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    page.refresh()
    page.select(first.id)
    assert page.selected_batch().id == first.id

    def fake_wizard(ctx, db, _parent):
        return batches.create_batch(UnitOfWork(db), "accord", actor="t", now=ctx.clock())

    page.run_wizard = fake_wizard
    with qtbot.waitSignal(page.batches_changed):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.selected_batch().template == "accord"
    assert page.selected_batch().id != first.id


def test_second_export_needs_the_again_box(qtbot, page, campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    batch_steps.export(campaign, created.id, tmp_path / "a.csv", now=ALLOWED)
    page.refresh()
    assert page.tree.topLevelItem(0).text(2) == "Exported"
    page.prompts.choose(tmp_path / "b.csv", tmp_path / "b.csv")  # asked at each click
    dialog = page.export()
    panel = dialog.panel
    assert panel.again.isVisibleTo(panel) and not panel.again.isChecked()
    with qtbot.waitSignal(panel.refused, timeout=10_000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert "already exported" in panel.status.text()
    assert not (tmp_path / "b.csv").exists()
    panel.again.setChecked(True)
    with qtbot.waitSignal(panel.exported, timeout=10_000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "b.csv").exists()
    dialog.close()


def test_replies_and_ledger(qtbot, page, campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    batch_steps.export(campaign, created.id, tmp_path / "a.csv", now=ALLOWED)
    replies = tmp_path / "reponses.csv"
    replies.write_text(
        "Numéro,Message\n+33734567801,OUI\n+33734567802,Stop prospection\n"
        "+33612345601,Vous pouvez arrêter avec vos messages\n"
        "+33612345603,Qui êtes-vous ?\n",
        encoding="utf-8",
    )
    page.prompts.choose(replies)
    qtbot.mouseClick(page.replies_button, Qt.MouseButton.LeftButton)
    shown = page.prompts.notices
    assert "Opt-outs recorded: 2; consents granted: 1" in page.status.text()
    assert len(shown) == 1 and "Qui êtes-vous ?" in shown[0]  # a person reads the rest
    assert get_contact(campaign, PENDING[0]).consent is ConsentStatus.GRANTED

    ledger = tmp_path / "depenses.csv"
    page.prompts.choose(ledger)
    qtbot.mouseClick(page.ledger_button, Qt.MouseButton.LeftButton)
    assert "Ledger written to" in page.status.text()
    assert len(ledger.read_text(encoding="utf-8-sig").splitlines()) >= 2


def test_profile_provider_sets_the_default_format(qtbot, wizard, campaign) -> None:
    update_profile(
        campaign, get_profile(campaign).with_changes(provider="brevo"), actor="t", now=ALLOWED
    )
    to_report(qtbot, wizard)
    wizard.next()
    panel = wizard.export_page.panel
    assert ExportFormat(panel.format.currentData()) is ExportFormat.BREVO


def test_finishing_without_exporting_asks_first(qtbot, wizard) -> None:
    to_report(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == wizard.EXPORT
    wizard.prompts.answer(False)  # "No": stay
    wizard.accept()
    assert wizard.prompts.titles == ["No file exported"] and wizard.isVisible()
    wizard.prompts.answer(True)
    wizard.accept()
    assert not wizard.isVisible()


def test_split_by_time_zone_from_the_page(qtbot, page, campaign) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    page.refresh()
    page.select(created.id)
    assert page.split_button.isEnabled()
    with qtbot.waitSignal(page.batches_changed):
        page.split_button.click()
    assert sorted(b.messages for b in page.batches) == [1, 3]  # Guadeloupe apart
    assert created.id not in {b.id for b in page.batches}
    assert "one per time zone" in page.status.text()


def test_discard_asks_first_and_frees_the_people(qtbot, page, campaign) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    page.refresh()
    page.select(created.id)
    assert page.discard_button.isEnabled()
    page.prompts.answer(False)
    assert page.discard() is False
    assert page.tree.topLevelItemCount() == 1
    page.prompts.answer(True)
    with qtbot.waitSignal(page.batches_changed):
        qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    asked = page.prompts.questions
    assert [a.kind for a in page.prompts.asked] == ["ask_discard"] * 2 and "2 messages" in asked[0]
    assert page.tree.topLevelItemCount() == 0
    assert "Batch 1 discarded." in page.status.text()
    again = batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    assert again.messages == 2


def test_exported_batch_cannot_be_discarded_from_the_page(qtbot, page, campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    batch_steps.export(campaign, created.id, tmp_path / "e.csv", now=ALLOWED)
    page.refresh()
    page.select(created.id)
    assert not page.discard_button.isEnabled()
    assert page.discard() is False
    assert page.prompts.asked == []  # not even asked


def test_double_click_shows_the_frozen_messages(qtbot, page, campaign) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    page.refresh()
    page.select(created.id)
    page.tree.itemDoubleClicked.emit(page.tree.currentItem(), 0)
    dialog = page.messages_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    numbers = {model.data(model.index(row, 0)) for row in range(4)}
    assert "06 12 34 56 01" in numbers
    assert "STOP PROSPECTION" in model.data(model.index(0, 3))
    assert model.data(model.index(0, 1)) == "To send"
    dialog.close()


def test_messages_model_reads_a_page_at_a_time(qtbot, campaign) -> None:
    from PySide6.QtCore import QModelIndex

    from campagne_desktop.gui.dialogs.batch_messages import BatchMessagesModel

    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    model = BatchMessagesModel(campaign, created.id, page_size=3)
    assert (model.total, model.rowCount(), model.queries) == (4, 0, 0)
    root = QModelIndex()
    model.fetchMore(root)
    assert (model.rowCount(), model.canFetchMore(root)) == (3, True)
    model.fetchMore(root)
    assert (model.rowCount(), model.canFetchMore(root), model.queries) == (4, False, 2)
