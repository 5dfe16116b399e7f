"""The sandbox in which volunteers write SMS: a small, safe subset of Jinja2.

A template is checked once, when it is compiled: syntax, the variables it reads, and every node of
its syntax tree against an allowlist (no includes, macros, attribute walks or function calls other
than ``range``). Whatever could still grow at run time (loops, ``set``, ``*``, ``replace``,
``join``) is capped, so a hostile template fails fast with a :class:`TemplateError` instead of
exhausting memory or time.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import islice
from types import MappingProxyType
from typing import Any, NamedTuple

from jinja2 import Environment, StrictUndefined, meta, nodes
from jinja2 import Template as JinjaTemplate
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.filters import FILTERS
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.tests import TESTS

from .enums import ElectionKind
from .messages import QT_TRANSLATE_NOOP, UserError
from .profile import CampaignProfile
from .text import first_control_char, without_control_chars

#: The only variables a template may read (the French names volunteers see).
TEMPLATE_VARIABLES: tuple[str, ...] = (
    *("prenom", "nom", "commune", "candidat", "election", "tour1", "tour2"),
)
OUTPUT_LIMIT = 2_000  # characters of a filled-in message, footer excluded
MAX_LOOP_ITEMS = 100  # items per loop and per range()
MAX_LOOP_DEPTH = 2  # nested loops: at most 100 x 100 iterations
MAX_CONSTANT = 1_000_000  # largest number literal a template may contain
MAX_INT_BITS = 64  # products of integers beyond this are refused
# Intermediate text (a `set` value, a `replace` or `join` result) may exceed the final limit a
# little (a later `truncate` can shorten it) but never by enough to cost real memory.
VALUE_LIMIT = 4 * OUTPUT_LIMIT

# Text and number filters only: none walks attributes, formats strings or pads to a given width.
SAFE_FILTERS = frozenset(
    {
        *("abs", "capitalize", "count", "d", "default", "first", "float", "int", "join", "last"),
        *("length", "list", "lower", "replace", "reverse", "round", "string", "title", "trim"),
        *("truncate", "upper", "wordcount"),
    }
)
SAFE_TESTS = frozenset(
    {
        *("defined", "undefined", "none", "number", "string", "lower", "upper", "even", "odd"),
        *("divisibleby", "eq", "ne", "lt", "le", "gt", "ge", "in"),
        *("==", "!=", "<", "<=", ">", ">="),
    }
)
LOOP_ATTRIBUTES = frozenset({"index", "index0", "revindex", "revindex0", "first", "last", "length"})
RESERVED_NAMES = frozenset({"self", "loop", "range"})
# The statements a volunteer might try, named the way they are written in a template.
_FORBIDDEN_NODES = MappingProxyType(
    {
        **{nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "import"},
        **{nodes.Extends: "extends", nodes.Block: "block", nodes.Macro: "macro"},
        **{nodes.CallBlock: "call", nodes.FilterBlock: "filter", nodes.AssignBlock: "set"},
        **{nodes.With: "with", nodes.ExprStmt: "do", nodes.Continue: "continue"},
        **{nodes.Break: "break", nodes.EvalContextModifier: "autoescape", nodes.Dict: "{...}"},
        **{nodes.Pow: "**", nodes.NSRef: "namespace"},
    }
)
# Every other node type (including ones a future Jinja adds) is refused.
_ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    *(nodes.Template, nodes.Output, nodes.TemplateData, nodes.If, nodes.For, nodes.Assign),
    *(nodes.Name, nodes.Const, nodes.Tuple, nodes.List, nodes.Keyword, nodes.CondExpr),
    *(nodes.Add, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Concat),
    *(nodes.And, nodes.Or, nodes.Not, nodes.Neg, nodes.Pos, nodes.Compare, nodes.Operand),
    *(nodes.Filter, nodes.Test, nodes.Call, nodes.Getattr, nodes.Getitem, nodes.Slice),
)

# "aout" is the 1990 spelling: "août" would switch the whole SMS to UCS-2 and double its cost.
_MONTHS = (
    *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre"),
    *("octobre", "novembre", "décembre"),
)
_ELECTION_NAMES = MappingProxyType(
    {
        ElectionKind.MUNICIPALES: "élections municipales",
        ElectionKind.DEPARTEMENTALES: "élections départementales",
        ElectionKind.REGIONALES: "élections régionales",
        ElectionKind.LEGISLATIVES: "élections législatives",
        ElectionKind.EUROPEENNES: "élections européennes",
        ElectionKind.PRESIDENTIELLE: "élection présidentielle",
        ElectionKind.AUTRE: "élections",
    }
)


class SampleContact(NamedTuple):
    first_name: str
    last_name: str
    commune: str


#: Invented people for previews in volunteer mode (one without a commune, to show `{% if %}`).
SAMPLE_CONTACTS: tuple[SampleContact, ...] = (
    SampleContact("Camille", "Exemple", "Villeneuve-Témoin"),
    SampleContact("Jean-Baptiste", "Modèle", "Saint-Fictif-sur-Mer"),
    SampleContact("Inès", "Essai", ""),
)


class TemplateError(UserError):
    """The template cannot be used; ``line`` is its line number when known."""

    def __init__(self, key: str, *, line: int | None = None, **params: Any) -> None:
        self.line = line
        super().__init__(key, line=line, **params)


def _security_error(detail: str, line: int | None) -> TemplateError:
    if line is None:
        return TemplateError(
            QT_TRANSLATE_NOOP(
                "messages", "This template does something not allowed in a message ({detail})."
            ),
            detail=detail,
        )
    return TemplateError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Line {line}: this template does something not allowed in a message ({detail}).",
        ),
        line=line,
        detail=detail,
    )


def _safe_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_LOOP_ITEMS:
        raise SecurityError(f"range() of more than {MAX_LOOP_ITEMS} items")
    return numbers


def _loop_limit(value: Iterable[Any]) -> list[Any]:
    items = list(islice(value, MAX_LOOP_ITEMS + 1))
    if len(items) > MAX_LOOP_ITEMS:
        raise SecurityError(f"a loop over more than {MAX_LOOP_ITEMS} items")
    return items


def _cap(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > VALUE_LIMIT:
        raise SecurityError(f"a value longer than {VALUE_LIMIT} characters")
    return value


def _replace(s: Any, old: Any, new: Any, count: int | None = None) -> str:
    text, old, new = str(s), str(old), str(new)
    hits = text.count(old) if count is None or count < 0 else min(count, text.count(old))
    if len(text) + hits * (len(new) - len(old)) > VALUE_LIMIT:
        raise SecurityError(f"a value longer than {VALUE_LIMIT} characters")
    return text.replace(old, new, -1 if count is None else count)


def _join(value: Iterable[Any], d: str = "") -> str:
    parts = [str(item) for item in _loop_limit(value)]
    if sum(map(len, parts)) + len(d) * len(parts) > VALUE_LIMIT:
        raise SecurityError(f"a value longer than {VALUE_LIMIT} characters")
    return str(d).join(parts)


class _SmsSandbox(ImmutableSandboxedEnvironment):
    """Intercepts the operators that can make huge values out of small ones."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context: Context, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "**":
            raise SecurityError("the '**' operator")
        if operator_ == "%":
            if isinstance(left, str):
                raise SecurityError("'%' text formatting")
            return operator.mod(left, right)
        seq, times = (left, right) if isinstance(right, int) else (right, left)
        if isinstance(seq, str | list | tuple) and isinstance(times, int):
            if len(seq) * max(times, 0) > VALUE_LIMIT:
                raise SecurityError(f"a value longer than {VALUE_LIMIT} characters")
        elif (
            isinstance(left, int)
            and isinstance(right, int)
            and abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS
        ):
            raise SecurityError("a number too large")
        return operator.mul(left, right)


