"""Before freezing: what one message costs per person, for each source the template goes to."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...domain.selection import Selection
from ...services.previews import cost_per_source
from ...services.templates import TemplateInfo
from ...services.unit_of_work import UnitOfWork
from ..formatting import price as formatted_price
from ..labels import source_label


def cost_per_source_text(
    uow: UnitOfWork,
    template: TemplateInfo,
    selection: Selection,
    price: Decimal,
    segment_cap: int | None = None,
) -> str:
    """One line per source the batch would reach: SMS per person, price each, length of the
    legal notice (one real message of each source, as the policy selects them)."""
    lines = []
    shown_sources = cost_per_source(
        uow, template.body, template.kind, selection, segment_cap=segment_cap
    )
    for shown in shown_sources:
        lines.append(
            QCoreApplication.translate(
                "CostHint",
                "{source}: %n SMS per person ({cost} each), legal notice of {length} characters",
                "",
                shown.segments.segments,
            ).format(
                source=shown.source.description or source_label(shown.source.kind),
                cost=formatted_price(shown.segments.segments * price),
                length=len(shown.footer),
            )
        )
    return "\n".join(lines)
