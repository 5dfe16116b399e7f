"""The dashboard's figures in one read: the same eligibility policy as every batch."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.enums import TemplateKind
from ..domain.selection import Selection
from .audience import count_reachable
from .unit_of_work import UnitOfWork
from .wipe_scan import count_rows


@dataclass(frozen=True)
class DashboardFigures:
    contacts: int
    reachable: int  # a campaign message may go to them now
    askable: int  # a consent request may still go to them (never asked, not in a live batch)
    opted_out: int
    batches: int
    templates: int


def dashboard_figures(uow: UnitOfWork) -> DashboardFigures:
    with uow.transaction() as session:
        rows = count_rows(session)
        everyone = Selection()
        return DashboardFigures(
            contacts=rows.get("contacts", 0),
            reachable=count_reachable(session, TemplateKind.CAMPAIGN, everyone),
            askable=count_reachable(session, TemplateKind.CONSENT, everyone),
            opted_out=rows.get("opt_outs", 0),
            batches=rows.get("batches", 0),
            templates=rows.get("templates", 0),
        )