def make_environment() -> ImmutableSandboxedEnvironment:
    """A fresh sandbox: ``range`` is its only global; only the safe filters and tests exist."""
    env = _SmsSandbox(
        undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True
    )
    env.globals.clear()
    env.globals["range"] = _safe_range
    filters: dict[str, Callable[..., Any]] = {name: FILTERS[name] for name in SAFE_FILTERS}
    filters.update(replace=_replace, join=_join, _loop_limit=_loop_limit, _cap=_cap)
    env.filters = filters
    env.tests = {name: TESTS[name] for name in SAFE_TESTS}
    return env


def _check_node(node: nodes.Node, loop_depth: int) -> None:
    """Refuse anything outside the allowlist; recurse into children."""
    line = node.lineno
    for kind, word in _FORBIDDEN_NODES.items():
        if isinstance(node, kind):
            raise _security_error(f"'{word}' is not allowed", line)
    if not isinstance(node, _ALLOWED_NODES):
        raise _security_error(f"'{type(node).__name__}' is not allowed", line)
    if isinstance(node, nodes.For):
        if node.recursive:
            raise _security_error("recursive loops are not allowed", line)
        if loop_depth >= MAX_LOOP_DEPTH:
            raise _security_error(f"loops nested more than {MAX_LOOP_DEPTH} deep", line)
        loop_depth += 1
    elif isinstance(node, nodes.Name):
        if node.ctx != "load" and node.name in RESERVED_NAMES:
            raise _security_error(f"'{node.name}' cannot be assigned", line)
    elif isinstance(node, nodes.Const):
        value = node.value
        if isinstance(value, int | float) and abs(value) > MAX_CONSTANT:
            raise _security_error(f"the number {value} is too large", line)
    elif (
        isinstance(node, nodes.Mod)
        and isinstance(node.left, nodes.Const)
        and isinstance(node.left.value, str)
    ):
        raise _security_error("'%' text formatting", line)
    elif isinstance(node, nodes.Filter | nodes.Test):
        allowed = SAFE_FILTERS if isinstance(node, nodes.Filter) else SAFE_TESTS
        what = "filter" if isinstance(node, nodes.Filter) else "test"
        if node.name not in allowed:
            raise _security_error(f"the {what} '{node.name}'", line)
        if node.dyn_args is not None or node.dyn_kwargs is not None:
            raise _security_error("'*' arguments", line)
    elif isinstance(node, nodes.Call):
        _check_call(node)
    elif isinstance(node, nodes.Getattr):
        target = node.node
        if not (
            isinstance(target, nodes.Name)
            and target.name == "loop"
            and node.attr in LOOP_ATTRIBUTES
        ):
            raise _security_error(f"reading the attribute '{node.attr}'", line)
    elif (
        isinstance(node, nodes.Getitem)
        and isinstance(node.arg, nodes.Const)
        and isinstance(node.arg.value, str)
    ):
        raise _security_error(f"reading the item '{node.arg.value}'", line)
    for child in node.iter_child_nodes():
        _check_node(child, loop_depth)


