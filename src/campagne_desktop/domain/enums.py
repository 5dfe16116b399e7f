"""The closed vocabularies shared by every layer (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class ElectionKind(StrEnum):
    MUNICIPALES = "municipales"
    DEPARTEMENTALES = "departementales"
    REGIONALES = "regionales"
    LEGISLATIVES = "legislatives"
    EUROPEENNES = "europeennes"
    PRESIDENTIELLE = "presidentielle"
    AUTRE = "autre"


class SourceKind(StrEnum):
    FORM = "form"
    NEWSLETTER = "newsletter"
    PARRAINAGE = "parrainage"
    RENTED = "rented"
    PURCHASED = "purchased"
    FIELD = "field"
    OTHER = "other"


# Contacts from these sources may only receive one consent request (LEGAL.md §2).
CONSENT_REQUEST_ONLY_SOURCES = frozenset(
    {SourceKind.RENTED, SourceKind.PURCHASED, SourceKind.PARRAINAGE}
)


class ConsentStatus(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"


class OptOutChannel(StrEnum):
    STOP_REPLY = "stop_reply"
    PROVIDER_BLACKLIST = "provider_blacklist"
    REQUEST = "request"
    MANUAL = "manual"


class TemplateKind(StrEnum):
    CAMPAIGN = "campaign"
    CONSENT = "consent"


class TemplateStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class FooterForm(StrEnum):
    FULL = "full"
    SHORT = "short"
    # The full footer on a person's first message, the short one afterwards (LEGAL.md §1).
    FULL_THEN_SHORT = "full_then_short"


class BatchState(StrEnum):
    DRAFT = "draft"
    CHECKED = "checked"
    EXPORTED = "exported"
    SENDING = "sending"
    SENT = "sent"
    CLOSED = "closed"


class MessageState(StrEnum):
    PENDING = "pending"
    EXPORTED = "exported"
    # Handed to a provider's API, its answer not yet recorded: never sent again blindly.
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"


class SmsEncoding(StrEnum):
    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


class ProviderKey(StrEnum):
    """The SMS providers the app knows (their files and warnings live in ``providers/``)."""

    OVH = "ovh"
    SMSFACTOR = "smsfactor"
    OCTOPUSH = "octopush"
    BREVO = "brevo"
    TWILIO = "twilio"
    OTHER = "other"


# The providers the app can send through (their API adapters live in ``providers/api/``); here,
# so that the command line lists them without loading the HTTP stack.
API_PROVIDERS = (ProviderKey.OVH, ProviderKey.SMSFACTOR, ProviderKey.OCTOPUSH)
