"""The import's helpers give what the one-row-at-a-time code gives."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from campagne_desktop.domain.text import contact_search_text
from campagne_desktop.services.contact_writer import SearchTexts

# Fields as the import passes them: stripped; letters, accents, combining marks, odd spaces.
fields = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12).map(
    str.strip
)


@settings(max_examples=400, deadline=None)
@given(fields, fields, fields)
@example("Zoé", "Lefèvre", "Saint-Étienne")
@example("", "Martin", "")
@example("e\u0301", "\u1fed", "ǅ")
def test_cached_search_text_is_the_search_text(first: str, last: str, commune: str) -> None:
    texts = SearchTexts()
    assert texts(first, last, commune) == contact_search_text(first, last, commune)
    assert texts(first, last, commune) == contact_search_text(first, last, commune)  # cached
