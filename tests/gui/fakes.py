"""A scripted stand-in for the window's questions, notices and file pickers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from campagne_desktop.domain.messages import UserError
from campagne_desktop.gui.messages import user_text
from campagne_desktop.gui.prompts import Prompts

# An answer: fixed, or computed from the question's text (e.g. "does it name the number?").
Answer = bool | Callable[[str], bool]
# A file: fixed ("" stands for Cancel), or computed from the suggested path.
FileAnswer = str | Path | Callable[[str], str | Path]


@dataclass(frozen=True)
class Asked:
    kind: str  # "ask", "ask_discard", "ask_open", "ask_retry", "open_file", "save_file"
    title: str
    text: str  # the question, or the suggested file for a picker


class ScriptedPrompts(Prompts):
    """Answers from ``answers`` and ``files`` in order, and records everything shown.

    A question or a file picker nobody scripted fails the test (the window would have waited
    for a person there), unless ``always`` gives the answer to every question left.
    """

    def __init__(self) -> None:
        self.answers: list[Answer] = []
        self.always: Answer | None = None
        self.files: list[FileAnswer] = []
        self.asked: list[Asked] = []
        self.notices: list[str] = []  # warnings, information and errors, in order
        self.opened: list[QUrl] = []

    def answer(self, *answers: Answer) -> ScriptedPrompts:
        self.answers.extend(answers)
        return self

    def choose(self, *files: FileAnswer) -> ScriptedPrompts:
        self.files.extend(files)
        return self

    @property
    def questions(self) -> list[str]:
        return [asked.text for asked in self.asked if asked.kind.startswith("ask")]

    @property
    def titles(self) -> list[str]:
        return [asked.title for asked in self.asked if asked.kind.startswith("ask")]

    def _reply(self, kind: str, title: str, text: str) -> bool:
        self.asked.append(Asked(kind, title, text))
        if self.answers:
            answer = self.answers.pop(0)
        elif self.always is not None:
            answer = self.always
        else:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return answer(text) if callable(answer) else answer

    def _file(self, kind: str, title: str, suggested: str) -> str:
        self.asked.append(Asked(kind, title, suggested))
        if not self.files:
            raise AssertionError(f"unexpected file dialog: {title}")
        chosen = self.files.pop(0)
        return str(chosen(suggested) if callable(chosen) else chosen)

    def ask(
        self, parent: QWidget | None, title: str, question: str, *, default_yes: bool = True
    ) -> bool:
        return self._reply("ask", title, question)

    def ask_discard(self, parent: QWidget | None, title: str, question: str) -> bool:
        return self._reply("ask_discard", title, question)

    def ask_open(self, parent: QWidget | None, title: str, question: str) -> bool:
        return self._reply("ask_open", title, question)

    def ask_retry(self, parent: QWidget | None, text: str) -> bool:
        return self._reply("ask_retry", "", text)

    def warn(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        self.notices.append(text)

    def inform(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        self.notices.append(text)

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        self.notices.append(text)

    def show_error(self, parent: QWidget | None, error: UserError) -> None:
        self.notices.append(user_text(error))

    def report_crash(self, log_folder: Path) -> None:
        self.notices.append(f"crash, log in {log_folder}")

    def open_file(self, parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
        return self._file("open_file", title, folder)

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        return self._file("save_file", title, suggested)

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True
