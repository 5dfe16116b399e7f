"""Declaring where contacts came from (LEGAL.md §2): the proof every contact carries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.enums import CONSENT_REQUEST_ONLY_SOURCES, ConsentStatus, SourceKind
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError
from ..domain.text import fold

# Words that betray a file the CNIL forbids for political messages: municipal registers and
# professional files (LEGAL.md §2). Accents and case are folded before matching.
FORBIDDEN_SOURCE_WORDS = (
    "mairie",
    "municipal",
    "etat civil",
    "etat-civil",
    "liste electorale",
    "listes electorales",
    "registre",
    "cantine",
    "periscolaire",
    "ccas",
    "patient",
    "clientele",
    "fichier client",
    "fichiers clients",
    "clients",
    "professionnel",
    "cabinet",
    "adherents de l'entreprise",
)


SOURCE_KIND_LABELS = {
    SourceKind.FORM: QT_TRANSLATE_NOOP("messages", "a form"),
    SourceKind.NEWSLETTER: QT_TRANSLATE_NOOP("messages", "a newsletter"),
    SourceKind.PARRAINAGE: QT_TRANSLATE_NOOP("messages", "parrainage"),
    SourceKind.RENTED: QT_TRANSLATE_NOOP("messages", "a rented file"),
    SourceKind.PURCHASED: QT_TRANSLATE_NOOP("messages", "a purchased file"),
    SourceKind.FIELD: QT_TRANSLATE_NOOP("messages", "a field meeting"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("messages", "another source"),
}


# A rented or purchased file is usable only if people were told at collection that their data
# could be reused for political purposes (CNIL): the import records that wording, or is refused.
WORDING_REQUIRED_SOURCES = frozenset({SourceKind.RENTED, SourceKind.PURCHASED})
WORDING_REQUIRED = QT_TRANSLATE_NOOP(
    "messages",
    "A rented or purchased file may be used only if people were told, when their number was "
    "collected, that it could be used for political messages. Give the wording they were shown "
    '(--wording on the command line, "Wording at collection" in the import assistant): '
    "without it the file cannot be imported.",
)


class SourceError(ComplianceError):
    pass


@dataclass(frozen=True)
class SourceDeclaration:
    """What the user declares about a file or an entry before it is imported."""

    kind: SourceKind
    description: str
    obtained_on: date
    collection_wording: str = ""
    consent: ConsentStatus = ConsentStatus.PENDING
    consent_evidence: str = ""

    def checked(self) -> SourceDeclaration:
        if not self.description.strip():
            raise SourceError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Describe where these contacts come from (who, when, with what wording).",
                )
            )
        if self.consent is ConsentStatus.GRANTED and self.kind in CONSENT_REQUEST_ONLY_SOURCES:
            raise SourceError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Contacts from this source ({kind}) cannot be imported as consenting: they "
                    "may only receive one message asking for their consent.",
                ),
                kind=SOURCE_KIND_LABELS[self.kind],
            )
        if self.kind in WORDING_REQUIRED_SOURCES and not self.collection_wording.strip():
            raise SourceError(WORDING_REQUIRED)
        return self


def forbidden_source_warnings(declaration: SourceDeclaration) -> list[str]:
    """Message keys warning about sources LEGAL.md forbids; empty when nothing looks wrong."""
    text = fold(f"{declaration.description} {declaration.collection_wording}")
    if any(word in text for word in FORBIDDEN_SOURCE_WORDS):
        return [
            QT_TRANSLATE_NOOP(
                "messages",
                "This source looks like a municipal or professional file (town-hall registers, "
                "electoral rolls, patients, clients). The CNIL forbids using them for political "
                "messages: import only if you are sure it is none of these.",
            )
        ]
    return []


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
