from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from campagne_desktop.domain.enums import FooterForm, SourceKind, TemplateKind
from campagne_desktop.gui.volunteer import VolunteerWindow
from campagne_desktop.services.profile_file import write_profile_file
from campagne_desktop.services.template_file import read_template_file
from tests.conftest import sample_profile


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    return write_profile_file(sample_profile(footer_form=FooterForm.SHORT), tmp_path / "p.json")


def files_under(*roots: Path) -> set[Path]:
    return {p for root in roots for p in root.rglob("*") if p.is_file()}


def test_volunteer_previews_with_the_real_footer_and_stores_nothing(
    qtbot, profile_file, tmp_path, isolated_user_folders, prompts
) -> None:
    before = files_under(tmp_path, isolated_user_folders)
    window = VolunteerWindow(prompts.choose(profile_file))
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.empty
    assert window.open_profile()
    assert window.stack.currentWidget() is window.workspace
    assert window.editor.phone_edit.isHidden()  # no contacts in this mode

    window.editor.editor.setFocus()
    qtbot.keyClicks(window.editor.editor, "Bonjour {{ prenom }}, ")
    window.editor.editor.insertPlainText("réunion jeudi !")  # QTest types ASCII only
    qtbot.waitUntil(lambda: "Bonjour Camille, réunion" in window.editor.preview_view.toPlainText())
    footer = window.editor.footer_view.toPlainText()
    assert footer.startswith("Marie Exemple, municipales 2026")
    assert "Infos : https://exemple.fr/vie-privee" in footer  # the short form from the profile
    assert footer.endswith("STOP PROSPECTION au 36111")
    assert window.editor.last_preview is not None and window.editor.last_preview.missing == ()

    window.editor.source_combo.setCurrentIndex(
        window.editor.source_combo.findData(SourceKind.RENTED.value)
    )
    assert "Fichier loué" in window.editor.footer_view.toPlainText()

    out = tmp_path / "out"
    out.mkdir()
    window.name_edit.setText("Réunion")
    prompts.choose(lambda suggested: out / Path(suggested).name)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    exported = read_template_file(out / "Réunion.campagne-modele.json")
    assert exported.body == "Bonjour {{ prenom }}, réunion jeudi !"
    assert exported.kind is TemplateKind.CAMPAIGN

    window.close()
    created = files_under(tmp_path, isolated_user_folders) - before
    assert created == {out / "Réunion.campagne-modele.json"}
    assert not any(p.suffix == ".db" for p in files_under(tmp_path, isolated_user_folders))


def test_cancelled_or_bad_profile_keeps_the_start_page(qtbot, tmp_path, prompts) -> None:
    window = VolunteerWindow(prompts.choose(""))  # cancelled
    qtbot.addWidget(window)
    assert not window.open_profile()
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    prompts.choose(bad)
    assert not window.open_profile()
    assert window.stack.currentWidget() is window.empty
    shown = prompts.notices
    assert shown and "not a profile file" in shown[0]


def test_open_a_template_file(qtbot, profile_file, tmp_path, prompts) -> None:
    from campagne_desktop.services.template_file import write_template_file

    path = write_template_file(tmp_path / "t.json", "Accord", TemplateKind.CONSENT, "Bonjour !")
    window = VolunteerWindow(prompts.choose(profile_file, path))
    qtbot.addWidget(window)
    window.open_profile()
    qtbot.mouseClick(window.open_template_button, Qt.MouseButton.LeftButton)
    assert window.name_edit.text() == "Accord"
    assert window.editor.kind() is TemplateKind.CONSENT
    assert "Répondez OUI" in window.editor.preview_view.toPlainText()
