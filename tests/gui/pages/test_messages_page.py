from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from campagne_desktop.domain.enums import SourceKind, TemplateKind
from campagne_desktop.domain.gsm_transliteration import propose_fixes
from campagne_desktop.gui.dialogs.fix_dialog import FixDialog
from campagne_desktop.gui.pages.messages import MessagesPage
from campagne_desktop.services import templates
from campagne_desktop.storage.models import Contact, Source

BODY = "Bonjour {{ prenom }}, votez {{ candidat }} !"


@pytest.fixture
def page(qtbot, ctx, db, prompts) -> MessagesPage:
    widget = MessagesPage(ctx, db, prompts)
    prompts.always = True
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def type_text(qtbot, page: MessagesPage, text: str) -> None:
    page.editor.editor.setFocus()
    qtbot.keyClicks(page.editor.editor, text)


def add_contact(db, first_name: str, last_name: str, kind: SourceKind, description: str) -> None:
    """One consenting contact, +33612345678 (06 12 34 56 78), with its source."""
    when = datetime(2026, 1, 2, tzinfo=UTC)
    with db.session() as session:
        source = Source(
            kind=kind.value,
            description=description,
            obtained_on=date(2026, 1, 2),
            imported_by="t",
            created_at=when,
        )
        session.add(source)
        session.flush()
        session.add(
            Contact(
                phone="+33612345678",
                first_name=first_name,
                last_name=last_name,
                source_id=source.id,
                consent="granted",
                created_at=when,
                updated_at=when,
            )
        )


def test_typing_updates_preview_and_counter_after_the_pause(qtbot, page) -> None:
    assert page.current is None  # no templates yet: a new one is open
    type_text(qtbot, page, "Bonjour {{ prenom }} !")
    # The preview waits for typing to stop; then the sample's first name and the footer appear.
    qtbot.waitUntil(lambda: "Bonjour Camille !" in page.editor.preview_view.toPlainText())
    shown = page.editor.preview_view.toPlainText()
    assert shown.endswith("STOP PROSPECTION au 36111")
    assert "Vos droits : donnees@exemple.fr" in page.editor.footer_view.toPlainText()
    assert page.editor.footer_view.isReadOnly()
    assert " SMS · standard characters · " in page.editor.counter_label.text()

    page.editor.editor.insertPlainText(" « oui »")  # QTest types ASCII only
    qtbot.waitUntil(lambda: "special characters" in page.editor.counter_label.text())
    assert "«" in page.editor.ucs2_label.text()
    assert page.editor.fix_button.isEnabled()


def test_template_error_is_shown_with_its_line(qtbot, page) -> None:
    type_text(qtbot, page, "Bonjour {{ adresse }}")
    qtbot.waitUntil(lambda: page.editor.error_label.isVisible())
    assert "unknown variable 'adresse'" in page.editor.error_label.text()
    assert page.editor.counter_label.text() == "–"


