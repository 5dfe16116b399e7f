"""import, contacts: the contact list and its people, imported, added by hand, listed."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import ConsentStatus, SourceKind
from ..domain.footer import SourceInfo, source_line
from ..domain.messages import QT_TRANSLATE_NOOP, Plural
from ..domain.phones import format_national
from ..domain.times import local_day
from .runtime import Result, Runtime

if TYPE_CHECKING:  # each handler imports its services: `campagne --version` must stay light
    from ..services import contacts


def register(commands: argparse._SubParsersAction[Any]) -> None:
    imp = commands.add_parser(
        "import", help=QT_TRANSLATE_NOOP("cli", "import contacts from CSV, XLSX or vCard")
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--source-kind",
        required=True,
        choices=[k.value for k in SourceKind],
        help=QT_TRANSLATE_NOOP("cli", "where the contacts come from"),
    )
    imp.add_argument(
        "--source",
        required=True,
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("cli", "who, when, under what wording (kept as proof)"),
    )
    imp.add_argument(
        "--consent",
        choices=[ConsentStatus.PENDING.value, ConsentStatus.GRANTED.value],
        default=ConsentStatus.PENDING.value,
        help=QT_TRANSLATE_NOOP("cli", "granted only for form, newsletter, field and other sources"),
    )
    imp.add_argument(
        "--wording",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the wording shown to people at collection"),
    )
    imp.add_argument(
        "--obtained",
        type=date.fromisoformat,
        help=QT_TRANSLATE_NOOP("cli", "date obtained (YYYY-MM-DD)"),
    )
    imp.add_argument(
        "--sheet", help=QT_TRANSLATE_NOOP("cli", "spreadsheet sheet name (default: the first)")
    )
    imp.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help=QT_TRANSLATE_NOOP("cli", "choose a column by hand, e.g. phone=Mobile (repeatable)"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("cli", "report without writing")
    )
    imp.set_defaults(handler=run_import)

    con = commands.add_parser(
        "contacts", help=QT_TRANSLATE_NOOP("cli", "list, show and tag contacts")
    )
    con_cmds = con.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    lst = con_cmds.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "list contacts"))
    lst.add_argument(
        "--search", default="", help=QT_TRANSLATE_NOOP("cli", "name, commune or number")
    )
    lst.add_argument("--consent", choices=[c.value for c in ConsentStatus])
    lst.add_argument("--tag", default="")
    lst.add_argument("--commune", default="")
    lst.add_argument("--source-kind", choices=[k.value for k in SourceKind])
    lst.add_argument(
        "--reach",
        choices=["campaign", "consent_request", "opted_out"],
        help=QT_TRANSLATE_NOOP(
            "cli", "only those a campaign SMS or a consent request may reach, or who opted out"
        ),
    )
    lst.add_argument("--limit", type=int, help=QT_TRANSLATE_NOOP("cli", "at most N contacts"))
    lst.set_defaults(handler=run_contacts_list)
    show = con_cmds.add_parser("show", help=QT_TRANSLATE_NOOP("cli", "show one contact"))
    show.add_argument("number")
    show.set_defaults(handler=run_contacts_show)
    tag = con_cmds.add_parser("tag", help=QT_TRANSLATE_NOOP("cli", "add or remove tags"))
    tag.add_argument("numbers", nargs="+", metavar="NUMBER")
    tag.add_argument("--add", action="append", default=[], metavar="TAG")
    tag.add_argument("--remove", action="append", default=[], metavar="TAG")
    tag.set_defaults(handler=run_contacts_tag)
    _register_add(con_cmds)


def run_import(rt: Runtime) -> Result:
    from ..services import contact_import
    from ..services.profile import get_profile
    from ..services.sources import SourceDeclaration

    a = rt.args
    declaration = SourceDeclaration(
        kind=SourceKind(a.source_kind),
        description=a.source,
        # Today as the campaign's calendar says (UTC's day is yesterday until 01:00 in Paris).
        obtained_on=a.obtained or local_day(rt.ctx.clock(), get_profile(rt.db()).timezone),
        collection_wording=a.wording,
        consent=ConsentStatus(a.consent),
    )
    report = contact_import.import_contacts(
        rt.db(),
        a.file,
        declaration,
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
        sheet=a.sheet,
        overrides=a.column,
        dry_run=a.dry_run,
    )
    data = report.as_json()
    data["warnings"] = [rt.t(w) for w in report.warnings]
    # For rented, purchased and "other" sources the description is sent, word for word.
    footer = source_line(SourceInfo(declaration.kind, declaration.description))
    data["footer_line"] = footer
    lines = [
        rt.say(QT_TRANSLATE_NOOP("messages", "Dry run: nothing was written.")) if a.dry_run else "",
        rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "{accepted} accepted ({foreign} foreign), {duplicates} duplicates, {invalid} "
                "invalid, {landlines} landlines, {suppressed} opted out (not imported).",
            ),
            accepted=report.accepted,
            foreign=report.foreign,
            duplicates=report.duplicates,
            invalid=report.invalid,
            landlines=report.landlines,
            suppressed=report.suppressed,
        ),
        *(f"  row {r.row}: {r.value!r} {r.reason}" for r in report.rejected[:50]),
        *(
            f"  row {r.row}: {r.value!r} shared number (two names)"
            for r in report.shared_numbers[:50]
        ),
        rt.say(
            QT_TRANSLATE_NOOP(
                "messages",
                "Every SMS to these contacts will carry this line, word for word: {line}",
            ),
            line=footer,
        ),
        *data["warnings"],
    ]
    return Result(data, "\n".join(line for line in lines if line))


def _filter(a: argparse.Namespace) -> contacts.ContactFilter:
    from ..services import contacts

    return contacts.ContactFilter(
        search=a.search,
        consent=ConsentStatus(a.consent) if a.consent else None,
        tag=a.tag,
        commune=a.commune,
        source_kind=SourceKind(a.source_kind) if a.source_kind else None,
        reach=contacts.Reach(a.reach) if a.reach else None,
    )


def _register_add(con_cmds: argparse._SubParsersAction[Any]) -> None:
    add = con_cmds.add_parser(
        "add",
        help=QT_TRANSLATE_NOOP(
            "cli", "add one contact by hand (door-to-door, market stall, phone, paper form)"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Add one person who signed up in person. They count as consenting only with "
            "--consented (they explicitly agreed to the wording); otherwise they may only "
            "receive one consent request.",
        ),
    )
    add.add_argument(
        "--phone",
        required=True,
        metavar="NUMBER",
        help=QT_TRANSLATE_NOOP("cli", 'e.g. "06 12 34 56 78"'),
    )
    add.add_argument("--first-name", default="")
    add.add_argument("--last-name", default="")
    add.add_argument("--commune", default="")
    add.add_argument("--postal-code", default="")
    add.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help=QT_TRANSLATE_NOOP("cli", "repeatable"),
    )
    add.add_argument(
        "--consent-wording",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "cli", "what the person was shown or read (default: the campaign's collection wording)"
        ),
    )
    add.add_argument(
        "--consented",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "the person explicitly agreed to receive the campaign's SMS"),
    )
    add.add_argument(
        "--method",
        choices=["door_to_door", "stall", "phone", "paper_form"],
        default="door_to_door",
        help=QT_TRANSLATE_NOOP("cli", "how the number was collected (default: door_to_door)"),
    )
    add.add_argument("--collected-on", type=date.fromisoformat, metavar="YYYY-MM-DD")
    add.add_argument(
        "--collected-by",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the volunteer (default: you)"),
    )
    # `campagne contacts add ... --json` reads naturally; same switch as the global --json.
    add.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("cli", "print JSON on stdout"),
    )
    add.set_defaults(handler=run_contacts_add)


def run_contacts_add(rt: Runtime) -> Result:
    from ..services import contact_entry
    from ..services.profile import get_profile

    a = rt.args
    uow = rt.uow()
    now = rt.ctx.clock()
    wording = (
        a.consent_wording
        if a.consent_wording is not None
        else contact_entry.collection_wording(uow)
    )
    entry = contact_entry.ContactEntry(
        phone=a.phone,
        first_name=a.first_name,
        last_name=a.last_name,
        commune=a.commune,
        postal_code=a.postal_code,
        tags=tuple(a.tag),
        consent_wording=wording,
        consented=a.consented,
        method=contact_entry.CollectionMethod(a.method),
        collected_on=a.collected_on or local_day(now, get_profile(rt.db()).timezone),
        collected_by=a.collected_by or rt.ctx.actor,
    )
    added = contact_entry.add_contact(uow, entry, actor=rt.ctx.actor, now=now)
    key = (
        QT_TRANSLATE_NOOP("messages", "{phone} added, with consent.")
        if added.consent is ConsentStatus.GRANTED
        else QT_TRANSLATE_NOOP(
            "messages",
            "{phone} added without consent: it may only receive one consent request.",
        )
    )
    data = added.as_json() | {"consent_wording": wording}
    return Result(data, rt.say(key, phone=format_national(added.phone)))


def run_contacts_list(rt: Runtime) -> Result:
    from ..services import contacts

    found = contacts.list_contacts(rt.db(), _filter(rt.args), limit=rt.args.limit)
    text = "\n".join(
        f"{format_national(c.phone):18} {c.first_name} {c.last_name} · {c.commune} · "
        f"{c.consent.value} · {c.source_kind.value}" + (f" · {','.join(c.tags)}" if c.tags else "")
        for c in found
    )
    return Result([c.as_json() for c in found], text)


def run_contacts_show(rt: Runtime) -> Result:
    from ..services import contacts

    c = contacts.get_contact(rt.db(), rt.args.number)
    data = c.as_json() | {
        "region": c.region,
        "postal_code": c.postal_code,
        "consent_at": c.consent_at.isoformat() if c.consent_at else None,
        "consent_evidence": c.consent_evidence,
        "source_description": c.source_description,
        "source_date": c.source_date.isoformat(),
    }
    return Result(data, "\n".join(f"{k:20} {v}" for k, v in data.items()))


def run_contacts_tag(rt: Runtime) -> Result:
    from ..services import contacts

    changed = contacts.tag_contacts(
        rt.db(),
        rt.args.numbers,
        add=rt.args.add,
        remove=rt.args.remove,
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
    )
    return Result(
        {"changed": changed},
        rt.say(Plural.translate("messages", "%Ln contact(s) changed.", "", 0), count=changed),
    )
