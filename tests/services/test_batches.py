from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.cli.main import main as cli_main
from campagne_desktop.domain.enums import (
    BatchState,
    ConsentStatus,
    OptOutChannel,
    SourceKind,
    TemplateKind,
)
from campagne_desktop.domain.messages import ComplianceError
from campagne_desktop.providers import ExportFormat
from campagne_desktop.services import batch_export, batches, compliance, replies, templates
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import get_contact
from campagne_desktop.services.optouts import record_opt_out
from campagne_desktop.services.profile import get_profile, update_profile
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.services import batch_steps

PARIS = ZoneInfo("Europe/Paris")
# Tuesday 3 March 2026, 14:00 in Paris (09:00 in Guadeloupe): a working day before round one.
ALLOWED = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)

GRANTED = ["0612345601", "0612345602", "0612345603", "0690123456"]
PENDING = ["0734567801", "0734567802"]


def _import(db, tmp_path, name, numbers, kind, consent, tags=""):
    path = tmp_path / name
    rows = [f"Prénom{i},Nom{i},{n},Lyon,{tags}" for i, n in enumerate(numbers)]
    path.write_text("prenom,nom,tel,ville,tags\n" + "\n".join(rows) + "\n", encoding="utf-8")
    decl = SourceDeclaration(
        kind=kind,
        description="liste louée à Société X le 2 février"
        if kind is SourceKind.RENTED
        else "formulaire du site",
        obtained_on=date(2026, 2, 2),
        collection_wording="Vos données pourront servir à des fins politiques.",
        consent=consent,
    )
    import_contacts(db, path, decl, actor="t", now=ALLOWED)


@pytest.fixture
def campaign(db, tmp_path):
    return make_campaign(db, tmp_path)


def make_campaign(db, tmp_path):
    """Four consenting contacts (one in Guadeloupe), two rented pending ones, two templates."""
    _import(db, tmp_path, "granted.csv", GRANTED, SourceKind.FORM, ConsentStatus.GRANTED, "vip")
    _import(db, tmp_path, "rented.csv", PENDING, SourceKind.RENTED, ConsentStatus.PENDING)
    templates.add_template(
        db,
        "appel",
        "Bonjour {{ prenom }}, venez au meeting !",
        TemplateKind.CAMPAIGN,
        actor="t",
        now=ALLOWED,
    )
    templates.approve_template(db, "appel", actor="t", now=ALLOWED)
    templates.add_template(
        db,
        "accord",
        "Bonjour {{ prenom }}, acceptez-vous nos SMS ?",
        TemplateKind.CONSENT,
        actor="t",
        now=ALLOWED,
    )
    templates.approve_template(db, "accord", actor="t", now=ALLOWED)
    return db


def test_campaign_template_reaches_only_granted_contacts(campaign) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    assert created.messages == 4
    assert created.excluded == {"not_consented": 2}
    assert created.cost == (created.segments * Decimal("0.05")).quantize(Decimal("0.01"))


def test_opted_out_excluded(campaign) -> None:
    record_opt_out(campaign, GRANTED[0], channel=OptOutChannel.STOP_REPLY, actor="t", now=ALLOWED)
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    assert created.excluded["opted_out"] == 1 and created.messages == 3


def test_draft_template_refused(campaign) -> None:
    templates.update_template(
        campaign, "appel", "Nouveau texte {{ prenom }}", actor="t", now=ALLOWED
    )
    with pytest.raises(templates.TemplateNotApprovedError):
        batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)


def test_over_segment_cap_and_invalid(campaign, db) -> None:
    templates.add_template(db, "long", "x" * 700, TemplateKind.CAMPAIGN, actor="t", now=ALLOWED)
    templates.approve_template(db, "long", actor="t", now=ALLOWED)
    with pytest.raises(batches.NobodyReachableError, match="longer than the SMS cap") as error:
        batches.create_batch(UnitOfWork(db), "long", actor="t", now=ALLOWED)
    assert error.value.excluded["over_segment_cap"] == 4
    # Fills in for the sample contacts, fails for last names of 4 letters ("Nom0"...).
    templates.add_template(
        db, "casse", "{{ 10 / (nom|length - 4) }} ok", TemplateKind.CAMPAIGN, actor="t", now=ALLOWED
    )
    templates.approve_template(db, "casse", actor="t", now=ALLOWED)
    with pytest.raises(batches.NobodyReachableError) as error:
        batches.create_batch(UnitOfWork(db), "casse", actor="t", now=ALLOWED)
    assert error.value.excluded["invalid"] == 4


