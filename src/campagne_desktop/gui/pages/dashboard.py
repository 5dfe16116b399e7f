"""Tableau de bord: the campaign at a glance, when sending is allowed and the silence to come."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...domain.calendar import (
    NoSendingWindowError,
    SendingPolicy,
    restriction_label,
    silence_periods,
)
from ...domain.messages import UserError
from ...domain.profile import CampaignProfile
from ...services.batch_outcomes import batch_outcomes
from ...services.dashboard import (
    contact_breakdown,
    dashboard_figures,
    election_timeline,
    sending_outlook,
)
from ...services.profile import get_profile
from ...services.unit_of_work import UnitOfWork
from ...services.wipe import reminder_message, wipe_reminder
from ...storage.database import Database
from ..formatting import moment_text, place
from ..labels import consent_label
from ..messages import message_text, translate_message, user_text
from ..prompts import Prompts
from ..startup import after_first_paint
from ..widgets.batch_report import FAILED_COLOUR, OK_COLOUR, WARNING_COLOUR
from ..widgets.dashboard_tables import (
    CONSENT_ORDER,
    fill_outcomes,
    fill_sources,
    outcomes_table,
    sources_table,
)
from ..widgets.election_timeline import ElectionTimelineView
from ..widgets.expired_consent import ExpiredConsentRow

TICK_MS = 60_000  # the countdowns move by the minute


class DashboardPage(QWidget):
    def __init__(
        self, ctx: AppContext, db: Database, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = db
        self.prompts = prompts
        self.profile: CampaignProfile | None = None
        self.zones: tuple[str, ...] = ()  # where the reachable contacts are: the moments are theirs
        self.heading = QLabel()
        self.rounds = QLabel()
        self.countdown = QLabel()
        self.next_sending = QLabel()
        self.next_sending.setWordWrap(True)
        self.silences = QLabel()
        self.silences.setWordWrap(True)
        self.security = QLabel()
        self.security.setWordWrap(True)
        self.counts = {
            name: QLabel() for name in ("contacts", "granted", "pending", "opted_out", "batches")
        }
        form = QFormLayout()
        form.addRow(self.tr("Election rounds:"), self.rounds)
        form.addRow(self.tr("Next round:"), self.countdown)
        form.addRow(self.tr("Data protection:"), self.security)
        timing = QGroupBox(self.tr("When messages may go out"))
        timing_form = QFormLayout(timing)
        timing_form.addRow(self.tr("Next allowed sending:"), self.next_sending)
        timing_form.addRow(self.tr("Electoral silence:"), self.silences)
        figures = QGroupBox(self.tr("Contacts and batches"))
        figures_form = QFormLayout(figures)
        captions = {
            "contacts": self.tr("Contacts:"),
            "granted": self.tr("…who can receive campaign SMS:"),
            "pending": self.tr("…who can still be asked for consent:"),
            "opted_out": self.tr("Opted-out numbers (blocked for good):"),
            "batches": self.tr("Batches:"),
        }
        for name, label in self.counts.items():
            figures_form.addRow(captions[name], label)
        # Two months after a consent request, silence means no: propose erasing (LEGAL.md §5).
        self.expired_consent = ExpiredConsentRow(ctx, db, prompts)
        self.expired_consent.erased.connect(lambda _n: self.refresh())
        figures_form.addRow(self.tr("…whose consent request expired:"), self.expired_consent)
        self.by_consent = QLabel()
        self.by_consent.setWordWrap(True)
        figures_form.addRow(self.tr("By consent:"), self.by_consent)
        self.timeline = ElectionTimelineView()
        timeline_box = QGroupBox(self.tr("Election timeline"))
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.timeline)
        self.timeline_legend = QLabel()
        self.timeline_legend.setWordWrap(True)
        timeline_layout.addWidget(self.timeline_legend)
        self.sources = sources_table(self.tr("Source"))
        self.sources.setAccessibleName(self.tr("Contacts by source"))
        sources_box = QGroupBox(self.tr("Contacts by source"))
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.addWidget(self.sources)
        sources_layout.addStretch(1)
        self.outcomes = outcomes_table(
            [
                self.tr("Batch"),
                self.tr("Sent"),
                self.tr("Delivered"),
                self.tr("Failed"),
                self.tr("Opted out since"),
            ]
        )
        self.outcomes.setAccessibleName(self.tr("Results of the batches sent"))
        self.no_outcome = QLabel(self.tr("No batch has been sent or exported yet."))
        outcomes_box = QGroupBox(self.tr("Results of the batches sent"))
        outcomes_layout = QVBoxLayout(outcomes_box)
        outcomes_layout.addWidget(self.no_outcome)
        outcomes_layout.addWidget(self.outcomes)
        self.wipe_banner = QLabel()
        self.wipe_banner.setWordWrap(True)
        self.wipe_banner.setStyleSheet(f"font-weight: bold; color: {FAILED_COLOUR};")
        self.wipe_banner.hide()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.wipe_banner)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("font-weight: bold;")
        self.next_step.hide()
        layout.addWidget(self.next_step)
        top = QHBoxLayout()
        top.addLayout(form, 2)
        top.addWidget(timing, 3)
        layout.addLayout(top)
        layout.addWidget(timeline_box)
        middle = QHBoxLayout()
        middle.addWidget(figures, 1)
        middle.addWidget(sources_box, 1)
        layout.addLayout(middle)
        layout.addWidget(outcomes_box)
        layout.addStretch(1)
        # Taller than the screen, the page scrolls down; never sideways (1366 px screens).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh_time)
        self._counts_due = False
        # The first fill of the time lines (the holiday calendars take ~0.5 s to load) and of
        # the counts (whole tables) waits for the window's first paint.
        self._first_fill_due = True
        self._refresh_profile()
        after_first_paint(self, self._first_fill)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._first_fill_due:
            self.refresh()  # contacts, opt-outs and batches may have changed on other pages
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # nothing ticks while the page is not on screen
        super().hideEvent(event)

    def _first_fill(self) -> None:
        self._first_fill_due = False
        self.refresh_counts(time_too=True)

    def refresh(self) -> None:
        """The profile's and the time's lines now; the counts, which read whole tables, a moment
        later, and once only however many times this is called before."""
        self._refresh_profile()
        self.refresh_time()
        if not self._counts_due and not self._first_fill_due:
            self._counts_due = True
            QTimer.singleShot(0, self, self.refresh_counts)

    def _refresh_profile(self) -> None:
        profile = self.profile = get_profile(self.db)
        self.heading.setText(f"<h2>{profile.candidate}</h2>")
        rounds = [profile.round1] + ([profile.round2] if profile.round2 else [])
        self.rounds.setText(" · ".join(r.strftime("%d/%m/%Y") for r in rounds))
        self.security.setText(
            self.tr("Encrypted database; key in the system keyring.")
            if self.ctx.keyring.trusted
            else self.tr("Encrypted database; key derived from your passphrase.")
        )

    def refresh_counts(self, *, time_too: bool = False) -> None:
        """The figures (whole tables), and the time lines again if the recipients' zones moved."""
        self._counts_due = False
        assert self.profile is not None  # read by __init__
        found = dashboard_figures(UnitOfWork(self.db), self.profile.timezone)
        zones_moved = found.zones != self.zones
        self.zones = found.zones
        figures = {
            "contacts": found.contacts,
            "granted": found.reachable,
            "pending": found.askable,
            "opted_out": found.opted_out,
            "batches": found.batches,
        }
        locale = QLocale()
        for name, value in figures.items():
            self.counts[name].setText(locale.toString(value))
        self.expired_consent.refresh()
        uow = UnitOfWork(self.db)
        breakdown = contact_breakdown(uow)
        self.by_consent.setText(
            " · ".join(
                f"{consent_label(status)} {locale.toString(count)}"
                for status, count in sorted(
                    breakdown.by_consent.items(), key=lambda item: CONSENT_ORDER.index(item[0])
                )
            )
        )
        fill_sources(self.sources, breakdown)
        outcomes = batch_outcomes(uow)
        fill_outcomes(
            self.outcomes,
            outcomes,
            self.profile.timezone,
            self.tr("no delivery reports (sent from a file)"),
        )
        self.outcomes.setVisible(bool(outcomes))
        self.no_outcome.setVisible(not outcomes)
        self.next_step.setText(self._next_step(figures, found.templates))
        self.next_step.setVisible(bool(self.next_step.text()))
        if zones_moved or time_too:  # the next allowed moment is the one of these zones' people
            self.refresh_time()

    def _next_step(self, figures: dict[str, int], templates: int) -> str:
        """What to do next, for a campaign that is just starting."""
        if not figures["contacts"]:
            return self.tr("Next step: import your contacts (Contacts page, Ctrl+2).")
        if not templates:
            return self.tr("Next step: write a message and approve it (Messages page, Ctrl+3).")
        if not figures["batches"]:
            return self.tr("Next step: prepare a batch (Sendings page, Ctrl+4).")
        return ""

    def refresh_time(self) -> None:
        """The moment-dependent lines, from the context's clock (tests fix it)."""
        profile = self.profile
        if profile is None:
            return
        now = self.ctx.clock()
        tz = profile.timezone
        today = now.astimezone(ZoneInfo(tz)).date()
        rounds = [profile.round1] + ([profile.round2] if profile.round2 else [])
        upcoming = [r for r in rounds if r >= today]
        self.countdown.setText(
            self._countdown(upcoming[0], today) if upcoming else self.tr("The election is over.")
        )
        reminder = wipe_reminder(profile, today)  # once the vote is past: wipe the data
        self.wipe_banner.setVisible(reminder is not None)
        if reminder is not None:
            key, params = reminder_message(reminder)
            self.wipe_banner.setText(message_text(key, params))
        try:
            policy = SendingPolicy.from_profile(profile)
        except UserError as error:
            self.next_sending.setStyleSheet(f"color: {FAILED_COLOUR};")
            self.next_sending.setText(user_text(error))
            self.silences.clear()
            self.timeline.hide()
            return
        self.next_sending.setText(self.next_sending_text(now, tz, policy))
        self.silences.setText("\n".join(self.silence_lines(now, tz, policy)))
        self.timeline.set_timeline(election_timeline(profile, policy, self.zones, now))
        self.timeline.show()
        self.timeline_legend.setText(self.timeline.legend_html())

    def next_sending_text(self, now: datetime, tz: str, policy: SendingPolicy) -> str:
        """Whether every contact may receive a message now, else the first moment they all may
        (in their own zones, said in the campaign's zone ``tz``)."""
        outlook = sending_outlook(self.zones, policy, now, tz)
        if outlook.restriction is None:
            self.next_sending.setStyleSheet(f"color: {OK_COLOUR};")
            return self.tr("Now: sending is allowed (time in {place}).").format(place=place(tz))
        self.next_sending.setStyleSheet(f"color: {WARNING_COLOUR};")
        reason = translate_message(restriction_label(outlook.restriction))
        following = outlook.next_allowed
        if following is None:
            return user_text(NoSendingWindowError())
        return self.tr(
            "Not now: {reason}.\nNext allowed moment: {moment}, in {delay} (time in {place})."
        ).format(
            moment=moment_text(following, tz, year=False),
            delay=self.duration(following - now),
            place=place(tz),
            reason=reason,
        )

    def silence_lines(self, now: datetime, tz: str, policy: SendingPolicy) -> list[str]:
        lines = []
        for number, (start, end) in enumerate(silence_periods(policy, tz), start=1):
            if now < start:
                lines.append(
                    self.tr("Electoral silence for round {n} starts in {delay} ({moment}).").format(
                        n=number,
                        delay=self.duration(start - now),
                        moment=moment_text(start, tz, year=False),
                    )
                )
            elif now < end:
                lines.append(
                    self.tr(
                        "Electoral silence for round {n} in progress until {moment}: "
                        "nothing may be sent."
                    ).format(n=number, moment=moment_text(end, tz, year=False))
                )
            else:
                lines.append(self.tr("Electoral silence for round {n} is over.").format(n=number))
        return lines

    def duration(self, delta: timedelta) -> str:
        """``3 day(s) 4 h``, ``4 h 05 min`` or ``12 min``: precise enough for a countdown."""
        minutes = max(0, int(delta.total_seconds() // 60))
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            return self.tr("%n day(s)", "", days) + " " + self.tr("{hours} h").format(hours=hours)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
        return self.tr("%n minute(s)", "", minutes)

    def _countdown(self, day: date, today: date) -> str:
        days = (day - today).days
        if days == 0:
            return self.tr("Today")
        return self.tr("in %n day(s)", "", days)
