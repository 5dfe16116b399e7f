"""Instants are stored in UTC; people read them, and count days, in the campaign's time zone."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo


def in_zone(moment: datetime, tz: str) -> datetime:
    """``moment`` as the wall clock of zone ``tz`` shows it. Raises ValueError if naive."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a naive datetime has no place in time")
    return moment.astimezone(ZoneInfo(tz))


def local_day(moment: datetime, tz: str) -> date:
    """The calendar day it is in zone ``tz`` at ``moment`` (not UTC's day, one or two hours off
    in France, more overseas)."""
    return in_zone(moment, tz).date()


def day_start(day: date, tz: str) -> datetime:
    """Midnight at the start of ``day`` in zone ``tz`` (aware)."""
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(tz))


def display_time(moment: datetime, tz: str) -> str:
    """``01/02/2026 14:05`` in zone ``tz``."""
    return in_zone(moment, tz).strftime("%d/%m/%Y %H:%M")
