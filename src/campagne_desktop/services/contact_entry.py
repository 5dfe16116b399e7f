"""Adding one contact by hand: a door-to-door, market-stall, phone or paper-form sign-up.

The entry gets its own source row, as an import does (LEGAL.md §2: proof of origin), holding the
wording the person was shown or read, the day, the volunteer who collected it and how. The
contact counts as consenting only when the person explicitly agreed; otherwise it is pending and
the eligibility policy (``domain/eligibility.py``) lets it receive one consent request at most.
A number already in the list is not added twice, and an opted-out number is never added back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType

from sqlalchemy import select

from ..domain.audit import AuditAction
from ..domain.enums import ConsentStatus, SourceKind
from ..domain.footer import STOP_PHRASE
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError, UserError
from ..domain.phones import format_national, normalise
from ..domain.profile import CampaignProfile
from ..domain.times import day_start, local_day
from ..storage.models import Contact, OptOut, Source
from . import audit
from .profile import load_profile
from .unit_of_work import UnitOfWork

NAME_LENGTH = 100
POSTAL_CODE_LENGTH = 10


class CollectionMethod(StrEnum):
    """How the volunteer met the person (stored in the source's description)."""

    DOOR_TO_DOOR = "door_to_door"
    STALL = "stall"
    PHONE = "phone"
    PAPER_FORM = "paper_form"


# The source kind each method declares: it chooses the footer's "where the number came from"
# line (a meeting or a form say it with a fixed phrase; a phone call sends its description).
METHOD_SOURCE_KIND = MappingProxyType(
    {
        CollectionMethod.DOOR_TO_DOOR: SourceKind.FIELD,
        CollectionMethod.STALL: SourceKind.FIELD,
        CollectionMethod.PHONE: SourceKind.OTHER,
        CollectionMethod.PAPER_FORM: SourceKind.FORM,
    }
)
# French on purpose: the description is proof shown to the person on a rights request, and for
# a phone call it is the footer's source line ("Source : Appel de l'équipe de campagne …").
_METHOD_WORDS = MappingProxyType(
    {
        CollectionMethod.DOOR_TO_DOOR: "Porte-à-porte",
        CollectionMethod.STALL: "Stand de campagne",
        CollectionMethod.PHONE: "Appel de l'équipe de campagne",
        CollectionMethod.PAPER_FORM: "Formulaire papier",
    }
)


class ContactEntryError(UserError):
    pass


class DuplicateContactError(UserError):
    """The number is already in the list: ``contact_id`` is the contact to open instead."""

    def __init__(self, contact_id: int, phone: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{phone} is already in the list. Open that contact to change it: a number is "
                "never added twice.",
            ),
            phone=format_national(phone),
        )
        self.contact_id = contact_id
        self.phone = phone


class OptedOutNumberError(ComplianceError):
    """The number opted out: it is never added back, with or without consent (LEGAL.md §3)."""

    def __init__(self, phone: str, since: date) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{phone} opted out of this campaign's messages on {date}. An opt-out is for "
                "good: the number cannot be added back, even with a new consent.",
            ),
            phone=format_national(phone),
            date=f"{since:%d/%m/%Y}",
        )
        self.phone = phone


@dataclass(frozen=True)
class ContactEntry:
    """What the volunteer typed. ``consented``: the person explicitly agreed (never assumed)."""

    phone: str
    consent_wording: str
    collected_on: date
    collected_by: str
    method: CollectionMethod
    consented: bool = False
    first_name: str = ""
    last_name: str = ""
    commune: str = ""
    postal_code: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class AddedContact:
    id: int
    phone: str
    region: str
    is_foreign: bool
    consent: ConsentStatus
    source_id: int
    source_kind: SourceKind
    source_description: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "phone": self.phone,
            "region": self.region,
            "foreign": self.is_foreign,
            "consent": self.consent.value,
            "source_id": self.source_id,
            "source_kind": self.source_kind.value,
            "source_description": self.source_description,
        }


def default_wording(profile: CampaignProfile) -> str:
    """What the person is told at collection (GDPR art. 13): who, what for, their rights, STOP."""
    return (
        f"J'accepte de recevoir par SMS les messages politiques de {profile.candidate.strip()}. "
        f"Finalité : {profile.purpose.strip()}. Je peux m'y opposer à tout moment en répondant "
        f"{STOP_PHRASE} ; pour exercer mes droits : {profile.rights_contact.strip()}."
    )