def _check_call(node: nodes.Call) -> None:
    if not (isinstance(node.node, nodes.Name) and node.node.name == "range"):
        raise _security_error("calling anything but range()", node.lineno)
    if node.kwargs or node.dyn_args is not None or node.dyn_kwargs is not None:
        raise _security_error("range() takes only numbers", node.lineno)
    if all(isinstance(arg, nodes.Const) and isinstance(arg.value, int) for arg in node.args):
        try:
            _safe_range(*(arg.value for arg in node.args))  # type: ignore[attr-defined]
        except (SecurityError, TypeError, ValueError) as exc:
            raise _security_error(str(exc), node.lineno) from None


def _check_variables(ast: nodes.Template) -> None:
    allowed = set(TEMPLATE_VARIABLES) | {"range"}
    unknown = set(meta.find_undeclared_variables(ast)) - allowed
    unknown.add("self")  # Jinja resolves `self` itself, so meta never reports it
    for name_node in ast.find_all(nodes.Name):
        name = name_node.name
        if name_node.ctx == "load" and name in unknown:
            raise TemplateError(
                QT_TRANSLATE_NOOP(
                    "messages", "Line {line}: unknown variable '{name}'. You can use: {allowed}."
                ),
                line=name_node.lineno,
                name=name,
                allowed=", ".join(TEMPLATE_VARIABLES),
            )


