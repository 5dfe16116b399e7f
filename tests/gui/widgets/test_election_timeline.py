"""The election timeline, drawn on the Dashboard: its data, its painting, its words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor

from campagne_desktop.context import AppContext
from campagne_desktop.domain.calendar import SendingPolicy
from campagne_desktop.domain.enums import ElectionKind
from campagne_desktop.gui.pages.dashboard import DashboardPage
from campagne_desktop.gui.widgets.election_timeline import (
    ElectionTimelineView,
    day_text,
)
from campagne_desktop.paths import AppPaths
from campagne_desktop.services import campaign
from campagne_desktop.services.dashboard import election_timeline
from campagne_desktop.services.demo import create_demo
from tests.conftest import Clock, sample_profile
from tests.gui.fakes import ScriptedPrompts

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)


@pytest.fixture
def demo_dashboard(qtbot, data_dir):
    ctx = AppContext.build(AppPaths.under(data_dir), trust_keyring=True, clock=Clock(TUESDAY))
    create_demo(ctx)  # first round on the Sunday four to five weeks ahead: 5 April 2026
    db = campaign.open_campaign(ctx)
    page = DashboardPage(ctx, db, ScriptedPrompts())
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitUntil(lambda: page.counts["contacts"].text() != "")
    yield page
    page.hide()
    db.close()


def _colour_at(view: ElectionTimelineView, x: int, y: int) -> QColor:
    return view.grab().toImage().pixelColor(x, y)


def test_the_demo_campaign_timeline_has_its_dates(demo_dashboard) -> None:
    view = demo_dashboard.timeline
    assert view.isVisible() and view.height() >= view.sizeHint().height()
    data = view.timeline
    assert [(r.number, r.day) for r in data.rounds] == [
        (1, date(2026, 4, 5)),
        (2, date(2026, 4, 12)),
    ]
    assert [(p.start, p.end) for p in data.silences] == [
        (datetime(2026, 4, 4, tzinfo=PARIS), datetime(2026, 4, 5, 20, tzinfo=PARIS)),
        (datetime(2026, 4, 11, tzinfo=PARIS), datetime(2026, 4, 12, 20, tzinfo=PARIS)),
    ]
    assert data.now == TUESDAY.astimezone(UTC) and data.allowed_now
    assert data.wipe_deadline == date(2026, 5, 12)


def test_the_description_says_the_rounds_and_the_silence_in_words(demo_dashboard) -> None:
    view = demo_dashboard.timeline
    said = view.accessibleDescription()
    assert view.accessibleName() == "Election timeline"
    # Dates in the interface's language, as its locale writes them in full.
    assert f"Round 1: {day_text(date(2026, 4, 5))}." in said
    assert f"Round 2: {day_text(date(2026, 4, 12))}." in said
    assert "Electoral silence for round 1: from Sat 4 Apr 00:00 to Sun 5 Apr 20:00." in said
    assert "Sending is allowed now." in said
    wipe = day_text(date(2026, 5, 12))
    assert f"Recommended date to wipe the campaign's data: {wipe}." in said


def test_it_paints_the_silence_and_explains_each_part(qtbot) -> None:
    profile = sample_profile()
    view = ElectionTimelineView()
    qtbot.addWidget(view)
    now = datetime(2026, 3, 14, 10, tzinfo=PARIS)  # inside round one's silence
    view.set_timeline(election_timeline(profile, SendingPolicy.from_profile(profile), (), now))
    view.resize(900, view.sizeHint().height())
    view.show()
    band = view.silence_rect(view.timeline.silences[1])  # round two's, not crossed by "now"
    centre = band.center()
    painted = _colour_at(view, centre.x(), centre.y())
    assert painted.red() > painted.green() + 40  # the silence's red, lightened
    assert view.tooltip_at(centre) == (
        "Electoral silence for round 2: from Sat 21 Mar 00:00 to Sun 22 Mar 20:00."
    )
    assert "overseas" not in view.legend_html() and "next allowed sending" in view.legend_html()
    labels = [m.label for m in view.markers]
    assert labels[:2] == ["Round 1", "Round 2"]
    assert "Now" in labels and "Next sending: Mon 16 Mar 08:00" in labels
    now_index = labels.index("Now")
    assert view.tooltip_at(view.marker_label_rect(now_index).center()) == "Now: Sat 14 Mar 10:00"
    # Now and the next moment are close: their labels take different rows, never overlapping.
    rects = [view.marker_label_rect(i) for i, m in enumerate(view.markers) if not m.above]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    assert max(r.bottom() for r in rects) < view.height()


def test_overseas_silence_has_its_own_hatched_lane(qtbot) -> None:
    profile = sample_profile(election=ElectionKind.LEGISLATIVES)
    view = ElectionTimelineView()
    qtbot.addWidget(view)
    zones = ("Europe/Paris", "America/Guadeloupe")
    view.set_timeline(
        election_timeline(profile, SendingPolicy.from_profile(profile), zones, TUESDAY)
    )
    view.resize(900, view.sizeHint().height())
    view.show()
    overseas = [p for p in view.timeline.silences if p.overseas]
    assert len(overseas) == 2 and "(overseas)" in view.legend_html()
    own = view.silence_rect(view.timeline.silences[0])
    strict = view.silence_rect(overseas[0])
    assert strict.top() > own.top() and strict.left() < own.left()  # below, and starts earlier
    # Told apart by colour too: orange-ish (green over blue) below, red-ish (blue over green).
    overseas_pixel = _colour_at(view, strict.left() + 3, strict.center().y())
    own_pixel = _colour_at(view, own.left() + 3, own.center().y())
    assert overseas_pixel.green() > overseas_pixel.blue()
    assert own_pixel.blue() > own_pixel.green()
    assert "Electoral silence for round 1 in Guadeloupe: from Fri 13 Mar 05:00" in (
        view.accessibleDescription()
    )
