"""Template files: how a volunteer hands a message to the candidate (JSON, no personal data).

Reading and writing need no campaign database, so the volunteer workspace uses them directly; the
candidate's side (:mod:`.templates`) imports them as drafts and records the exports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.enums import TemplateKind
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.templating import compile_template
from .private_files import write_owner_only

TEMPLATE_FILE_FORMAT = "campagne-template"
TEMPLATE_FILE_VERSION = 1
TEMPLATE_FILE_SUFFIX = ".campagne-modele.json"
MAX_FILE_BYTES = 64 * 1024  # a template is a few hundred characters; refuse anything huge
MAX_NAME_LENGTH = 100


class TemplateFileError(UserError):
    """The file is not a template file this version can read."""


@dataclass(frozen=True)
class TemplateFile:
    name: str
    kind: TemplateKind
    body: str


def check_name(name: str) -> str:
    """The stripped template name; raises when empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TemplateFileError(QT_TRANSLATE_NOOP("messages", "A template needs a name."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise TemplateFileError(
            QT_TRANSLATE_NOOP("messages", "A template name may have at most {count} characters."),
            count=MAX_NAME_LENGTH,
        )
    return cleaned


def read_json(path: Path, what: str) -> dict[str, Any]:
    """A small JSON object from ``path``; ``what`` names the kind of file in the error."""
    try:
        with path.expanduser().open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise TemplateFileError(
            QT_TRANSLATE_NOOP("messages", "Cannot read {path}: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from None
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError:
        raise TemplateFileError(
            QT_TRANSLATE_NOOP("messages", "{path} is not a {what} file."),
            path=str(path),
            what=what,
        ) from None
    return data


def write_template_file(
    path: Path, name: str, kind: TemplateKind, body: str, *, overwrite: bool = False
) -> Path:
    """Save a template for another computer; only a template that compiles is written."""
    compile_template(body)
    data = {
        "format": TEMPLATE_FILE_FORMAT,
        "version": TEMPLATE_FILE_VERSION,
        "name": check_name(name),
        "kind": kind.value,
        "body": body,
    }
    return write_owner_only(path, data, overwrite=overwrite)


def read_template_file(path: Path) -> TemplateFile:
    """The template in ``path``, checked (it must compile); raises :class:`TemplateFileError`."""
    data = read_json(path, QT_TRANSLATE_NOOP("messages", "template"))
    if data.get("format") != TEMPLATE_FILE_FORMAT:
        raise TemplateFileError(
            QT_TRANSLATE_NOOP("messages", "{path} is not a {what} file."),
            path=str(path),
            what=QT_TRANSLATE_NOOP("messages", "template"),
        )
    version = data.get("version")
    if not isinstance(version, int) or version > TEMPLATE_FILE_VERSION:
        raise TemplateFileError(
            QT_TRANSLATE_NOOP(
                "messages", "{path} comes from a newer version of Campagne Desktop: update it."
            ),
            path=str(path),
        )
    name, kind, body = data.get("name"), data.get("kind"), data.get("body")
    if not isinstance(name, str) or not isinstance(body, str) or kind not in set(TemplateKind):
        raise TemplateFileError(
            QT_TRANSLATE_NOOP("messages", "{path} is not a {what} file."),
            path=str(path),
            what=QT_TRANSLATE_NOOP("messages", "template"),
        )
    compile_template(body)
    return TemplateFile(check_name(name), TemplateKind(str(kind)), body)
