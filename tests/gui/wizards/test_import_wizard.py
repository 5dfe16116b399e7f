from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from campagne_desktop.domain.enums import ConsentStatus, SourceKind
from campagne_desktop.gui.wizards import import_wizard
from campagne_desktop.gui.wizards.import_wizard import ImportWizard
from campagne_desktop.services.contacts import count_contacts, get_contact, list_contacts
from tests.gui.fakes import ScriptedPrompts
from tests.gui.widgets.test_contacts_model import contacts_csv

EXCEL_CP1252 = (
    "Prénom;Nom;Téléphone portable;Ville;Remarque\r\n"
    "Jeanne;Martin;612345678;Lyon;bénévole\r\n"  # Excel ate the leading zero
    "Éloïse;Durand;07 34 56 78 90;Saint-Étienne;\r\n"
    "Zoé;Lemoine;01 42 00 00 00;Paris;\r\n"  # a landline
    "Anne;Petit;0690 12 34 56;Pointe-à-Pitre;tractage\r\n"
)


@pytest.fixture
def excel_file(tmp_path):
    path = tmp_path / "bénévoles.csv"
    path.write_bytes(EXCEL_CP1252.encode("cp1252"))
    return path


def make_wizard(qtbot, ctx, db, path=None) -> ImportWizard:
    wizard = ImportWizard(ctx, db, ScriptedPrompts())
    qtbot.addWidget(wizard)
    if path is not None:
        wizard.prompts.choose(path)
        qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    wizard.show()
    return wizard


def declare(wizard: ImportWizard, kind=SourceKind.FORM, description="Formulaire du marché") -> None:
    page = wizard.source_page
    page.kind.setCurrentIndex(page.kind.findData(kind.value))
    page.description.setText(description)
    page.wording.setPlainText("J'accepte de recevoir des SMS de la campagne")


def to_check_page(qtbot, wizard: ImportWizard) -> None:
    wizard.next()  # -> mapping
    wizard.next()  # -> source
    declare(wizard)
    page = wizard.source_page
    page.consent.setCurrentIndex(page.consent.findData(ConsentStatus.GRANTED.value))
    wizard.next()  # -> dry run
    qtbot.waitUntil(lambda: wizard.check_page.report is not None)


def test_from_file_to_import_with_a_mapping_change(qtbot, ctx, db, excel_file) -> None:
    wizard = make_wizard(qtbot, ctx, db, excel_file)
    preview = wizard.file_page.table
    assert preview.rowCount() == 4
    assert preview.horizontalHeaderItem(0).text() == "Prénom"
    assert preview.item(1, 3).text() == "Saint-Étienne"  # cp1252 decoded
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos["phone"].currentText() == "Téléphone portable"
    assert mapping.combos["commune"].currentText() == "Ville"
    assert mapping.table.item(0, 2).text() == "06 12 34 56 78"
    assert "landline" in mapping.table.item(2, 2).text()
    # The user moves "Remarque" into the tags and drops the commune.
    mapping.combos["tags"].setCurrentIndex(mapping.combos["tags"].findText("Remarque"))
    mapping.combos["commune"].setCurrentIndex(0)
    assert wizard.overrides == ["commune=", "tags=Remarque"]
    assert mapping.table.item(0, 7).text() == "bénévole"
    assert mapping.table.item(0, 5).text() == ""

    wizard.next()
    declare(wizard)
    source = wizard.source_page
    source.consent.setCurrentIndex(source.consent.findData(ConsentStatus.GRANTED.value))
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.report is not None)
    assert check.figures["accepted"].text() == "3"
    assert check.figures["landlines"].text() == "1"
    assert check.rejected.rowCount() == 1
    assert check.rejected.item(0, 0).text() == "4"
    assert count_contacts(db) == 0  # the dry run wrote nothing
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        wizard.next()
    assert imported.args[0].accepted == 3
    qtbot.waitUntil(lambda: wizard.import_page.isComplete())
    assert wizard.import_page.status.text() == "3 contacts imported."
    wizard.accept()
    jeanne = get_contact(db, "0612345678")
    assert jeanne.commune == "" and jeanne.tags == ("bénévole",)
    assert jeanne.consent is ConsentStatus.GRANTED
    assert jeanne.source_description == "Formulaire du marché"
    assert {c.phone for c in list_contacts(db)} == {"+33612345678", "+33734567890", "+590690123456"}


