"""What the audit trail may hold: a closed list of actions and of count names.

The trail answers "who did what, when, how many" and nothing more. Every field of an event is
typed (an action from this enum, integer counts under names from this list, ids, enum kinds), so
that free text, a phone number or a name has no field to go into.
"""

from __future__ import annotations

import re
from enum import StrEnum

from .eligibility import Reason


class AuditAction(StrEnum):
    CAMPAIGN_CREATED = "campaign.created"
    PROFILE_UPDATED = "profile.updated"
    PROFILE_FILE_EXPORTED = "profile.file_exported"
    CONTACTS_IMPORTED = "contacts.imported"
    CONTACT_ADDED = "contact.added"  # one entry by hand (door-to-door, stall, phone, form)
    CONTACT_EDITED = "contact.edited"
    CONTACTS_TAGGED = "contacts.tagged"
    CONSENT_PENDING = "consent.pending"
    CONSENT_GRANTED = "consent.granted"
    CONSENT_REFUSED = "consent.refused"
    CONSENT_EXPIRED_ERASED = "consent.expired_erased"
    RIGHTS_EXPORTED = "rights.exported"
    RIGHTS_ERASED = "rights.erased"
    RIGHTS_OPPOSED = "rights.opposed"
    OPTOUT_ADDED = "optout.added"
    OPTOUT_IMPORTED = "optout.imported"
    OPTOUT_REMOVED = "optout.removed"
    TEMPLATE_ADDED = "template.added"
    TEMPLATE_EDITED = "template.edited"
    TEMPLATE_APPROVED = "template.approved"
    TEMPLATE_DELETED = "template.deleted"
    TEMPLATE_EXPORTED = "template.exported"
    BATCH_CREATED = "batch.created"
    BATCH_CHECKED = "batch.checked"
    BATCH_EXPORTED = "batch.exported"
    BATCH_DISCARDED = "batch.discarded"
    BATCH_SPLIT = "batch.split"
    BATCH_SENT = "batch.sent"
    BATCH_TEST_SENT = "batch.test_sent"
    BATCH_HELD_RELEASED = "batch.held_released"
    OPTOUTS_SYNCED = "optouts.synced"
    PROVIDER_CREDENTIALS_SET = "provider.credentials_set"
    PROVIDER_WIPED = "provider.wiped"
    LEDGER_EXPORTED = "ledger.exported"
    REPLIES_IMPORTED = "replies.imported"
    REPLIES_DECIDED = "replies.decided"


# The names a count may have. Names of enum members (exclusion reasons, states...) are accepted
# too: they come from the code, never from what a user typed.
COUNT_NAMES = frozenset(
    {
        "accepted",
        "adapted",  # messages smart encoding wrote in GSM-7 look-alikes
        "added",
        "already",
        "approvals_withdrawn",
        "batches",
        "consented",
        "dead",  # numbers a provider knows are no longer in service
        "contacts",
        "duplicates",
        "failed",
        "foreign",
        "held",
        "ignored",
        "invalid",
        "landlines",
        "messages",
        "opt_outs",
        "opt_outs_added",
        "opted_out",
        "refused",
        "removed",
        "replies",
        "rows",
        "segments",
        "sendable",
        "sent",
        "suppressed",
        "to_review",
    }
    # Why contacts were left out of a batch: the eligibility policy's reasons.
    | {reason.value for reason in Reason}
)

# What any stored name (count, kind, field) must look like: lower-case words, no digit at all,
# so that no phone number can ever be spelled in one.
NAME_PATTERN = re.compile(r"[a-z][a-z_]{0,47}")


def is_plain_name(value: str) -> bool:
    return NAME_PATTERN.fullmatch(value) is not None
