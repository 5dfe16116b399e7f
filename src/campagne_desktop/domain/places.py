"""Where recipients live, in words: the French places a group of time zones stands for."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import MappingProxyType

from .messages import QT_TRANSLATE_NOOP

# French Polynesia's three zones: one place, whose recipients may be in any of them. Here rather
# than in calendar.py so that naming a place does not load the holiday calendars.
POLYNESIA_ZONES = ("Pacific/Tahiti", "Pacific/Marquesas", "Pacific/Gambier")

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


# Where in French Polynesia each of its zones is: the archipelago keeps its own clock.
POLYNESIA_ISLANDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "Pacific/Tahiti": QT_TRANSLATE_NOOP("messages", "French Polynesia (Tahiti)"),
        "Pacific/Marquesas": QT_TRANSLATE_NOOP("messages", "French Polynesia (Marquesas)"),
        "Pacific/Gambier": QT_TRANSLATE_NOOP("messages", "French Polynesia (Gambier)"),
    }
)


def zone_place(zones: str | Iterable[str], translate: Callable[[str], str]) -> str:
    """Where one time zone, or a group of them, is, in ``translate``'s language:
    "Indian/Reunion" → "La Réunion", the three Polynesian zones → "Polynésie française"; a
    zone outside France stays its id, which is all we know of it. A group may come as its
    label ("Pacific/Tahiti, Pacific/Marquesas")."""
    group = tuple(zones.split(", ")) if isinstance(zones, str) else tuple(zones)
    for known, key in PLACE_NAMES.items():
        if len(group) > 1 and set(group) == set(known):
            return translate(key)
    return ", ".join(_one_place(zone, translate) for zone in group)


def _one_place(zone: str, translate: Callable[[str], str]) -> str:
    return translate(place_keys([zone])[0])


def place_keys(zones: Iterable[str]) -> tuple[str, ...]:
    """The message key naming each zone's place (a zone outside France: its id), for texts
    translated later (a compliance line's parameters)."""
    return tuple(POLYNESIA_ISLANDS.get(zone) or PLACE_NAMES.get((zone,)) or zone for zone in zones)
