"""The wipe's provider step: deleted through OVHcloud's API (a local fake) before anything local,
said on the certificate, never repeated by a resumed wipe, and skippable when the provider fails."""

from __future__ import annotations

import subprocess
import sys

import pytest

from campagne_desktop.services import provider_credentials as creds
from campagne_desktop.services import provider_wipe
from campagne_desktop.services.campaign import DATABASE_KEY_NAME, open_campaign
from campagne_desktop.services.provider_wipe import ProviderStepError
from campagne_desktop.services.wipe import pending_wipe, resume_pending_wipe, wipe_campaign
from campagne_desktop.services.wipe_scan import PHONE_PATTERN
from tests.providers.api.conftest import ALLOWED, build_batch, phone
from tests.providers.api.fakes import FakeOvh
from tests.providers.api.test_sending import ovh_api, send
from tests.services.test_certificate import pdf_text
from tests.services.test_wipe import populate_campaign

OVH_VALUES = {
    "application_key": FakeOvh.APP_KEY,
    "application_secret": FakeOvh.APP_SECRET,
    "consumer_key": FakeOvh.CONSUMER,
}
CANDIDATE = "Marie Exemple"


@pytest.fixture
def fake_ovh():
    fake = FakeOvh()
    yield fake
    fake.close()


def sent_through_ovh(ctx, db, tmp_path, fake: FakeOvh, *, values=OVH_VALUES) -> None:
    """Three messages sent through OVHcloud, one reply waiting there, credentials stored."""
    batch_id = build_batch(db, tmp_path, 3, names=3)
    send(db, ovh_api(fake), batch_id)
    fake.incoming = {9: {"id": 9, "sender": phone(1), "message": "OUI", "creationDatetime": ""}}
    creds.save_credentials(
        ctx, db, "ovh", values, endpoint=fake.endpoint, service=FakeOvh.SERVICE, now=ALLOWED
    )


def test_wipe_deletes_at_the_provider_and_certifies_it(ctx, db, tmp_path, fake_ovh) -> None:
    sent_through_ovh(ctx, db, tmp_path, fake_ovh)
    assert len(fake_ovh.jobs) == 3
    steps: list[str] = []
    certificate = tmp_path / "kept" / "certificat.pdf"
    report = wipe_campaign(ctx, db, CANDIDATE, certificate_path=certificate, on_step=steps.append)
    assert steps[:2] == ["provider", "planned"]
    assert fake_ovh.jobs == {} and fake_ovh.incoming == {}
    assert fake_ovh.blacklist == ["+33612000007"]  # its STOP list is kept on purpose
    assert report.provider is not None
    data = report.as_dict()["provider"]
    assert data["status"] == "deleted" and data["sent_deleted"] == 3
    assert data["replies_deleted"] == 1 and data["display_name"] == "OVHcloud SMS"
    text = " ".join(pdf_text(certificate).split())
    assert "Chez le prestataire SMS" in text
    assert "supprimés par son API : 3 messages envoyés et 1 réponse" in text
    assert "À demander à la main à OVHcloud SMS : toute liste de contacts importée" in text
    assert PHONE_PATTERN.search(text.encode()) is None
    for i in range(3):
        assert phone(i)[3:] not in text


def test_a_provider_that_times_out_leaves_the_campaign_whole(
    ctx, db, tmp_path, fake_ovh, monkeypatch
) -> None:
    sent_through_ovh(ctx, db, tmp_path, fake_ovh)
    monkeypatch.setattr(provider_wipe, "WIPE_TIMEOUT", 0.3)
    fake_ovh.stalled, fake_ovh.slow_seconds = True, 1.0
    certificate = tmp_path / "certificat.pdf"
    with pytest.raises(ProviderStepError, match="--skip-provider") as caught:
        wipe_campaign(ctx, db, CANDIDATE, certificate_path=certificate)
    assert "Nothing was deleted on this computer" in str(caught.value)
    # Nothing local was touched and nothing is locked: no journal, key and database in place.
    assert not pending_wipe(ctx) and not certificate.exists()
    assert ctx.secrets.get(DATABASE_KEY_NAME) is not None
    assert creds.load_credentials(ctx, db, "ovh") == OVH_VALUES
    # The user chooses to go on without the provider: the certificate says all is by hand.
    report = wipe_campaign(ctx, db, CANDIDATE, certificate_path=certificate, skip_provider=True)
    assert report.provider is not None and report.provider.status == "skipped"
    assert not ctx.paths.database.exists()
    text = " ".join(pdf_text(certificate).split())
    assert "rien n'a été supprimé par son API" in text
    assert "l'historique des messages envoyés" in text and "les réponses qu'il a reçues" in text


def test_a_provider_that_refuses_changes_nothing(ctx, db, tmp_path, fake_ovh) -> None:
    wrong = dict(OVH_VALUES, application_secret="not-the-secret")
    sent_through_ovh(ctx, db, tmp_path, fake_ovh, values=wrong)
    with pytest.raises(ProviderStepError, match="OVHcloud SMS could not delete"):
        wipe_campaign(ctx, db, CANDIDATE, certificate_path=tmp_path / "c.pdf")
    assert not pending_wipe(ctx) and len(fake_ovh.jobs) == 3
    assert ctx.paths.database.exists()


