"""Each adapter against its local fake: documented request shapes and answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from campagne_desktop.providers.api import (
    Chunk,
    CredentialsRefusedError,
    EndpointError,
    OctopushApi,
    OvhCredentials,
    OvhSmsApi,
    Recipient,
    RejectedError,
    SmsFactorApi,
    TransientError,
    check_endpoint,
)
from campagne_desktop.providers.api.ovh import sign

from .fakes import FakeOctopush, FakeOvh, FakeSmsFactor


def _ovh(fake: FakeOvh, secret: str = FakeOvh.APP_SECRET, **kw) -> OvhSmsApi:
    creds = OvhCredentials(FakeOvh.APP_KEY, secret, FakeOvh.CONSUMER)
    return OvhSmsApi(creds, FakeOvh.SERVICE, endpoint=fake.endpoint, **kw)


def _chunk(*phones: str, text: str = "Bonjour, réunion ce soir. STOP PROSPECTION au 36111", **kw):
    return Chunk(
        ref="cd1-abc",
        text=text,
        sender="MarieEx",
        recipients=tuple(Recipient(f"cd1-abc.{i}", p) for i, p in enumerate(phones)),
        **kw,
    )


def test_signature_matches_the_documented_formula() -> None:
    # "$1$" + sha1(secret+consumer+method+url+body+timestamp), joined with "+".
    import hashlib

    raw = "AS+CK+POST+https://eu.api.ovh.com/1.0/sms/x/jobs+{}+1700000000"
    assert sign("AS", "CK", "post", "https://eu.api.ovh.com/1.0/sms/x/jobs", "{}", 1700000000) == (
        "$1$" + hashlib.sha1(raw.encode()).hexdigest()
    )


def test_ovh_job_is_signed_and_shaped(fake_ovh) -> None:
    api = _ovh(fake_ovh)
    start = datetime.now(UTC) + timedelta(hours=2)
    result = api.send(
        _chunk(
            "+33612000001",
            "+33612000002",
            send_at=start,
            valid_until=start + timedelta(hours=3, seconds=30),
        )
    )
    api.close()
    assert set(result.accepted) == {"+33612000001", "+33612000002"}
    body = fake_ovh.bodies[0]
    # Our footer already carries STOP PROSPECTION: OVHcloud must not add a second clause.
    assert body["noStopClause"] is True
    assert body["senderForResponse"] is False and body["sender"] == "MarieEx"
    assert body["tag"] == "cd1-abc"
    assert 119 <= body["differedPeriod"] <= 121
    assert body["validityPeriod"] == 180  # rounded down: expires before the forbidden period


def test_ovh_adds_its_stop_clause_when_the_text_has_none(fake_ovh) -> None:
    api = _ovh(fake_ovh)
    api.send(_chunk("+33612000001", text="Bonjour"))
    api.close()
    assert fake_ovh.bodies[0]["noStopClause"] is False


def test_ovh_wrong_secret_is_refused_by_the_signature_check(fake_ovh) -> None:
    api = _ovh(fake_ovh, secret="not-the-secret")
    with pytest.raises(RejectedError, match="Invalid signature"):
        api.send(_chunk("+33612000001"))
    api.close()
    assert not fake_ovh.received


def test_ovh_lookup_blacklist_replies_and_credentials(fake_ovh) -> None:
    api = _ovh(fake_ovh)
    chunk = _chunk("+33612000001", "+33612000002")
    api.send(chunk)
    assert set(api.lookup(chunk)) == {"+33612000001", "+33612000002"}
    assert api.blacklist() == ["+33612000007"]
    fake_ovh.incoming[7] = {
        "id": 7,
        "sender": "+33612000001",
        "message": "STOP",
        "creationDatetime": "x",
    }
    assert [(r.phone, r.text) for r in api.replies()] == [("+33612000001", "STOP")]
    assert "1234" in api.check_credentials()
    assert api.estimate("Bonjour") == 1
    api.close()


def test_smsfactor_send_simulate_and_lists(fake_smsfactor) -> None:
    api = SmsFactorApi(FakeSmsFactor.TOKEN, endpoint=fake_smsfactor.base)
    start = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)
    simulated = api.simulate(_chunk("+33612000001"))
    assert not fake_smsfactor.received and simulated.cost == 1
    result = api.send(_chunk("+33612000001", send_at=start))
    message = fake_smsfactor.bodies[0]["sms"]["message"]
    assert message["pushtype"] == "marketing"
    assert message["delay"] == "2026-03-03 08:00:00"  # French local time, as documented
    assert fake_smsfactor.bodies[0]["sms"]["recipients"]["gsm"][0]["value"] == "33612000001"
    assert result.accepted["+33612000001"].startswith("14672468:")
    assert api.blacklist() == ["+33612000003"]
    assert api.npai() == ["+33612000004"]
    api.close()


def test_smsfactor_bad_token_is_a_credentials_error(fake_smsfactor) -> None:
    api = SmsFactorApi("wrong", endpoint=fake_smsfactor.base)
    with pytest.raises(CredentialsRefusedError):
        api.check_credentials()
    api.close()


def test_octopush_headers_simulation_and_refusal(fake_octopush) -> None:
    api = OctopushApi(FakeOctopush.LOGIN, FakeOctopush.KEY, endpoint=fake_octopush.endpoint)
    api.simulate(_chunk("+33612000001"))
    assert not fake_octopush.received
    api.send(_chunk("+33612000001", send_at=datetime(2026, 3, 3, 7, 0, tzinfo=UTC)))
    assert fake_octopush.bodies[0]["send_at"] == "2026-03-03T07:00:00+00:00"
    assert fake_octopush.bodies[0]["simulation_mode"] is False
    with pytest.raises(RejectedError, match="Invalid phone number") as refused:
        api.send(_chunk(FakeOctopush.REFUSED))
    assert refused.value.status == 400
    api.close()
    wrong = OctopushApi(FakeOctopush.LOGIN, "nope", endpoint=fake_octopush.endpoint)
    with pytest.raises(CredentialsRefusedError):
        wrong.check_credentials()
    wrong.close()


def test_500_and_timeout_are_transient(fake_ovh) -> None:
    api = _ovh(fake_ovh, timeout=0.3)
    fake_ovh.failures = ["500", "slow"]
    with pytest.raises(TransientError) as failed:
        api.send(_chunk("+33612000001"))
    assert failed.value.maybe_sent is False and not fake_ovh.received
    with pytest.raises(TransientError) as lost:
        api.send(_chunk("+33612000001"))
    assert lost.value.maybe_sent is True  # the fake acted, the answer was lost
    api.close()


@pytest.mark.parametrize(
    "url",
    ["http://api.smsfactor.com", "http://192.168.1.5/api", "ftp://127.0.0.1", "https://"],
)
def test_only_https_or_loopback_http(url) -> None:
    with pytest.raises(EndpointError):
        check_endpoint(url)


def test_loopback_http_and_https_allowed() -> None:
    assert check_endpoint("http://127.0.0.1:8080/1.0/") == "http://127.0.0.1:8080/1.0"
    assert check_endpoint("https://eu.api.ovh.com/1.0") == "https://eu.api.ovh.com/1.0"


def test_the_command_line_lists_exactly_the_providers_with_an_adapter() -> None:
    from campagne_desktop.domain.enums import API_PROVIDERS
    from campagne_desktop.providers.api import API_SPECS

    assert sorted(API_SPECS) == sorted(p.value for p in API_PROVIDERS)
