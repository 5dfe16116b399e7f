from __future__ import annotations

from datetime import date

import pytest

from campagne_desktop.domain.enums import ElectionKind
from campagne_desktop.domain.templating import (
    OUTPUT_LIMIT,
    SAMPLE_CONTACTS,
    TEMPLATE_VARIABLES,
    CompiledTemplate,
    TemplateError,
    compile_template,
    french_date,
    make_environment,
    template_values,
)
from tests.conftest import sample_profile

PROFILE = sample_profile()
VALUES = template_values("Camille", "Exemple", "Villeneuve-Témoin", PROFILE)
NOT_ALLOWED = "not allowed in a message"

INJECTIONS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__ }}",
    "{{ prenom|attr('__class__') }}",
    "{% include 'x' %}",
    "{% import 'x' as y %}",
    "{% from 'x' import y %}",
    "{% extends 'x' %}",
    "{{ 9**9**9 }}",
    "{{ 'a' * 10**9 }}",
    "{{ 'a' * 1000000 }}",
    "{{ prenom * 999999 }}",
    "{{ range(10**9)|list }}",
    "{{ range(1000000)|list }}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{% for i in range(1000) %}x{% endfor %}",
    "{{ '%s' % prenom }}",
    "{{ prenom % 1 }}",
    "{{ config }}",
    "{{ self }}",
    "{{ self._TemplateReference__context }}",
    "{{ namespace() }}",
    "{{ dict(a=1) }}",
    "{{ joiner() }}",
    "{{ prenom.upper() }}",
    "{{ prenom.__class__ }}",
    "{{ prenom['__class__'] }}",
    "{{ '{0:>999999999}'.format(prenom) }}",
    "{{ prenom|format(1) }}",
    "{{ prenom|map('upper')|list }}",
    "{{ prenom|tojson }}",
    "{{ prenom|pprint }}",
    "{{ prenom|center(999999999) }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{% set x %}{{ prenom }}{% endset %}",
    "{% filter upper %}x{% endfilter %}",
    "{% for a in range(99) %}{% for b in range(99) %}{% for c in range(99) %}"
    "{% endfor %}{% endfor %}{% endfor %}",
    "{% for a in range(99) %}{% for b in range(99) %}{{ prenom }}{% endfor %}{% endfor %}",
    "{% set s = prenom ~ prenom %}" + "{% set s = s ~ s %}" * 20 + "{{ s }}",
    "{{ prenom|replace('', prenom|replace('', prenom|replace('', prenom))) }}",
    "{{ range(99)|join(range(99)|join(range(99)|join(prenom))) }}",
    "{% for x in [1] recursive %}{{ loop([]) }}{% endfor %}",
    "{{ loop.index }}",
]


def fill(body: str, **changes: str) -> str:
    return compile_template(body).render({**VALUES, **changes})


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_is_refused_with_a_template_error(payload: str) -> None:
    with pytest.raises(TemplateError) as caught:
        fill(payload)
    message = str(caught.value)
    assert message
    assert "Traceback" not in message


@pytest.mark.parametrize(
    "payload",
    [
        "{{ ''.__class__ }}",
        "{% include 'x' %}",
        "{{ 9**9**9 }}",
        "{{ '%s' % prenom }}",
        "{{ prenom|attr('x') }}",
    ],
)
def test_refusals_found_at_compile_time_name_the_line(payload: str) -> None:
    with pytest.raises(TemplateError) as caught:
        compile_template("Bonjour\n\n" + payload)
    assert caught.value.line == 3
    assert NOT_ALLOWED in str(caught.value)


def test_runtime_refusal_is_a_clear_security_error() -> None:
    with pytest.raises(TemplateError, match=NOT_ALLOWED):
        fill("{% set n = 999999 %}{{ prenom * n }}")


