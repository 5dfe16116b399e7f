"""The usual case of an import, fast: a mobile of France or an overseas department, 9 digits.

``phonenumbers.number_type`` tests a number against every type of its region's plan through
several layers of calls (0.1 ms a number, most of an import's time). In the plans of France,
Guadeloupe, Martinique, Guyane, La Réunion and Mayotte every number is 9 digits after the "0",
and no other type overlaps the mobile one (mobiles start with 6 or 7, no other type does), so
"MOBILE" is exactly "matches the region's mobile pattern". The patterns are read from
``phonenumbers``' own metadata, so they follow its updates. Anything the fast path does not
recognise goes the slow way; tests/domain/test_phone_fastpath.py checks that both ways agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from phonenumbers import PhoneMetadata, country_code_for_region

# Regions whose plan has the property above; a region is added only with the property test.
FAST_REGIONS = ("FR", "GP", "MQ", "GF", "RE", "YT")
NATIONAL_LENGTH = 9


def _mobile_patterns() -> dict[int, tuple[tuple[str, re.Pattern[str]], ...]]:
    by_code: dict[int, list[tuple[str, re.Pattern[str]]]] = {}
    for region in FAST_REGIONS:
        metadata = PhoneMetadata.metadata_for_region(region)
        mobile = metadata.mobile if metadata is not None else None
        if mobile is None or not mobile.national_number_pattern:
            continue  # the slow path handles this region
        pattern = re.compile(mobile.national_number_pattern)
        by_code.setdefault(country_code_for_region(region), []).append((region, pattern))
    return {code: tuple(entries) for code, entries in by_code.items()}


_MOBILE = _mobile_patterns()


def mobile_region(nsn: str, codes: Iterable[int]) -> tuple[int, str] | None:
    """(country code, region) of the first of ``codes`` where ``nsn`` is a mobile, or None.

    None means "not recognised here": the caller asks ``phonenumbers``.
    """
    if len(nsn) != NATIONAL_LENGTH:
        return None
    for code in codes:
        for region, pattern in _MOBILE.get(code, ()):
            if pattern.fullmatch(nsn):
                return code, region
    return None