def test_selection_filters_and_recent_messages(campaign, tmp_path) -> None:
    vip = batches.create_batch(
        UnitOfWork(campaign), "appel", batches.BatchSelection(tags=("vip",)), actor="t", now=ALLOWED
    )
    assert vip.messages == 4
    batch_steps.export(campaign, vip.id, tmp_path / "a.csv", now=ALLOWED)
    with pytest.raises(batches.NobodyReachableError, match="messaged since"):
        batches.create_batch(
            UnitOfWork(campaign),
            "appel",
            batches.BatchSelection(not_messaged_since=date(2026, 3, 1)),
            actor="t",
            now=ALLOWED,
        )
    since_later = batches.create_batch(
        UnitOfWork(campaign),
        "appel",
        batches.BatchSelection(not_messaged_since=date(2026, 3, 4)),
        actor="t",
        now=ALLOWED,
    )
    assert since_later.messages == 4


def test_consent_request_is_never_sent_twice(campaign, tmp_path) -> None:
    first = batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    assert first.messages == 2 and first.excluded == {"not_consented": 4}
    # A second batch while the first is still waiting: those people are already being asked.
    with pytest.raises(batches.BatchError):
        batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    batch_steps.export(campaign, first.id, tmp_path / "c.csv", now=ALLOWED)
    with pytest.raises(batches.BatchError) as refused:
        batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    assert refused.value.excluded["consent_already_requested"] == 2
    assert "consent already requested" in str(refused.value)


@pytest.mark.parametrize(
    ("moment", "reason"),
    [
        (datetime(2026, 3, 14, 0, 0, tzinfo=PARIS), "electoral silence"),  # Saturday 00:00, eve
        (datetime(2026, 3, 21, 10, 0, tzinfo=PARIS), "electoral silence"),  # eve of round 2
        (datetime(2026, 3, 15, 19, 59, tzinfo=PARIS), "electoral silence"),  # voting day
        (datetime(2026, 3, 8, 11, 0, tzinfo=PARIS), "Sunday"),
        (datetime(2026, 3, 3, 7, 59, tzinfo=PARIS), "hours"),
        (datetime(2026, 7, 14, 10, 0, tzinfo=PARIS), "holiday"),
    ],
)
def test_export_refused_in_each_forbidden_window(campaign, tmp_path, moment, reason) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    with pytest.raises(ComplianceError) as refused:
        batch_steps.export(campaign, created.id, tmp_path / "x.csv", now=moment)
    message = str(refused.value).lower()
    assert "next allowed moment" in message
    assert reason.lower().split()[0][:5] in message or reason == "Sunday"
    assert not (tmp_path / "x.csv").exists()


def test_overseas_recipient_blocks_when_it_is_night_there(campaign, tmp_path) -> None:
    # 08:30 in Paris is 03:30 in Guadeloupe: the Guadeloupe contact cannot be messaged yet.
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    early = datetime(2026, 3, 3, 8, 30, tzinfo=PARIS)
    report = compliance.check_batch(UnitOfWork(campaign), created.id, now=early)
    assert not report.passed
    assert "recipients in Guadeloupe" in " ".join(line.render() for line in report.failures())
    assert report.next_allowed is not None
    assert report.next_allowed.astimezone(ZoneInfo("America/Guadeloupe")).hour == 8