@pytest.mark.parametrize("name", ["config", "self", "cycler", "lipsum", "range_", "prénom"])
def test_unknown_variable_is_named_with_its_line(name: str) -> None:
    with pytest.raises(TemplateError) as caught:
        compile_template("Bonjour {{ prenom }},\n{{ " + name + " }}")
    error = caught.value
    assert error.line == 2
    assert f"unknown variable '{name}'" in str(error)
    assert "prenom, nom, commune" in str(error)


def test_syntax_error_reports_the_line() -> None:
    with pytest.raises(TemplateError) as caught:
        compile_template("Bonjour {{ prenom }},\nvotez\n{% if commune %}oui")
    assert caught.value.line is not None
    assert str(caught.value).startswith(f"Line {caught.value.line}: ")


def test_unclosed_expression_reports_its_line() -> None:
    with pytest.raises(TemplateError) as caught:
        compile_template("ligne 1\nBonjour {{ prenom }")
    assert caught.value.line == 2


def test_every_documented_variable_is_accepted() -> None:
    body = " ".join("{{ " + name + " }}" for name in TEMPLATE_VARIABLES)
    assert fill(body) == (
        "Camille Exemple Villeneuve-Témoin Marie Exemple élections municipales "
        "15 mars 2026 22 mars 2026"
    )


def test_conditionals_and_filters_work() -> None:
    body = (
        "Bonjour {{ prenom|upper }},\n"
        "{% if commune %}à {{ commune }}, {% endif %}"
        "votez {{ candidat|default('nous') }} le {{ tour1 }} !"
    )
    expected = "Bonjour CAMILLE,\nà Villeneuve-Témoin, votez Marie Exemple le 15 mars 2026 !"
    assert fill(body) == expected
    assert fill(body, commune="") == "Bonjour CAMILLE,\nvotez Marie Exemple le 15 mars 2026 !"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{{ prenom|lower }}", "camille"),
        ("{{ 'jean dupont'|title }}", "Jean Dupont"),
        ("{{ '  x  '|trim }}", "x"),
        ("{{ commune|replace('-', ' ') }}", "Villeneuve Témoin"),
        ("{{ commune|truncate(10, true, '.', 0) }}", "Villeneuv."),
        ("{{ prenom|length }}", "7"),
        ("{{ prenom|first }}{{ prenom|last }}", "Ce"),
        ("{{ [prenom, nom]|join(' ') }}", "Camille Exemple"),
        ("{{ prenom ~ '!' * 3 }}", "Camille!!!"),
        ("{% for i in range(3) %}{{ loop.index }}{% endfor %}", "123"),
        ("{% set ville = commune or 'votre ville' %}{{ ville }}", "Villeneuve-Témoin"),
        ("{{ 'oui' if prenom is string else 'non' }}", "oui"),
        ("{{ prenom[0] }}.", "C."),
    ],
)
def test_allowed_features(body: str, expected: str) -> None:
    assert fill(body) == expected


def test_output_size_limit() -> None:
    template = compile_template("{{ prenom }}")
    assert template.render({**VALUES, "prenom": "a" * OUTPUT_LIMIT}) == "a" * OUTPUT_LIMIT
    with pytest.raises(TemplateError, match=f"over {OUTPUT_LIMIT} characters"):
        template.render({**VALUES, "prenom": "a" * (OUTPUT_LIMIT + 1)})


def test_output_size_limit_in_a_loop() -> None:
    template = compile_template("{% for i in range(100) %}{{ prenom }}{% endfor %}")
    with pytest.raises(TemplateError, match="too long"):
        template.render({**VALUES, "prenom": "a" * 50})


def test_render_strips_trailing_whitespace_and_normalises_newlines() -> None:
    assert fill("Bonjour\r\n{{ prenom }}  \r\n\r\n") == "Bonjour\nCamille"
    assert fill("{{ prenom }}", prenom="A\r\nB") == "A\nB"


def test_block_tags_leave_no_blank_lines() -> None:
    body = "Bonjour\n{% if commune %}\n{{ commune }}\n{% endif %}\nA bientôt"
    assert fill(body) == "Bonjour\nVilleneuve-Témoin\nA bientôt"


