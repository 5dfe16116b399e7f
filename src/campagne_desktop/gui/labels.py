"""Translated words for the values the domain names technically: one table per kind of value.

Every page, dialog and wizard takes its words for a state, a kind or a reason from here, so that
one value reads the same everywhere. The command line keeps the technical names (GSM-7, UCS-2)
that providers' documents use; the window says "standard" and "special characters", which a
volunteer understands. Each text is a literal ``QCoreApplication.translate`` call: that is what
``pyside6-lupdate`` collects.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ..domain.eligibility import reason_label
from ..domain.enums import (
    BatchState,
    ConsentStatus,
    ElectionKind,
    MessageState,
    OptOutChannel,
    SmsEncoding,
    SourceKind,
    TemplateKind,
)
from ..domain.phones import PhoneProblem
from ..domain.sms import SegmentInfo
from ..providers import ExportFormat
from ..services.contact_entry import CollectionMethod
from ..services.held_replies import HoldReason
from .messages import translate_message

# -- text messages ------------------------------------------------------------------------------


def encoding_label(encoding: SmsEncoding) -> str:
    if encoding is SmsEncoding.GSM7:
        return QCoreApplication.translate("labels", "standard characters")
    return QCoreApplication.translate("labels", "special characters")


def segments_text(info: SegmentInfo) -> str:
    """E.g. "2 SMS · standard characters · 287/306"."""
    return QCoreApplication.translate(
        "labels", "%n SMS · {encoding} · {units}/{capacity}", "", info.segments
    ).format(encoding=encoding_label(info.encoding), units=info.units, capacity=info.capacity)


def special_character_tip() -> str:
    return QCoreApplication.translate(
        "labels", "Special character: each SMS then holds 70 characters instead of 160"
    )


def template_kind_label(kind: TemplateKind) -> str:
    labels = {
        TemplateKind.CAMPAIGN: QCoreApplication.translate(
            "Labels", "campaign message (to people who agreed)"
        ),
        TemplateKind.CONSENT: QCoreApplication.translate(
            "Labels", "consent request (once, to people never asked)"
        ),
    }
    return labels[kind]


# -- contacts -----------------------------------------------------------------------------------


def consent_label(status: ConsentStatus) -> str:
    labels = {
        ConsentStatus.PENDING: QCoreApplication.translate("Labels", "Pending"),
        ConsentStatus.GRANTED: QCoreApplication.translate("Labels", "Granted"),
        ConsentStatus.REFUSED: QCoreApplication.translate("Labels", "Refused"),
    }
    return labels[status]


def source_label(kind: SourceKind) -> str:
    labels = {
        SourceKind.FORM: QCoreApplication.translate("Labels", "Form"),
        SourceKind.NEWSLETTER: QCoreApplication.translate("Labels", "Newsletter"),
        SourceKind.PARRAINAGE: QCoreApplication.translate("Labels", "Referral (parrainage)"),
        SourceKind.RENTED: QCoreApplication.translate("Labels", "Rented file"),
        SourceKind.PURCHASED: QCoreApplication.translate("Labels", "Purchased file"),
        SourceKind.FIELD: QCoreApplication.translate("Labels", "Field meeting"),
        SourceKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[kind]


def channel_label(channel: OptOutChannel) -> str:
    labels = {
        OptOutChannel.STOP_REPLY: QCoreApplication.translate("Labels", "STOP reply"),
        OptOutChannel.PROVIDER_BLACKLIST: QCoreApplication.translate(
            "Labels", "Provider blacklist"
        ),
        OptOutChannel.REQUEST: QCoreApplication.translate("Labels", "Request"),
        OptOutChannel.MANUAL: QCoreApplication.translate("Labels", "Added by hand"),
    }
    return labels[channel]


def opted_out_label(channel: OptOutChannel) -> str:
    """The consent column of an opted-out person: whatever they once agreed to, no message
    goes to them again (LEGAL.md §3), so the list never shows them as Granted."""
    if channel is OptOutChannel.STOP_REPLY:
        return QCoreApplication.translate("Labels", "Opted out (STOP)")
    return QCoreApplication.translate("Labels", "Opted out")


def method_label(method: CollectionMethod) -> str:
    """How a contact typed by hand was collected."""
    labels = {
        CollectionMethod.DOOR_TO_DOOR: QCoreApplication.translate("Labels", "Door-to-door"),
        CollectionMethod.STALL: QCoreApplication.translate("Labels", "Market stall or stand"),
        CollectionMethod.PHONE: QCoreApplication.translate("Labels", "Phone call"),
        CollectionMethod.PAPER_FORM: QCoreApplication.translate("Labels", "Paper form"),
    }
    return labels[method]


def problem_label(problem: str | None) -> str:
    """Why a row of a contact file is left out; an unknown code is shown as it is."""
    labels = {
        PhoneProblem.EMPTY: QCoreApplication.translate("Labels", "no number"),
        PhoneProblem.INVALID: QCoreApplication.translate("Labels", "not a valid number"),
        PhoneProblem.LANDLINE: QCoreApplication.translate("Labels", "landline"),
        PhoneProblem.NOT_MOBILE: QCoreApplication.translate("Labels", "service number"),
        "duplicate": QCoreApplication.translate("Labels", "already in the list or the file"),
        "shared_number": QCoreApplication.translate("Labels", "same number, another name"),
    }
    return labels.get(problem or "", problem or "")


def hold_reason_label(reason: HoldReason) -> str:
    """Why a reply waits for a person to read it."""
    labels = {
        HoldReason.NOT_UNDERSTOOD: QCoreApplication.translate("Labels", "not understood"),
        HoldReason.UNASKED_YES: QCoreApplication.translate("Labels", "OUI, but never asked"),
    }
    return labels[reason]


def exclusion_label(reason: str) -> str:
    """Why a person is left out of a batch, in words (the codes: domain.eligibility)."""
    return translate_message(reason_label(reason))


# -- batches and messages -----------------------------------------------------------------------


def batch_state_label(state: BatchState) -> str:
    labels = {
        BatchState.DRAFT: QCoreApplication.translate("Labels", "Draft (not checked)"),
        BatchState.CHECKED: QCoreApplication.translate("Labels", "Checked"),
        BatchState.EXPORTED: QCoreApplication.translate("Labels", "Exported"),
        BatchState.SENDING: QCoreApplication.translate("Labels", "Sending"),
        BatchState.SENT: QCoreApplication.translate("Labels", "Sent"),
        BatchState.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }
    return labels[state]


def batch_state_text(
    state: BatchState, checked_at: datetime | None, passed: bool | None, zone: str
) -> str:
    """The state, and for a batch not yet gone the last check's verdict and time (in the
    campaign's zone): a draft refused by the check must not read as if never checked."""
    if checked_at is None or passed is None or state not in (BatchState.DRAFT, BatchState.CHECKED):
        return batch_state_label(state)
    when = checked_at.astimezone(ZoneInfo(zone)).strftime("%d/%m %H:%M")
    if passed:
        return QCoreApplication.translate("Labels", "Checked: passed ({when})").format(when=when)
    return QCoreApplication.translate("Labels", "Checked: refused ({when})").format(when=when)


