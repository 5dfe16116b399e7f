"""One words table per kind of domain value: every value has its own words."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import pytest

from campagne_desktop.domain.enums import (
    BatchState,
    ConsentStatus,
    ElectionKind,
    MessageState,
    OptOutChannel,
    SourceKind,
    TemplateKind,
)
from campagne_desktop.domain.phones import PhoneProblem
from campagne_desktop.gui import labels
from campagne_desktop.providers import ExportFormat
from campagne_desktop.services.contact_entry import CollectionMethod
from campagne_desktop.services.held_replies import HoldReason


@pytest.mark.parametrize(
    ("values", "label"),
    [
        (BatchState, labels.batch_state_label),
        (MessageState, labels.message_state_label),
        (ConsentStatus, labels.consent_label),
        (SourceKind, labels.source_label),
        (OptOutChannel, labels.channel_label),
        (TemplateKind, labels.template_kind_label),
        (ExportFormat, labels.export_format_label),
        (ElectionKind, labels.election_label),
        (HoldReason, labels.hold_reason_label),
        (CollectionMethod, labels.method_label),
    ],
)
def test_every_value_has_its_own_words(values: type[Enum], label: Callable[[Enum], str]) -> None:
    words = [label(value) for value in values]
    assert all(words) and len(set(words)) == len(words)
    assert not any(value.value in words for value in values)  # never the code itself


def test_a_file_problem_in_words_and_an_unknown_one_as_it_is() -> None:
    assert labels.problem_label(PhoneProblem.LANDLINE) == "landline"
    assert labels.problem_label("something_new") == "something_new"
    assert labels.problem_label(None) == ""
