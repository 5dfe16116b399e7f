"""Regression tests for issue 10: one rule for who may receive a message, one transaction per
action. Each test is one of the probes that showed the seams disagreeing."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime

import pytest

from campagne_desktop.cli.main import main as cli_main
from campagne_desktop.domain.enums import BatchState, ConsentStatus, SourceKind, TemplateKind
from campagne_desktop.domain.lifecycle import BatchStateError
from campagne_desktop.domain.messages import UserError
from campagne_desktop.domain.selection import Selection
from campagne_desktop.providers import ExportFormat
from campagne_desktop.services import batch_export, batch_messages, batches, compliance, templates
from campagne_desktop.services.audit import list_events
from campagne_desktop.services.contact_import import import_contacts
from campagne_desktop.services.contacts import ContactFilter, count_contacts, get_contact
from campagne_desktop.services.profile import get_profile, update_profile
from campagne_desktop.services.sources import SourceDeclaration
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.storage.models import Batch, ExportedFile
from tests.services import batch_steps
from tests.services.test_batches import ALLOWED, PARIS, PENDING, make_campaign

SILENCE = datetime(2026, 3, 14, 9, 0, tzinfo=PARIS)


@pytest.fixture
def campaign(db, tmp_path):
    return make_campaign(db, tmp_path)


def _uow(db) -> UnitOfWork:
    return UnitOfWork(db)


def test_a_frozen_consent_batch_makes_estimate_count_and_batch_agree(campaign) -> None:
    """Probe: with a consent batch frozen but not exported, `template cost accord` said 3
    people could be asked while a new batch reached 0."""
    first = batches.create_batch(_uow(campaign), "accord", actor="t", now=ALLOWED)
    assert first.messages == 2
    estimate = templates.selection_cost(_uow(campaign), "accord")
    live = batches.count_reachable(_uow(campaign), TemplateKind.CONSENT, Selection())
    with pytest.raises(batches.NobodyReachableError) as refused:
        batches.create_batch(_uow(campaign), "accord", actor="t", now=ALLOWED)
    assert estimate.reachable == live == 0
    assert estimate.excluded["consent_request_pending"] == 2
    assert refused.value.excluded["consent_request_pending"] == 2
    # Only drafted: nobody counts as asked yet, and discarding frees them for a new batch.
    assert get_contact(campaign, PENDING[0]).consent is ConsentStatus.PENDING
    batches.discard_batch(_uow(campaign), first.id, actor="t", now=ALLOWED)
    estimate = templates.selection_cost(_uow(campaign), "accord")
    live = batches.count_reachable(_uow(campaign), TemplateKind.CONSENT, Selection())
    again = batches.create_batch(_uow(campaign), "accord", actor="t", now=ALLOWED)
    assert estimate.reachable == live == again.messages == 2


def _import_commune(db, tmp_path, commune: str) -> None:
    path = tmp_path / "sevres.csv"
    rows = [f"Prénom{i},Nom{i},06123456{70 + i},{commune}" for i in range(3)]
    path.write_text("prenom,nom,tel,ville\n" + "\n".join(rows) + "\n", encoding="utf-8")
    decl = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 2),
        consent=ConsentStatus.GRANTED,
    )
    import_contacts(db, path, decl, actor="t", now=ALLOWED)


@pytest.mark.parametrize("typed", ["sèvres", "SÈVRES", "Sevres", " sèvres "])
def test_a_commune_selects_the_same_people_everywhere(campaign, tmp_path, typed) -> None:
    """Probe: "sèvres" gave 4 in the estimate and 0 in the batch."""
    _import_commune(campaign, tmp_path, "Sèvres")
    selection = Selection(communes=(typed,))
    listed = count_contacts(campaign, ContactFilter(commune=typed))
    estimate = templates.selection_cost(_uow(campaign), "appel", selection)
    live = batches.count_reachable(_uow(campaign), TemplateKind.CAMPAIGN, selection)
    made = batches.create_batch(_uow(campaign), "appel", selection, actor="t", now=ALLOWED)
    assert listed == estimate.reachable == live == made.messages == 3


def test_tags_match_without_case_or_accents(campaign, tmp_path) -> None:
    selection = Selection(tags=("VIP",))
    assert batches.count_reachable(_uow(campaign), TemplateKind.CAMPAIGN, selection) == 4
    assert count_contacts(campaign, ContactFilter(tag="Vip")) == 4


def test_two_simultaneous_exports_exactly_one_succeeds(campaign, tmp_path) -> None:
    """Probe: two exports started together both wrote a full file."""
    made = batches.create_batch(_uow(campaign), "accord", actor="t", now=ALLOWED)
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def export(name: str) -> None:
        start.wait()
        try:
            outcomes[name] = batch_steps.export(
                campaign, made.id, tmp_path / f"{name}.csv", now=ALLOWED
            )
        except UserError as error:
            outcomes[name] = error

    threads = [threading.Thread(target=export, args=(n,)) for n in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    done = [n for n, r in outcomes.items() if isinstance(r, batch_export.ExportSummary)]
    refused = [n for n, r in outcomes.items() if isinstance(r, UserError)]
    assert len(done) == 1 and len(refused) == 1, outcomes
    assert (tmp_path / f"{done[0]}.csv").exists()
    assert not (tmp_path / f"{refused[0]}.csv").exists()
    assert len(batches.get_batch(_uow(campaign), made.id).export_paths) == 1


def test_a_refused_export_changes_nothing(campaign, tmp_path) -> None:
    """Probe: a refused export still saved the provider change."""
    made = batches.create_batch(_uow(campaign), "appel", actor="t", now=ALLOWED)
    events = len(list_events(campaign))
    with pytest.raises(compliance.CheckRefusedError) as refused:
        batch_export.export_batch(
            _uow(campaign),
            made.id,
            ExportFormat.BREVO,
            tmp_path / "refused.csv",
            actor="t",
            now=SILENCE,
        )
    # The refusal carries the report that explains it, with the provider the file was for.
    report = refused.value.report
    assert [line.rule for line in report.failures()] == ["time"]
    assert any(line.rule == "provider" for line in report.lines)
    with campaign.session() as session:
        batch = session.get(Batch, made.id)
        assert (batch.provider, batch.state, batch.checked_at) == ("other", "draft", None)
        assert batch.compliance_report == []
        assert session.query(ExportedFile).count() == 0
    assert len(list_events(campaign)) == events
    assert not (tmp_path / "refused.csv").exists()


def test_create_batch_joins_the_callers_transaction(campaign) -> None:
    uow = _uow(campaign)
    with pytest.raises(RuntimeError), uow.transaction():
        batches.create_batch(uow, "appel", actor="t", now=ALLOWED)
        raise RuntimeError("the action failed after the batch was made")
    assert batches.list_batches(_uow(campaign)) == []


def test_provider_warnings_are_read_when_the_check_runs(campaign) -> None:
    made = batches.create_batch(_uow(campaign), "appel", actor="t", now=ALLOWED)
    profile = get_profile(campaign).with_changes(provider="brevo")
    update_profile(campaign, profile, actor="t", now=ALLOWED)
    report = compliance.check_batch(_uow(campaign), made.id, now=ALLOWED)
    warnings = [line.render() for line in report.lines if line.status.value == "warning"]
    assert any("olitic" in w for w in warnings)


def test_an_exported_batch_cannot_be_discarded(campaign, tmp_path) -> None:
    made = batches.create_batch(_uow(campaign), "accord", actor="t", now=ALLOWED)
    batch_export.export_batch(
        _uow(campaign), made.id, ExportFormat.GENERIC, tmp_path / "c.csv", actor="t", now=ALLOWED
    )
    assert get_contact(campaign, PENDING[0]).consent is ConsentStatus.PENDING
    with pytest.raises(BatchStateError):
        batches.discard_batch(_uow(campaign), made.id, actor="t", now=ALLOWED)
    assert batches.get_batch(_uow(campaign), made.id).state is BatchState.EXPORTED
    # Exported: now they were asked, for good.
    with pytest.raises(batches.NobodyReachableError) as refused:
        batches.create_batch(_uow(campaign), "accord", actor="t", now=ALLOWED)
    assert refused.value.excluded["consent_already_requested"] == 2


def test_discarding_deletes_the_messages_and_is_audited(campaign) -> None:
    made = batches.create_batch(_uow(campaign), "appel", actor="t", now=ALLOWED)
    assert batch_messages.count_messages(_uow(campaign), made.id) == 4
    gone = batches.discard_batch(_uow(campaign), made.id, actor="t", now=ALLOWED)
    assert gone.messages == 4
    with pytest.raises(batches.BatchError):
        batch_messages.count_messages(_uow(campaign), made.id)
    assert "batch.discarded" in [event.action for event in list_events(campaign)]


def test_frozen_messages_are_listed_page_by_page(campaign) -> None:
    made = batches.create_batch(_uow(campaign), "appel", actor="t", now=ALLOWED)
    first = batch_messages.list_messages(_uow(campaign), made.id, limit=3)
    rest = batch_messages.list_messages(_uow(campaign), made.id, after_id=first[-1].id)
    assert [len(first), len(rest)] == [3, 1]
    assert all("STOP PROSPECTION" in m.text for m in first + rest)
    assert {m.state.value for m in first + rest} == {"pending"}


def test_cli_discard_and_messages(campaign, ctx, capsys) -> None:
    made = batches.create_batch(_uow(campaign), "appel", actor="t", now=ALLOWED)
    args = ["--data-dir", str(ctx.paths.data_dir), "--json"]
    assert cli_main([*args, "batch", "messages", str(made.id)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 4
    assert set(listed[0]) == {"id", "phone", "text", "encoding", "segments", "state", "error"}
    data_dir = ["--data-dir", str(ctx.paths.data_dir)]
    assert cli_main([*data_dir, "batch", "messages", str(made.id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == listed
    assert cli_main([*data_dir, "batch", "messages", str(made.id)]) == 0
    text = capsys.readouterr().out
    assert "STOP PROSPECTION" in text and "+33612345601" in text
    assert cli_main([*args, "batch", "discard", str(made.id)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "id": made.id,
        "discarded": True,
        "messages": 4,
    }
    assert cli_main([*args, "batch", "discard", str(made.id)]) == 1
    assert "no batch" in json.loads(capsys.readouterr().out)["error"]
    assert cli_main([*args, "batch", "messages", str(made.id)]) == 1
    capsys.readouterr()


def test_a_consent_batch_can_be_exported_again_when_asked(campaign, tmp_path) -> None:
    """Its own first export must not count against its own people (they were asked by it)."""
    made = batches.create_batch(_uow(campaign), "accord", actor="t", now=ALLOWED)
    batch_export.export_batch(
        _uow(campaign), made.id, ExportFormat.GENERIC, tmp_path / "1.csv", actor="t", now=ALLOWED
    )
    again = batch_export.export_batch(
        _uow(campaign),
        made.id,
        ExportFormat.GENERIC,
        tmp_path / "2.csv",
        actor="t",
        now=ALLOWED,
        again=True,
    )
    assert again.rows == 2 and again.skipped == 0


def test_the_check_reads_opt_outs_and_consents_of_now(campaign) -> None:
    from campagne_desktop.services.optouts import record_opt_out
    from campagne_desktop.services.rights import set_consent

    made = batches.create_batch(_uow(campaign), "appel", actor="t", now=ALLOWED)
    record_opt_out(campaign, "0612345601", actor="t", now=ALLOWED)
    set_consent(
        campaign, "0612345602", ConsentStatus.REFUSED, evidence="non", actor="t", now=ALLOWED
    )
    report = compliance.check_batch(_uow(campaign), made.id, now=ALLOWED)
    assert (report.sendable, report.skipped) == (2, 2)


def test_cli_estimate_and_batch_agree(campaign, ctx, capsys) -> None:
    args = ["--data-dir", str(ctx.paths.data_dir), "--json"]
    assert cli_main([*args, "template", "cost", "appel", "--commune", "LYON", "--tag", "Vip"]) == 0
    cost = json.loads(capsys.readouterr().out)
    assert {"reachable", "excluded", "messages", "total_segments", "cost"} <= set(cost)
    assert cli_main([*args, "batch", "create", "--template", "appel", "--commune", "lyon"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert cost["reachable"] == made["messages"] == 4
    assert cli_main([*args, "batch", "create", "--template", "accord"]) == 0
    capsys.readouterr()
    assert cli_main([*args, "template", "cost", "accord"]) == 0
    assert json.loads(capsys.readouterr().out)["reachable"] == 0
    assert cli_main([*args, "batch", "create", "--template", "accord"]) == 3
    assert "not sent yet" in json.loads(capsys.readouterr().out)["error"]
