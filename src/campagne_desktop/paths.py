"""Where the app keeps its files: platformdirs by default, one folder with ``--data-dir``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from .domain.messages import QT_TRANSLATE_NOOP, UserError

APP_NAME = "CampagneDesktop"
APP_AUTHOR = "CampagneDesktop"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything in one folder (``--data-dir``): easy to move, back up or wipe."""
        root = root.expanduser().resolve()
        return cls(
            data_dir=root,
            config_dir=root / "config",
            cache_dir=root / "cache",
            log_dir=root / "logs",
        )

    @property
    def database(self) -> Path:
        return self.data_dir / "campagne.db"

    @property
    def campaign_file(self) -> Path:
        """Non-secret facts about the campaign's key (where it lives), beside the database."""
        return self.data_dir / "campaign.json"

    @property
    def wipe_journal(self) -> Path:
        return self.data_dir / "wipe-journal.json"

    @property
    def lock_file(self) -> Path:
        """Locked by the one window or command that writes (storage.lock)."""
        return self.data_dir / "campagne.lock"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    def all_dirs(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.cache_dir, self.log_dir)

    def ensure(self) -> None:
        """Create the folders owner-only (0700): the data is special-category under the GDPR."""
        for folder in self.all_dirs():
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if os.name == "posix":
                folder.chmod(0o700)


class DataDirError(UserError):
    pass


def check_data_dir(paths: AppPaths) -> None:
    """Refuse a data folder that is a file (a mistyped ``--data-dir``) before anything reads it."""
    folder = paths.data_dir
    if folder.exists() and not folder.is_dir():
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{path} is a file, not a folder. Give --data-dir the campaign's folder, or a "
                "new folder for a new campaign.",
            ),
            path=str(folder),
        )
