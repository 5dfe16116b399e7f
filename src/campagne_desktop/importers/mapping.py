"""Which columns hold the phone, names, commune, postal code and tags, and reading them out.

Headers are matched in French and English after folding case, accents and punctuation, so
"Téléphone portable", "TEL_PORTABLE" and "Mobile Phone" all look alike.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from campagne_desktop.importers.errors import (
    BAD_OVERRIDE,
    UNKNOWN_COLUMN,
    UNKNOWN_FIELD,
    ColumnMappingError,
)
from campagne_desktop.importers.labels import (
    LANDLINE_RANK,
    LANDLINE_WORDS,
    MOBILE_RANK,
    MOBILE_WORDS,
    NEUTRAL_RANK,
    NO_SMS_WORDS,
    fold,
    phone_label_rank,
)
from campagne_desktop.importers.limits import MAX_TAGS
from campagne_desktop.importers.records import ContactRow, RawRecord

CONTACT_FIELDS = ("phone", "first_name", "last_name", "commune", "postal_code", "tags")

_PHONE_WORDS = frozenset(
    {"tel", "tels", "telephone", "telephones", "phone", "phones", "msisdn", "cell", "mob"}
)
_PHONE_PARTS = ("phone", "portable", "mobile", "gsm", "telephon")
# "Assistant's Phone" and an emergency contact reach someone else: never a candidate number.
_NOT_PHONE = frozenset(
    {"type", "label", "phonetic", "phonetique", "yomi", "mail", "email", "e", "indicatif",
     "code", "country", "pays", "extension", "poste", "ext", "date", "consent", "consentement",
     "opt", "optin", "verifie", "valid", "statut", "status",
     "assistant", "secretaire", "urgence", "emergency"}
)  # fmt: skip
_NUMBER_WORDS = frozenset({"numero", "numeros", "num", "number", "no", "n", "nr"})
_FILLER = frozenset({"de", "du", "d", "le", "la", "the", "of"})
_NUMBER_ONLY_RANK = 4  # "Numéro" alone: a phone column only when nothing better is there


@dataclass(frozen=True)
class _FieldRule:
    exact: frozenset[str]  # folded headers that surely are this field
    patterns: tuple[frozenset[str], ...]  # token sets that are enough to be this field
    excluded: frozenset[str] = frozenset()


_RULES: dict[str, _FieldRule] = {
    "first_name": _FieldRule(
        frozenset({"prenom", "prenoms", "first name", "firstname", "given name", "givenname",
                   "forename", "prenom usuel"}),
        (frozenset({"prenom"}), frozenset({"first", "name"}), frozenset({"given", "name"})),
        frozenset({"phonetic", "yomi", "nom", "last", "family", "middle", "phonetique"}),
    ),
    "last_name": _FieldRule(
        frozenset({"nom", "last name", "lastname", "family name", "familyname", "surname",
                   "nom de famille", "nom d usage", "nom usuel", "nom de naissance"}),
        (frozenset({"nom"}), frozenset({"last", "name"}), frozenset({"family", "name"}),
         frozenset({"surname"})),
        frozenset({"prenom", "phonetic", "yomi", "first", "given", "middle", "commune", "ville",
                   "rue", "voie", "entreprise", "societe", "company", "organisation",
                   "organization", "fichier", "file", "liste", "campagne", "complet"}),
    ),
    "commune": _FieldRule(
        frozenset({"commune", "ville", "city", "localite", "locality", "town",
                   "commune de residence", "ville de residence"}),
        (frozenset({"commune"}), frozenset({"ville"}), frozenset({"city"}),
         frozenset({"localite"}), frozenset({"locality"})),
        frozenset({"code", "insee", "cp", "postal", "zip", "naissance", "birth"}),
    ),
    "postal_code": _FieldRule(
        frozenset({"code postal", "cp", "zip", "postal code", "postcode", "zip code", "zipcode",
                   "codepostal", "code postale"}),
        (frozenset({"postal"}), frozenset({"zip"}), frozenset({"cp"}), frozenset({"postcode"})),
    ),
    "tags": _FieldRule(
        frozenset({"tags", "tag", "etiquettes", "etiquette", "groupes", "groupe", "groups",
                   "group", "labels", "label", "group membership", "categories", "categorie",
                   "category", "listes", "liste", "segments", "segment"}),
        (),
    ),
}  # fmt: skip
# Used for last_name only when no column names the last name alone.
_FULL_NAME = frozenset(
    {"name", "nom complet", "full name", "fullname", "display name", "nom et prenom",
     "nom prenom", "prenom nom", "nom prenoms", "contact", "nom du contact"}
)  # fmt: skip
_FIELD_ALIASES = {
    "tel": "phone", "telephone": "phone", "mobile": "phone", "portable": "phone",
    "phones": "phone", "prenom": "first_name", "firstname": "first_name",
    "given_name": "first_name", "nom": "last_name", "lastname": "last_name",
    "surname": "last_name", "ville": "commune", "city": "commune", "cp": "postal_code",
    "code_postal": "postal_code", "zip": "postal_code", "postcode": "postal_code",
    "tag": "tags", "etiquettes": "tags", "groupes": "tags", "labels": "tags",
}  # fmt: skip
_PHONE_SPLIT = re.compile(r"\s*:::\s*|[;,\n]|\s+/\s+|\s+(?:ou|or|et|and)\s+", re.IGNORECASE)
_WHITE_RUN = re.compile(r"\s{2,}")
_TAG_SPLIT = re.compile(r":::|[,;\n]")
_GOOGLE_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})
_VALUE_COLUMN = re.compile(r"^(?P<prefix>.*?)\s*-\s*value$", re.IGNORECASE)


def phone_header_rank(header: str) -> int | None:
    """Rank of a column as a phone source (0 mobile … 4 a bare "Numéro"), None if it is not one."""
    tokens = set(fold(header).split())
    if not tokens or tokens & (_NOT_PHONE | NO_SMS_WORDS):
        return None
    phoneish = tokens & (_PHONE_WORDS | MOBILE_WORDS) or any(
        part in token for token in tokens for part in _PHONE_PARTS
    )
    if phoneish:
        if tokens & MOBILE_WORDS or any(
            part in token for token in tokens for part in ("portable", "mobile", "gsm")
        ):
            return MOBILE_RANK
        return LANDLINE_RANK if tokens & LANDLINE_WORDS else NEUTRAL_RANK
    if tokens & _NUMBER_WORDS and tokens <= _NUMBER_WORDS | _FILLER:
        return _NUMBER_ONLY_RANK
    return None


def guess_mapping(headers: Sequence[str]) -> dict[str, list[str]]:
    """Field → headers to read it from, best first; every field present, maybe empty."""
    mapping: dict[str, list[str]] = {name: [] for name in CONTACT_FIELDS}
    phones = [
        (rank, i, h) for i, h in enumerate(headers) if (rank := phone_header_rank(h)) is not None
    ]
    strong = [entry for entry in phones if entry[0] < _NUMBER_ONLY_RANK]
    mapping["phone"] = [header for _, _, header in sorted(strong or phones)]
    used = set(mapping["phone"])
    for name, rule in _RULES.items():
        scored = []
        for index, header in enumerate(headers):
            if header in used:
                continue
            score = _rule_score(rule, fold(header))
            if score is not None:
                scored.append((score, index, header))
        mapping[name] = [header for _, _, header in sorted(scored)]
        used.update(mapping[name])
    if not mapping["last_name"]:
        mapping["last_name"] = [h for h in headers if h not in used and fold(h) in _FULL_NAME]
    return mapping


def _rule_score(rule: _FieldRule, folded: str) -> int | None:
    if folded in rule.exact:
        return 0
    tokens = set(folded.split())
    if tokens & rule.excluded:
        return None
    if any(pattern <= tokens for pattern in rule.patterns):
        return 1
    return None


def parse_overrides(
    specs: Sequence[str], headers: Sequence[str] | None = None
) -> dict[str, list[str]]:
    """``["phone=Mobile", "phone=Domicile", "tags="]`` → ``{"phone": [...], "tags": []}``.

    A repeated field adds columns in order; ``field=`` maps the field to no column. With
    ``headers``, column names are checked (case and accents aside) and returned as in the file.
    """
    result: dict[str, list[str]] = {}
    for spec in specs:
        raw_field, has_equal, raw_column = spec.partition("=")
        if not has_equal or not raw_field.strip():
            raise ColumnMappingError(BAD_OVERRIDE, spec=spec)
        name = _field_name(raw_field, spec)
        columns = result.setdefault(name, [])
        column = raw_column.strip()
        if not column:
            continue
        if headers is not None:
            column = _resolve_header(column, headers, spec)
        if column not in columns:
            columns.append(column)
    return result


def _field_name(raw: str, spec: str) -> str:
    key = fold(raw).replace(" ", "_")
    key = _FIELD_ALIASES.get(key, key)
    if key not in CONTACT_FIELDS:
        raise ColumnMappingError(
            UNKNOWN_FIELD, field=raw.strip(), spec=spec, fields=", ".join(CONTACT_FIELDS)
        )
    return key


def _resolve_header(column: str, headers: Sequence[str], spec: str) -> str:
    if column in headers:
        return column
    matches = [header for header in headers if fold(header) == fold(column)]
    if len(matches) == 1:
        return matches[0]
    listed = ", ".join(f'"{header}"' for header in headers)
    raise ColumnMappingError(UNKNOWN_COLUMN, column=column, spec=spec, columns=listed)


def apply_overrides(
    guessed: Mapping[str, Sequence[str]], overrides: Mapping[str, Sequence[str]]
) -> dict[str, list[str]]:
    """The guess with overridden fields replaced; a column the user gave away leaves the others."""
    taken = {header for columns in overrides.values() for header in columns}
    result: dict[str, list[str]] = {}
    for name in CONTACT_FIELDS:
        if name in overrides:
            result[name] = list(overrides[name])
        else:
            result[name] = [h for h in guessed.get(name, ()) if h not in taken]
    return result


def map_record(record: RawRecord, mapping: Mapping[str, Sequence[str]]) -> ContactRow:
    """Read one record through ``mapping`` into raw contact fields."""
    values = record.values
    return ContactRow(
        row_number=record.row_number,
        phones=phone_candidates(values, mapping.get("phone", ())),
        first_name=_first(values, mapping.get("first_name", ())),
        last_name=_first(values, mapping.get("last_name", ())),
        commune=_first(values, mapping.get("commune", ())),
        postal_code=_postal_code(_first(values, mapping.get("postal_code", ()))),
        tags=split_tags(values.get(header, "") for header in mapping.get("tags", ())),
    )


def phone_candidates(values: Mapping[str, str], headers: Sequence[str]) -> tuple[str, ...]:
    """Every raw number in these columns, mobiles first (Google's "Phone N - Type" is read)."""
    if len(headers) == 1 and not _companion_headers(headers[0]):
        # The usual file: one phone column, one number per cell (an import's hot path).
        cell = _short_white_runs(values.get(headers[0], ""))
        if _PHONE_SPLIT.search(cell) is None:
            number = cell.strip()
            return (number,) if number else ()
    found: list[tuple[int, int, str]] = []
    for header in headers:
        cell = _short_white_runs(values.get(header, ""))
        numbers = [part.strip() for part in _PHONE_SPLIT.split(cell)]
        numbers = [number for number in numbers if number]
        kinds = _companion_types(values, header, len(numbers))
        for number, kind in zip(numbers, kinds, strict=True):
            rank = phone_label_rank(kind) if kind else NEUTRAL_RANK
            found.append((rank, len(found), number))
    result: list[str] = []
    for _, _, number in sorted(found):
        if number not in result:
            result.append(number)
    return tuple(result)


@functools.lru_cache(maxsize=256)
def _companion_headers(header: str) -> tuple[str, ...]:
    """ "Phone 1 - Type" and "Phone 1 - Label" for "Phone 1 - Value" (read once per column)."""
    match = _VALUE_COLUMN.match(header)
    return (f"{match['prefix']} - Type", f"{match['prefix']} - Label") if match else ()


def _short_white_runs(cell: str) -> str:
    """The cell with each blank run made one blank: _PHONE_SPLIT is quadratic in a run of spaces
    (10,000 of them took 4 s). Usual cells are short and left as they are."""
    return _WHITE_RUN.sub(_one_white, cell) if len(cell) > 64 else cell


def _one_white(run: re.Match[str]) -> str:
    return " \n " if "\n" in run.group() else " "  # a line break separates numbers: keep one


def _companion_types(values: Mapping[str, str], header: str, count: int) -> list[str]:
    """The "Phone 1 - Type"/"- Label" cell beside "Phone 1 - Value", one per number."""
    kinds: list[str] = []
    for companion in _companion_headers(header):
        cell = values.get(companion, "")
        if cell:
            kinds = [kind.strip().lstrip("* ") for kind in cell.split(":::")]
            break
    if len(kinds) == count:
        return kinds
    return [kinds[0] if kinds else ""] * count


def split_tags(cells: Iterable[str]) -> tuple[str, ...]:
    """Tags from cells split on , ; or :::, without Google's "* myContacts"/"* starred".

    At most MAX_TAGS: a contact keeps 500 characters of tags, and a cell of thousands made
    every later step slow.
    """
    result: list[str] = []
    seen: set[str] = set()
    for cell in cells:
        if len(result) >= MAX_TAGS:
            break
        if not cell:
            continue
        for part in _TAG_SPLIT.split(cell):
            tag = " ".join(part.split())
            if tag.startswith("*"):
                tag = tag.lstrip("* ")
                if fold(tag).replace(" ", "") in _GOOGLE_SYSTEM_GROUPS:
                    continue
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                result.append(tag)
    return tuple(result[:MAX_TAGS])


def _first(values: Mapping[str, str], headers: Sequence[str]) -> str:
    for header in headers:
        value = " ".join(values.get(header, "").split())
        if value:
            return value
    return ""


def _postal_code(value: str) -> str:
    # Excel drops the leading zero of Ain, Aisne... postal codes stored as numbers.
    return "0" + value if len(value) == 4 and value.isdigit() else value
