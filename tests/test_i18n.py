"""Counted messages read naturally in both languages, in the window and on the command line."""

from __future__ import annotations

import pytest

from campagne_desktop.domain.compliance_report import BLOCKED_HERE
from campagne_desktop.domain.messages import UserError, words
from campagne_desktop.i18n import translator
from campagne_desktop.services.wipe_errors import STILL_ON_DISK

PARAMS = {"place": "Guadeloupe", "restriction": "nuit", "next": "demain"}


@pytest.mark.parametrize(
    ("language", "count", "start"),
    [
        ("en", 0, "0 recipients in Guadeloupe cannot"),
        ("en", 1, "1 recipient in Guadeloupe cannot"),
        ("en", 2, "2 recipients in Guadeloupe cannot"),
        ("en", 1234, "1,234 recipients in Guadeloupe cannot"),
        ("fr", 0, "0 destinataire en/à Guadeloupe ne peut pas"),
        ("fr", 1, "1 destinataire en/à Guadeloupe ne peut pas"),
        ("fr", 2, "2 destinataires en/à Guadeloupe ne peuvent pas"),
        ("fr", 1234, "1\u202f234 destinataires"),
    ],
)
def test_the_command_line_picks_the_form_for_the_count(language, count, start) -> None:
    params = {**PARAMS, "count": count}
    text = words(BLOCKED_HERE, params, translator(language)).format(**params)
    assert text.replace("\u00a0", "\u202f").startswith(start.replace("\u00a0", "\u202f"))
    assert "(s)" not in text and "%Ln" not in text


def test_without_a_catalogue_the_key_keeps_its_mark_and_the_number() -> None:
    error = UserError(STILL_ON_DISK, count=3)
    assert str(error) == "Still on disk: 3 file(s) of the campaign, listed below."


def test_a_key_without_a_count_is_translated_as_before() -> None:
    assert translator("fr")("mainland France") == "métropole"
    assert translator("en")("mainland France") == "mainland France"


def test_the_window_picks_the_form_through_qt(qapp) -> None:
    from campagne_desktop.gui.messages import user_text

    # tests/conftest.py installs the English catalogue (plural forms only) for Qt tests.
    assert user_text(UserError(STILL_ON_DISK, count=1)) == (
        "Still on disk: 1 file of the campaign, listed below."
    )
    assert user_text(UserError(STILL_ON_DISK, count=2)) == (
        "Still on disk: 2 files of the campaign, listed below."
    )
