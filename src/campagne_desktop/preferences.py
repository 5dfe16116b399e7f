"""Per-user preferences that are not campaign data (today: the interface language)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Preferences:
    language: str = ""  # "" follows the system locale; "fr" or "en" override it

    @classmethod
    def load(cls, config_dir: Path) -> Preferences:
        try:
            data = json.loads((config_dir / "preferences.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        return cls(language=str(data.get("language", "")))

    def save(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = config_dir / "preferences.json"
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle)
