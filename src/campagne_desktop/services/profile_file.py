"""The profile file: what a volunteer needs to preview the real footer, and nothing personal.

It holds the campaign profile's fields (the candidate's public identity, election, rights contact,
footer form, price...), never a contact, a key or the extra settings, so it can be e-mailed to
volunteers, who write templates without any contact database.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.audit import AuditAction
from ..domain.enums import ElectionKind, FooterForm
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.money import parse_money
from ..domain.profile import CampaignProfile, validate
from ..storage.database import Database
from . import audit
from .private_files import write_owner_only
from .profile import get_profile
from .template_file import TemplateFileError, read_json
from .templates import record_export

PROFILE_FILE_FORMAT = "campagne-profile"
PROFILE_FILE_VERSION = 1
PROFILE_FILE_SUFFIX = ".campagne-profil.json"
# Free-form settings may hold anything: they stay on the candidate's computer.
EXCLUDED_FIELDS = frozenset({"extra"})


class ProfileFileError(TemplateFileError):
    """The file is not a profile file this version can read."""


def profile_file_data(profile: CampaignProfile) -> dict[str, Any]:
    shared = {k: v for k, v in profile.as_dict().items() if k not in EXCLUDED_FIELDS}
    return {"format": PROFILE_FILE_FORMAT, "version": PROFILE_FILE_VERSION, "profile": shared}


def write_profile_file(profile: CampaignProfile, path: Path, *, overwrite: bool = False) -> Path:
    return write_owner_only(path, profile_file_data(profile), overwrite=overwrite)


def export_profile_file(
    db: Database, path: Path, *, actor: str, now: datetime, overwrite: bool = False
) -> Path:
    """Write the campaign's profile file (0600), recorded for the end-of-campaign wipe."""
    written = write_profile_file(get_profile(db), path, overwrite=overwrite)
    with db.session() as session:
        record_export(session, written, "profile-file", now)
        audit.record(session, at=now, actor=actor, action=AuditAction.PROFILE_FILE_EXPORTED)
    return written


def _invalid(path: Path) -> ProfileFileError:
    return ProfileFileError(
        QT_TRANSLATE_NOOP("messages", "{path} is not a {what} file."),
        path=str(path),
        what=QT_TRANSLATE_NOOP("messages", "profile"),
    )


def _typed(name: str, value: Any) -> Any:
    """The field's value as the dataclass expects it; raises ValueError/TypeError if it isn't."""
    if name in ("round1", "round2"):
        return None if value is None and name == "round2" else date.fromisoformat(value)
    if name == "election":
        return ElectionKind(value)
    if name == "footer_form":
        return FooterForm(value)
    if name in ("allow_public_holidays", "keep_accents"):
        if not isinstance(value, bool):
            raise TypeError(name)
        return value
    if name == "price_per_segment":
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise TypeError(name)
        return parse_money(value)
    if name == "segment_cap":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(name)
        return value
    if not isinstance(value, str):
        raise TypeError(name)
    return value


def read_profile_file(path: Path) -> CampaignProfile:
    """The profile in a profile file, validated like the candidate's own; raises on any problem."""
    data = read_json(path, "profile")
    if data.get("format") != PROFILE_FILE_FORMAT or not isinstance(data.get("profile"), dict):
        raise _invalid(path)
    version = data.get("version")
    if not isinstance(version, int) or version > PROFILE_FILE_VERSION:
        raise ProfileFileError(
            QT_TRANSLATE_NOOP(
                "messages", "{path} comes from a newer version of Campagne Desktop: update it."
            ),
            path=str(path),
        )
    raw: dict[str, Any] = data["profile"]
    known = {f.name for f in fields(CampaignProfile)} - EXCLUDED_FIELDS
    try:
        values = {name: _typed(name, value) for name, value in raw.items() if name in known}
        profile = CampaignProfile(**values)
    except (TypeError, ValueError):
        raise _invalid(path) from None
    errors = validate(profile)
    if errors:
        raise errors[0]
    return profile
