"""The data model of DESIGN.md as typed SQLAlchemy 2 ORM classes.

Datetimes are ``UTCDateTime`` (aware, UTC) and amounts ``Money`` (exact ``Decimal``), see
``types``. Enumerations are stored as their string values (plain VARCHAR, checked in Python) so
that a later version can add a value without a table rebuild.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.text import contact_search_text
from .types import Money, UTCDateTime


class Base(DeclarativeBase):
    pass


class Profile(Base):
    """The campaign profile: a single row (id = 1)."""

    __tablename__ = "campaign_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate: Mapped[str] = mapped_column(String(200))
    election: Mapped[str] = mapped_column(String(32))
    round1: Mapped[date] = mapped_column(Date)
    round2: Mapped[date | None] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    sender_id: Mapped[str] = mapped_column(String(11))
    rights_contact: Mapped[str] = mapped_column(String(300))
    privacy_url: Mapped[str] = mapped_column(String(500), default="")
    purpose: Mapped[str] = mapped_column(String(500))
    stop_number: Mapped[str] = mapped_column(String(8), default="")
    footer_form: Mapped[str] = mapped_column(String(16), default="full")
    sending_start: Mapped[str] = mapped_column(String(5), default="08:00")
    sending_end: Mapped[str] = mapped_column(String(5), default="20:00")
    sending_days: Mapped[str] = mapped_column(String(7), default="012345")
    allow_public_holidays: Mapped[bool] = mapped_column(Boolean, default=False)
    polls_close: Mapped[str] = mapped_column(String(5), default="20:00")
    provider: Mapped[str] = mapped_column(String(32), default="other")
    price_per_segment: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.05"))
    segment_cap: Mapped[int] = mapped_column(Integer, default=3)
    keep_accents: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Source(Base):
    """One import or manual entry: the proof of where contacts came from."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    obtained_on: Mapped[date] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    collection_wording: Mapped[str] = mapped_column(Text, default="")
    imported_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    contacts: Mapped[list[Contact]] = relationship(back_populates="source")


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = (
        # (name, id) in order: keyset paging of the Contacts table (migration 0004_perf).
        Index("ix_contact_last_name", "last_name"),
        Index("ix_contact_first_name", "first_name"),
        Index("ix_contact_tags", "tags"),  # the tag filter's choices, read from the index
        Index("ix_contact_consent", "consent"),
        Index("ix_contact_commune", "commune"),
        # The dashboard's contacts by source and consent, read from the index (0009_dashboard).
        Index("ix_contact_source_consent", "source_id", "consent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)  # E.164
    region: Mapped[str] = mapped_column(String(4), default="FR")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    commune: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    tags: Mapped[str] = mapped_column(String(500), default="")  # comma-separated, lower-case
    # Names and commune folded (no case, no accents): what the search box matches.
    search_text: Mapped[str] = mapped_column(String(320), default="")
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    consent: Mapped[str] = mapped_column(String(10), default="pending")
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consent_evidence: Mapped[str] = mapped_column(Text, default="")
    consent_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    source: Mapped[Source] = relationship(back_populates="contacts")


class OptOut(Base):
    """A number that must never be messaged again. Deliberately not a foreign key to contact."""

    __tablename__ = "opt_out"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")


class Template(Base):
    __tablename__ = "template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Batch(Base):
    __tablename__ = "batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("template.id", ondelete="SET NULL"))
    template_name: Mapped[str] = mapped_column(String(100))
    template_kind: Mapped[str] = mapped_column(String(10))
    template_body: Mapped[str] = mapped_column(Text)
    template_hash: Mapped[str] = mapped_column(String(64))
    selection: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    segment_count: Mapped[int] = mapped_column(Integer, default=0)
    excluded: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    estimated_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    price_per_segment: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    provider: Mapped[str] = mapped_column(String(32), default="")
    compliance_report: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the latest export
    export_paths: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Messages whose merged names were written in GSM-7 look-alikes (smart encoding).
    adapted_count: Mapped[int] = mapped_column(Integer, default=0)
    # The SMS cap this batch was created with, when raised for it (None: the profile's).
    segment_cap: Mapped[int | None] = mapped_column(Integer)


class BatchMessage(Base):
    __tablename__ = "batch_message"
    __table_args__ = (
        UniqueConstraint("batch_id", "contact_id"),
        Index("ix_batch_message_phone", "phone"),
        Index("ix_batch_message_client_ref", "client_ref"),
        Index("ix_batch_message_batch", "batch_id"),  # (batch, id): messages streamed in order
        # The dashboard's delivered / failed per batch, counted in the index (0009_dashboard).
        Index("ix_batch_message_batch_state", "batch_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    # Kept (nullable) when a contact is erased so the batch's counts stay true.
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    phone: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(String(6))
    segments: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    provider_id: Mapped[str] = mapped_column(String(100), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    # Sending through an API: our reference, written before the request leaves (exactly once).
    client_ref: Mapped[str] = mapped_column(String(64), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scheduled_for: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ProviderAccount(Base):
    """How to reach one provider's API (never its credentials: those are secrets)."""

    __tablename__ = "provider_account"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    endpoint: Mapped[str] = mapped_column(String(300), default="")
    service: Mapped[str] = mapped_column(String(100), default="")
    sender_for_response: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StoredSecret(Base):
    """Provider credentials when no secure keyring exists: the database itself is encrypted."""

    __tablename__ = "stored_secret"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """What happened, by whom, with counts. Never a phone number or a name."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # Typed fields only (services/audit.py checks them): no free text has a column to go into.
    batch_id: Mapped[int | None] = mapped_column(Integer)
    template_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(48))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)


class ExportedFile(Base):
    """Every file the app wrote for the user, so the end-of-election wipe can find it."""

    __tablename__ = "exported_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


@event.listens_for(Contact, "before_insert")
@event.listens_for(Contact, "before_update")
def _keep_search_text(_mapper: object, _connection: object, contact: Contact) -> None:
    """Whatever path changes a contact's names, its search column follows (bulk inserts of
    plain rows, as the import does, set it themselves)."""
    contact.search_text = contact_search_text(
        contact.first_name or "", contact.last_name or "", contact.commune or ""
    )


class HeldReply(Base):
    """A reply no rule understood (or an unasked OUI): its number is held out of every batch
    until a person reads it and decides. Like every table, it lives in the encrypted database;
    the audit trail only counts these replies."""

    __tablename__ = "held_reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(24))
    origin: Mapped[str] = mapped_column(Text, default="")  # file name and row
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
