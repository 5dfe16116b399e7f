"""Translated words for values the domain names technically (no jargon on screen).

The command line keeps the technical names (GSM-7, UCS-2) that providers' documents use; the
window says "standard" and "special characters", which a volunteer understands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import SmsEncoding
from ..domain.sms import SegmentInfo


def encoding_label(encoding: SmsEncoding) -> str:
    if encoding is SmsEncoding.GSM7:
        return QCoreApplication.translate("labels", "standard characters")
    return QCoreApplication.translate("labels", "special characters")


def segments_text(info: SegmentInfo) -> str:
    """E.g. "2 SMS · standard characters · 287/306"."""
    return QCoreApplication.translate(
        "labels", "%n SMS · {encoding} · {units}/{capacity}", "", info.segments
    ).format(encoding=encoding_label(info.encoding), units=info.units, capacity=info.capacity)


def special_character_tip() -> str:
    return QCoreApplication.translate(
        "labels", "Special character: each SMS then holds 70 characters instead of 160"
    )