def test_phone_column_must_be_chosen_when_not_guessed(qtbot, ctx, db, tmp_path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Qui;Infos\nJeanne;06 12 34 56 78\n", encoding="utf-8")
    wizard = make_wizard(qtbot, ctx, db, path)
    wizard.next()
    mapping = wizard.mapping_page
    assert not mapping.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "mobile numbers" in mapping.error.text()
    mapping.combos["phone"].setCurrentIndex(mapping.combos["phone"].findText("Infos"))
    assert mapping.isComplete()
    assert wizard.overrides == ["phone=Infos"]
    assert mapping.table.item(0, 2).text() == "06 12 34 56 78"


def test_source_page_limits_consent_and_warns_live(qtbot, ctx, db, excel_file) -> None:
    wizard = make_wizard(qtbot, ctx, db, excel_file)
    wizard.next()
    wizard.next()
    page = wizard.source_page
    assert not page.isComplete()  # a description is required
    page.kind.setCurrentIndex(page.kind.findData(SourceKind.RENTED.value))
    assert [page.consent.itemData(i) for i in range(page.consent.count())] == ["pending"]
    assert "one" in page.consent_note.text()
    page.kind.setCurrentIndex(page.kind.findData(SourceKind.NEWSLETTER.value))
    assert page.consent.findData("granted") >= 0
    assert page.warning.isHidden()
    page.description.setText("Fichier de la mairie (état civil)")
    assert page.warning.isVisible()
    assert "municipal" in page.warning.text()
    page.description.setText("Inscrits à la lettre")
    assert page.warning.isHidden()
    assert page.isComplete()


def test_cancel_during_import_leaves_nothing(qtbot, ctx, db, tmp_path, monkeypatch) -> None:
    path = contacts_csv(tmp_path, 3000)
    real = import_wizard.import_contacts
    reached, proceed = threading.Event(), threading.Event()

    def gated(*args, **kwargs):
        if kwargs["dry_run"]:
            return real(*args, **kwargs)
        progress = kwargs["progress"]

        def hook(rows: int) -> bool:
            if rows >= 2500:  # the first 2,000 rows are already inserted
                reached.set()
                proceed.wait(10)
            return progress(rows)

        return real(*args, **{**kwargs, "progress": hook})

    monkeypatch.setattr(import_wizard, "import_contacts", gated)
    wizard = make_wizard(qtbot, ctx, db, path)
    to_check_page(qtbot, wizard)
    assert wizard.check_page.figures["accepted"].text() == "3,000"
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(reached.is_set)
    assert page.progress.maximum() == 3000
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    proceed.set()
    qtbot.waitUntil(page.isComplete)
    wizard.runner.wait()
    assert "nothing was imported" in page.status.text()
    assert wizard.report is None
    assert count_contacts(db) == 0


def test_closing_the_wizard_cancels_and_waits(qtbot, ctx, db, tmp_path) -> None:
    wizard = make_wizard(qtbot, ctx, db, contacts_csv(tmp_path, 1200))
    to_check_page(qtbot, wizard)
    job = wizard.start(dry_run=False)
    job.cancel()  # cancelled before it even starts: the service is never reached
    wizard.reject()
    assert job.done.is_set()
    assert count_contacts(db) == 0


def test_random_binary_file_shows_a_clear_error(qtbot, ctx, db, tmp_path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(os.urandom(4096))
    wizard = make_wizard(qtbot, ctx, db, path)
    page = wizard.file_page
    assert page.error.isVisible()
    assert "cannot be read" in page.error.text() or "photo.csv" in page.error.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # A good file afterwards clears the error.
    page.load(contacts_csv(tmp_path, 3))
    assert page.error.isHidden() and page.isComplete()


def test_dropping_a_file_loads_it(qtbot, ctx, db, excel_file) -> None:
    wizard = make_wizard(qtbot, ctx, db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(excel_file))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wizard.file_page.dropEvent(event)
    assert wizard.file_page.path_edit.text() == str(excel_file)
    assert wizard.file_page.table.rowCount() == 4


def test_rented_file_needs_the_collection_wording(qtbot, ctx, db, excel_file) -> None:
    wizard = make_wizard(qtbot, ctx, db, excel_file)
    wizard.next()
    wizard.next()
    page = wizard.source_page
    page.kind.setCurrentIndex(page.kind.findData(SourceKind.RENTED.value))
    page.description.setText("liste louée à Société X le 2 février")
    assert not page.isComplete()
    assert "political" in page.wording_note.text()
    page.wording.setPlainText("Vos données pourront être utilisées à des fins politiques.")
    assert page.isComplete()
    page.kind.setCurrentIndex(page.kind.findData(SourceKind.FORM.value))
    page.wording.setPlainText("")
    assert page.isComplete()


def test_source_page_shows_the_footer_line_live(qtbot, ctx, db, excel_file) -> None:
    wizard = make_wizard(qtbot, ctx, db, excel_file)
    wizard.next()
    wizard.next()
    page = wizard.source_page
    page.kind.setCurrentIndex(page.kind.findData(SourceKind.OTHER.value))
    page.description.setText("fichier des abonnés")
    assert "Source : fichier des abonnés" in page.footer_line.text()
    page.description.setText("abonnés de la lettre")
    assert "Source : abonnés de la lettre" in page.footer_line.text()
    page.kind.setCurrentIndex(page.kind.findData(SourceKind.FORM.value))
    assert "Numéro recueilli via notre formulaire" in page.footer_line.text()


class _FinishesAtOnce:
    """A pool whose jobs are done before ``start`` returns, as a small file on a busy machine."""

    def start(self, job) -> None:
        job.run()

    def waitForDone(self) -> None:
        pass


def test_a_job_done_before_start_returns_is_still_heard(qtbot, ctx, db, tmp_path) -> None:
    wizard = make_wizard(qtbot, ctx, db, contacts_csv(tmp_path, 3))
    wizard.runner.pool = _FinishesAtOnce()
    to_check_page(qtbot, wizard)  # the dry run's report reaches the page
    assert wizard.check_page.figures["accepted"].text() == "3"
    with qtbot.waitSignal(wizard.imported, timeout=1000) as imported:
        wizard.next()
    assert imported.args[0].accepted == 3
    assert wizard.import_page.isComplete()
    assert count_contacts(db) == 3