def test_fix_button_applies_the_replacements_shown(qtbot, page, monkeypatch) -> None:
    monkeypatch.setattr(FixDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.editor.set_content(TemplateKind.CAMPAIGN, "C’est l’heure « maintenant »…")
    assert page.editor.last_preview.segments.encoding.value == "UCS-2"
    qtbot.mouseClick(page.editor.fix_button, Qt.MouseButton.LeftButton)
    assert page.editor.body() == "C'est l'heure \" maintenant \"..."
    assert "standard characters" in page.editor.counter_label.text()
    assert not page.editor.fix_button.isEnabled()
    page.editor.editor.undo()  # one undo step brings the original back
    assert page.editor.body() == "C’est l’heure « maintenant »…"


def test_fix_dialog_applies_only_ticked_replacements(qtbot) -> None:
    text = "L’été « ici »"
    dialog = FixDialog(text, propose_fixes(text))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert [f.original for f in dialog.chosen()] == ["«", "»"]


def test_save_then_approve_changes_status_in_list(qtbot, page, db) -> None:
    page.name_edit.setText("Relance")
    page.editor.set_content(TemplateKind.CAMPAIGN, BODY)
    assert page.save()
    assert page.item_status("Relance") == "Draft"
    page.prompts.asked.clear()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.prompts.titles == ["Approve the template"]
    assert page.item_status("Relance") == "Approved"
    assert templates.require_approved(db, "Relance").approved_by == page.ctx.actor
    assert not page.approve_button.isEnabled()

    type_text(qtbot, page, " Merci.")
    assert page.approve_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.item_status("Relance") == "Draft"


def test_approval_refused_when_not_confirmed(qtbot, page, db) -> None:
    page.name_edit.setText("Relance")
    page.editor.set_content(TemplateKind.CAMPAIGN, BODY)
    page.prompts.always = False
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.item_status("Relance") == "Draft"  # saved, not approved


def test_preview_on_a_real_contact(qtbot, page, db) -> None:
    add_contact(db, "Zoé", "Fictive", SourceKind.RENTED, "fichier Société Y, 3 mars")
    page.editor.set_content(TemplateKind.CAMPAIGN, BODY)
    page.editor.phone_edit.setText("06 12 34 56 78")
    qtbot.waitUntil(lambda: "Bonjour Zoé" in page.editor.preview_view.toPlainText())
    assert "Fichier loué : fichier Société Y, 3 mars" in page.editor.footer_view.toPlainText()
    page.editor.phone_edit.setText("06 99 99 99 99")
    qtbot.waitUntil(lambda: page.editor.error_label.isVisible())
    assert "No contact" in page.editor.error_label.text()


def test_existing_templates_listed_and_loaded(qtbot, ctx, db, prompts) -> None:
    templates.add_template(db, "Accord", BODY, TemplateKind.CONSENT, actor="t", now=ctx.clock())
    widget = MessagesPage(ctx, db, prompts)
    qtbot.addWidget(widget)
    assert widget.current is not None and widget.current.name == "Accord"
    assert widget.editor.kind() is TemplateKind.CONSENT
    assert "Répondez OUI" in widget.editor.preview_view.toPlainText()


def test_export_profile_and_template_files(qtbot, page, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    page.name_edit.setText("Relance")
    page.editor.set_content(TemplateKind.CAMPAIGN, BODY)
    page.save()
    page.prompts.choose(*[lambda suggested: out / Path(suggested).name] * 2)
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Relance.campagne-modele.json", "profil.campagne-profil.json"]
    exported = json.loads((out / names[0]).read_text(encoding="utf-8"))
    assert exported["body"] == BODY

    page.prompts.choose(out / names[0])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and page.current.name == "Relance (2)"
    assert page.item_status("Relance (2)") == "Draft"


def test_a_message_over_the_sms_cap_says_it_will_be_left_out(qtbot, page) -> None:
    page.editor.editor.insertPlainText("Un long message. " * 40)
    qtbot.waitUntil(lambda: "over the limit of 3 SMS" in page.editor.counter_label.text())
    assert "color: #c92a2a" in page.editor.counter_label.styleSheet()


def test_the_legal_notice_says_what_it_costs(qtbot, page) -> None:
    page.editor.editor.insertPlainText("Bonjour")
    qtbot.waitUntil(lambda: "characters" in page.editor.footer_title.text())
    footer = page.editor.footer_view.toPlainText()
    assert f"{len(footer)} characters" in page.editor.footer_title.text()


def test_special_characters_never_widen_the_window_past_a_laptop_screen(
    qtbot, ctx, db, prompts
) -> None:
    from campagne_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, db, prompts)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.navigation.setCurrentRow(2)
    editor = window.messages_page.editor
    editor.editor.setFocus()
    # QTest can only type ASCII keys: the accents arrive as typed text does, through the editor.
    qtbot.keyClicks(editor.editor, "Bonjour ")
    editor.editor.insertPlainText("Fête ’ « Noël » à l’école, Œuvray")
    qtbot.waitUntil(lambda: editor.ucs2_label.isVisible())
    # Plain words, not encoding names; and Save/Approve stay on a 1366-pixel screen.
    assert "special characters" in editor.counter_label.text()
    assert "UCS" not in editor.counter_label.text() + editor.ucs2_label.text()
    assert window.minimumSizeHint().width() <= 1366
    assert window.width() <= 1366
