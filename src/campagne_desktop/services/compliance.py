"""The compliance gate: every check a batch must pass before it may be exported or sent.

The check reads the present: who may still receive each frozen message (the eligibility policy,
with today's opt-outs and consents), the profile and provider as they are now, and the calendar
at ``now``. Nothing decided at creation is trusted. The report's lines come from the pure
``domain/compliance_report.py``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit import AuditAction
from ..domain.calendar import (
    REGION_PREFIX_LENGTH,
    SendingPolicy,
    region_for_e164,
    zones_for_region,
)
from ..domain.compliance_report import CheckFacts, CheckLine, CheckStatus, report_lines
from ..domain.eligibility import Reason, length_cap, since_moment
from ..domain.enums import BatchState, SourceKind, TemplateKind
from ..domain.footer import FooterChecker, SourceInfo, build_footer
from ..domain.lifecycle import OUTGOING_MESSAGES, require_move
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError
from ..domain.profile import CampaignProfile, validate
from ..domain.selection import Selection
from ..providers.cells import needs_neutralising
from ..providers.warnings import provider_warnings
from ..storage.models import Batch, BatchMessage, Contact, Source
from . import audit
from .audience import reason_column
from .batches import load_batch
from .profile import load_profile
from .unit_of_work import UnitOfWork

__all__ = [
    "CheckLine",
    "CheckRefusedError",
    "CheckStatus",
    "ComplianceReport",
    "check_batch",
    "require_compliant",
]


@dataclass
class ComplianceReport:
    batch_id: int
    checked_at: datetime
    lines: list[CheckLine] = field(default_factory=list)
    next_allowed: datetime | None = None
    sendable: int = 0  # messages that will actually leave
    skipped: int = 0  # frozen, but no longer allowed (opted out or consent changed since)
    skipped_ids: list[int] = field(default_factory=list, repr=False)
    zones: list[str] = field(default_factory=list)  # every zone a recipient may be in

    @property
    def passed(self) -> bool:
        return all(line.status is not CheckStatus.FAILED for line in self.lines)

    def failures(self) -> list[CheckLine]:
        return [line for line in self.lines if line.status is CheckStatus.FAILED]

    def as_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch_id,
            "passed": self.passed,
            "checked_at": self.checked_at.isoformat(),
            "next_allowed": self.next_allowed.isoformat() if self.next_allowed else None,
            "sendable": self.sendable,
            "skipped": self.skipped,
            "lines": [
                asdict(line) | {"status": line.status.value, "text": line.render()}
                for line in self.lines
            ],
        }


@dataclass
class _Frozen:
    """What the check learns about the frozen messages in one pass."""

    sendable: int = 0
    skipped_ids: list[int] = field(default_factory=list)
    footer_failures: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    over_cap: int = 0
    formula_like: int = 0  # a spreadsheet would read the text as a formula
    zones: set[str] = field(default_factory=set)
    zone_groups: Counter[tuple[str, ...]] = field(default_factory=Counter)


@dataclass
class _SourceCheck:
    footer: str  # the footer the app builds for this source: a text ending with it passes
    checker: FooterChecker


def _scan_messages(session: Session, batch: Batch, profile: CampaignProfile) -> _Frozen:
    kind = TemplateKind(batch.template_kind)
    per_source: dict[int, _SourceCheck] = {}
    for source_id, source_kind, description in session.execute(
        select(Source.id, Source.kind, Source.description)
    ):
        info = SourceInfo(SourceKind(source_kind), description)
        checker = FooterChecker(profile, info, kind)
        footer = build_footer(profile, info, kind)
        # A footer that is itself incomplete must never take the fast path below.
        per_source[source_id] = _SourceCheck(
            footer if not checker.missing(footer) else "\0", checker
        )
    found = _Frozen()
    cap = length_cap(profile.segment_cap, batch.segment_cap)  # a cap raised for this batch holds
    zone_of: dict[str, tuple[str, ...]] = {}
    since = since_moment(Selection.from_json(batch.selection).not_messaged_since, profile.timezone)
    # The batch's own policy, as of now: opt-outs, consents and other batches since creation.
    reason = reason_column(kind, since, judged_batch=batch.id)
    query = (
        select(
            BatchMessage.id,
            BatchMessage.phone,
            BatchMessage.text,
            BatchMessage.segments,
            Contact.source_id,
            reason,
        )
        .outerjoin(Contact, BatchMessage.contact_id == Contact.id)
        .where(
            BatchMessage.batch_id == batch.id,
            # exported ones too: a batch exported again (--again) is checked again in full
            BatchMessage.state.in_([s.value for s in OUTGOING_MESSAGES]),
        )
        .order_by(BatchMessage.id)
        .execution_options(yield_per=2000)
    )
    for message_id, phone, text, segments, source_id, why in session.connection().execute(query):
        if why is not None:
            found.skipped[why] += 1
            found.skipped_ids.append(message_id)
            continue
        check = per_source[source_id]
        if not text.endswith(check.footer):
            for element in check.checker.missing(text):
                found.footer_failures[element.value] += 1
        if segments > cap:
            found.over_cap += 1
        if needs_neutralising(text):
            found.formula_like += 1
        prefix = phone[:REGION_PREFIX_LENGTH]
        zones = zone_of.get(prefix)
        if zones is None:
            zones = zone_of[prefix] = zones_for_region(region_for_e164(phone), profile.timezone)
        found.zones.update(zones)
        found.zone_groups[zones] += 1
        found.sendable += 1
    return found


def check_batch(
    uow: UnitOfWork,
    batch_id: int,
    *,
    now: datetime,
    actor: str = "",
    record: bool = True,
    provider: str = "",
) -> ComplianceReport:
    """Run every check on the frozen batch; stores the report and marks the batch checked.

    ``provider`` is the one an export is about to use; otherwise the profile's, as it is now.
    """
    with uow.transaction() as session:
        batch = load_batch(session, batch_id)
        profile = load_profile(session)
        found = _scan_messages(session, batch, profile)
        problems = validate(profile)
        facts = CheckFacts(
            batch_id=batch_id,
            demo=bool(profile.extra.get("demo")),
            profile_problem=problems[0].render() if problems else None,
            footer_failures=dict(found.footer_failures),
            over_cap=found.over_cap,
            segment_cap=length_cap(profile.segment_cap, batch.segment_cap),
            formula_like=found.formula_like,
            skipped=sum(found.skipped.values()),
            held=found.skipped[Reason.REPLY_TO_READ.value],
            sendable=found.sendable,
            zones=frozenset(found.zones),
            zone_groups=dict(found.zone_groups),
            provider_warnings=tuple(provider_warnings(provider or profile.provider)),
        )
        policy = SendingPolicy.from_profile(profile) if found.zones else None
        lines, next_allowed = report_lines(
            facts, now=now, policy=policy, display_zone=profile.timezone
        )
        report = ComplianceReport(
            batch_id=batch_id,
            checked_at=now,
            lines=lines,
            next_allowed=next_allowed,
            sendable=found.sendable,
            skipped=facts.skipped,
            skipped_ids=found.skipped_ids,
            zones=sorted(found.zones),
        )
        if record:
            batch.compliance_report = report.as_json()["lines"]
            batch.checked_at = now
            if report.passed and batch.state == BatchState.DRAFT.value:
                batch.state = require_move(batch_id, BatchState.DRAFT, BatchState.CHECKED).value
            audit.record(
                session,
                at=now,
                actor=actor or batch.created_by,
                action=AuditAction.BATCH_CHECKED,
                counts={"failed": len(report.failures()), "sendable": report.sendable},
                batch_id=batch_id,
            )
        return report


class CheckRefusedError(ComplianceError):
    """The check failed: exit 3, and the report that says why (no need to check again)."""

    def __init__(self, report: ComplianceReport) -> None:
        self.report = report
        super().__init__(
            QT_TRANSLATE_NOOP("messages", "Refused by the compliance check: {reasons}"),
            reasons=" / ".join(line.render() for line in report.failures()),
        )


def require_compliant(
    uow: UnitOfWork, batch_id: int, *, now: datetime, actor: str, provider: str = ""
) -> ComplianceReport:
    """The check, raising :class:`ComplianceError` (exit 3) naming each failed rule."""
    report = check_batch(uow, batch_id, now=now, actor=actor, provider=provider)
    if not report.passed:
        raise CheckRefusedError(report)
    return report
