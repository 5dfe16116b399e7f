"""The Qt side of Prompts: which buttons each question offers, which one Enter presses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from campagne_desktop.domain.messages import UserError
from campagne_desktop.gui.prompts import Prompts

Button = QMessageBox.StandardButton


def when_shown(seen: list[dict[str, object]], press: Button | None) -> None:
    """Once the box is up, note what it offers and press ``press`` (else its default)."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        default = box.defaultButton()
        seen.append(
            {
                "text": box.text(),
                "buttons": box.standardButtons(),
                "default": box.standardButton(default) if default else None,
            }
        )
        (box.button(press) if press is not None else default or box.buttons()[0]).click()

    QTimer.singleShot(0, act)


@pytest.mark.parametrize(
    ("ask", "buttons", "default", "press", "expected"),
    [
        (lambda p: p.ask(None, "T", "Q?"), Button.Yes | Button.No, Button.Yes, None, True),
        (
            lambda p: p.ask(None, "T", "Q?", default_yes=False),
            Button.Yes | Button.No,
            Button.No,
            None,
            False,
        ),
        (
            lambda p: p.ask_discard(None, "T", "Q?"),
            Button.Discard | Button.Cancel,
            Button.Cancel,
            Button.Discard,
            True,
        ),
        (
            lambda p: p.ask_retry(None, "Q?"),
            Button.Retry | Button.Close,
            Button.Retry,
            Button.Close,
            False,
        ),
    ],
    ids=["yes-by-default", "no-by-default", "discard-or-cancel", "retry-or-close"],
)
def test_questions_offer_their_buttons_and_default(
    qtbot,
    ask: Callable[[Prompts], bool],
    buttons: Button,
    default: Button,
    press: Button | None,
    expected: bool,
) -> None:
    seen: list[dict[str, object]] = []
    when_shown(seen, press)
    assert ask(Prompts()) is expected
    assert seen == [{"text": "Q?", "buttons": buttons, "default": default}]


def test_a_user_error_shows_its_text_only(qtbot) -> None:
    seen: list[dict[str, object]] = []
    when_shown(seen, None)
    Prompts().show_error(None, UserError("The file {name} is empty.", name="a.csv"))
    assert seen[0]["text"] == "The file a.csv is empty."