def collection_wording(uow: UnitOfWork) -> str:
    """The wording to pre-fill: the one the last entry by hand recorded, else the profile's."""
    with uow.transaction() as session:
        last = session.scalar(
            select(Source.collection_wording)
            .where(
                Source.file_name == "",
                Source.collection_wording != "",
                Source.kind.in_([k.value for k in set(METHOD_SOURCE_KIND.values())]),
            )
            .order_by(Source.id.desc())
            .limit(1)
        )
        return last or default_wording(load_profile(session))


def _tags(values: tuple[str, ...]) -> str:
    clean = (t.strip().lower().replace(",", " ") for t in values)
    return ",".join(dict.fromkeys(t for t in clean if t))


def _checked(entry: ContactEntry, today: date) -> None:
    if entry.collected_on > today:
        raise ContactEntryError(
            QT_TRANSLATE_NOOP("messages", "The date of collection cannot be in the future.")
        )
    if not entry.collected_by.strip():
        raise ContactEntryError(
            QT_TRANSLATE_NOOP("messages", "Say who collected the number (the volunteer's name).")
        )
    if entry.consented and not entry.consent_wording.strip():
        raise ContactEntryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Give the wording the person agreed to: it is the proof of their consent.",
            )
        )


def describe(entry: ContactEntry) -> str:
    """The source's description: how and when (the volunteer is in ``imported_by``)."""
    return f"{_METHOD_WORDS[entry.method]}, le {entry.collected_on:%d/%m/%Y}"


def add_contact(uow: UnitOfWork, entry: ContactEntry, *, actor: str, now: datetime) -> AddedContact:
    """Add one contact with its own source row and an audit event, in one transaction."""
    number = normalise(entry.phone)  # PhoneError (a UserError) for a landline or a typo
    with uow.transaction() as session:
        profile = load_profile(session)
        _checked(entry, local_day(now, profile.timezone))
        opt_out = session.scalar(select(OptOut).where(OptOut.phone == number.e164))
        if opt_out is not None:
            raise OptedOutNumberError(number.e164, local_day(opt_out.created_at, profile.timezone))
        known = session.scalar(select(Contact.id).where(Contact.phone == number.e164))
        if known is not None:
            raise DuplicateContactError(known, number.e164)
        kind = METHOD_SOURCE_KIND[entry.method]
        wording = entry.consent_wording.strip()
        collected_by = entry.collected_by.strip()[:NAME_LENGTH]
        source = Source(
            kind=kind.value,
            description=describe(entry),
            obtained_on=entry.collected_on,
            collection_wording=wording,
            imported_by=collected_by,
            created_at=now,
        )
        session.add(source)
        session.flush()
        consent = ConsentStatus.GRANTED if entry.consented else ConsentStatus.PENDING
        consented_at = (
            now
            if entry.collected_on == local_day(now, profile.timezone)
            else day_start(entry.collected_on, profile.timezone)
        )
        contact = Contact(
            phone=number.e164,
            region=number.region,
            first_name=entry.first_name.strip()[:NAME_LENGTH],
            last_name=entry.last_name.strip()[:NAME_LENGTH],
            commune=entry.commune.strip()[:NAME_LENGTH],
            postal_code=entry.postal_code.strip()[:POSTAL_CODE_LENGTH],
            tags=_tags(entry.tags)[:500],
            source_id=source.id,
            consent=consent.value,
            consent_at=consented_at if entry.consented else None,
            consent_evidence=(
                f"{wording} — accepté le {entry.collected_on:%d/%m/%Y} "
                f"({_METHOD_WORDS[entry.method].lower()}), recueilli par {collected_by}"
                if entry.consented
                else ""
            ),
            created_at=now,
            updated_at=now,
        )
        session.add(contact)
        session.flush()
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.CONTACT_ADDED,
            counts={"contacts": 1, "consented": int(entry.consented)},
            kind=kind,
        )
        return AddedContact(
            id=contact.id,
            phone=number.e164,
            region=number.region,
            is_foreign=number.is_foreign,
            consent=consent,
            source_id=source.id,
            source_kind=kind,
            source_description=source.description,
        )
