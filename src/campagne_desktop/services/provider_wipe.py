"""The end of the campaign at the provider: delete what its API lets us delete, say the rest.

Run before the local wipe, which destroys the credentials and the provider ids this needs.
The provider's STOP list is left alone on purpose: it protects the people who asked to stop if
the account is used again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ..domain.audit import AuditAction
from ..domain.enums import ProviderKey
from ..domain.messages import QT_TRANSLATE_NOOP
from ..providers.api import Capability, ProviderError, RejectedError, SmsProviderApi
from ..storage.database import Database
from ..storage.models import BatchMessage
from . import audit
from .provider_credentials import provider_failure

ASK_SENT = QT_TRANSLATE_NOOP(
    "messages", "the history of the messages sent (numbers and texts), kept by the provider"
)
ASK_REPLIES = QT_TRANSLATE_NOOP("messages", "the replies received by the provider")
ASK_LISTS = QT_TRANSLATE_NOOP(
    "messages", "any contact list uploaded on the provider's site (file exports)"
)


@dataclass
class ProviderWipeReport:
    provider: str
    sent_deleted: int = 0
    replies_deleted: int = 0
    # Message keys: what the candidate must ask the provider to delete by hand.
    ask_by_hand: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _gone_already(error: ProviderError) -> bool:
    return isinstance(error, RejectedError) and error.status == 404


def wipe_at_provider(
    db: Database,
    api: SmsProviderApi,
    *,
    actor: str,
    now: datetime,
    display_name: str = "",
) -> ProviderWipeReport:
    """Delete the campaign's sent messages and the replies at the provider, where it can."""
    report = ProviderWipeReport(provider=api.key)
    name = display_name or api.key
    try:
        if Capability.DELETE_SENT in api.capabilities:
            with db.session() as session:
                ids = list(
                    session.scalars(
                        select(BatchMessage.provider_id).where(BatchMessage.provider_id != "")
                    )
                )
            for provider_id in ids:
                try:
                    api.delete_sent(provider_id)
                except ProviderError as error:
                    if not _gone_already(error):
                        raise
                report.sent_deleted += 1
        else:
            report.ask_by_hand.append(ASK_SENT)
        if Capability.DELETE_REPLIES in api.capabilities:
            for reply in api.replies():
                try:
                    api.delete_reply(reply.provider_id)
                except ProviderError as error:
                    if not _gone_already(error):
                        raise
                report.replies_deleted += 1
        else:
            report.ask_by_hand.append(ASK_REPLIES)
    except ProviderError as error:
        raise provider_failure(name, error) from None
    report.ask_by_hand.append(ASK_LISTS)
    with db.session() as session:
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.PROVIDER_WIPED,
            counts={"sent": report.sent_deleted, "replies": report.replies_deleted},
            kind=ProviderKey(api.key),
        )
    return report
