"""What the wipe did at the SMS provider, as the journal keeps it and the certificate says it.

Light on purpose (no HTTP stack): the journal and the certificate read it at every start.
Counts and provider names only, never a phone number.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from ..domain.messages import QT_TRANSLATE_NOOP

ASK_SENT = QT_TRANSLATE_NOOP(
    "messages", "the history of the messages sent (numbers and texts), kept by the provider"
)
ASK_REPLIES = QT_TRANSLATE_NOOP("messages", "the replies received by the provider")
ASK_LISTS = QT_TRANSLATE_NOOP(
    "messages", "any contact list uploaded on the provider's site (file exports)"
)
# What each item is in the certificate, which is written in French for the campaign's files.
ASK_FRENCH = {
    ASK_SENT: "l'historique des messages envoyés (numéros et textes) qu'il conserve",
    ASK_REPLIES: "les réponses qu'il a reçues",
    ASK_LISTS: "toute liste de contacts importée sur son site",
}


class ProviderWipeStatus(StrEnum):
    DELETED = "deleted"  # its API was asked to delete what it allows
    SKIPPED = "skipped"  # the user went on without it (unreachable, refused): all by hand
    NO_API = "no_api"  # no API set up: files were exported, so everything is asked by hand
    NOTHING = "nothing"  # nothing was ever sent or exported: nothing is held by a provider


@dataclass
class ProviderWipeReport:
    provider: str  # the API provider's key, "" when none is set up
    display_name: str = ""
    status: str = ProviderWipeStatus.DELETED.value
    sent_deleted: int = 0
    replies_deleted: int = 0
    # Message keys: what the candidate must ask the provider to delete by hand.
    ask_by_hand: list[str] = field(default_factory=list)
    # Providers whose site received the exported files (by hand): delete them there by hand.
    uploaded_to: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProviderWipeReport:
        return cls(
            provider=str(data.get("provider", "")),
            display_name=str(data.get("display_name", "")),
            status=str(data.get("status", ProviderWipeStatus.DELETED.value)),
            sent_deleted=int(data.get("sent_deleted", 0)),
            replies_deleted=int(data.get("replies_deleted", 0)),
            ask_by_hand=[str(k) for k in data.get("ask_by_hand", [])],
            uploaded_to=[str(n) for n in data.get("uploaded_to", [])],
        )