def test_missing_value_at_render_is_a_template_error() -> None:
    template = compile_template("{{ commune }}")
    with pytest.raises(TemplateError):
        template.render({"prenom": "Camille"})


def test_type_error_at_render_is_a_template_error() -> None:
    with pytest.raises(TemplateError, match="could not be filled in"):
        fill("{{ prenom - 1 }}")


def test_environment_exposes_only_safe_names() -> None:
    env = make_environment()
    assert set(env.globals) == {"range"}
    assert not {"attr", "map", "format", "xmlattr", "pprint", "tojson", "safe"} & set(env.filters)
    assert env.autoescape is False


def test_compiled_template_is_reusable() -> None:
    template = compile_template("Bonjour {{ prenom }}")
    assert isinstance(template, CompiledTemplate)
    outputs = [template.render({**VALUES, "prenom": c.first_name}) for c in SAMPLE_CONTACTS]
    assert outputs == [f"Bonjour {c.first_name}" for c in SAMPLE_CONTACTS]


def test_template_values_without_second_round() -> None:
    values = template_values("A", "B", "C", PROFILE.with_changes(round2=None))
    assert values["tour2"] == ""
    assert set(values) == set(TEMPLATE_VARIABLES)


@pytest.mark.parametrize(
    ("election", "label"),
    [
        (ElectionKind.MUNICIPALES, "élections municipales"),
        (ElectionKind.PRESIDENTIELLE, "élection présidentielle"),
        (ElectionKind.EUROPEENNES, "élections européennes"),
    ],
)
def test_election_label(election: ElectionKind, label: str) -> None:
    values = template_values("A", "B", "C", PROFILE.with_changes(election=election))
    assert values["election"] == label


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 3, 15), "15 mars 2026"),
        (date(2026, 5, 1), "1er mai 2026"),
        (date(2026, 2, 8), "8 février 2026"),
        (date(2026, 8, 30), "30 aout 2026"),
        (date(2026, 12, 6), "6 décembre 2026"),
    ],
)
def test_french_date(day: date, text: str) -> None:
    assert french_date(day) == text


def test_sample_contacts() -> None:
    assert len(SAMPLE_CONTACTS) == 3
    for contact in SAMPLE_CONTACTS:
        assert contact.first_name and contact.last_name
    assert any(not c.commune for c in SAMPLE_CONTACTS)


@pytest.mark.parametrize(
    ("body", "line", "column", "code"),
    [
        ("Bonjour\x00 {{ prenom }}", 1, 8, "U+0000"),
        ("Bonjour {{ prenom }},\r\nà bientôt\x07", 2, 10, "U+0007"),
        ("Bonjour\n\n{{ prenom }}\x1b[31m", 3, 13, "U+001B"),
        ("Bonjour\x85", 1, 8, "U+0085"),
        ("Bonjour\rtoi", 1, 8, "U+000D"),
    ],
)
def test_control_characters_are_refused_where_they_are(body, line, column, code) -> None:
    with pytest.raises(TemplateError) as caught:
        compile_template(body)

    assert caught.value.line == line
    assert f"Line {line}, column {column}:" in str(caught.value)
    assert code in str(caught.value)


def test_tabs_and_line_breaks_are_not_control_characters_in_a_template() -> None:
    compiled = compile_template("Bonjour\t{{ prenom }},\r\nà bientôt")

    assert compiled.render(VALUES) == "Bonjour Camille,\nà bientôt"


def test_a_rendered_message_never_holds_a_control_character() -> None:
    # Values may come from a database filled before imports removed them; escapes in literals
    # are decoded by Jinja itself.
    compiled = compile_template('{{ prenom }} {{ nom }}{{ "\\x00\\x07" }} {{ commune }}')
    values = template_values("Cam\x00ille", "Ex\x1bemple", "Ville\x9b", PROFILE)

    assert compiled.render(values) == "Camille Exemple Ville"