def _add_runtime_caps(ast: nodes.Template, env: Environment) -> bool:
    """Wrap loop iterables and ``set`` values in capping filters; True if the template loops."""
    has_loops = False
    for loop in ast.find_all(nodes.For):
        has_loops = True
        loop.iter = nodes.Filter(loop.iter, "_loop_limit", [], [], None, None, lineno=loop.lineno)
    for assign in ast.find_all(nodes.Assign):
        assign.node = nodes.Filter(assign.node, "_cap", [], [], None, None, lineno=assign.lineno)
    ast.set_environment(env)  # the new nodes need it for constant folding
    return has_loops


@dataclass(frozen=True)
class CompiledTemplate:
    """A checked template, ready to be filled in for many contacts."""

    template: JinjaTemplate
    streams: bool = False  # loops can produce long output: render chunk by chunk and stop early

    def render(self, values: Mapping[str, str]) -> str:
        """The message for one contact (footer not included); raises :class:`TemplateError`."""
        try:
            text = self._render_bounded(values) if self.streams else self.template.render(values)
        except SecurityError as exc:
            raise _security_error(str(exc), None) from None
        except TemplateError:
            raise
        except Exception as exc:  # undefined values, type errors: the template's fault, not ours
            raise TemplateError(
                QT_TRANSLATE_NOOP("messages", "The message could not be filled in ({detail})."),
                detail=str(exc),
            ) from None
        # A value from the database or the profile, or a "\x00" escape in a string literal, may
        # still carry control characters: the message never does.
        text = without_control_chars(text).rstrip()
        if len(text) > OUTPUT_LIMIT:
            raise _too_long()
        return text

    def _render_bounded(self, values: Mapping[str, str]) -> str:
        parts: list[str] = []
        size = 0
        for chunk in self.template.generate(values):
            size += len(chunk)
            # Trailing blanks are stripped afterwards, so only stop once far past the limit.
            if size > 2 * OUTPUT_LIMIT:
                raise _too_long()
            parts.append(chunk)
        return "".join(parts)


def _too_long() -> TemplateError:
    return TemplateError(
        QT_TRANSLATE_NOOP(
            "messages", "The message is too long once filled in (over {limit} characters)."
        ),
        limit=OUTPUT_LIMIT,
    )


def _check_control_chars(source: str) -> None:
    """Refuse NUL, BEL, ESC and the other control characters (tab and line breaks are fine).

    They are invisible in the editor, and a gateway that stops at a NUL would cut the message,
    legal footer included.
    """
    position = first_control_char(source)
    if position is None:
        return
    line = source.count("\n", 0, position) + 1
    column = position - (source.rfind("\n", 0, position) + 1) + 1
    raise TemplateError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Line {line}, column {column}: the template contains an invisible control character "
            "({code}). Delete it: it often comes with text pasted from another program.",
        ),
        line=line,
        column=column,
        code=f"U+{ord(source[position]):04X}",
    )


def compile_template(body: str) -> CompiledTemplate:
    """Check ``body`` and compile it; raises :class:`TemplateError` naming the line at fault."""
    env = make_environment()
    source = body.replace("\r\n", "\n")
    _check_control_chars(source)
    try:
        ast = env.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateError(
            QT_TRANSLATE_NOOP("messages", "Line {line}: {detail}"),
            line=exc.lineno,
            detail=exc.message or str(exc),
        ) from None
    _check_node(ast, 0)
    _check_variables(ast)
    streams = _add_runtime_caps(ast, env)
    return CompiledTemplate(env.from_string(ast), streams)


def french_date(day: date) -> str:
    """``15 mars 2026``, ``1er mai 2026``: no locale involved."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[day.month - 1]} {day.year}"


def template_values(
    first_name: str, last_name: str, commune: str, profile: CampaignProfile
) -> dict[str, str]:
    """The variables of one message, under the names templates use."""
    return {
        "prenom": first_name,
        "nom": last_name,
        "commune": commune,
        "candidat": profile.candidate,
        "election": _ELECTION_NAMES[profile.election],
        "tour1": french_date(profile.round1),
        "tour2": french_date(profile.round2) if profile.round2 else "",
    }
