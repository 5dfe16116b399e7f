"""Who a list, an estimate or a batch is about: one selection type, matching ignores case and
accents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .enums import SourceKind
from .text import fold


@dataclass(frozen=True)
class Selection:
    """Empty fields select everyone. Tags and communes match any of the values given."""

    tags: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()
    source_kinds: tuple[SourceKind, ...] = ()
    not_messaged_since: date | None = None
    search: str = ""  # names and commune (folded) or phone digits

    def folded_tags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(fold(t.strip()) for t in self.tags if t.strip()))

    def folded_communes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(fold(c.strip()) for c in self.communes if c.strip()))

    def matches(
        self, *, tags: str, commune: str, source_kind: SourceKind, search_text: str, phone: str
    ) -> bool:
        """Whether one contact is selected (``tags`` as stored: comma-separated).

        The reference for ``services/selection_sql.py``; a property test holds them equal.
        """
        if self.search.strip():
            term = self.search.strip()
            digits = "".join(c for c in term if c.isdigit())
            by_phone = len(digits) >= 3 and digits.lstrip("0") in phone
            if fold(term) not in search_text and not by_phone:
                return False
        wanted_tags = self.folded_tags()
        if wanted_tags and not set(wanted_tags) & {fold(t) for t in tags.split(",")}:
            return False
        communes = self.folded_communes()
        if communes and fold(commune) not in communes:
            return False
        return not self.source_kinds or source_kind in self.source_kinds

    def as_json(self) -> dict[str, Any]:
        return {
            "tags": list(self.tags),
            "communes": list(self.communes),
            "source_kinds": [k.value for k in self.source_kinds],
            "not_messaged_since": self.not_messaged_since.isoformat()
            if self.not_messaged_since
            else None,
            "search": self.search,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Selection:
        since = data.get("not_messaged_since")
        return cls(
            tags=tuple(data.get("tags", ())),
            communes=tuple(data.get("communes", ())),
            source_kinds=tuple(SourceKind(k) for k in data.get("source_kinds", ())),
            not_messaged_since=date.fromisoformat(since) if since else None,
            search=str(data.get("search", "")),
        )
