"""segments, template, volunteer-profile: writing messages and counting what they cost."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import TemplateKind
from ..domain.footer import element_label
from ..domain.gsm_transliteration import propose_fixes
from ..domain.messages import QT_TRANSLATE_NOOP, UserError
from ..domain.sms import count
from ..domain.times import in_zone
from .runtime import Result, Runtime
from .selection_args import add_selection_arguments, selection_from

if TYPE_CHECKING:  # each handler imports its services: `campagne --version` must stay light
    from ..services.previews import SelectionCost
    from ..services.templates import TemplateInfo

MAX_BODY_BYTES = 64 * 1024


def register(commands: argparse._SubParsersAction[Any]) -> None:
    seg = commands.add_parser(
        "segments", help=QT_TRANSLATE_NOOP("cli", "count the SMS a text costs (no campaign needed)")
    )
    seg.add_argument(
        "text", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "the text, as it will be sent")
    )
    seg.set_defaults(handler=run_segments)

    tpl = commands.add_parser(
        "template", help=QT_TRANSLATE_NOOP("cli", "write, check, approve and exchange templates")
    )
    sub = tpl.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    add = sub.add_parser(
        "add", help=QT_TRANSLATE_NOOP("cli", "add a template (a draft) from a text file")
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--file",
        required=True,
        metavar="F",
        help=QT_TRANSLATE_NOOP("cli", "UTF-8 text file, - for stdin"),
    )
    add.add_argument(
        "--kind",
        default=TemplateKind.CAMPAIGN.value,
        choices=[k.value for k in TemplateKind],
        help=QT_TRANSLATE_NOOP(
            "cli", "campaign (consenting contacts) or consent (the one request to pending contacts)"
        ),
    )
    add.set_defaults(handler=run_add)
    edit = sub.add_parser(
        "edit",
        help=QT_TRANSLATE_NOOP("cli", "replace a template's text (it becomes a draft again)"),
    )
    edit.add_argument("name", metavar="NAME")
    edit.add_argument(
        "--file",
        required=True,
        metavar="F",
        help=QT_TRANSLATE_NOOP("cli", "UTF-8 text file, - for stdin"),
    )
    edit.set_defaults(handler=run_edit)
    sub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "list the templates")).set_defaults(
        handler=run_list
    )
    for action, handler, text in (
        ("show", run_show, "print a template"),
        ("approve", run_approve, "approve a template for sending"),
        ("delete", run_delete, "delete a template"),
    ):
        parser = sub.add_parser(action, help=text)
        parser.add_argument("name", metavar="NAME")
        parser.set_defaults(handler=handler)
    exp = sub.add_parser(
        "export", help=QT_TRANSLATE_NOOP("cli", "write a template file to hand to someone")
    )
    exp.add_argument("name", metavar="NAME")
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    exp.set_defaults(handler=run_export)
    imp = sub.add_parser(
        "import", help=QT_TRANSLATE_NOOP("cli", "add the template of a template file, as a draft")
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--name", help=QT_TRANSLATE_NOOP("cli", "store it under this name instead"))
    imp.set_defaults(handler=run_import)
    pre = sub.add_parser(
        "preview",
        help=QT_TRANSLATE_NOOP("cli", "print the message as a recipient gets it (footer too)"),
    )
    pre.add_argument("name", metavar="NAME")
    pre.add_argument(
        "--contact", metavar="NUMBER", help=QT_TRANSLATE_NOOP("cli", "a contact's phone number")
    )
    pre.add_argument(
        "--sample",
        type=int,
        default=0,
        help=QT_TRANSLATE_NOOP("cli", "which sample contact (0, 1, 2)"),
    )
    pre.set_defaults(handler=run_preview)
    cost = sub.add_parser(
        "cost", help=QT_TRANSLATE_NOOP("cli", "segments and cost over the contacts it would reach")
    )
    cost.add_argument("name", metavar="NAME")
    add_selection_arguments(cost, search=True)
    cost.set_defaults(handler=run_cost)

    vol = commands.add_parser(
        "volunteer-profile",
        help=QT_TRANSLATE_NOOP("cli", "write the profile file volunteers need (no personal data)"),
    )
    vol.add_argument("--out", required=True, type=Path, metavar="FILE")
    vol.set_defaults(handler=run_volunteer_profile)


def run_segments(rt: Runtime) -> Result:
    text: str = rt.args.text
    info = count(text)
    data = {
        "encoding": info.encoding.value,
        "segments": info.segments,
        "units": info.units,
        "non_gsm": [{"char": c.char, "position": c.position} for c in info.non_gsm],
    }
    lines = [info.label()]
    if info.non_gsm:
        chars = ", ".join(f"{c.char!r} ({c.position})" for c in info.non_gsm)
        lines.append(
            rt.say(QT_TRANSLATE_NOOP("messages", "Characters forcing UCS-2: {chars}"), chars=chars)
        )
        fixes = propose_fixes(text)
        if fixes:
            proposed = ", ".join(f"{f.original!r} → {f.replacement!r}" for f in fixes)
            lines.append(
                rt.say(
                    QT_TRANSLATE_NOOP("messages", "Possible replacements: {fixes}"),
                    fixes=proposed,
                )
            )
    return Result(data, "\n".join(lines))


def _read_body(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read(MAX_BODY_BYTES + 1)
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read(MAX_BODY_BYTES + 1)
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "Cannot read {path}: {detail}"),
            path=path,
            detail=getattr(exc, "strerror", None) or str(exc),
        ) from None


def _line(t: TemplateInfo, tz: str) -> str:
    status = t.status.value
    if t.approved and t.approved_at:
        status += f" ({t.approved_by}, {in_zone(t.approved_at, tz):%Y-%m-%d %H:%M})"
    return f"{t.name:30} {t.kind.value:9} {status}"


def _shown(rt: Runtime, t: TemplateInfo, key: str) -> Result:
    return Result(t.as_json(), rt.say(key, name=t.name, status=t.status.value))


def run_add(rt: Runtime) -> Result:
    from ..services import templates

    info = templates.add_template(
        rt.db(),
        rt.args.name,
        _read_body(rt.args.file),
        TemplateKind(rt.args.kind),
        actor=rt.ctx.actor,
        now=rt.ctx.clock(),
    )
    return _shown(rt, info, QT_TRANSLATE_NOOP("messages", "Template '{name}' saved ({status})."))


def run_edit(rt: Runtime) -> Result:
    from ..services import templates

    info = templates.update_template(
        rt.db(), rt.args.name, _read_body(rt.args.file), actor=rt.ctx.actor, now=rt.ctx.clock()
    )
    return _shown(rt, info, QT_TRANSLATE_NOOP("messages", "Template '{name}' saved ({status})."))


def run_list(rt: Runtime) -> Result:
    from ..services import templates
    from ..services.profile import get_profile

    found = templates.list_templates(rt.db())
    tz = get_profile(rt.db()).timezone
    text = "\n".join(_line(t, tz) for t in found) or rt.say(
        QT_TRANSLATE_NOOP("messages", "No templates yet (campagne template add NAME --file F).")
    )
    return Result([t.as_json() for t in found], text)


def run_show(rt: Runtime) -> Result:
    from ..services import templates
    from ..services.profile import get_profile

    info = templates.get_template(rt.db(), rt.args.name)
    tz = get_profile(rt.db()).timezone
    return Result(info.as_json(), f"{_line(info, tz)}\n\n{info.body}")


def run_approve(rt: Runtime) -> Result:
    from ..services import templates

    info = templates.approve_template(rt.db(), rt.args.name, actor=rt.ctx.actor, now=rt.ctx.clock())
    shown = _shown(rt, info, QT_TRANSLATE_NOOP("messages", "Template '{name}' approved."))
    advice = _encoding_advice(rt, info)
    if advice:
        shown.text += "\n" + advice
    return shown


def _encoding_advice(rt: Runtime, info: TemplateInfo) -> str:
    """The fixer, offered when the template's own words force UCS-2 (they are never changed
    silently: the candidate applies the replacements with ``template edit``)."""
    from ..services import templates

    lines = []
    fixes = propose_fixes(info.body)
    if fixes:
        proposed = ", ".join(f"{f.original!r} → {f.replacement!r}" for f in fixes)
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This text forces UCS-2: each SMS holds 70 characters instead of 160. "
                    "Suggested replacements: {fixes}. Apply them with "
                    "campagne template edit '{name}' --file F.",
                ),
                fixes=proposed,
                name=info.name,
            )
        )
    footer = templates.preview(rt.db(), info.name).footer
    if count(footer).non_gsm:
        chars = ", ".join(repr(c.char) for c in count(footer).non_gsm)
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The legal footer forces UCS-2 because of {chars}: change them in the profile.",
                ),
                chars=chars,
            )
        )
    return "\n".join(lines)


def run_delete(rt: Runtime) -> Result:
    from ..services import templates

    templates.delete_template(rt.db(), rt.args.name, actor=rt.ctx.actor, now=rt.ctx.clock())
    text = rt.say(QT_TRANSLATE_NOOP("messages", "Template '{name}' deleted."), name=rt.args.name)
    return Result({"deleted": rt.args.name}, text)


def run_export(rt: Runtime) -> Result:
    from ..services import templates

    path = templates.export_template(
        rt.db(), rt.args.name, rt.args.out, actor=rt.ctx.actor, now=rt.ctx.clock()
    )
    text = rt.say(QT_TRANSLATE_NOOP("messages", "Written to {path}."), path=str(path))
    return Result({"path": str(path)}, text)


def run_import(rt: Runtime) -> Result:
    from ..services import templates

    info = templates.import_template(
        rt.db(), rt.args.file, actor=rt.ctx.actor, now=rt.ctx.clock(), name=rt.args.name
    )
    return _shown(rt, info, QT_TRANSLATE_NOOP("messages", "Template '{name}' saved ({status})."))


def run_preview(rt: Runtime) -> Result:
    from ..services import templates

    shown = templates.preview(rt.db(), rt.args.name, rt.args.contact, sample=rt.args.sample)
    lines = [shown.text, "", shown.segments.label()]
    if shown.segments.non_gsm:
        chars = ", ".join(f"{c.char!r} ({c.position})" for c in shown.segments.non_gsm)
        lines.append(
            rt.say(QT_TRANSLATE_NOOP("messages", "Characters forcing UCS-2: {chars}"), chars=chars)
        )
    if shown.sample:
        lines.append(rt.say(QT_TRANSLATE_NOOP("messages", "(on a sample contact)")))
    if shown.missing:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP("messages", "This message could not be sent: it lacks {what}."),
                what="; ".join(rt.t(element_label(m)) for m in shown.missing),
            )
        )
    return Result(shown.as_json(), "\n".join(lines))


def run_cost(rt: Runtime) -> Result:
    from ..services import templates

    a = rt.args
    cost = templates.selection_cost(rt.uow(), a.name, selection_from(a))
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "{messages} messages, {segments} SMS in all, {worst} at most per message, "
            "estimated cost {cost}.",
        ),
        messages=cost.reachable,
        segments=cost.total_segments,
        worst=cost.worst_segments,
        cost=cost.cost,
    )
    return Result(cost.as_json(), "\n".join([text, *_footer_cost_lines(rt, cost)]))


def _footer_cost_lines(rt: Runtime, cost: SelectionCost) -> list[str]:
    """Per source: its footer and length, and the cost with the full and the short footer."""
    from ..services.sources import SOURCE_KIND_LABELS

    lines = []
    if cost.adapted:
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{adapted} messages with names written without the accents GSM-7 lacks.",
                ),
                adapted=cost.adapted,
            )
        )
    lines.append(_both_forms(rt, cost, cost.full_segments, cost.short_segments))
    for source in cost.per_source:
        lines.append("")
        lines.append(
            rt.say(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Contacts from {kind} ({description}): {messages} messages, a footer of "
                    "{length} characters ({encoding}):",
                ),
                kind=rt.t(SOURCE_KIND_LABELS[source.source.kind]),
                description=source.source.description or "-",
                messages=source.messages,
                length=source.footer_units,
                encoding=source.footer_encoding.value,
            )
        )
        lines.extend(f"    {line}" for line in source.footer.splitlines())
        if source.short_footer is not None:
            lines.append(
                rt.say(
                    QT_TRANSLATE_NOOP("messages", "  short footer, {length} characters:"),
                    length=source.short_footer_units,
                )
            )
            lines.extend(f"    {line}" for line in source.short_footer.splitlines())
        short = source.short_segments if source.short_footer is not None else None
        lines.append("  " + _both_forms(rt, cost, source.full_segments, short))
    return lines


def _both_forms(rt: Runtime, cost: SelectionCost, full: int, short: int | None) -> str:
    text = rt.say(
        QT_TRANSLATE_NOOP("messages", "Full footer: {segments} SMS, {cost}."),
        segments=full,
        cost=full * cost.price_per_segment,
    )
    if short is None:
        return (
            text
            + " "
            + rt.say(
                QT_TRANSLATE_NOOP(
                    "messages", "Short footer: set a privacy notice link in the profile to use it."
                )
            )
        )
    return (
        text
        + " "
        + rt.say(
            QT_TRANSLATE_NOOP("messages", "Short footer: {segments} SMS, {cost}."),
            segments=short,
            cost=short * cost.price_per_segment,
        )
    )


def run_volunteer_profile(rt: Runtime) -> Result:
    from ..services.profile_file import export_profile_file

    path = export_profile_file(rt.db(), rt.args.out, actor=rt.ctx.actor, now=rt.ctx.clock())
    text = rt.say(
        QT_TRANSLATE_NOOP(
            "messages",
            "Profile file written to {path}. Volunteers open it with campagne-desktop --volunteer.",
        ),
        path=str(path),
    )
    return Result({"path": str(path)}, text)
