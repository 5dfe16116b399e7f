"""`--at next` through each provider's own scheduling, on the eve of the silence: the moment
handed over is after the silence and inside hours, whatever the provider's field is called.

OVHcloud also gets a validity period ending with that allowed period. SMSFactor's `/send`
(text, pushtype, sender, delay, gsmsmsid) and Octopush's `/sms-campaign/send` (send_at,
purpose, type, with_replies, simulation_mode) document no validity or expiry field: for them
the moment itself is what keeps the message out of the silence."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from .conftest import PARIS, build_batch
from .test_sending import octopush_api, ovh_api, send, smsfactor_api

# Friday 13 March 2026, 21:00: too late today; Saturday 14 is the silence before the vote on
# Sunday 15. The next allowed moment is Monday 16 March, 08:00, until 20:00.
FRIDAY_EVENING = datetime(2026, 3, 13, 21, 0, tzinfo=PARIS)
MONDAY_8 = datetime(2026, 3, 16, 8, 0, tzinfo=PARIS)
MONDAY_20 = datetime(2026, 3, 16, 20, 0, tzinfo=PARIS)
SILENCE = (datetime(2026, 3, 14, 0, 0, tzinfo=PARIS), datetime(2026, 3, 15, 20, 0, tzinfo=PARIS))


def _ovh(fake):
    return ovh_api(fake, clock=FRIDAY_EVENING.timestamp)


def _ovh_moments(body) -> tuple[datetime, datetime | None]:
    start = FRIDAY_EVENING + timedelta(minutes=body["differedPeriod"])
    return start, start + timedelta(minutes=body["validityPeriod"])


def _smsfactor_moments(body) -> tuple[datetime, datetime | None]:
    delay = body["sms"]["message"]["delay"]  # French local time, as SMSFactor documents it
    return datetime.strptime(delay, "%Y-%m-%d %H:%M:%S").replace(tzinfo=PARIS), None


def _octopush_moments(body) -> tuple[datetime, datetime | None]:
    return datetime.fromisoformat(body["send_at"]), None


PROVIDERS = {
    "ovh": ("fake_ovh", _ovh, _ovh_moments),
    "smsfactor": ("fake_smsfactor", smsfactor_api, _smsfactor_moments),
    "octopush": ("fake_octopush", octopush_api, _octopush_moments),
}


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_next_moment_is_after_the_silence_for_every_provider(
    request, db, tmp_path, provider
) -> None:
    fixture, make_api, moments = PROVIDERS[provider]
    fake = request.getfixturevalue(fixture)
    batch_id = build_batch(db, tmp_path, 3, names=1)
    report = send(db, make_api(fake), batch_id, now=FRIDAY_EVENING, next_allowed=True)
    assert report.accepted == 3 and fake.bodies
    for body in fake.bodies:
        start, end = moments(body)
        assert start == MONDAY_8
        assert not SILENCE[0] <= start < SILENCE[1]
        if end is not None:  # OVHcloud: the validity ends with the allowed period
            assert end == MONDAY_20
