"""The election timeline, drawn: rounds, electoral silences, now, the next allowed sending, the
recommended wipe date. It paints an :class:`ElectionTimeline` the dashboard service computed;
it decides no rule. The same facts are written out as its accessible description and tooltips."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPoint, QRect, QSize, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...domain.places import place_name
from ...services.dashboard import ElectionTimeline, SilencePeriod
from ..messages import translate_message

SILENCE_COLOUR = "#b00020"  # the same red as a refused check line: nothing may be sent
OVERSEAS_COLOUR = "#a35200"
NOW_COLOUR = "#0b57d0"
NEXT_COLOUR = "#1b7f3b"
WIPE_COLOUR = "#3c3c3c"
MARGIN = 12
LANE_HEIGHT = 22


@dataclass(frozen=True)
class Marker:
    """A moment drawn as a vertical line with a label, and what its tooltip says."""

    moment: datetime
    label: str
    colour: str
    tooltip: str
    above: bool  # label above the bands (rounds) or below (now, next moment, wipe)


def local_qdatetime(moment: datetime, tz: str) -> QDateTime:
    local = moment.astimezone(ZoneInfo(tz))
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def day_text(day: date) -> str:
    """``dimanche 15 mars 2026`` in the interface's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def moment_words(moment: datetime, tz: str) -> str:
    """``sam. 14 mars 00:00`` in the interface's language, in the zone ``tz``."""
    return QLocale().toString(local_qdatetime(moment, tz), "ddd d MMM HH:mm")


class ElectionTimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: ElectionTimeline | None = None
        self.markers: list[Marker] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Election timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it by Tab
        self._rows_above = 1
        self._rows_below = 1

    # -- data ------------------------------------------------------------------------------------

    def set_timeline(self, timeline: ElectionTimeline) -> None:
        self.timeline = timeline
        self.markers = self._markers(timeline)
        self.setAccessibleDescription(self.description())
        self.setToolTip("")  # per item, from event()
        self._layout_rows()
        self.updateGeometry()
        self.update()

    def _markers(self, timeline: ElectionTimeline) -> list[Marker]:
        tz = timeline.zone
        markers = []
        for vote in timeline.rounds:
            noon = datetime.combine(vote.day, time(12, 0), tzinfo=ZoneInfo(tz))
            label = self.tr("Round {n}").format(n=vote.number)
            tip = self.tr("Round {n}: {day}").format(n=vote.number, day=day_text(vote.day))
            if not vote.declared:
                label += " " + self.tr("(expected)")
                tip += " " + self.tr("(expected on its legal date: not entered yet)")
            markers.append(Marker(noon, label, WIPE_COLOUR, tip, above=True))
        now_text = self.tr("Now: {moment}").format(moment=moment_words(timeline.now, tz))
        markers.append(Marker(timeline.now, self.tr("Now"), NOW_COLOUR, now_text, above=False))
        if not timeline.allowed_now and timeline.next_allowed is not None:
            markers.append(
                Marker(
                    timeline.next_allowed,
                    self.tr("Next sending: {moment}").format(
                        moment=moment_words(timeline.next_allowed, tz)
                    ),
                    NEXT_COLOUR,
                    self.tr("Next allowed sending moment for every recipient: {moment}").format(
                        moment=moment_words(timeline.next_allowed, tz)
                    ),
                    above=False,
                )
            )
        wipe = datetime.combine(timeline.wipe_deadline, time(12, 0), tzinfo=ZoneInfo(tz))
        markers.append(
            Marker(
                wipe,
                self.tr("Wipe by {day}").format(day=short_day_text(timeline.wipe_deadline)),
                WIPE_COLOUR,
                self.tr("Recommended date to wipe the campaign's data: {day}").format(
                    day=day_text(timeline.wipe_deadline)
                ),
                above=False,
            )
        )
        return markers

    def legend_html(self) -> str:
        """What the colours mean, for what is drawn; the hatching and the labels say it without
        colour too."""
        timeline = self.timeline
        entries = [(SILENCE_COLOUR, "■", self.tr("electoral silence: nothing may be sent"))]
        if timeline is not None and any(p.overseas for p in timeline.silences):
            entries.append(
                (OVERSEAS_COLOUR, "▨", self.tr("silence where some recipients live (overseas)"))
            )
        entries.append((NOW_COLOUR, "|", self.tr("now")))
        if any(m.colour == NEXT_COLOUR for m in self.markers):
            entries.append((NEXT_COLOUR, "|", self.tr("next allowed sending")))
        return " &nbsp; ".join(
            f'<span style="color:{colour}"><b>{mark}</b></span>&nbsp;{html.escape(text)}'
            for colour, mark, text in entries
        )

    def silence_text(self, period: SilencePeriod) -> str:
        tz = self.timeline.zone if self.timeline else "UTC"
        span = {
            "n": period.round_number,
            "start": moment_words(period.start, tz),
            "end": moment_words(period.end, tz),
        }
        if not period.overseas:
            return self.tr("Electoral silence for round {n}: from {start} to {end}.").format(**span)
        places = ", ".join(translate_message(place_name(group)) for group in period.places)
        return self.tr(
            "Electoral silence for round {n} in {places}: from {start} to {end} (campaign time)."
        ).format(places=places, **span)

    def description(self) -> str:
        """Everything the drawing shows, in words (read by screen readers)."""
        timeline = self.timeline
        if timeline is None:
            return ""
        parts = [
            self.tr("Round {n}: {day}.").format(n=r.number, day=day_text(r.day))
            + ("" if r.declared else " " + self.tr("(expected on its legal date: not entered yet)"))
            for r in timeline.rounds
        ]
        parts += [self.silence_text(p) for p in timeline.silences]
        parts.append(
            self.tr("Now: {moment}").format(moment=moment_words(timeline.now, timeline.zone)) + "."
        )
        if timeline.allowed_now:
            parts.append(self.tr("Sending is allowed now."))
        elif timeline.next_allowed is None:
            parts.append(self.tr("No moment is allowed for every recipient at once."))
        else:
            parts.append(
                self.tr("Next allowed sending moment for every recipient: {moment}").format(
                    moment=moment_words(timeline.next_allowed, timeline.zone)
                )
                + "."
            )
        parts.append(
            self.tr("Recommended date to wipe the campaign's data: {day}").format(
                day=day_text(timeline.wipe_deadline)
            )
            + "."
        )
        place = translate_message(place_name((timeline.zone,)))
        parts.append(self.tr("Times are those of {place}.").format(place=place))
        return " ".join(parts)

    # -- geometry --------------------------------------------------------------------------------

    def x_of(self, moment: datetime) -> int:
        """The moment's x, clamped to the drawn span."""
        timeline = self.timeline
        assert timeline is not None
        span = (timeline.end - timeline.start).total_seconds()
        share = (moment.astimezone(UTC) - timeline.start).total_seconds() / span
        width = self.width() - 2 * MARGIN
        return MARGIN + round(max(0.0, min(1.0, share)) * width)

    def _line_height(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def _label_font(self, marker: Marker) -> QFont:
        font = QFont(self.font())
        font.setBold(marker.colour in (NOW_COLOUR, NEXT_COLOUR))  # what to act on stands out
        return font

    def _label_rect(self, marker: Marker) -> QRect:
        metrics = QFontMetrics(self._label_font(marker))
        width = metrics.horizontalAdvance(marker.label) + 6
        x = self.x_of(marker.moment) - width // 2
        x = max(0, min(x, self.width() - width))
        return QRect(x, 0, width, self._line_height())

    def _layout_rows(self) -> None:
        """Give each label the first row where it overlaps no other (labels never collide)."""
        self._rows: dict[int, int] = {}
        for above in (True, False):
            placed: list[list[QRect]] = []
            for index, marker in sorted(
                ((i, m) for i, m in enumerate(self.markers) if m.above is above),
                key=lambda item: item[1].moment,
            ):
                rect = self._label_rect(marker)
                row = next(
                    (
                        r
                        for r, rects in enumerate(placed)
                        if not any(rect.intersects(o) for o in rects)
                    ),
                    len(placed),
                )
                if row == len(placed):
                    placed.append([])
                placed[row].append(rect.adjusted(-4, 0, 4, 0))
                self._rows[index] = row
            if above:
                self._rows_above = max(1, len(placed))
            else:
                self._rows_below = max(1, len(placed))

    def _lanes(self) -> int:
        overseas = self.timeline is not None and any(p.overseas for p in self.timeline.silences)
        return 2 if overseas else 1

    def _band_top(self) -> int:
        return MARGIN + self._rows_above * self._line_height()

    def _axis_y(self) -> int:
        return self._band_top() + self._lanes() * LANE_HEIGHT + 2

    def sizeHint(self) -> QSize:
        line = self._line_height()
        height = self._axis_y() + line + 6 + self._rows_below * line + MARGIN
        return QSize(640, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def resizeEvent(self, event: object) -> None:
        if self.timeline is not None:
            self._layout_rows()
            self.updateGeometry()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def silence_rect(self, period: SilencePeriod) -> QRect:
        lane = 1 if period.overseas else 0
        left, right = self.x_of(period.start), self.x_of(period.end)
        top = self._band_top() + lane * LANE_HEIGHT
        return QRect(left, top, max(3, right - left), LANE_HEIGHT - 4)

    def marker_label_rect(self, index: int) -> QRect:
        marker = self.markers[index]
        rect = self._label_rect(marker)
        line = self._line_height()
        row = self._rows.get(index, 0)
        if marker.above:
            y = self._band_top() - (row + 1) * line
        else:
            y = self._axis_y() + line + 6 + row * line
        return rect.translated(0, y)

    def tooltip_at(self, pos: QPoint) -> str:
        """What the item under ``pos`` is, in words; the whole description elsewhere."""
        if self.timeline is None:
            return ""
        for index, marker in enumerate(self.markers):
            near_line = abs(pos.x() - self.x_of(marker.moment)) <= 3
            if near_line or self.marker_label_rect(index).contains(pos):
                return marker.tooltip
        for period in self.timeline.silences:
            if self.silence_rect(period).contains(pos):
                return self.silence_text(period)
        return self.description()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self.tooltip_at(event.pos()), self)
            return True
        return super().event(event)

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        timeline = self.timeline
        if timeline is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        self._paint_days(painter, text_colour)
        for period in timeline.silences:
            colour = QColor(OVERSEAS_COLOUR if period.overseas else SILENCE_COLOUR)
            rect = self.silence_rect(period)
            fill = QColor(colour)
            fill.setAlpha(70)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QBrush(fill))
            painter.drawRect(rect)
            if period.overseas:  # hatched as well: told apart without colour
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
        band_top = self._band_top()
        axis_y = self._axis_y()
        for index, marker in enumerate(self.markers):
            x = self.x_of(marker.moment)
            colour = QColor(marker.colour)
            painter.setPen(QPen(colour, 2))
            label = self.marker_label_rect(index)
            if marker.above:
                painter.drawLine(x, label.bottom(), x, axis_y)
            else:
                painter.drawLine(x, band_top, x, label.top())
            painter.setPen(QPen(colour if marker.colour != WIPE_COLOUR else text_colour))
            painter.setFont(self._label_font(marker))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, marker.label)
        if self.hasFocus():  # reached by Tab: show where the keyboard is
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_days(self, painter: QPainter, text_colour: QColor) -> None:
        """The axis, a tick each day and a date every few days, as room allows."""
        timeline = self.timeline
        assert timeline is not None
        axis_y = self._axis_y()
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(MARGIN, axis_y, self.width() - MARGIN, axis_y)
        zone = ZoneInfo(timeline.zone)
        first = timeline.start.astimezone(zone).date()
        last = timeline.end.astimezone(zone).date()
        days = (last - first).days + 1
        metrics = QFontMetrics(self.font())
        label_width = metrics.horizontalAdvance(short_day_text(date(2026, 12, 30))) + 12
        pixels_per_day = (self.width() - 2 * MARGIN) / max(1, days)
        step = 1
        while step * pixels_per_day < label_width:
            step = {1: 2, 2: 7, 7: 14}.get(step, step + 14)
        line = self._line_height()
        for offset in range(days):
            day = date.fromordinal(first.toordinal() + offset)
            x = self.x_of(datetime.combine(day, time(0, 0), tzinfo=zone))
            labelled = (day.toordinal() - first.toordinal()) % step == 0
            painter.drawLine(x, axis_y, x, axis_y + (6 if labelled else 3))
            if labelled:
                text = short_day_text(day)
                width = metrics.horizontalAdvance(text)
                if MARGIN + width // 2 <= x <= self.width() - MARGIN - width // 2:
                    painter.drawText(
                        QRect(x - width // 2 - 2, axis_y + 6, width + 4, line),
                        Qt.AlignmentFlag.AlignCenter,
                        text,
                    )