def message_state_label(state: MessageState) -> str:
    labels = {
        MessageState.PENDING: QCoreApplication.translate("Labels", "To send"),
        MessageState.EXPORTED: QCoreApplication.translate("Labels", "Exported"),
        # Handed to the provider's API, its answer not recorded yet (or lost: held).
        MessageState.SENDING: QCoreApplication.translate("Labels", "Handed over, no answer yet"),
        MessageState.SENT: QCoreApplication.translate("Labels", "Sent"),
        MessageState.FAILED: QCoreApplication.translate("Labels", "Not sent"),
        MessageState.DELIVERED: QCoreApplication.translate("Labels", "Delivered"),
    }
    return labels[state]


def export_format_label(fmt: ExportFormat) -> str:
    labels = {
        ExportFormat.GENERIC: QCoreApplication.translate("Labels", "Generic CSV (phone, message)"),
        ExportFormat.OVH: QCoreApplication.translate("Labels", "OVHcloud SMS"),
        ExportFormat.SMSFACTOR: QCoreApplication.translate("Labels", "SMSFactor"),
        ExportFormat.OCTOPUSH: QCoreApplication.translate("Labels", "Octopush"),
        ExportFormat.BREVO: QCoreApplication.translate("Labels", "Brevo"),
    }
    return labels[fmt]


# -- the campaign -------------------------------------------------------------------------------


def election_label(kind: ElectionKind) -> str:
    labels = {
        ElectionKind.MUNICIPALES: QCoreApplication.translate("Labels", "Municipal"),
        ElectionKind.DEPARTEMENTALES: QCoreApplication.translate("Labels", "Departmental"),
        ElectionKind.REGIONALES: QCoreApplication.translate("Labels", "Regional"),
        ElectionKind.LEGISLATIVES: QCoreApplication.translate("Labels", "Legislative"),
        ElectionKind.EUROPEENNES: QCoreApplication.translate("Labels", "European"),
        ElectionKind.PRESIDENTIELLE: QCoreApplication.translate("Labels", "Presidential"),
        ElectionKind.AUTRE: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[kind]
