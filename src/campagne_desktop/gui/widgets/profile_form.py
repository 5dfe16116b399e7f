"""The campaign profile as a form: shared by the first-run assistant and the Settings page."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ElectionKind, FooterForm, ProviderKey
from ...domain.messages import QT_TRANSLATE_NOOP
from ...domain.profile import (
    EARLIEST_POLLS_CLOSE,
    LATEST_POLLS_CLOSE,
    CampaignProfile,
    ProfileError,
    expected_round2,
    validate,
)
from ...providers import PROVIDERS
from ..formatting import PriceSpinBox, place
from ..labels import election_label
from ..messages import user_text
from .date_field import DateField

TIMEZONES = (
    "Europe/Paris",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "Indian/Reunion",
    "Indian/Mayotte",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "America/Miquelon",
)


def _capitalised(text: str) -> str:
    """ "métropole" said alone, as a choice in a list: "Métropole"."""
    return text[:1].upper() + text[1:]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def default_round1(today: date) -> date:
    """The first Sunday at least four weeks ahead: French votes are on Sundays."""
    start = today + timedelta(days=28)
    return start + timedelta(days=(6 - start.weekday()) % 7)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProfileForm(QWidget):
    """Edits every field of :class:`CampaignProfile`; ``advanced`` adds sending rules and money."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        advanced: bool = True,
        today: date | None = None,
        new_campaign: bool = False,
    ) -> None:
        super().__init__(parent)
        # A new campaign's vote is ahead: round 1 may not be today or in the past (Settings
        # keeps accepting past rounds, the campaign goes on after them).
        self.today = today or date.today()
        self.new_campaign = new_campaign
        self._all_shown = False  # the whole list is shown once Next or Save was refused
        self.candidate = QLineEdit()
        self.candidate.setPlaceholderText(self.tr("e.g. Marie Dupont or Ensemble pour Lyon"))
        self.election = QComboBox()
        for kind in ElectionKind:
            self.election.addItem(election_label(kind), kind.value)
        self.round1 = DateField()
        self.has_round2 = QCheckBox(self.tr("planned on"))
        self.round2 = DateField()
        self.round2.setAccessibleName(self.tr("Second round date"))
        self.has_round2.toggled.connect(self.round2.setEnabled)
        self.has_round2.setChecked(True)
        self.rights_contact = QLineEdit()
        self.rights_contact.setPlaceholderText(self.tr("e-mail or postal address"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. keep you informed about the campaign"))
        self.sender_id = QLineEdit()
        self.sender_id.setMaxLength(11)
        self.sender_id.setPlaceholderText(self.tr("1-11 letters or digits"))
        self.stop_number = QLineEdit()
        self.stop_number.setPlaceholderText("36111")
        self.privacy_url = QLineEdit()
        self.privacy_url.setPlaceholderText("https://")
        # Places, not zone ids ("La Réunion", not "Indian/Reunion"); the zone is the item's data.
        self.timezone = QComboBox()
        for zone in TIMEZONES:
            self.timezone.addItem(_capitalised(place(zone)), zone)
        self.footer_form = QComboBox()
        self.footer_form.addItem(
            self.tr("Full (every element in the message)"), FooterForm.FULL.value
        )
        self.footer_form.addItem(
            self.tr("Short (with a link to the privacy notice)"), FooterForm.SHORT.value
        )
        self.footer_form.addItem(
            self.tr("Full on a person's first message, short on the next ones"),
            FooterForm.FULL_THEN_SHORT.value,
        )

        form = QFormLayout()
        form.addRow(self.tr("C&andidate or list:"), self.candidate)
        form.addRow(self.tr("&Election:"), self.election)
        form.addRow(self.tr("&First round:"), self.round1)
        round2_row = QHBoxLayout()
        round2_row.addWidget(self.has_round2)
        round2_row.addWidget(self.round2, 1)
        form.addRow(self.tr("Second round:"), round2_row)
        form.addRow(self.tr("&Rights contact:"), self.rights_contact)
        form.addRow(self.tr("P&urpose:"), self.purpose)
        form.addRow(self.tr("Sen&der ID:"), self.sender_id)
        form.addRow(self.tr("ST&OP short number:"), self.stop_number)
        form.addRow(self.tr("Privac&y notice link:"), self.privacy_url)
        form.addRow(self.tr("Time &zone:"), self.timezone)
        form.addRow(self.tr("Le&gal footer:"), self.footer_form)

        self.sending_start = QTimeEdit()
        self.sending_end = QTimeEdit()
        self.sending_start.setDisplayFormat("HH:mm")
        self.sending_end.setDisplayFormat("HH:mm")
        self.sending_start.setAccessibleName(self.tr("Sending hours: from"))
        self.sending_end.setAccessibleName(self.tr("Sending hours: until"))
        self.provider = QComboBox()
        for info in PROVIDERS.values():
            generic = info.key == ProviderKey.OTHER
            name = self.tr("Other provider (generic CSV)") if generic else info.display_name
            self.provider.addItem(name, str(info.key))
        self.price = PriceSpinBox()
        self.segment_cap = QSpinBox(minimum=1, maximum=10)
        self.allow_holidays = QCheckBox(self.tr("Allow sending on public holidays"))
        # One box per weekday (Monday first, as the profile's digits 0-6), named by the locale.
        self.sending_days = [
            QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat))
            for day in range(7)
        ]
        self.polls_close = QTimeEdit()
        self.polls_close.setDisplayFormat("HH:mm")
        # R41: polls close between 18:00 and 20:00; no other time can be typed.
        self.polls_close.setTimeRange(
            QTime.fromString(EARLIEST_POLLS_CLOSE, "HH:mm"),
            QTime.fromString(LATEST_POLLS_CLOSE, "HH:mm"),
        )
        self.polls_close.setToolTip(
            self.tr("The electoral silence lasts until the polls close on voting day.")
        )
        if advanced:
            hours = QHBoxLayout()
            hours.addWidget(self.sending_start)
            hours.addWidget(QLabel("–"))
            hours.addWidget(self.sending_end)
            hours.addStretch(1)
            form.addRow(self.tr("Sending hours:"), hours)
            days = QHBoxLayout()
            for box in self.sending_days:
                days.addWidget(box)
            days.addStretch(1)
            form.addRow(self.tr("Sending days:"), days)
            form.addRow("", self.allow_holidays)
            form.addRow(self.tr("Pol&ls close at:"), self.polls_close)
            form.addRow(self.tr("S&MS provider:"), self.provider)
            form.addRow(self.tr("Pr&ice per SMS:"), self.price)
            form.addRow(self.tr("Ma&x SMS per message:"), self.segment_cap)

        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        self._extra: dict[str, str] = {}
        # The date round 2 was given automatically: while it still shows that date, it follows
        # round 1 and the election (14 days for the présidentielle, 7 otherwise).
        self._auto_round2: date | None = None
        # A new campaign starts from the profile's defaults (sending hours, price, cap...),
        # round 1 on a Sunday weeks ahead (never today: a date to check, not to accept), and
        # round 2 on its legal date as long as nobody moves it.
        round1 = default_round1(self.today)
        self.set_profile(
            CampaignProfile(
                "", ElectionKind.MUNICIPALES, round1, "", "", "", round2=round1 + timedelta(days=7)
            )
        )
        self.round1.dateChanged.connect(self._follow_round1)
        self.election.currentIndexChanged.connect(self._follow_round1)
        self._watch_edits()

    def _follow_round1(self, *_: object) -> None:
        round1 = _pydate(self.round1.date())
        round2 = _pydate(self.round2.date())
        if round2 != self._auto_round2 and round2 > round1:
            return  # the user chose this date
        expected = expected_round2(ElectionKind(self.election.currentData()), round1)
        self._auto_round2 = expected or round1 + timedelta(days=7)
        self.round2.setDate(_qdate(self._auto_round2))

    def set_profile(self, profile: CampaignProfile) -> None:
        self.candidate.setText(profile.candidate)
        self.election.setCurrentIndex(self.election.findData(profile.election.value))
        self.round1.setDate(_qdate(profile.round1))
        self.has_round2.setChecked(profile.round2 is not None)
        if profile.round2 is not None:
            self.round2.setDate(_qdate(profile.round2))
        expected = expected_round2(profile.election, profile.round1)
        self._auto_round2 = profile.round2 if profile.round2 == expected else None
        self.rights_contact.setText(profile.rights_contact)
        self.purpose.setText(profile.purpose)
        self.sender_id.setText(profile.sender_id)
        self.stop_number.setText(profile.stop_number)
        self.privacy_url.setText(profile.privacy_url)
        if self.timezone.findData(profile.timezone) < 0:  # a zone set outside the window
            self.timezone.addItem(place(profile.timezone), profile.timezone)
        self.timezone.setCurrentIndex(self.timezone.findData(profile.timezone))
        self.footer_form.setCurrentIndex(self.footer_form.findData(profile.footer_form.value))
        self.sending_start.setTime(QTime.fromString(profile.sending_start, "HH:mm"))
        self.sending_end.setTime(QTime.fromString(profile.sending_end, "HH:mm"))
        for day, box in enumerate(self.sending_days):
            box.setChecked(str(day) in profile.sending_days)
        self.polls_close.setTime(QTime.fromString(profile.polls_close, "HH:mm"))
        self.allow_holidays.setChecked(profile.allow_public_holidays)
        self.price.setValue(float(profile.price_per_segment))
        self.segment_cap.setValue(profile.segment_cap)
        self._extra = dict(profile.extra)
        self.provider.setCurrentIndex(max(0, self.provider.findData(profile.provider)))

    def profile(self) -> CampaignProfile:
        days = "".join(str(day) for day, box in enumerate(self.sending_days) if box.isChecked())
        return CampaignProfile(
            candidate=self.candidate.text().strip(),
            election=ElectionKind(self.election.currentData()),
            round1=_pydate(self.round1.date()),
            round2=_pydate(self.round2.date()) if self.has_round2.isChecked() else None,
            rights_contact=self.rights_contact.text().strip(),
            purpose=self.purpose.text().strip(),
            sender_id=self.sender_id.text().strip(),
            stop_number=self.stop_number.text().strip(),
            privacy_url=self.privacy_url.text().strip(),
            timezone=str(self.timezone.currentData()),
            footer_form=FooterForm(self.footer_form.currentData()),
            sending_start=self.sending_start.time().toString("HH:mm"),
            sending_end=self.sending_end.time().toString("HH:mm"),
            sending_days=days,
            allow_public_holidays=self.allow_holidays.isChecked(),
            polls_close=self.polls_close.time().toString("HH:mm"),
            provider=str(self.provider.currentData()),
            price_per_segment=Decimal(f"{self.price.value():.3f}"),
            segment_cap=self.segment_cap.value(),
            extra=self._extra,
        )

    def problems(self) -> list[ProfileError]:
        errors = validate(self.profile())
        if self.new_campaign and _pydate(self.round1.date()) <= self.today:
            errors.insert(
                0,
                ProfileError(
                    "round1",
                    QT_TRANSLATE_NOOP(
                        "messages", "Round 1 must be a date to come: check the date of the vote."
                    ),
                ),
            )
        return errors

    def check(self) -> list[ProfileError]:
        """Validate; show the problems under the form and focus the first wrong field."""
        errors = self.problems()
        self._all_shown = True
        self.show_errors(errors)
        return errors

    def show_errors(self, errors: list[ProfileError], *, focus: bool = True) -> None:
        self.errors.setText("\n".join(f"• {user_text(e)}" for e in errors))
        self.errors.setVisible(bool(errors))
        if errors and focus:
            widget = getattr(self, errors[0].field, None)
            if isinstance(widget, QWidget):
                widget.setFocus()

    def _watch_edits(self) -> None:
        """Validate as the user types: the list shrinks as fields are fixed, and a wrong date
        shows at once. Never moves the focus while someone types."""
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(self._edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._edited)
        for field in (self.round1, self.round2):
            field.dateChanged.connect(self._edited)

    def _edited(self, *_: object) -> None:
        errors = self.problems()
        if not self._all_shown:  # before Next or Save: only the dates speak up at once
            errors = [e for e in errors if e.field in ("round1", "round2")]
        self.show_errors(errors, focus=False)
