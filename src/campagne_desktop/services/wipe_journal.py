"""The wipe journal: what a wipe must destroy and which steps are done, so a killed wipe resumes.

It holds counts, file paths, keyring entry names, the campaign's public facts (candidate,
election, rounds) and what the provider step did (counts, provider names) for the certificate:
never a phone number or a contact's name. A journal exists only once the provider step is done,
so a resumed wipe never asks the provider again.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from .wipe_provider_report import ProviderWipeReport
from .wipe_scan import Inventory, Verification

JOURNAL_FORMAT = 1


class WipeJournalError(UserError):
    pass


@dataclass
class WipeJournal:
    started_at: datetime  # aware (UTC)
    certificate_path: str
    key_mode: str
    inventory: Inventory
    done: list[str] = field(default_factory=list)
    verification: Verification | None = None
    completed_at: datetime | None = None
    # What the provider step did (None in a journal written before it existed).
    provider: ProviderWipeReport | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": JOURNAL_FORMAT,
            "started_at": self.started_at.isoformat(),
            "certificate_path": self.certificate_path,
            "key_mode": self.key_mode,
            "inventory": asdict(self.inventory),
            "done": list(self.done),
            "verification": self.verification.as_dict() if self.verification else None,
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
            "provider": self.provider.as_json() if self.provider else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WipeJournal:
        verification = data.get("verification")
        completed = data.get("completed_at")
        provider = data.get("provider")
        return cls(
            started_at=datetime.fromisoformat(data["started_at"]),
            certificate_path=str(data["certificate_path"]),
            key_mode=str(data["key_mode"]),
            inventory=Inventory(**data["inventory"]),
            done=[str(s) for s in data.get("done", [])],
            verification=Verification.from_dict(verification) if verification else None,
            completed_at=datetime.fromisoformat(completed) if completed else None,
            provider=ProviderWipeReport.from_json(provider) if provider else None,
        )


def save_journal(path: Path, journal: WipeJournal) -> None:
    """Write atomically (temporary file, fsync, rename), owner-only: a kill never leaves half."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(journal.to_json(), handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def load_journal(path: Path) -> WipeJournal | None:
    """The pending wipe's journal, or None when no wipe is pending."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return WipeJournal.from_json(data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        raise WipeJournalError(
            QT_TRANSLATE_NOOP(
                "messages",
                "An interrupted wipe left a damaged journal ({path}); it cannot be finished "
                "automatically. Delete the campaign folders by hand, then remove this file.",
            ),
            path=str(path),
        ) from None


@dataclass(frozen=True)
class WipeReport:
    """What the certificate and ``campagne --json wipe`` say: counts only, no personal data."""

    candidate: str
    election: str
    rounds: list[str]
    timezone: str
    key_mode: str
    started_at: datetime
    completed_at: datetime
    counts: dict[str, int]
    verification: Verification
    certificate_path: Path
    version: str
    provider: ProviderWipeReport | None = None

    @classmethod
    def from_journal(cls, journal: WipeJournal, version: str) -> WipeReport:
        assert journal.verification is not None and journal.completed_at is not None
        inv = journal.inventory
        return cls(
            candidate=inv.candidate,
            election=inv.election,
            rounds=list(inv.rounds),
            timezone=inv.timezone,
            key_mode=journal.key_mode,
            started_at=journal.started_at,
            completed_at=journal.completed_at,
            counts=dict(inv.counts),
            verification=journal.verification,
            certificate_path=Path(journal.certificate_path),
            version=version,
            provider=journal.provider,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "candidate": self.candidate,
            "election": self.election,
            "rounds": list(self.rounds),
            "timezone": self.timezone,
            "key_mode": self.key_mode,
            "started_at": self.started_at.isoformat(),
            "completed_at": self.completed_at.isoformat(),
            "counts": dict(self.counts),
            "verification": self.verification.as_dict(),
            "certificate": str(self.certificate_path),
            "version": self.version,
            "provider": self.provider.as_json() if self.provider else None,
        }
