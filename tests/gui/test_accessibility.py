"""Accessibility: on the demonstration campaign, every control of every page, of the main
assistants and of the main dialogs has a name a screen reader can say, every button can be
reached with the keyboard, and the side navigation and each page's main action have keys.

The name checked is the one Qt gives assistive technologies (``QAccessible``): the control's
accessible name, its own text, or the text of the label whose buddy it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from campagne_desktop.context import PassphrasePurpose
from campagne_desktop.gui.dialogs.batch_messages import BatchMessagesDialog
from campagne_desktop.gui.dialogs.contact_dialog import ConsentDialog, ContactDialog
from campagne_desktop.gui.dialogs.held_replies import HeldRepliesDialog
from campagne_desktop.gui.dialogs.passphrase_dialog import PassphraseDialog
from campagne_desktop.gui.dialogs.provider_dialog import ProviderDialog
from campagne_desktop.gui.dialogs.rights_dialog import RightsDialog
from campagne_desktop.gui.dialogs.send_dialog import SendDialog
from campagne_desktop.gui.jobs import JobRunner
from campagne_desktop.gui.main_window import MainWindow
from campagne_desktop.gui.pages.optouts import AddOptOutDialog, RemoveOptOutDialog
from campagne_desktop.gui.widgets.batch_report import ExportDialog
from campagne_desktop.gui.wizards.batch_wizard import BatchWizard
from campagne_desktop.gui.wizards.first_run import FirstRunWizard
from campagne_desktop.gui.wizards.import_wizard import ImportWizard
from campagne_desktop.services.campaign import open_campaign
from campagne_desktop.services.contacts import list_contacts
from campagne_desktop.services.demo import create_demo

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


@pytest.fixture
def demo_db(ctx) -> Iterator[object]:
    create_demo(ctx)
    database = open_campaign(ctx)
    yield database
    database.close()


@pytest.fixture
def window(qtbot, ctx, demo_db, prompts) -> MainWindow:
    main = MainWindow(ctx, demo_db, prompts)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _part_of_another_control(widget: QWidget) -> bool:
    """The editor inside a combo or spin box, a table's headers, a tab bar's scroll buttons:
    named through the control they belong to."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return isinstance(widget, QAbstractButton)  # a table's corner button
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The interactive widgets that ``root`` shows (when it is shown)."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not _part_of_another_control(widget)
        and widget.isVisibleTo(root)
    ]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def reachable_by_tab(button: QAbstractButton) -> bool:
    if button.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    # Exclusive radio buttons: Tab reaches the checked one, the arrow keys its siblings.
    if isinstance(button, QRadioButton) and button.autoExclusive():
        parent = button.parentWidget()
        siblings = parent.findChildren(QRadioButton) if parent is not None else []
        return any(s.focusPolicy() & Qt.FocusPolicy.TabFocus for s in siblings)
    return False


def problems(root: QWidget, where: str) -> list[str]:
    found = []
    for widget in controls(root):
        kind = type(widget).__name__
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        label = f"{where}: {kind} {widget.objectName() or text or spoken_name(widget)!r}"
        if not spoken_name(widget):
            found.append(f"{label} has no name")
        if isinstance(widget, QAbstractItemView) and not widget.accessibleName():
            found.append(f"{label}: a table or list needs its own accessible name")
        if isinstance(widget, QAbstractButton):
            if not reachable_by_tab(widget):
                found.append(f"{label} cannot be reached with Tab")
            if not text.strip() and not (widget.accessibleName() and widget.toolTip()):
                found.append(f"{label}: an icon-only button needs a name and a tooltip")
    return found


def test_every_page_names_its_controls_and_reaches_its_buttons(window, qtbot) -> None:
    found: list[str] = []
    assert window.navigation.accessibleName()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.widget(row)
        qtbot.waitExposed(page)
        found += problems(page, window.navigation.item(row).text())
        assert controls(page), f"{window.navigation.item(row).text()}: nothing was checked"
    assert found == []


def audit_wizard(qtbot, wizard: QWizard) -> list[str]:
    qtbot.addWidget(wizard)
    wizard.show()
    found = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        found += problems(page, f"{wizard.windowTitle()} / {page.title()}")
    return found


def test_the_main_assistants_name_their_controls(qtbot, ctx, demo_db, prompts) -> None:
    found = audit_wizard(qtbot, ImportWizard(ctx, demo_db, prompts))
    found += audit_wizard(qtbot, BatchWizard(ctx, demo_db, prompts))
    found += audit_wizard(qtbot, FirstRunWizard(ctx, prompts))
    assert found == []


def test_the_main_dialogs_name_their_controls(qtbot, ctx, demo_db, window, prompts) -> None:
    batch = window.sendings_page.batches[0]
    runner = JobRunner()
    dialogs = [
        ContactDialog(list_contacts(demo_db)[0]),
        ConsentDialog(),
        AddOptOutDialog(),
        RemoveOptOutDialog("0612345678"),
        RightsDialog(ctx, demo_db, prompts),
        ProviderDialog(ctx, demo_db),
        SendDialog(ctx, demo_db, runner, batch),
        ExportDialog(ctx, demo_db, runner, prompts, batch),
        BatchMessagesDialog(demo_db, batch.id, batch.template),
        HeldRepliesDialog(ctx, demo_db, prompts),
        PassphraseDialog(PassphrasePurpose.CREATE),
    ]
    found = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found += problems(dialog, dialog.windowTitle())
    runner.close()
    assert found == []


def test_an_unnamed_control_is_found(qtbot) -> None:
    """The check itself: a bare field, an unnamed table and a bare icon button are reported."""
    from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for widget in (QLineEdit(), QTableWidget(), QPushButton()):
        layout.addWidget(widget)
    found = problems(root, "test")
    assert len(found) == 5  # the field, the table twice, the icon-only button twice


def test_side_navigation_works_with_the_arrow_keys_and_says_its_keys(window, qtbot) -> None:
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    window.navigation.setCurrentRow(0)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.pages.currentWidget() is window.contacts_page
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.pages.currentWidget() is window.rules_page
    tips = [window.navigation.item(r).toolTip() for r in range(window.navigation.count())]
    assert tips[0] == "Dashboard (Ctrl+1)" and tips[-1] == "Rules (Ctrl+8)"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.messages_page


def test_each_page_main_action_has_a_key(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pressed: list[str] = []
    cases = [
        (window.contacts_page, window.contacts_page.import_button, "Ctrl+I"),
        (window.messages_page, window.messages_page.new_button, "Ctrl+N"),
        (window.sendings_page, window.sendings_page.new_button, "Ctrl+N"),
        (window.optouts_page, window.optouts_page.add_button, "Ctrl+N"),
        (window.settings_page, window.settings_page.save_button, "Ctrl+S"),
    ]
    for _page, button, key in cases:
        button.clicked.disconnect()  # the dialogs they open are tested elsewhere
        button.clicked.connect(lambda _checked=False, b=button: pressed.append(b.text()))
        assert key in button.toolTip()
    for page, button, key in cases:
        window.navigation.setCurrentRow(window.pages.indexOf(page))
        qtbot.waitExposed(page)
        letter = key.split("+")[1]
        before = len(pressed)
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda before=before: len(pressed) > before, timeout=2000)
        assert pressed[-1] == button.text()  # the shown page's button, never a hidden one's
    assert len(pressed) == len(cases)
