"""Test send, delivery reports, replies, and where credentials are kept."""

from __future__ import annotations

from campagne_desktop.services import provider_credentials as creds
from campagne_desktop.services import sending_followup
from campagne_desktop.services.optouts import list_opt_outs
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import StoredSecret
from tests.conftest import Clock

from .conftest import ALLOWED, build_batch, phone
from .fakes import FakeOvh
from .test_sending import ovh_api, send, states

OVH_VALUES = {
    "application_key": FakeOvh.APP_KEY,
    "application_secret": FakeOvh.APP_SECRET,
    "consumer_key": FakeOvh.CONSUMER,
}


def test_test_send_is_not_counted(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 3, names=3)
    done = sending_followup.send_test(
        UnitOfWork(db),
        ovh_api(fake_ovh),
        batch_id,
        "06 99 88 77 66",
        actor="t",
        clock=Clock(ALLOWED),
    )
    assert done.provider_id and fake_ovh.received == {"+33699887766": 1}
    assert fake_ovh.bodies[0]["message"].startswith("Bonjour Prénom0")
    assert states(db, batch_id) == {"pending": 3}
    sending_followup.send_test(
        UnitOfWork(db), ovh_api(fake_ovh), batch_id, "0699887766", actor="t", clock=Clock(ALLOWED),
        contact="06 12 00 00 02",
    )  # fmt: skip
    assert fake_ovh.bodies[1]["message"].startswith("Bonjour Prénom2")


def test_delivery_reports_update_states(db, tmp_path, fake_ovh) -> None:
    batch_id = build_batch(db, tmp_path, 3, names=1)
    send(db, ovh_api(fake_ovh), batch_id)
    ids = sorted(fake_ovh.jobs)
    fake_ovh.jobs[ids[0]]["deliveryReceipt"] = 1
    fake_ovh.jobs[ids[1]]["deliveryReceipt"] = 2
    status = sending_followup.fetch_delivery_reports(UnitOfWork(db), ovh_api(fake_ovh), batch_id)
    assert status.asked == 3
    assert status.states == {"delivered": 1, "failed": 1, "sent": 1}


def test_replies_sync_uses_the_replies_rules(db, tmp_path, fake_ovh) -> None:
    build_batch(db, tmp_path, 3, names=1)
    fake_ovh.incoming = {
        1: {"id": 1, "sender": phone(1), "message": "Stop", "creationDatetime": "x"},
        2: {
            "id": 2,
            "sender": phone(2),
            "message": "on verra, pourquoi pas",
            "creationDatetime": "x",
        },
    }
    workdir = tmp_path / "cache"
    report = sending_followup.sync_replies(
        UnitOfWork(db), ovh_api(fake_ovh), workdir, actor="t", now=ALLOWED
    )
    assert report.opted_out == 1 and len(report.to_review) == 1
    assert [o.phone for o in list_opt_outs(db)] == [phone(1)]
    assert list(workdir.iterdir()) == []  # the hand-over file is gone


def test_trusted_keyring_keeps_credentials_out_of_the_database(ctx, db) -> None:
    settings = creds.save_credentials(
        ctx, db, "ovh", OVH_VALUES, service=FakeOvh.SERVICE, now=ALLOWED
    )
    assert settings.store is creds.CredentialStore.KEYRING
    assert FakeOvh.APP_SECRET in (ctx.secrets.get("provider/ovh") or "")
    with db.session() as session:
        assert session.query(StoredSecret).count() == 0
    assert creds.load_credentials(ctx, db, "ovh") == OVH_VALUES


def test_untrusted_keyring_keeps_them_in_the_encrypted_database(passphrase_ctx) -> None:
    from campagne_desktop.services.campaign import create_campaign
    from tests.conftest import sample_profile

    db = create_campaign(passphrase_ctx, sample_profile())
    try:
        creds.save_credentials(
            passphrase_ctx, db, "ovh", OVH_VALUES, service=FakeOvh.SERVICE, now=ALLOWED
        )
        assert passphrase_ctx.secrets.get("provider/ovh") is None
        assert creds.get_settings(passphrase_ctx, db).store is creds.CredentialStore.DATABASE
        assert creds.load_credentials(passphrase_ctx, db, "ovh") == OVH_VALUES
    finally:
        db.close()


def test_wipe_at_provider_deletes_what_the_api_allows(db, tmp_path, fake_ovh) -> None:
    from campagne_desktop.services.provider_wipe import ASK_LISTS, wipe_at_provider

    batch_id = build_batch(db, tmp_path, 3, names=1)
    send(db, ovh_api(fake_ovh), batch_id)
    fake_ovh.incoming = {9: {"id": 9, "sender": phone(1), "message": "OUI", "creationDatetime": ""}}
    report = wipe_at_provider(UnitOfWork(db), ovh_api(fake_ovh), actor="t", now=ALLOWED)
    assert report.sent_deleted == 3 and report.replies_deleted == 1
    assert fake_ovh.jobs == {} and fake_ovh.incoming == {}
    assert report.ask_by_hand == [ASK_LISTS]
    assert fake_ovh.blacklist == ["+33612000007"]  # the STOP list is kept on purpose
    # Run again: what is already gone is not an error.
    assert (
        wipe_at_provider(UnitOfWork(db), ovh_api(fake_ovh), actor="t", now=ALLOWED).sent_deleted
        == 3
    )


def test_wipe_at_a_provider_without_deletion_says_what_to_ask(db, tmp_path, fake_octopush) -> None:
    from campagne_desktop.services.provider_wipe import ASK_REPLIES, ASK_SENT, wipe_at_provider

    from .test_sending import octopush_api

    report = wipe_at_provider(UnitOfWork(db), octopush_api(fake_octopush), actor="t", now=ALLOWED)
    assert report.sent_deleted == 0
    assert ASK_SENT in report.ask_by_hand and ASK_REPLIES in report.ask_by_hand


def test_wipe_at_provider_retries_a_500_then_deletes(db, tmp_path, fake_ovh) -> None:
    from campagne_desktop.services.provider_wipe import wipe_at_provider

    from .test_sending import Sleeps

    batch_id = build_batch(db, tmp_path, 2, names=1)
    send(db, ovh_api(fake_ovh), batch_id)
    fake_ovh.failures = ["500", "500"]  # the first DELETE twice: answered, worth retrying
    sleeps = Sleeps()
    report = wipe_at_provider(
        UnitOfWork(db), ovh_api(fake_ovh), actor="t", now=ALLOWED, sleep=sleeps
    )
    assert report.sent_deleted == 2 and fake_ovh.jobs == {} and sleeps == [1.0, 2.0]
