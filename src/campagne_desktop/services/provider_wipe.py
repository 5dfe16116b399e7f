"""The end of the campaign at the provider: delete what its API lets us delete, say the rest.

Run before the local wipe, which destroys the credentials and the provider ids this needs.
The provider's STOP list is left alone on purpose: it protects the people who asked to stop if
the account is used again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TypeVar

from sqlalchemy import or_, select

from ..context import AppContext
from ..domain.audit import AuditAction
from ..domain.enums import API_PROVIDERS, BatchState, ProviderKey
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..providers.api import (
    Capability,
    ProviderError,
    RejectedError,
    SmsProviderApi,
    TransientError,
)
from ..providers.catalog import PROVIDERS
from ..storage.models import AuditEvent, Batch, BatchMessage, Profile
from . import audit
from .provider_credentials import get_settings, open_api, provider_failure
from .unit_of_work import UnitOfWork
from .wipe_provider_report import (
    ASK_LISTS,
    ASK_REPLIES,
    ASK_SENT,
    ProviderWipeReport,
    ProviderWipeStatus,
)

__all__ = [
    "ASK_LISTS",
    "ASK_REPLIES",
    "ASK_SENT",
    "ProviderPlan",
    "ProviderStepError",
    "ProviderWipeReport",
    "plan_provider_wipe",
    "provider_wipe_step",
    "wipe_at_provider",
]

# Seconds to wait for each answer during the wipe (tests shorten it).
WIPE_TIMEOUT = 20.0
# Before each retry of a request the provider answered with a 429 or a 5xx (deleting is
# idempotent). No answer at all fails at once: the user decides to retry or to skip.
BACKOFF = (1.0, 2.0, 4.0)
Sleep = Callable[[float], None]
T = TypeVar("T")

PROVIDER_STEP_FAILED = QT_TRANSLATE_NOOP(
    "messages",
    "{provider} could not delete the campaign's data ({reason}). Nothing was deleted on this "
    "computer and the campaign still works. Try again later, or wipe without the provider "
    "(campagne wipe --skip-provider, or Continue without the provider in the window): the "
    "certificate will then list what to ask {provider} by hand.",
)


class ProviderStepError(UserError):
    """The provider's step failed before anything local was touched: retry, or skip it."""


@dataclass(frozen=True)
class ProviderPlan:
    """What the provider step will do, read before the wipe (the window shows it)."""

    provider: str  # key of the provider whose API is set up, "" when none
    display_name: str
    uses_api: bool
    sent_with: list[str]  # providers whose API took messages (they hold their history)
    uploaded_to: list[str]  # providers whose site received exported files


def _gone_already(error: ProviderError) -> bool:
    return isinstance(error, RejectedError) and error.status == 404


def _retried(call: Callable[[], T], sleep: Sleep) -> T:
    for pause in (*BACKOFF, None):
        try:
            return call()
        except TransientError as error:
            if error.status is None or pause is None:
                raise
            sleep(pause)
    raise AssertionError("unreachable")


def _gone(call: Callable[[], None], sleep: Sleep) -> None:
    """Delete one thing; already gone (404: an earlier, interrupted wipe) is fine."""
    try:
        _retried(call, sleep)
    except ProviderError as error:
        if not _gone_already(error):
            raise


def _delete(uow: UnitOfWork, api: SmsProviderApi, report: ProviderWipeReport, sleep: Sleep) -> None:
    """Delete through the API, counting as it goes (``report`` holds what was done if it fails)."""
    if Capability.DELETE_SENT in api.capabilities:
        with uow.transaction() as session:
            # Only what went through this provider: another's ids mean nothing to it.
            ids = list(
                session.scalars(
                    select(BatchMessage.provider_id)
                    .join(Batch, Batch.id == BatchMessage.batch_id)
                    .where(BatchMessage.provider_id != "", Batch.provider == api.key)
                )
            )
        for provider_id in ids:
            _gone(partial(api.delete_sent, provider_id), sleep)
            report.sent_deleted += 1
    else:
        report.ask_by_hand.append(ASK_SENT)
    if Capability.DELETE_REPLIES in api.capabilities:
        for reply in _retried(api.replies, sleep):
            _gone(partial(api.delete_reply, reply.provider_id), sleep)
            report.replies_deleted += 1
    else:
        report.ask_by_hand.append(ASK_REPLIES)


