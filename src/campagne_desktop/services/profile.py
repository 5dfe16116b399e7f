"""Reading and changing the campaign profile."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.enums import ElectionKind, FooterForm
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.profile import CampaignProfile, parse_field, validate
from ..storage.database import Database
from ..storage.models import Profile
from . import audit

PROFILE_ID = 1


class NoProfileError(UserError):
    pass


def _to_domain(row: Profile) -> CampaignProfile:
    values: dict[str, Any] = {f.name: getattr(row, f.name) for f in fields(CampaignProfile)}
    values["election"] = ElectionKind(row.election)
    values["footer_form"] = FooterForm(row.footer_form)
    values["extra"] = dict(row.extra or {})
    return CampaignProfile(**values)


def save_profile(session: Session, profile: CampaignProfile, now: datetime) -> None:
    row = session.get(Profile, PROFILE_ID)
    if row is None:
        row = Profile(id=PROFILE_ID, created_at=now)
        session.add(row)
    for f in fields(CampaignProfile):
        value = getattr(profile, f.name)
        if isinstance(value, ElectionKind | FooterForm):
            value = value.value
        setattr(row, f.name, value)
    row.updated_at = now


def load_profile(session: Session) -> CampaignProfile:
    row = session.get(Profile, PROFILE_ID)
    if row is None:
        raise NoProfileError(QT_TRANSLATE_NOOP("messages", "The campaign has no profile yet."))
    return _to_domain(row)


def get_profile(db: Database) -> CampaignProfile:
    with db.session() as session:
        return load_profile(session)


def update_profile(db: Database, profile: CampaignProfile, *, actor: str, now: datetime) -> None:
    """Save ``profile`` after validation; raises the first problem found."""
    errors = validate(profile)
    if errors:
        raise errors[0]
    with db.session() as session:
        before = load_profile(session)
        changed = sorted(
            f.name
            for f in fields(CampaignProfile)
            if getattr(before, f.name) != getattr(profile, f.name)
        )
        save_profile(session, profile, now)
        audit.record(
            session, at=now, actor=actor, action=AuditAction.PROFILE_UPDATED, fields=changed
        )


def set_field(db: Database, name: str, raw: str, *, actor: str, now: datetime) -> CampaignProfile:
    """Change one field from its text form (``campagne profile set FIELD VALUE``)."""
    value = parse_field(name, raw)
    profile = get_profile(db).with_changes(**{name: value})
    update_profile(db, profile, actor=actor, now=now)
    return profile
