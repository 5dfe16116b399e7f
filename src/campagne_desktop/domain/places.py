"""Where recipients live, in words: the French places a group of time zones stands for."""

from __future__ import annotations

from types import MappingProxyType

from .calendar import POLYNESIA_ZONES
from .messages import QT_TRANSLATE_NOOP

# A group is the zones one recipient may be in (three for French Polynesia); any other zone is
# named as is.
PLACE_NAMES: MappingProxyType[tuple[str, ...], str] = MappingProxyType(
    {
        ("Europe/Paris",): QT_TRANSLATE_NOOP("messages", "mainland France"),
        ("America/Guadeloupe",): QT_TRANSLATE_NOOP("messages", "Guadeloupe"),
        ("America/Martinique",): QT_TRANSLATE_NOOP("messages", "Martinique"),
        ("America/Cayenne",): QT_TRANSLATE_NOOP("messages", "French Guiana"),
        ("Indian/Reunion",): QT_TRANSLATE_NOOP("messages", "Réunion"),
        ("Indian/Mayotte",): QT_TRANSLATE_NOOP("messages", "Mayotte"),
        ("America/St_Barthelemy",): QT_TRANSLATE_NOOP("messages", "Saint-Barthélemy"),
        ("America/Marigot",): QT_TRANSLATE_NOOP("messages", "Saint-Martin"),
        ("America/Miquelon",): QT_TRANSLATE_NOOP("messages", "Saint-Pierre-et-Miquelon"),
        ("Pacific/Noumea",): QT_TRANSLATE_NOOP("messages", "New Caledonia"),
        ("Pacific/Wallis",): QT_TRANSLATE_NOOP("messages", "Wallis and Futuna"),
        POLYNESIA_ZONES: QT_TRANSLATE_NOOP("messages", "French Polynesia"),
    }
)


def place_name(group: tuple[str, ...]) -> str:
    """The message key naming where a group of zones is ("Guadeloupe"), or its zone."""
    return PLACE_NAMES.get(group, ", ".join(group))
