"""Properties of the template sandbox on arbitrary text, hostile fragments included."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from campagne_desktop.domain.templating import (
    OUTPUT_LIMIT,
    SAMPLE_CONTACTS,
    CompiledTemplate,
    TemplateError,
    compile_template,
    template_values,
)
from campagne_desktop.domain.text import first_control_char
from tests.conftest import sample_profile

PROFILE = sample_profile()
VALUES = template_values(*SAMPLE_CONTACTS[0], PROFILE)
# Pieces of Jinja a volunteer (or an attacker) might write, glued in any order.
_FRAGMENTS = st.sampled_from(
    [
        "{{ prenom }}", "{{ nom|upper }}", "{{ commune or 'chez vous' }}", "{{ candidat }}",
        "{% if prenom %}", "{% else %}", "{% endif %}", "{% for i in range(99) %}",
        "{% for j in range(100) %}", "{% endfor %}", "{% set x = prenom * 50 %}", "{{ x }}",
        "{{ 'a' * 4000 }}", "{{ prenom|replace('a', 'aaaaaaaaaa') }}", "{{ loop.index }}",
        "{{ range(5)|join(',') }}", "{{ tour1 }}", "{{ '\\x00' }}", "{{ 1/0 }}", "{{ x|int }}",
        "{{", "}}", "{%", "%}", "{#", "#}", "|", "(", ")", "'", '"', "*", "**", "%",
        "{{ ''.__class__ }}", "{{ self }}", "{% include 'x' %}", "{{ 9**9 }}", "\n", " ",
        "Bonjour ", "é", "\x00", "\x07", "\r\n", "\t",
    ]
)  # fmt: skip
TEMPLATE_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=5)), max_size=25).map("".join),
)


@given(TEMPLATE_TEXT)
@example("{% for i in range(100) %}{% for j in range(100) %}{{ prenom }}{% endfor %}{% endfor %}")
@example("{% set x = 'a' * 8000 %}{{ x }}{{ x }}")
@example("{{ '\\x00' }}Bonjour")
@example("(" * 300)
def test_any_text_compiles_or_is_refused_and_output_stays_bounded(body: str) -> None:
    try:
        compiled = compile_template(body)
    except TemplateError as error:
        assert str(error)  # a message the user can read
        return
    assert isinstance(compiled, CompiledTemplate)
    assert first_control_char(body.replace("\r\n", "\n")) is None
    try:
        text = compiled.render(VALUES)
    except TemplateError as error:
        assert str(error)
        return
    assert len(text) <= OUTPUT_LIMIT
    assert first_control_char(text) is None