def test_check_passes_and_export_writes_every_message(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    report = compliance.check_batch(UnitOfWork(campaign), created.id, now=ALLOWED)
    assert report.passed, [line.render() for line in report.failures()]
    assert batches.get_batch(UnitOfWork(campaign), created.id).state is BatchState.CHECKED
    out = tmp_path / "envoi.csv"
    done = batch_steps.export(campaign, created.id, out, now=ALLOWED)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert done.rows == len(rows) == 4
    assert all("STOP PROSPECTION" in r["message"] for r in rows)
    assert {r["phone"] for r in rows} >= {"+33612345601", "+590690123456"}
    assert out.stat().st_mode & 0o777 == 0o600
    assert batches.get_batch(UnitOfWork(campaign), created.id).export_paths == [str(out)]


def test_second_export_refused_unless_asked(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    batch_steps.export(campaign, created.id, tmp_path / "1.csv", now=ALLOWED)
    with pytest.raises(ComplianceError, match="already exported"):
        batch_steps.export(
            campaign, created.id, tmp_path / "2.csv", now=ALLOWED, export_format=ExportFormat.OVH
        )
    batch_steps.export(
        campaign,
        created.id,
        tmp_path / "2.csv",
        now=ALLOWED,
        export_format=ExportFormat.OVH,
        again=True,
    )
    assert len(batches.get_batch(UnitOfWork(campaign), created.id).export_paths) == 2


def test_opt_out_after_freezing_is_honoured_at_export(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    record_opt_out(campaign, GRANTED[1], actor="t", now=ALLOWED)
    done = batch_steps.export(campaign, created.id, tmp_path / "e.csv", now=ALLOWED)
    assert done.rows == 3 and done.skipped == 1
    assert "+33612345602" not in (tmp_path / "e.csv").read_text()


def test_incomplete_profile_blocks_export(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    with campaign.session() as s:  # a profile damaged behind the app's back
        from campagne_desktop.storage.models import Profile

        s.get(Profile, 1).rights_contact = ""
    with pytest.raises(ComplianceError, match="profile"):
        batch_steps.export(campaign, created.id, tmp_path / "p.csv", now=ALLOWED)


def test_brevo_warning_in_report(campaign) -> None:
    profile = get_profile(campaign).with_changes(provider="brevo")
    update_profile(campaign, profile, actor="t", now=ALLOWED)
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    report = compliance.check_batch(UnitOfWork(campaign), created.id, now=ALLOWED)
    warnings = [line.render() for line in report.lines if line.status.value == "warning"]
    assert any("olitic" in w for w in warnings)


def test_replies_grant_consent_and_record_stops(campaign, tmp_path) -> None:
    first = batches.create_batch(UnitOfWork(campaign), "accord", actor="t", now=ALLOWED)
    batch_steps.export(campaign, first.id, tmp_path / "c.csv", now=ALLOWED)
    answers = tmp_path / "recus.csv"
    answers.write_text(
        "Expéditeur;Message;Date\n"
        "+33734567801;oui.;03/03/2026\n"
        "+33734567802;Stop prospection;03/03/2026\n"
        "+33612345601;STOP;03/03/2026\n"
        "+33612345603;OUI;03/03/2026\n",
        encoding="cp1252",
    )
    report = replies.import_replies(campaign, answers, actor="t", now=ALLOWED)
    # The OUI of +33612345603, who was never asked, is held for a person to read.
    assert (report.consented, report.opted_out, report.held) == (1, 2, 1)
    granted = get_contact(campaign, PENDING[0])
    assert granted.consent is ConsentStatus.GRANTED and "oui." in granted.consent_evidence
    later = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    assert later.messages == 3  # 4 granted - 1 STOP + 1 new consent - 1 reply to read
    assert later.excluded["opted_out"] == 2
    assert later.excluded["reply_to_read"] == 1


def test_ledger(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    batch_steps.export(campaign, created.id, tmp_path / "e.csv", now=ALLOWED)
    done = batch_export.export_ledger(
        UnitOfWork(campaign), tmp_path / "ledger.csv", actor="t", now=ALLOWED
    )
    assert done.rows == 1 and done.messages == 4
    assert "Total" in (tmp_path / "ledger.csv").read_text(encoding="utf-8-sig")


def test_cli_exit_status_3_when_refused(campaign, ctx, capsys, monkeypatch, tmp_path) -> None:
    from campagne_desktop.context import AppContext  # cli.main imports it only when it runs

    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    silence = datetime(2026, 3, 14, 9, 0, tzinfo=PARIS).astimezone(UTC)
    original = AppContext.build

    def build(paths, **kwargs):
        return original(paths, **(kwargs | {"clock": lambda: silence, "trust_keyring": True}))

    monkeypatch.setattr(AppContext, "build", build)
    args = ["--data-dir", str(ctx.paths.data_dir), "--json"]
    status = cli_main(
        [
            *args,
            "batch",
            "export",
            str(created.id),
            "--format",
            "generic",
            "--out",
            str(tmp_path / "nope.csv"),
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert status == 3 and "silence" in out["error"]
    status = cli_main([*args, "batch", "check", str(created.id)])
    report = json.loads(capsys.readouterr().out)
    assert status == 3 and report["passed"] is False and report["next_allowed"]


def test_live_count_applies_the_same_exclusions(campaign, tmp_path) -> None:
    selection = batches.BatchSelection()
    assert batches.count_reachable(UnitOfWork(campaign), TemplateKind.CONSENT, selection) == 2
    batches.create_batch(
        UnitOfWork(campaign), "accord", actor="t", now=ALLOWED
    )  # frozen, not sent yet
    assert batches.count_reachable(UnitOfWork(campaign), TemplateKind.CONSENT, selection) == 0
    first = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    batch_steps.export(campaign, first.id, tmp_path / "a.csv", now=ALLOWED)
    recent = batches.BatchSelection(not_messaged_since=date(2026, 3, 1))
    assert batches.count_reachable(UnitOfWork(campaign), TemplateKind.CAMPAIGN, selection) == 4
    assert batches.count_reachable(UnitOfWork(campaign), TemplateKind.CAMPAIGN, recent) == 0


def test_export_format_names_the_provider_and_brings_its_warnings(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    batch_steps.export(
        campaign, created.id, tmp_path / "b.csv", now=ALLOWED, export_format=ExportFormat.BREVO
    )
    assert batches.get_batch(UnitOfWork(campaign), created.id).provider == "brevo"
    with campaign.session() as s:
        from campagne_desktop.storage.models import Batch

        report = s.get(Batch, created.id).compliance_report
    assert any("olitic" in line["text"] for line in report if line["status"] == "warning")
    ledger = batch_export.ledger_rows(UnitOfWork(campaign))
    assert [row.provider for row in ledger] == ["brevo"]


def test_failed_commit_leaves_no_file_and_no_export(campaign, tmp_path, monkeypatch) -> None:
    from campagne_desktop.services import audit as audit_module

    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)

    real_record = audit_module.record

    def broken_record(session, **event):
        if event["action"] == "batch.exported":  # after the file was published
            assert (tmp_path / "never.csv").exists()
            raise RuntimeError("disk full while committing")
        real_record(session, **event)

    monkeypatch.setattr(audit_module, "record", broken_record)
    with pytest.raises(RuntimeError):
        batch_steps.export(campaign, created.id, tmp_path / "never.csv", now=ALLOWED)
    assert not (tmp_path / "never.csv").exists()
    assert batches.get_batch(UnitOfWork(campaign), created.id).export_paths == []
    monkeypatch.undo()
    done = batch_steps.export(campaign, created.id, tmp_path / "never.csv", now=ALLOWED)
    assert done.rows == 4


def test_an_existing_file_is_refused_before_it_is_recorded(campaign, tmp_path) -> None:
    from campagne_desktop.providers import OutputFileError
    from campagne_desktop.services.wipe_scan import recorded_export_paths

    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)
    mine = tmp_path / "mine.csv"
    mine.write_text("the user's own file")
    with pytest.raises(OutputFileError):
        batch_steps.export(campaign, created.id, mine, now=ALLOWED)
    with campaign.session() as s:
        assert str(mine) not in recorded_export_paths(s)  # the wipe will not touch it


@pytest.mark.parametrize(
    "text",
    [
        "Je ne veux plus de vos SMS",
        "Retirez-moi de votre liste",
        "Ne m'écrivez plus",
        "Je ne souhaite plus recevoir vos messages",
        "Supprimez mon numéro",
        "Je m'oppose",
    ],
)
def test_plain_word_objections_opt_out(campaign, tmp_path, text) -> None:
    answers = tmp_path / "recus.csv"
    answers.write_text(f"Expéditeur;Message\n+33612345601;{text}\n", encoding="utf-8")
    report = replies.import_replies(campaign, answers, actor="t", now=ALLOWED)
    assert report.opted_out == 1


def test_replies_nobody_understood_are_listed_for_a_person(campaign, tmp_path) -> None:
    answers = tmp_path / "recus.csv"
    answers.write_text("Expéditeur;Message\n+33612345601;Qui êtes-vous ?\n", encoding="utf-8")
    report = replies.import_replies(campaign, answers, actor="t", now=ALLOWED)
    assert report.to_review == [{"row": 2, "phone": "+33612345601", "text": "Qui êtes-vous ?"}]


def test_a_message_a_spreadsheet_would_run_is_refused_not_altered(campaign, tmp_path) -> None:
    templates.add_template(
        campaign,
        "formule",
        '=HYPERLINK("x") {{ prenom }}',
        TemplateKind.CAMPAIGN,
        actor="t",
        now=ALLOWED,
    )
    templates.approve_template(campaign, "formule", actor="t", now=ALLOWED)
    created = batches.create_batch(UnitOfWork(campaign), "formule", actor="t", now=ALLOWED)
    with pytest.raises(ComplianceError, match="formula"):
        batch_steps.export(campaign, created.id, tmp_path / "f.csv", now=ALLOWED)
    assert not (tmp_path / "f.csv").exists()


def test_not_messaged_since_counts_from_the_export_not_the_creation(campaign, tmp_path) -> None:
    created = batches.create_batch(UnitOfWork(campaign), "appel", actor="t", now=ALLOWED)  # 3 March
    exported_later = datetime(2026, 3, 10, 14, 0, tzinfo=PARIS)
    batch_steps.export(campaign, created.id, tmp_path / "a.csv", now=exported_later)
    since_5_march = batches.BatchSelection(not_messaged_since=date(2026, 3, 5))
    assert batches.count_reachable(UnitOfWork(campaign), TemplateKind.CAMPAIGN, since_5_march) == 0
