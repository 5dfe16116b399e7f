"""No two controls of one window answer the same Alt+letter, in English or in French.

A mnemonic (the underlined letter, "&Help") is active for every visible control of its window:
two of them on one screen make Alt+letter cycle between them instead of acting. Each scope is
what is visible together: the main window's menu bar with one page, each menu, each page of an
assistant with its buttons, each dialog.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
    QWizard,
)

from campagne_desktop.gui.dialogs.contact_dialog import ConsentDialog
from campagne_desktop.gui.dialogs.held_replies import HeldRepliesDialog
from campagne_desktop.gui.dialogs.provider_dialog import ProviderDialog
from campagne_desktop.gui.dialogs.rights_dialog import RightsDialog
from campagne_desktop.gui.formatting import apply_interface_locale
from campagne_desktop.gui.main_window import MainWindow
from campagne_desktop.gui.translation import install_translators
from campagne_desktop.gui.wizards.batch_wizard import BatchWizard
from campagne_desktop.gui.wizards.first_run import FirstRunWizard
from campagne_desktop.gui.wizards.import_wizard import ImportWizard
from tests.gui.fakes import ScriptedPrompts


def wizard_buttons(wizard: QWizard, page_id: int) -> list[str]:
    """The buttons shown under one page: Back, Cancel, and Next, Commit or Finish."""
    page = wizard.page(page_id)
    if page.isCommitPage():
        forward = QWizard.WizardButton.CommitButton
    elif page.nextId() == -1:
        forward = QWizard.WizardButton.FinishButton
    else:
        forward = QWizard.WizardButton.NextButton
    shown = (QWizard.WizardButton.BackButton, forward, QWizard.WizardButton.CancelButton)
    return [wizard.buttonText(button) for button in shown]


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def labelled(widget: QWidget) -> list[str]:
    """The texts of ``widget`` that carry a mnemonic Qt honours."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    return []


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def visible_texts(root: QWidget, extra: list[str] = ()) -> list[str]:
    texts = list(extra)
    for widget in [root, *root.findChildren(QWidget)]:
        if (widget is root or widget.isVisibleTo(root)) and not isinstance(widget, QMenu):
            texts += labelled(widget)
    return texts


def scopes(qtbot, ctx, db) -> Iterator[tuple[str, list[str]]]:
    prompts = ScriptedPrompts()  # nothing is asked: the texts are only read
    window = MainWindow(ctx, db, prompts)
    qtbot.addWidget(window)
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        yield f"main window, page {index}", visible_texts(window)
    for menu in window.menuBar().findChildren(QMenu):
        yield f"menu {menu.title()}", [a.text() for a in menu.actions() if a.isVisible()]
    for name, wizard in (
        ("new batch", BatchWizard(ctx, db, prompts)),
        ("import", ImportWizard(ctx, db, prompts)),
        ("first run", FirstRunWizard(ctx, prompts)),
    ):
        qtbot.addWidget(wizard)
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            buttons = wizard_buttons(wizard, page_id)
            yield f"{name} assistant, page {page_id}", visible_texts(page, buttons)
    for name, dialog in (
        ("provider", ProviderDialog(ctx, db)),
        ("rights", RightsDialog(ctx, db, prompts)),
        ("held replies", HeldRepliesDialog(ctx, db, prompts)),
        ("consent", ConsentDialog("0612345678")),
    ):
        qtbot.addWidget(dialog)
        yield f"{name} dialog", visible_texts(dialog)


def assert_no_clash(qtbot, ctx, db) -> None:
    found = {scope: clash for scope, texts in scopes(qtbot, ctx, db) if (clash := clashes(texts))}
    assert found == {}


@pytest.fixture
def french(qapp) -> Iterator[None]:
    installed = install_translators(qapp, "fr")
    apply_interface_locale("fr")
    yield
    apply_interface_locale("en")
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_collector_sees_a_clash() -> None:
    assert clashes(["C&heck", "&Help", "Save && &quit"]) == {"H": ["C&heck", "&Help"]}


def test_no_accelerator_clash_in_english(qtbot, ctx, db) -> None:
    assert_no_clash(qtbot, ctx, db)


def test_no_accelerator_clash_in_french(qtbot, ctx, db, french) -> None:
    assert_no_clash(qtbot, ctx, db)
