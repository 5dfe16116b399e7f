"""Sending a batch through the fakes: exactly once, whatever fails on the way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from campagne_desktop.domain.enums import BatchState, MessageState
from campagne_desktop.domain.lifecycle import BatchStateError
from campagne_desktop.domain.messages import ComplianceError
from campagne_desktop.providers.api import OctopushApi, OvhCredentials, OvhSmsApi, SmsFactorApi
from campagne_desktop.services import batches, message_states, sending
from campagne_desktop.services.compliance import CheckRefusedError
from campagne_desktop.services.optouts import list_opt_outs, record_opt_out
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import BatchMessage
from tests.conftest import Clock
from tests.services import batch_steps

from .conftest import ALLOWED, PARIS, build_batch, phone
from .fakes import FakeOctopush, FakeOvh, FakeSmsFactor


def ovh_api(fake: FakeOvh, **kw) -> OvhSmsApi:
    api = OvhSmsApi(
        OvhCredentials(FakeOvh.APP_KEY, FakeOvh.APP_SECRET, FakeOvh.CONSUMER),
        FakeOvh.SERVICE,
        endpoint=fake.endpoint,
        **kw,
    )
    api.min_interval = 0
    return api


def smsfactor_api(fake: FakeSmsFactor, **kw) -> SmsFactorApi:
    api = SmsFactorApi(FakeSmsFactor.TOKEN, endpoint=fake.base, **kw)
    api.min_interval = 0
    return api


def octopush_api(fake: FakeOctopush) -> OctopushApi:
    api = OctopushApi(FakeOctopush.LOGIN, FakeOctopush.KEY, endpoint=fake.endpoint)
    api.min_interval = 0
    return api


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def send(db, api, batch_id, *, now=ALLOWED, **kw):
    kw.setdefault("sleep", Sleeps())
    return sending.send_batch(UnitOfWork(db), api, batch_id, actor="t", clock=Clock(now), **kw)


def states(db, batch_id) -> dict[str, int]:
    return message_states.state_counts(UnitOfWork(db), batch_id)


def test_a_thousand_messages_each_received_once(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 1000)
    api = ovh_api(fake_ovh)
    report = send(db, api, batch_id, display_name="OVHcloud SMS")
    api.close()
    # +33612000007 is on OVHcloud's STOP list: synced first, then no longer allowed.
    assert report.opt_outs_added == 1 and report.skipped == 1
    assert report.accepted == 999 and report.failed == 0 and report.held == 0
    assert set(fake_ovh.received.values()) == {1} and len(fake_ovh.received) == 999
    assert phone(7) not in fake_ovh.received
    assert states(db, batch_id) == {"sent": 999, "failed": 1}
    assert batches.get_batch(UnitOfWork(db), batch_id).state is BatchState.SENT
    # Same text for the same first name: grouped, at most 500 a request.
    assert len(fake_ovh.bodies) < 30
    # A second run has nothing left to send.
    again = send(db, ovh_api(fake_ovh), batch_id)
    assert again.accepted == 0 and sum(fake_ovh.received.values()) == 999


def test_500_then_success(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 3, names=1)
    fake_ovh.failures = ["500"]
    sleeps = Sleeps()
    report = send(db, ovh_api(fake_ovh), batch_id, sleep=sleeps)
    assert report.accepted == 3 and sleeps == [1.0]
    assert fake_ovh.received == {phone(i): 1 for i in range(3)}


def test_500_every_time_stops_and_resumes_later(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 3, names=1)
    fake_ovh.failures = ["500"] * 5
    report = send(db, ovh_api(fake_ovh), batch_id)
    assert report.stopped and report.pending == 3 and not fake_ovh.received
    assert states(db, batch_id) == {"pending": 3}
    report = send(db, ovh_api(fake_ovh), batch_id)
    assert report.accepted == 3 and set(fake_ovh.received.values()) == {1}


def test_timeout_asks_the_provider_instead_of_resending(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 4, names=1)
    fake_ovh.failures = ["slow"]  # the fake sends, then answers too late
    report = send(db, ovh_api(fake_ovh, timeout=0.3), batch_id)
    assert report.accepted == 4 and report.held == 0
    assert fake_ovh.received == {phone(i): 1 for i in range(4)}
    assert ("GET", f"/1.0/sms/{FakeOvh.SERVICE}/outgoing") in fake_ovh.requests


def test_timeout_without_lookup_holds_for_a_person(db, tmp_path, fake_smsfactor) -> None:
    fake_smsfactor.blacklist = fake_smsfactor.npai = []
    batch_id = build_batch(db, tmp_path, 3, names=1)
    fake_smsfactor.failures = ["slow"]
    report = send(db, smsfactor_api(fake_smsfactor, timeout=0.3), batch_id)
    assert report.held == 3 and report.accepted == 0
    # A second run never resends what may have left.
    report = send(db, smsfactor_api(fake_smsfactor), batch_id)
    assert report.held == 3 and sum(fake_smsfactor.received.values()) == 3
    # A person checked the provider's account: they did leave.
    assert (
        message_states.release_held(
            UnitOfWork(db), batch_id, were_sent=True, actor="t", now=ALLOWED
        )
        == 3
    )
    assert states(db, batch_id) == {"sent": 3}
    assert batches.get_batch(UnitOfWork(db), batch_id).state is BatchState.SENT


def test_a_4xx_fails_that_number_only(db, tmp_path, fake_octopush) -> None:
    batch_id = build_batch(db, tmp_path, 8, names=1)  # one text: one request, then split
    report = send(db, octopush_api(fake_octopush), batch_id)
    assert report.accepted == 7 and report.failed == 1
    assert report.reasons == {"Invalid phone number": 1}
    assert FakeOctopush.REFUSED not in fake_octopush.received
    assert set(fake_octopush.received.values()) == {1}
    with db.session() as session:
        failed = session.execute(
            select(BatchMessage.phone, BatchMessage.error).where(
                BatchMessage.state == MessageState.FAILED.value
            )
        ).all()
    assert failed == [(FakeOctopush.REFUSED, "Invalid phone number")]


def test_blacklist_synced_before_sending(db, tmp_path, fake_smsfactor) -> None:
    batch_id = build_batch(db, tmp_path, 6, names=1)
    report = send(db, smsfactor_api(fake_smsfactor), batch_id)
    assert report.opt_outs_synced and report.opt_outs_added == 1
    assert [o.phone for o in list_opt_outs(db)] == [phone(3)]
    assert report.not_in_service == 1  # SMSFactor's NPAI list
    assert phone(3) not in fake_smsfactor.received and phone(4) not in fake_smsfactor.received
    assert report.accepted == 4


def test_dry_run_simulates_and_changes_nothing(db, tmp_path, fake_octopush) -> None:
    batch_id = build_batch(db, tmp_path, 6, names=2)
    report = send(db, octopush_api(fake_octopush), batch_id, dry_run=True)
    assert report.dry_run and report.accepted == 5 and report.failed == 1
    assert not fake_octopush.received
    assert states(db, batch_id) == {"pending": 6}


def test_crash_in_flight_is_reconciled_not_resent(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 3, names=1)
    api = ovh_api(fake_ovh)
    # As if the process died after OVHcloud took the job, before the answer was written.
    with db.session() as session:
        ids = session.scalars(select(BatchMessage.id).order_by(BatchMessage.id)).all()
        session.execute(
            update(BatchMessage)
            .where(BatchMessage.id == ids[0])
            .values(state="sending", client_ref=f"cd{batch_id}-dead.{ids[0]}")
        )
    from campagne_desktop.providers.api import Chunk, Recipient

    api.send(
        Chunk(
            f"cd{batch_id}-dead",
            "x",
            "MarieEx",
            (Recipient(f"cd{batch_id}-dead.{ids[0]}", phone(0)),),
        )
    )
    report = send(db, api, batch_id)
    assert report.reconciled == 1 and report.accepted == 2
    assert fake_ovh.received == {phone(i): 1 for i in range(3)}


def test_exported_batch_is_not_sent_again(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 2, names=1)
    batch_steps.export(db, batch_id, tmp_path / "out.csv", now=ALLOWED)
    with pytest.raises(ComplianceError, match="twice"):
        send(db, ovh_api(fake_ovh), batch_id)
    assert not fake_ovh.received


def test_outside_hours_refused_unless_scheduled(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 2, names=1)
    evening = datetime(2026, 3, 3, 21, 0, tzinfo=PARIS)
    with pytest.raises(ComplianceError, match="Not now"):
        send(db, ovh_api(fake_ovh), batch_id, now=evening)
    assert not fake_ovh.received
    report = send(db, ovh_api(fake_ovh), batch_id, now=evening, next_allowed=True)
    assert report.accepted == 2
    (moment,) = report.moments
    assert datetime.fromisoformat(moment["send_at"]) == datetime(2026, 3, 4, 8, 0, tzinfo=PARIS)
    assert datetime.fromisoformat(moment["valid_until"]) == datetime(
        2026, 3, 4, 20, 0, tzinfo=PARIS
    )
    body = fake_ovh.bodies[0]
    assert body["validityPeriod"] == 12 * 60
    with db.session() as session:
        scheduled = set(session.scalars(select(BatchMessage.scheduled_for)))
    assert scheduled == {datetime(2026, 3, 4, 7, 0, tzinfo=UTC)}  # stored in UTC, read back aware


def test_at_a_moment_inside_the_silence_is_refused(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 2, names=1)
    eve = datetime(2026, 3, 14, 10, 0, tzinfo=PARIS)  # the day before round one
    with pytest.raises(ComplianceError, match="electoral silence"):
        send(db, ovh_api(fake_ovh), batch_id, at=eve)
    assert not fake_ovh.received
    # Refused before anything was recorded: the batch is not "sending", so it may be discarded.
    assert batches.get_batch(UnitOfWork(db), batch_id).state is BatchState.DRAFT
    assert states(db, batch_id) == {"pending": 2}


def test_cancel_leaves_the_rest_pending(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 5, names=5)
    calls = []

    def progress(_report) -> bool:
        calls.append(1)
        return len(calls) <= 2

    report = send(db, ovh_api(fake_ovh), batch_id, progress=progress)
    assert report.cancelled and report.accepted == 2 and report.pending == 3
    assert states(db, batch_id) == {"sent": 2, "pending": 3}
    report = send(db, ovh_api(fake_ovh), batch_id)
    assert report.accepted == 3 and set(fake_ovh.received.values()) == {1}


def test_consent_request_marks_asked_only_once_handed_over(db, tmp_path, fake_ovh) -> None:
    from campagne_desktop.domain.enums import ConsentStatus, SourceKind, TemplateKind
    from campagne_desktop.services import templates
    from campagne_desktop.services.contact_import import import_contacts
    from campagne_desktop.services.sources import SourceDeclaration
    from campagne_desktop.storage.models import Contact

    path = tmp_path / "rented.csv"
    path.write_text("prenom,nom,tel\nAnne,Un,0612000001\nBob,Deux,0612000002\n", encoding="utf-8")
    declaration = SourceDeclaration(
        kind=SourceKind.RENTED,
        description="liste louée à Société X le 2 février",
        obtained_on=ALLOWED.date(),
        consent=ConsentStatus.PENDING,
        collection_wording="Vos données pourront servir à des fins politiques.",
    )
    import_contacts(db, path, declaration, actor="t", now=ALLOWED)
    templates.add_template(
        db, "accord", "Bonjour {{ prenom }}, acceptez-vous nos SMS ?", TemplateKind.CONSENT,
        actor="t", now=ALLOWED,
    )  # fmt: skip
    templates.approve_template(db, "accord", actor="t", now=ALLOWED)
    batch_id = batches.create_batch(UnitOfWork(db), "accord", actor="t", now=ALLOWED).id
    # The provider fails every time: nothing left, so nobody counts as asked, and the
    # resumed run may still send the request.
    fake_ovh.failures = ["500"] * 5
    assert send(db, ovh_api(fake_ovh), batch_id).stopped

    def asked() -> list[object]:
        with db.session() as session:
            return list(session.scalars(select(Contact.consent_requested_at)))

    assert asked() == [None, None]
    report = send(db, ovh_api(fake_ovh), batch_id)
    assert report.accepted == 2 and report.skipped == 0
    assert None not in asked()


def test_a_batch_being_sent_cannot_be_discarded(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 4, names=4)
    report = send(db, ovh_api(fake_ovh), batch_id, progress=lambda _r: not fake_ovh.received)
    assert report.cancelled and states(db, batch_id) == {"sent": 1, "pending": 3}
    assert batches.get_batch(UnitOfWork(db), batch_id).state is BatchState.SENDING
    with pytest.raises(BatchStateError, match="cannot be discarded"):
        batches.discard_batch(UnitOfWork(db), batch_id, actor="t", now=ALLOWED)
    assert states(db, batch_id) == {"sent": 1, "pending": 3}  # nothing was removed
    assert send(db, ovh_api(fake_ovh), batch_id).accepted == 3
    assert batches.get_batch(UnitOfWork(db), batch_id).state is BatchState.SENT


def test_the_check_decides_who_is_skipped_and_a_refusal_changes_nothing(
    db, tmp_path, fake_ovh
) -> None:
    batch_id = build_batch(db, tmp_path, 3, names=1)
    # Opted out after the batch was frozen: the check's policy, not a side filter, skips it.
    record_opt_out(db, phone(1), actor="t", now=ALLOWED)
    evening = datetime(2026, 3, 3, 21, 0, tzinfo=PARIS)
    with pytest.raises(CheckRefusedError, match="Not now") as refused:
        send(db, ovh_api(fake_ovh), batch_id, now=evening)
    assert refused.value.report.skipped == 1
    refused_batch = batches.get_batch(UnitOfWork(db), batch_id)
    assert refused_batch.state is BatchState.DRAFT and refused_batch.provider != "ovh"
    assert states(db, batch_id) == {"pending": 3}
    report = send(db, ovh_api(fake_ovh), batch_id)
    assert report.skipped == 1 and report.accepted == 2
    assert phone(1) not in fake_ovh.received
    with db.session() as session:
        errors = dict(session.execute(select(BatchMessage.phone, BatchMessage.error)).all())
    assert errors[phone(1)] == "no longer allowed at sending"


def test_sending_owns_its_transactions(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 2, names=1)
    uow = UnitOfWork(db)
    with uow.transaction(), pytest.raises(RuntimeError, match="cannot join"):
        sending.send_batch(uow, ovh_api(fake_ovh), batch_id, actor="t", clock=Clock(ALLOWED))
    assert not fake_ovh.received


def test_a_polynesian_number_waits_for_all_three_of_its_zones(db, tmp_path, fake_ovh) -> None:
    from campagne_desktop.domain.calendar import SendingPolicy, check_moment
    from campagne_desktop.domain.places import POLYNESIA_ZONES
    from campagne_desktop.services.profile import get_profile

    batch_id = build_batch(db, tmp_path, 1, names=1, more=("+689 87 12 34 56",))
    # 14:00 in Paris is 03:00 in Tahiti: Paris now, Polynesia when all three zones allow it.
    report = send(db, ovh_api(fake_ovh), batch_id, next_allowed=True)
    moments = {m["zone"]: m for m in report.moments}
    assert set(moments) == {"Europe/Paris", ", ".join(POLYNESIA_ZONES)}
    assert moments["Europe/Paris"]["send_at"] is None
    island = moments[", ".join(POLYNESIA_ZONES)]
    policy = SendingPolicy.from_profile(get_profile(db))
    send_at = datetime.fromisoformat(island["send_at"])
    for zone in POLYNESIA_ZONES:
        assert check_moment(send_at, zone, policy).allowed, zone
    assert fake_ovh.received.get("+68987123456") == 1  # handed over once, to be sent then


def test_the_recorded_check_warns_about_the_provider_actually_used(db, tmp_path, fake_ovh) -> None:
    from campagne_desktop.providers.warnings import OVH_STOP_CLAUSE
    from campagne_desktop.storage.models import Batch

    batch_id = build_batch(db, tmp_path, 2, names=1)
    send(db, ovh_api(fake_ovh), batch_id)
    with db.session() as session:
        lines = session.get(Batch, batch_id).compliance_report
    assert OVH_STOP_CLAUSE in [line["message"] for line in lines if line["rule"] == "provider"]