KILL_SCRIPT = """
import os, sys
from pathlib import Path
from campagne_desktop.context import AppContext
from campagne_desktop.paths import AppPaths
from campagne_desktop.services.campaign import open_campaign
from campagne_desktop.services.wipe import wipe_campaign

data_dir, certificate, stop_after = sys.argv[1:4]
ctx = AppContext.build(AppPaths.under(Path(data_dir)), trust_keyring=True)

def on_step(name):
    if name == stop_after:
        os._exit(1)

wipe_campaign(ctx, open_campaign(ctx), "Marie Exemple", certificate_path=Path(certificate),
              on_step=on_step)
"""


def kill_wipe_after(ctx, step: str, certificate) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(ctx.paths.data_dir), str(certificate), step],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr


@pytest.mark.slow
def test_killed_right_after_the_provider_step_runs_again_without_failing(
    ctx, db, tmp_path, fake_ovh
) -> None:
    sent_through_ovh(ctx, db, tmp_path, fake_ovh)
    db.close()
    certificate = tmp_path / "certificat.pdf"
    kill_wipe_after(ctx, "provider", certificate)
    assert fake_ovh.jobs == {} and fake_ovh.incoming == {}  # done at the provider...
    assert not pending_wipe(ctx)  # ...and nothing local: the campaign still opens
    report = wipe_campaign(ctx, open_campaign(ctx), CANDIDATE, certificate_path=certificate)
    assert report.provider is not None
    # Already gone at the provider is not an error; the earlier run's reply still counts.
    assert (report.provider.sent_deleted, report.provider.replies_deleted) == (3, 1)
    assert "3 messages envoyés et 1 réponse" in " ".join(pdf_text(certificate).split())


@pytest.mark.slow
def test_a_resumed_wipe_never_asks_the_provider_again(ctx, db, tmp_path, fake_ovh) -> None:
    sent_through_ovh(ctx, db, tmp_path, fake_ovh)
    db.close()
    certificate = tmp_path / "certificat.pdf"
    kill_wipe_after(ctx, "planned", certificate)
    assert pending_wipe(ctx) and fake_ovh.jobs == {}
    asked = len(fake_ovh.requests)
    fake_ovh.stalled = True  # were it asked again, the resume would hang and fail
    report = resume_pending_wipe(ctx)
    assert report is not None and len(fake_ovh.requests) == asked
    assert report.provider is not None and report.provider.sent_deleted == 3
    assert not ctx.paths.database.exists()
    assert "3 messages envoyés et 1 réponse" in " ".join(pdf_text(certificate).split())


def test_a_campaign_of_file_exports_names_the_site_to_clean_by_hand(ctx, db, tmp_path) -> None:
    populate_campaign(ctx, db, tmp_path)  # a batch exported for OVHcloud, no API set up
    certificate = tmp_path / "kept" / "certificat.pdf"
    report = wipe_campaign(ctx, db, CANDIDATE, certificate_path=certificate)
    assert report.provider is not None and report.provider.status == "no_api"
    assert report.provider.uploaded_to == ["OVHcloud SMS"]
    text = " ".join(pdf_text(certificate).split())
    assert "exportés pour OVHcloud SMS ont pu être importés sur son site" in text
    assert "À demander à la main à OVHcloud SMS" in text


def test_a_campaign_that_never_sent_has_nothing_at_a_provider(ctx, db, tmp_path) -> None:
    certificate = tmp_path / "certificat.pdf"
    report = wipe_campaign(ctx, db, CANDIDATE, certificate_path=certificate)
    assert report.provider is not None and report.provider.status == "nothing"
    assert "aucun prestataire SMS ne détient de données" in " ".join(pdf_text(certificate).split())


def test_the_longest_provider_section_keeps_the_certificate_on_one_page(tmp_path) -> None:
    from pypdf import PdfReader

    from campagne_desktop.services.certificate import write_certificate
    from campagne_desktop.services.wipe_provider_report import (
        ASK_LISTS,
        ASK_REPLIES,
        ASK_SENT,
        ProviderWipeReport,
    )
    from tests.services.test_certificate import report

    provider = ProviderWipeReport(
        provider="ovh",
        display_name="OVHcloud SMS",
        status="skipped",
        ask_by_hand=[ASK_SENT, ASK_REPLIES, ASK_LISTS],
        uploaded_to=["Brevo", "OVHcloud SMS"],
    )
    path = write_certificate(report(provider=provider), tmp_path / "c.pdf")
    assert len(PdfReader(path).pages) == 1
    text = " ".join(pdf_text(path).split())
    assert "Chez OVHcloud SMS : rien n'a été supprimé par son API" in text
    assert "exportés pour Brevo et OVHcloud SMS ont pu être importés" in text


def test_sent_through_an_api_whose_credentials_are_gone_names_that_provider(
    ctx, db, tmp_path, fake_ovh
) -> None:
    sent_through_ovh(ctx, db, tmp_path, fake_ovh)
    assert ctx.secrets.delete(creds.secret_name("ovh"))  # removed by hand from the keyring
    certificate = tmp_path / "certificat.pdf"
    report = wipe_campaign(ctx, db, CANDIDATE, certificate_path=certificate)
    assert report.provider is not None and report.provider.status == "no_api"
    assert len(fake_ovh.jobs) == 3  # nothing could be deleted there...
    text = " ".join(pdf_text(certificate).split())
    assert "À demander à la main à OVHcloud SMS : l'historique des messages envoyés" in text
