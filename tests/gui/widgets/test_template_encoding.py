"""The editor shows both footer forms and smart encoding; approval offers the fixer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from campagne_desktop.domain.enums import SourceKind, TemplateKind
from campagne_desktop.gui.dialogs.fix_dialog import FixDialog
from campagne_desktop.services import templates
from tests.gui.pages.test_messages_page import BODY, add_contact, page  # noqa: F401 - the fixture


def test_the_editor_shows_the_cost_with_each_footer(qtbot, page) -> None:  # noqa: F811
    page.editor.set_content(TemplateKind.CAMPAIGN, BODY)
    shown = page.editor.last_preview
    assert shown is not None and shown.short_segments is not None
    text = page.editor.forms_label.text()
    assert f"With the full footer: {shown.full_segments} SMS" in text
    assert f"with the short footer: {shown.short_segments} SMS" in text


def test_the_preview_on_a_contact_says_the_name_was_adapted(qtbot, page, db) -> None:  # noqa: F811
    add_contact(db, "François", "Œuvray", SourceKind.FORM, "formulaire")
    page.editor.set_content(TemplateKind.CAMPAIGN, "Bonjour {{ prenom }} {{ nom }} !")
    assert not page.editor.adapted_label.isVisibleTo(page)
    page.editor.phone_edit.setText("06 12 34 56 78")
    qtbot.waitUntil(lambda: "Bonjour Francois OEuvray !" in page.editor.preview_view.toPlainText())
    assert page.editor.adapted_label.isVisibleTo(page)
    assert "standard characters" in page.editor.counter_label.text()


def test_approval_offers_the_fixer_when_the_text_forces_ucs2(
    qtbot,
    page,  # noqa: F811
    db,
    monkeypatch,
) -> None:
    monkeypatch.setattr(FixDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.name_edit.setText("Typo")
    page.editor.set_content(TemplateKind.CAMPAIGN, "C’est l’heure, {{ prenom }}…")
    page.prompts.asked.clear()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.prompts.titles == ["Special characters", "Approve the template"]
    approved = templates.require_approved(db, "Typo")
    assert approved.body == "C'est l'heure, {{ prenom }}..."


def test_approval_without_the_fixer_keeps_the_words(qtbot, page, db) -> None:  # noqa: F811
    page.name_edit.setText("Typo")
    page.editor.set_content(TemplateKind.CAMPAIGN, "C’est l’heure, {{ prenom }}")
    page.prompts.answer(False, True)  # no to the fixer, yes to the approval
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert templates.require_approved(db, "Typo").body == "C’est l’heure, {{ prenom }}"


def test_no_fixer_question_for_a_gsm7_text(qtbot, page) -> None:  # noqa: F811
    page.name_edit.setText("Propre")
    page.editor.set_content(TemplateKind.CAMPAIGN, BODY)
    page.prompts.asked.clear()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.prompts.titles == ["Approve the template"]
