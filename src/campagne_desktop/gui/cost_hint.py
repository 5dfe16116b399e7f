"""Before freezing: what one message costs per person, for each source the template goes to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.templates import TemplateInfo, cost_per_source
from ..storage.database import Database
from .batch_report import money
from .contacts_model import source_label


def cost_per_source_text(db: Database, template: TemplateInfo, price: float) -> str:
    """One line per declared source: SMS per person, price each, length of the legal notice."""
    lines = []
    for shown in cost_per_source(db, template.body, template.kind):
        lines.append(
            QCoreApplication.translate(
                "CostHint",
                "{source}: %n SMS per person ({cost} each), legal notice of {length} characters",
                "",
                shown.segments.segments,
            ).format(
                source=shown.source.description or source_label(shown.source.kind),
                cost=money(shown.segments.segments * price),
                length=len(shown.footer),
            )
        )
    return "\n".join(lines)
