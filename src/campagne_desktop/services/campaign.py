"""Creating and opening the campaign: the encrypted database and where its key lives."""

from __future__ import annotations

import json
import logging
import os
import secrets
from enum import StrEnum
from typing import Any

from ..context import AppContext, PassphrasePurpose
from ..domain.audit import AuditAction
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.profile import CampaignProfile, validate
from ..paths import check_data_dir
from ..storage.database import Database, DatabaseKey, open_database
from ..storage.errors import ReadOnlyCampaignError
from ..storage.secrets import SecretStoreError
from . import audit
from .profile import save_profile

log = logging.getLogger(__name__)

DATABASE_KEY_NAME = "database-key"
MIN_PASSPHRASE_LENGTH = 10


class KeyMode(StrEnum):
    KEYRING = "keyring"  # 256 random bits kept in the OS keyring
    PASSPHRASE = "passphrase"  # SQLCipher derives the key from what the user types


class CampaignError(UserError):
    pass


def campaign_exists(ctx: AppContext) -> bool:
    return ctx.paths.campaign_file.exists() and ctx.paths.database.exists()


def check_campaign_files(ctx: AppContext) -> None:
    """Refuse a half campaign: the settings without the database, or the other way round.

    Never create an empty database where one is missing: the real one may be on a backup."""
    check_data_dir(ctx.paths)
    settings, database = ctx.paths.campaign_file.exists(), ctx.paths.database.exists()
    if settings and not database:
        raise CampaignError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The campaign folder {path} has its settings (campaign.json) but no database "
                "(campagne.db): it was moved or deleted. Put it back, for example from a backup; "
                "the app will not create an empty one in its place.",
            ),
            path=str(ctx.paths.data_dir),
        )
    if database and not settings:
        raise CampaignError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The campaign folder {path} holds a database (campagne.db) without its settings "
                "file (campaign.json), which says where the key is. Put campaign.json back "
                "beside it; the app will not open or replace the database without it.",
            ),
            path=str(ctx.paths.data_dir),
        )


def read_campaign_file(ctx: AppContext) -> dict[str, Any]:
    try:
        data = json.loads(ctx.paths.campaign_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CampaignError(
            QT_TRANSLATE_NOOP("messages", "No campaign here yet. Create one first (campagne init).")
        ) from None
    except (OSError, ValueError):
        raise CampaignError(
            QT_TRANSLATE_NOOP("messages", "The campaign settings file is damaged: {path}"),
            path=str(ctx.paths.campaign_file),
        ) from None
    return dict(data)


def _write_campaign_file(ctx: AppContext, data: dict[str, Any]) -> None:
    path = ctx.paths.campaign_file
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
    os.replace(tmp, path)


def key_mode(ctx: AppContext) -> KeyMode:
    return KeyMode(read_campaign_file(ctx).get("key_mode", KeyMode.KEYRING))


def _ask_passphrase(ctx: AppContext, purpose: PassphrasePurpose) -> str:
    passphrase = ctx.ask_passphrase(purpose)
    if not passphrase and purpose is PassphrasePurpose.CREATE:
        raise CampaignError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No secure system keyring was found, so the new campaign must be encrypted with "
                "a passphrase. Type it when asked, or set CAMPAGNE_PASSPHRASE.",
            )
        )
    if not passphrase:
        raise CampaignError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A passphrase is needed to open the campaign (no secure system keyring). "
                "Type it when asked, or set CAMPAGNE_PASSPHRASE.",
            )
        )
    if purpose is PassphrasePurpose.CREATE and len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise CampaignError(
            QT_TRANSLATE_NOOP(
                "messages", "The passphrase must be at least {count} characters long."
            ),
            count=MIN_PASSPHRASE_LENGTH,
        )
    return passphrase


def _store_key(ctx: AppContext, raw: bytes) -> bool:
    """Keep the key in the keyring; False when the keyring refuses (locked, no D-Bus...)."""
    try:
        ctx.secrets.set(DATABASE_KEY_NAME, raw.hex())
    except SecretStoreError:
        log.warning("The system keyring refused the database key: using a passphrase instead")
        return False
    return True


def create_campaign(ctx: AppContext, profile: CampaignProfile) -> Database:
    """Validate ``profile``, create the encrypted database, store its key, save the profile."""
    errors = validate(profile)
    if errors:
        raise errors[0]
    check_data_dir(ctx.paths)
    if ctx.paths.database.exists() or ctx.paths.campaign_file.exists():
        raise CampaignError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A campaign already exists in {path}. Use `campagne profile set` to change it.",
            ),
            path=str(ctx.paths.data_dir),
        )
    raw = secrets.token_bytes(32)
    mode = KeyMode.KEYRING if ctx.keyring.trusted and _store_key(ctx, raw) else KeyMode.PASSPHRASE
    if mode is KeyMode.KEYRING:
        key = DatabaseKey(raw=raw)
    else:  # asked before anything is written: a cancelled passphrase leaves no empty folders
        key = DatabaseKey(passphrase=_ask_passphrase(ctx, PassphrasePurpose.CREATE))
    try:
        ctx.paths.ensure()
        _write_campaign_file(
            ctx, {"format": 1, "key_mode": mode.value, "keyring_backend": ctx.keyring.backend}
        )
    except PermissionError:
        raise ReadOnlyCampaignError(str(ctx.paths.data_dir)) from None
    db = open_database(ctx.paths.database, key)
    now = ctx.clock()
    with db.session() as session:
        save_profile(session, profile, now)
        audit.record(
            session, at=now, actor=ctx.actor, action=AuditAction.CAMPAIGN_CREATED, kind=mode
        )
    return db


def open_campaign(ctx: AppContext) -> Database:
    """Open the existing campaign; the key comes from the keyring or from a passphrase."""
    check_campaign_files(ctx)
    mode = key_mode(ctx)
    if mode is KeyMode.KEYRING:
        stored = ctx.secrets.get(DATABASE_KEY_NAME)
        if not stored:
            raise CampaignError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The key of this campaign cannot be read from the system keyring: it may be "
                    "locked or unavailable, the campaign may have been wiped, or it was created "
                    "under another user account.",
                )
            )
        key = DatabaseKey(raw=bytes.fromhex(stored))
    else:
        key = DatabaseKey(passphrase=_ask_passphrase(ctx, PassphrasePurpose.OPEN))
    return open_database(ctx.paths.database, key)
