"""The compliance gate: every check a batch must pass before it may be exported or sent."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..domain.audit import AuditAction
from ..domain.calendar import (
    NoSendingWindowError,
    SendingPolicy,
    check_recipients,
    next_allowed_for_all,
    region_for_e164,
    restriction_label,
    timezone_for_region,
)
from ..domain.enums import BatchState, ConsentStatus, SourceKind, TemplateKind
from ..domain.footer import (
    FooterChecker,
    FooterElement,
    SourceInfo,
    build_footer,
    element_label,
)
from ..domain.messages import QT_TRANSLATE_NOOP, ComplianceError
from ..domain.profile import validate
from ..providers.cells import needs_neutralising
from ..providers.warnings import provider_warnings
from ..storage.database import Database
from ..storage.models import Batch, BatchMessage, Contact, OptOut, Source
from . import audit
from .batches import BatchError
from .profile import load_profile
from .rights import ERASED


class CheckStatus(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"


@dataclass(frozen=True)
class CheckLine:
    rule: str
    status: CheckStatus
    message: str  # a message key, rendered with ``params`` in the user's language
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """The sentence; parameters that are message keys themselves are translated too."""
        if translate is None:
            return self.message.format(**self.params)
        params = {k: translate(v) if isinstance(v, str) else v for k, v in self.params.items()}
        return str(translate(self.message)).format(**params)


@dataclass
class ComplianceReport:
    batch_id: int
    checked_at: datetime
    lines: list[CheckLine] = field(default_factory=list)
    next_allowed: datetime | None = None
    sendable: int = 0  # messages that will actually leave
    skipped: int = 0  # frozen, but no longer allowed (opted out or consent changed since)
    skipped_ids: list[int] = field(default_factory=list, repr=False)

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


@dataclass
class _SourceCheck:
    footer: str  # the footer the app builds for this source: a text ending with it passes
    checker: FooterChecker


def _scan_messages(session: Any, batch: Batch, profile: Any) -> _Frozen:
    kind = TemplateKind(batch.template_kind)
    wanted = ConsentStatus.GRANTED if kind is TemplateKind.CAMPAIGN else ConsentStatus.PENDING
    opted_out = set(session.scalars(select(OptOut.phone)))
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
    cap = profile.segment_cap
    zone_of: dict[str, str] = {}
    query = (
        select(
            BatchMessage.id,
            BatchMessage.phone,
            BatchMessage.text,
            BatchMessage.segments,
            Contact.consent,
            Contact.consent_requested_at,
            Contact.source_id,
        )
        .outerjoin(Contact, BatchMessage.contact_id == Contact.id)
        .where(
            BatchMessage.batch_id == batch.id,
            # exported ones too: a batch exported again (--again) is checked again in full
            BatchMessage.state.in_(["pending", "exported"]),
        )
        .order_by(BatchMessage.id)
        .execution_options(yield_per=2000)
    )
    for (
        message_id,
        phone,
        text,
        segments,
        consent,
        requested_at,
        source_id,
    ) in session.connection().execute(query):
        if source_id is None or phone == ERASED:
            found.skipped["erased"] += 1
            found.skipped_ids.append(message_id)
            continue
        if phone in opted_out:
            found.skipped["opted_out"] += 1
            found.skipped_ids.append(message_id)
            continue
        if consent != wanted.value or (kind is TemplateKind.CONSENT and requested_at is not None):
            found.skipped["consent_changed"] += 1
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
        prefix = phone[:6]  # country code and the first digits decide the region
        zone = zone_of.get(prefix)
        if zone is None:
            zone = zone_of[prefix] = timezone_for_region(region_for_e164(phone), profile.timezone)
        found.zones.add(zone)
        found.sendable += 1
    return found


def check_batch(
    db: Database, batch_id: int, *, now: datetime, actor: str = "", record: bool = True
) -> ComplianceReport:
    """Run every check on the frozen batch; stores the report and marks the batch checked."""
    with db.session() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise BatchError(QT_TRANSLATE_NOOP("messages", "There is no batch {id}."), id=batch_id)
        profile = load_profile(session)
        report = ComplianceReport(batch_id=batch_id, checked_at=now)
        add = report.lines.append

        if profile.extra.get("demo"):
            add(
                CheckLine(
                    "demo",
                    CheckStatus.FAILED,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This is a demonstration campaign: its numbers are invented but may "
                        "belong to real people, so nothing can be exported.",
                    ),
                )
            )
        problems = validate(profile)
        if problems:
            add(
                CheckLine(
                    "profile",
                    CheckStatus.FAILED,
                    QT_TRANSLATE_NOOP("messages", "The campaign profile is incomplete: {problem}"),
                    {"problem": problems[0].render()},
                )
            )
        else:
            add(
                CheckLine(
                    "profile",
                    CheckStatus.OK,
                    QT_TRANSLATE_NOOP("messages", "The campaign profile is complete."),
                )
            )

        found = _scan_messages(session, batch, profile)
        report.sendable = found.sendable
        report.skipped = sum(found.skipped.values())
        report.skipped_ids = found.skipped_ids
        if found.footer_failures:
            add(
                CheckLine(
                    "footer",
                    CheckStatus.FAILED,
                    QT_TRANSLATE_NOOP(
                        "messages", "{count} message(s) lack part of the legal notice ({elements})."
                    ),
                    {
                        "count": sum(found.footer_failures.values()),
                        "elements": ", ".join(
                            element_label(FooterElement(e)) for e in found.footer_failures
                        ),
                    },
                )
            )
        else:
            add(
                CheckLine(
                    "footer",
                    CheckStatus.OK,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Every message carries the full legal notice and STOP PROSPECTION.",
                    ),
                )
            )
        if found.over_cap:
            add(
                CheckLine(
                    "segments",
                    CheckStatus.FAILED,
                    QT_TRANSLATE_NOOP("messages", "{count} message(s) are longer than {cap} SMS."),
                    {"count": found.over_cap, "cap": profile.segment_cap},
                )
            )
        if found.formula_like:
            # Exports would prefix a quote to disarm the spreadsheet formula, and that quote
            # would be sent: the frozen, checked text must leave unchanged, so it is refused.
            add(
                CheckLine(
                    "formula",
                    CheckStatus.FAILED,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{count} message(s) start with = + - or @, which spreadsheets read as a "
                        "formula. Start the template with a word instead.",
                    ),
                    {"count": found.formula_like},
                )
            )
        if found.skipped:
            add(
                CheckLine(
                    "consent",
                    CheckStatus.WARNING,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{count} message(s) will not be sent: the person opted out, was "
                        "erased or their consent changed since the batch was made.",
                    ),
                    {"count": report.skipped},
                )
            )
        else:
            add(
                CheckLine(
                    "consent",
                    CheckStatus.OK,
                    QT_TRANSLATE_NOOP("messages", "Every recipient consented and none opted out."),
                )
            )
        if report.sendable == 0:
            add(
                CheckLine(
                    "empty",
                    CheckStatus.FAILED,
                    QT_TRANSLATE_NOOP("messages", "No message is left to send in this batch."),
                )
            )

        _check_time(report, found.zones, profile, now)
        for key in provider_warnings(batch.provider or profile.provider):
            add(CheckLine("provider", CheckStatus.WARNING, key))

        if record:
            batch.compliance_report = report.as_json()["lines"]
            batch.checked_at = now
            if report.passed and batch.state == BatchState.DRAFT.value:
                batch.state = BatchState.CHECKED.value
            audit.record(
                session,
                at=now,
                actor=actor or batch.created_by,
                action=AuditAction.BATCH_CHECKED,
                counts={"failed": len(report.failures()), "sendable": report.sendable},
                batch_id=batch_id,
            )
        return report


def _check_time(report: ComplianceReport, zones: set[str], profile: Any, now: datetime) -> None:
    if not zones:
        return
    policy = SendingPolicy.from_profile(profile)
    verdicts = check_recipients(now, zones, policy)
    blocked = {zone: v for zone, v in verdicts.items() if not v.allowed}
    if not blocked:
        report.lines.append(
            CheckLine(
                "time",
                CheckStatus.OK,
                QT_TRANSLATE_NOOP(
                    "messages", "Sending is allowed now for every recipient ({zones})."
                ),
                {"zones": ", ".join(sorted(zones))},
            )
        )
        return
    try:
        report.next_allowed = next_allowed_for_all(now, zones, policy)
    except NoSendingWindowError:
        report.next_allowed = None
    zone, verdict = sorted(blocked.items())[0]
    assert verdict.restriction is not None
    report.lines.append(
        CheckLine(
            "time",
            CheckStatus.FAILED,
            QT_TRANSLATE_NOOP(
                "messages",
                "Not now: {restriction} for recipients in {zone}. Next "
                "allowed moment for everyone: {next}.",
            ),
            {
                "restriction": restriction_label(verdict.restriction),
                "zone": zone,
                "next": report.next_allowed.astimezone(ZoneInfo(profile.timezone)).strftime(
                    "%d/%m/%Y %H:%M %Z"
                )
                if report.next_allowed
                else "-",
            },
        )
    )


def require_compliant(
    db: Database, batch_id: int, *, now: datetime, actor: str
) -> ComplianceReport:
    """The check, raising :class:`ComplianceError` (exit 3) naming each failed rule."""
    report = check_batch(db, batch_id, now=now, actor=actor)
    if not report.passed:
        raise ComplianceError(
            QT_TRANSLATE_NOOP("messages", "Refused by the compliance check: {reasons}"),
            reasons=" / ".join(line.render() for line in report.failures()),
        )
    return report
