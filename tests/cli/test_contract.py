"""The command line's stable contract (DESIGN.md): exit statuses and the keys of ``--json``.

Exit 0 success, 1 failure, 2 bad usage, 3 refused by a compliance rule. Every command of
``campagne --help`` is run here at least once with ``--json``; the keys it prints are the contract
scripts rely on, so a change must show up as a failing test. The clock is fixed (a Tuesday
afternoon before round one, inside the sending hours) so that no result depends on today.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from campagne_desktop.cli import main as cli_main
from tests.cli.contract import (
    BATCH_KEYS,
    BATCH_SHOW_KEYS,
    COST_KEYS,
    ERROR_KEYS,
    MESSAGE_KEYS,
    PARIS,
    PROFILE_KEYS,
    RIGHTS_COUNTS,
    TEMPLATE_KEYS,
    Cli,
)
from tests.cli.contract import campaign as campaign  # fixtures
from tests.cli.contract import cli as cli
from tests.cli.contract import files as files
from tests.cli.test_campaign_commands import INIT
from tests.providers.api.conftest import fake_ovh as fake_ovh  # a local fake of OVHcloud's API
from tests.providers.api.fakes import FakeOvh


def test_every_command_is_covered_by_this_contract() -> None:
    """A command added to the parser needs its rows here (and in the README)."""
    parser = cli_main.build_parser()
    found = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
                found |= {f"{name} {n}" for a in inner for n in a.choices} or {name}
    covered = {
        "init",
        "profile show",
        "profile set",
        "audit",
        "demo",
        "import",
        "contacts list",
        "contacts show",
        "contacts tag",
        "contacts add",
        "optout add",
        "optout import",
        "optout list",
        "optout remove",
        "consent grant",
        "consent refuse",
        "consent expired",
        "rights",
        "segments",
        "template add",
        "template edit",
        "template list",
        "template show",
        "template approve",
        "template delete",
        "template export",
        "template import",
        "template preview",
        "template cost",
        "volunteer-profile",
        "batch create",
        "batch list",
        "batch show",
        "batch check",
        "batch export",
        "batch discard",
        "batch messages",
        "batch split",
        "batch send",
        "batch test",
        "batch status",
        "batch release",
        "provider set",
        "provider show",
        "provider test",
        "provider wipe",
        "replies import",
        "replies review",
        "replies sync",
        "ledger export",
        "wipe",
    }
    assert found - covered == set(), "add the new commands to tests/cli/test_contract.py"


def test_campaign_and_contact_commands_succeed_with_their_keys(
    campaign: Cli, files: dict[str, Path], tmp_path: Path
) -> None:
    cli = campaign
    cli.expect(0, PROFILE_KEYS, "profile", "show")
    shown = cli.expect(0, PROFILE_KEYS, "profile", "set", "price_per_segment", "0,045")
    assert shown["price_per_segment"] == "0.045"  # exact, as a string
    listed_keys = {"commune", "consent", "first_name", "last_name", "phone", "source_kind", "tags"}
    cli.expect(0, listed_keys, "contacts", "list")
    contact = cli.expect(
        0,
        {
            "commune",
            "consent",
            "consent_at",
            "consent_evidence",
            "first_name",
            "last_name",
            "phone",
            "postal_code",
            "region",
            "source_date",
            "source_description",
            "source_kind",
            "tags",
        },
        "contacts",
        "show",
        "0612345601",
    )
    assert contact["consent_at"].endswith("+00:00")  # dates carry their offset
    cli.expect(0, {"changed"}, "contacts", "tag", "0612345601", "--add", "vip")
    cli.expect(0, {"added"}, "optout", "add", "0612345699")
    import_keys = {"added", "already", "invalid", "rejected"}
    cli.expect(0, import_keys, "optout", "import", str(files["stops"]))
    listed = cli.expect(0, {"channel", "phone", "since"}, "optout", "list")
    assert all(row["since"].endswith("+00:00") for row in listed)
    reason = ["--reason", "demande écrite du 3 mars, saisie par erreur"]
    cli.expect(0, None, "optout", "remove", "0612345699", *reason)
    cli.expect(0, {"consent"}, "consent", "grant", "0612345602", "--evidence", "réponse OUI")
    rights_keys = {"contact", "held_replies", "messages", "opt_out", "phone"}
    cli.expect(0, rights_keys, "rights", "show", "0612345601")
    out = tmp_path / "droits.json"
    cli.expect(0, {"path"}, "rights", "export", "0612345601", "--out", str(out))
    events = cli.expect(
        0,
        {"action", "actor", "at", "batch_id", "counts", "detail", "fields", "kind", "template_id"},
        "audit",
        "--limit",
        "5",
    )
    assert all(event["at"].endswith("+00:00") for event in events)
    cli.expect(0, RIGHTS_COUNTS, "rights", "erase", "0612345601")
    cli.expect(0, RIGHTS_COUNTS, "rights", "oppose", "0612345602")


def test_template_and_batch_commands_succeed_with_their_keys(
    campaign: Cli, files: dict[str, Path], tmp_path: Path
) -> None:
    cli = campaign
    cli.expect(0, {"encoding", "non_gsm", "segments", "units"}, "segments", "Bonjour")
    cli.expect(0, TEMPLATE_KEYS, "template", "list")
    cli.expect(0, TEMPLATE_KEYS, "template", "show", "appel")
    cli.expect(
        0,
        {
            "adapted",
            "body",
            "capacity",
            "encoding",
            "footer",
            "full_footer_segments",
            "label",
            "missing",
            "sample",
            "segments",
            "short_footer_segments",
            "source_kind",
            "text",
            "units",
        },
        "template",
        "preview",
        "appel",
    )
    cost = cli.expect(0, COST_KEYS, "template", "cost", "appel")
    assert isinstance(cost["cost"], str) and isinstance(cost["price_per_segment"], str)
    assert isinstance(cost["full_footer"]["cost"], str)  # every amount: exact decimal text
    assert (cost["reachable"], cost["excluded"]) == (2, {})
    # The selection options are those of batch create; commune and tag ignore case and accents.
    cli.expect(0, {"changed"}, "contacts", "tag", "0612345601", "--add", "vip")
    narrowed = cli.expect(
        0,
        COST_KEYS,
        "template",
        "cost",
        "appel",
        "--commune",
        "LYON",
        "--tag",
        "nope",
        "--tag",
        "VIP",
        "--source-kind",
        "form",
        "--not-messaged-since",
        "2026-03-01",
        "--search",
        "zoe",
    )
    assert narrowed["reachable"] == 1
    assert Decimal(narrowed["cost"]) == narrowed["total_segments"] * Decimal("0.05")
    exported = tmp_path / "appel.sms-template"
    cli.expect(0, {"path"}, "template", "export", "appel", "--out", str(exported))
    cli.expect(0, TEMPLATE_KEYS, "template", "import", str(exported), "--name", "copie")
    cli.expect(0, TEMPLATE_KEYS, "template", "edit", "copie", "--file", str(files["body"]))
    cli.expect(0, {"deleted"}, "template", "delete", "copie")
    cli.expect(0, {"path"}, "volunteer-profile", "--out", str(tmp_path / "profil.json"))

    create_keys = {
        "adapted",
        "cost",
        "excluded",
        "id",
        "left_out",
        "left_out_not_listed",
        "messages",
        "segments",
    }
    created = cli.expect(0, create_keys, "batch", "create", "--template", "appel")
    batch = str(created["id"])
    expected_cost = str((created["segments"] * Decimal("0.05")).quantize(Decimal("0.01")))
    assert created["cost"] == expected_cost  # exact, to the cent, as a string
    listed = cli.expect(0, BATCH_KEYS, "batch", "list")
    assert listed[0]["created_at"] == "2026-03-03T13:00:00+00:00"
    cli.expect(0, BATCH_SHOW_KEYS, "batch", "show", batch)
    frozen = cli.expect(0, MESSAGE_KEYS, "batch", "messages", batch)
    assert len(frozen) == 2 and frozen[0]["text"].startswith("Bonjour Zoé")
    status, after_id, _ = cli.run("batch", "messages", batch, "--json", json_output=False)
    assert status == 0 and json.loads(after_id) == frozen  # --json after the id, as documented
    spare = cli.expect(
        0, create_keys, "batch", "create", "--template", "appel", "--segment-cap", "2"
    )
    assert cli.expect(0, BATCH_SHOW_KEYS, "batch", "show", str(spare["id"]))["segment_cap"] == 2
    discarded = cli.expect(0, {"discarded", "id", "messages"}, "batch", "discard", str(spare["id"]))
    assert discarded == {"discarded": True, "id": spare["id"], "messages": 2}
    check_keys = {"batch", "checked_at", "lines", "next_allowed", "passed", "sendable", "skipped"}
    cli.expect(0, check_keys, "batch", "check", batch)
    exported = cli.expect(
        0,
        {"batch", "campaign_text", "deadline", "format", "path", "rows", "skipped"},
        "batch",
        "export",
        batch,
        "--format",
        "generic",
        "--out",
        str(tmp_path / "envoi.csv"),
    )
    assert exported["deadline"] == "2026-03-03T19:00:00+00:00"  # 20:00 in Paris, as UTC
    cli.expect(
        0,
        {"consented", "held", "ignored", "invalid", "opted_out", "refused", "to_review"},
        "replies",
        "import",
        str(files["replies"]),
    )
    held = cli.expect(0, {"held"}, "replies", "review")
    assert [r["phone"] for r in held["held"]] == ["+33612345601"]
    assert held["held"][0]["received_at"] == "2026-03-03T13:00:00+00:00"
    decided = cli.expect(0, {"decision", "replies"}, "replies", "review", "--dismiss", "0612345601")
    assert decided == {"decision": "dismiss", "replies": 1}
    assert cli.expect(0, {"expired"}, "consent", "expired") == {"expired": []}
    assert cli.expect(0, {"erased"}, "consent", "expired", "--erase") == {"erased": 0}
    ledger = cli.expect(
        0,
        {"batches", "messages", "path", "segments", "total"},
        "ledger",
        "export",
        str(tmp_path / "comptes.csv"),
    )
    assert ledger["total"] == expected_cost


def test_init_import_demo_and_wipe_succeed_with_their_keys(
    cli: Cli, files: dict[str, Path], tmp_path: Path
) -> None:
    cli.expect(0, {"data_dir", "key_mode", "profile"}, *INIT)
    source = ["--source-kind", "form", "--source", "formulaire du site", "--consent", "granted"]
    cli.expect(
        0,
        {
            "accepted",
            "dry_run",
            "duplicates",
            "file_sha256",
            "footer_line",
            "foreign",
            "invalid",
            "landlines",
            "rejected",
            "rows",
            "shared_numbers",
            "suppressed",
            "warnings",
        },
        "import",
        str(files["contacts"]),
        *source,
    )
    # Nothing to resume: it says so and succeeds, changing nothing.
    assert cli.expect(0, {"resumed"}, "wipe", "--resume") == {"resumed": False}
    wiped = cli.expect(
        0,
        {
            "candidate",
            "certificate",
            "completed_at",
            "counts",
            "election",
            "key_mode",
            "provider",
            "rounds",
            "started_at",
            "timezone",
            "verification",
            "version",
        },
        "wipe",
        "--confirm",
        "Liste Exemple",
        "--certificate",
        str(tmp_path / "certificat.pdf"),
    )
    assert datetime.fromisoformat(wiped["started_at"]).utcoffset() is not None
    cli.data_dir = tmp_path / "demo"
    cli.expect(
        0,
        {"batch_messages", "batches", "candidate", "contacts", "data_dir", "opt_outs", "templates"},
        "demo",
    )


def test_batch_split_succeeds_with_its_keys_and_refuses_what_it_cannot_split(
    cli: Cli, tmp_path: Path
) -> None:
    cli.expect(0, None, *INIT)
    people = tmp_path / "p.csv"
    people.write_text("prenom,tel\nJeanne,0612345601\nLéa,0690123456\n", encoding="utf-8")
    source = ["--source-kind", "form", "--source", "formulaire", "--consent", "granted"]
    cli.expect(0, None, "import", str(people), *source)
    body = tmp_path / "appel.txt"
    body.write_text("Bonjour {{ prenom }} !", encoding="utf-8")
    cli.expect(0, None, "template", "add", "appel", "--file", str(body))
    cli.expect(0, None, "template", "approve", "appel")
    batch = str(cli.expect(0, None, "batch", "create", "--template", "appel")["id"])
    parts = cli.expect(0, BATCH_KEYS, "batch", "split", batch, "--by-zone")
    assert [p["messages"] for p in parts] == [1, 1]
    assert [p["created_at"] for p in parts] == ["2026-03-03T13:00:00+00:00"] * 2
    assert all(isinstance(p["cost"], str) for p in parts)
    cli.expect(1, ERROR_KEYS, "batch", "split", batch, "--by-zone")  # replaced: gone
    cli.expect(1, ERROR_KEYS, "batch", "split", str(parts[0]["id"]), "--by-zone")  # one zone


def test_import_dates_its_source_by_the_campaign_day(cli: Cli, files: dict[str, Path]) -> None:
    """00:30 on 3 March in Paris is still 2 March in UTC: the source was obtained on the 3rd."""
    cli.expect(0, None, *INIT)
    cli.now = datetime(2026, 3, 3, 0, 30, tzinfo=PARIS)
    source = ["--source-kind", "form", "--source", "formulaire du site", "--consent", "granted"]
    cli.expect(0, None, "import", str(files["contacts"]), *source)
    contact = cli.expect(0, None, "contacts", "show", "0612345601")
    assert contact["source_date"] == "2026-03-03"


def test_sending_through_a_provider_api_with_its_keys(
    campaign: Cli, fake_ovh: FakeOvh, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = campaign
    for name, value in (
        ("OVH_APPLICATION_KEY", FakeOvh.APP_KEY),
        ("OVH_APPLICATION_SECRET", FakeOvh.APP_SECRET),
        ("OVH_CONSUMER_KEY", FakeOvh.CONSUMER),
    ):
        monkeypatch.setenv(name, value)
    provider_keys = {
        "credentials",
        "endpoint",
        "name",
        "provider",
        "sender_for_response",
        "service",
        "stored_in",
    }
    endpoint = ["--endpoint", fake_ovh.endpoint, "--service", FakeOvh.SERVICE]
    cli.expect(0, provider_keys, "provider", "set", "ovh", *endpoint)
    shown = cli.expect(0, provider_keys, "provider", "show")
    assert shown["credentials"] is True and FakeOvh.APP_SECRET not in json.dumps(shown)
    cli.expect(0, {*provider_keys, "answer"}, "provider", "test")
    batch = str(cli.expect(0, None, "batch", "create", "--template", "appel")["id"])
    cli.expect(0, {"batch", "provider_id"}, "batch", "test", batch, "--to", "0612345699")
    sent = cli.expect(
        0,
        {
            "accepted",
            "batch_id",
            "cancelled",
            "cost",
            "dry_run",
            "failed",
            "held",
            "moments",
            "not_in_service",
            "opt_outs_added",
            "opt_outs_synced",
            "pending",
            "provider",
            "reasons",
            "reconciled",
            "skipped",
            "stopped",
            "total",
        },
        "batch",
        "send",
        batch,
    )
    assert sent["accepted"] == 2 and isinstance(sent["cost"], str)  # exact, as text
    assert sent["moments"][0]["valid_until"] == "2026-03-03T19:00:00+00:00"
    status = cli.expect(0, {"asked", "batch", "states"}, "batch", "status", batch)
    assert status["states"] == {"sent": 2}
    released = cli.expect(0, {"batch", "released", "sent"}, "batch", "release", batch, "--sent")
    assert released == {"batch": int(batch), "released": 0, "sent": True}
    replies_keys = {"consented", "held", "ignored", "invalid", "opted_out", "refused", "to_review"}
    cli.expect(0, replies_keys, "replies", "sync")
    wiped = cli.expect(
        0,
        {
            "ask_by_hand",
            "display_name",
            "provider",
            "replies_deleted",
            "sent_deleted",
            "status",
            "uploaded_to",
        },
        "provider",
        "wipe",
        "--confirm",
        "Liste Exemple",
    )
    assert wiped["sent_deleted"] == 2
    # Every step was audited with typed fields only: the provider is a kind, never free text.
    events = cli.expect(0, None, "audit", "--limit", "30")
    by_action = {e["action"]: e for e in events}
    assert by_action["batch.sent"]["kind"] == "ovh"
    assert by_action["batch.sent"]["batch_id"] == int(batch)
    assert by_action["batch.test_sent"]["batch_id"] == int(batch)
    assert by_action["provider.credentials_set"]["counts"] == {"keyring": 1}
    assert by_action["provider.wiped"]["kind"] == "ovh"