def wipe_at_provider(
    uow: UnitOfWork,
    api: SmsProviderApi,
    *,
    actor: str,
    now: datetime,
    display_name: str = "",
    sleep: Sleep = time.sleep,
) -> ProviderWipeReport:
    """Delete the campaign's sent messages and the replies at the provider, where it can.

    What was deleted is recorded in the audit trail even when the provider fails half-way, so
    that a second run (whose deletions of the same things find nothing) still counts them."""
    name = display_name or api.key
    report = ProviderWipeReport(provider=api.key, display_name=name)
    failure: ProviderError | None = None
    try:
        _delete(uow, api, report, sleep)
    except ProviderError as error:
        failure = error
    with uow.transaction() as session:
        audit.record(
            session,
            at=now,
            actor=actor,
            action=AuditAction.PROVIDER_WIPED,
            counts={"sent": report.sent_deleted, "replies": report.replies_deleted},
            kind=ProviderKey(api.key),
        )
    if failure is not None:
        raise provider_failure(name, failure) from None
    report.ask_by_hand.append(ASK_LISTS)
    return report


def _display_name(key: str) -> str:
    info = PROVIDERS.get(key)
    return info.display_name if info is not None else key


def plan_provider_wipe(ctx: AppContext, uow: UnitOfWork) -> ProviderPlan:
    """Which provider's API the wipe will use, and which sites hold exported files."""
    api_keys = {p.value for p in API_PROVIDERS}
    settings = get_settings(ctx, uow.db) if _current_provider(uow) in api_keys else None
    with uow.transaction() as session:
        exported = session.scalars(
            select(Batch.provider)
            .where(or_(Batch.exported_at.is_not(None), Batch.state == BatchState.EXPORTED.value))
            .distinct()
        )
        uploaded = sorted({_display_name(key or "other") for key in exported})
        sent_with = sorted(
            {
                _display_name(key)
                for key in session.scalars(
                    select(Batch.provider)
                    .join(BatchMessage, BatchMessage.batch_id == Batch.id)
                    .where(BatchMessage.provider_id != "")
                    .distinct()
                )
            }
        )
    uses_api = settings is not None and settings.has_credentials
    return ProviderPlan(
        provider=settings.key if uses_api and settings else "",
        display_name=settings.display_name if uses_api and settings else "",
        uses_api=uses_api,
        sent_with=sent_with,
        uploaded_to=uploaded,
    )


def _current_provider(uow: UnitOfWork) -> str:
    with uow.transaction() as session:
        profile = session.get(Profile, 1)
        return profile.provider if profile is not None else ""


def _replies_deleted_before(uow: UnitOfWork, key: str) -> int:
    """Replies deleted by earlier runs (``provider wipe``, a wipe stopped half-way): they are
    gone from the provider, so this run cannot count them again."""
    with uow.transaction() as session:
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == AuditAction.PROVIDER_WIPED.value, AuditEvent.kind == key
            )
        )
        return sum(int((e.counts or {}).get("replies", 0)) for e in events)


def provider_wipe_step(
    ctx: AppContext, uow: UnitOfWork, *, skip: bool, actor: str, now: datetime
) -> ProviderWipeReport:
    """The wipe's first step. Raises :class:`ProviderStepError` if the provider cannot be
    reached or refuses: then nothing local has changed, and the user retries or skips."""
    plan = plan_provider_wipe(ctx, uow)
    uploaded = list(plan.uploaded_to)
    if not plan.uses_api:
        if not uploaded and not plan.sent_with:
            return ProviderWipeReport(provider="", status=ProviderWipeStatus.NOTHING.value)
        # Sent through an API whose credentials are gone: that provider is the one to ask.
        return ProviderWipeReport(
            provider="",
            display_name=", ".join(plan.sent_with),
            status=ProviderWipeStatus.NO_API.value,
            ask_by_hand=[ASK_SENT, ASK_REPLIES],
            uploaded_to=uploaded,
        )
    if skip:
        return ProviderWipeReport(
            provider=plan.provider,
            display_name=plan.display_name,
            status=ProviderWipeStatus.SKIPPED.value,
            ask_by_hand=[ASK_SENT, ASK_REPLIES, ASK_LISTS],
            uploaded_to=uploaded,
        )
    earlier = _replies_deleted_before(uow, plan.provider)
    try:
        api = open_api(ctx, uow.db, plan.provider, timeout=WIPE_TIMEOUT)
    except UserError as error:
        raise ProviderStepError(
            PROVIDER_STEP_FAILED, provider=plan.display_name, reason=error.render()
        ) from None
    try:
        report = wipe_at_provider(uow, api, actor=actor, now=now, display_name=plan.display_name)
    except UserError as error:
        raise ProviderStepError(
            PROVIDER_STEP_FAILED, provider=plan.display_name, reason=_reason(error)
        ) from None
    finally:
        api.close()
    report.replies_deleted += earlier
    report.uploaded_to = uploaded
    return report


def _reason(error: UserError) -> str:
    """The provider's own words, without the advice meant for `provider` commands."""
    return str(error.params.get("reason") or error.render())
