"""The command line's stable contract (DESIGN.md): exit statuses and the keys of ``--json``.

Exit 0 success, 1 failure, 2 bad usage, 3 refused by a compliance rule. Every command of
``campagne --help`` is run here at least once with ``--json``; the keys it prints are the contract
scripts rely on, so a change must show up as a failing test. The clock is fixed (a Tuesday
afternoon before round one, inside the sending hours) so that no result depends on today.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.cli import main as cli_main
from campagne_desktop.context import AppContext
from tests.cli.test_campaign_commands import INIT
from tests.providers.api.conftest import fake_ovh as fake_ovh  # a local fake of OVHcloud's API
from tests.providers.api.fakes import FakeOvh

PARIS = ZoneInfo("Europe/Paris")
ALLOWED = datetime(2026, 3, 3, 14, 0, tzinfo=PARIS)
SILENCE = datetime(2026, 3, 14, 9, 0, tzinfo=PARIS)  # the day before round one
ERROR_KEYS = {"error", "status"}
PROFILE_KEYS = {
    "allow_public_holidays",
    "candidate",
    "election",
    "extra",
    "footer_form",
    "keep_accents",
    "polls_close",
    "price_per_segment",
    "privacy_url",
    "provider",
    "purpose",
    "rights_contact",
    "round1",
    "round2",
    "segment_cap",
    "sender_id",
    "sending_days",
    "sending_end",
    "sending_start",
    "stop_number",
    "timezone",
}
TEMPLATE_KEYS = {
    "approved_at",
    "approved_by",
    "body",
    "content_hash",
    "kind",
    "name",
    "status",
    "updated_at",
}
BATCH_KEYS = {
    "adapted",
    "check_passed",
    "checked_at",
    "cost",
    "created_at",
    "excluded",
    "export_paths",
    "id",
    "kind",
    "messages",
    "provider",
    "segment_cap",
    "segments",
    "state",
    "template",
}
# `batch show` also says what became of a batch that left: delivered, failed, opted out.
BATCH_SHOW_KEYS = BATCH_KEYS | {"outcome"}
RIGHTS_COUNTS = {"contacts", "messages", "opt_outs"}
COST_KEYS = {
    "adapted",
    "contacts",
    "cost",
    "excluded",
    "failed",
    "full_footer",
    "messages",
    "non_compliant",
    "over_cap",
    "per_source",
    "price_per_segment",
    "reachable",
    "short_footer",
    "total_segments",
    "ucs2_messages",
    "worst_segments",
}
MESSAGE_KEYS = {"encoding", "error", "id", "phone", "segments", "state", "text"}


class Cli:
    """Runs ``campagne --data-dir DIR --json ...`` in-process, with a clock the test sets."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys
        self.now = ALLOWED

    def run(self, *args: str, json_output: bool = True) -> tuple[int, Any, str]:
        flags = ["--json"] if json_output else []
        try:
            status = cli_main.main(["--data-dir", str(self.data_dir), *flags, *args])
        except SystemExit as exit_:  # argparse: bad usage
            status = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        data = json.loads(out) if json_output and out.strip() else out
        return status, data, err

    def expect(self, status: int, keys: set[str] | None, *args: str) -> Any:
        """Run, and check the exit status and the JSON keys (of a document or of list items)."""
        got, data, err = self.run(*args)
        assert got == status, f"campagne {' '.join(args)} → {got}, expected {status}: {err}"
        if keys is not None:
            document = data[0] if isinstance(data, list) else data
            assert isinstance(document, dict), f"campagne {' '.join(args)}: {data!r}"
            assert set(document) == keys, f"campagne {' '.join(args)}"
        return data


@pytest.fixture
def cli(data_dir, capsys, monkeypatch) -> Cli:
    runner = Cli(data_dir, capsys)
    original = AppContext.build

    def build(paths, **kwargs):
        return original(paths, **(kwargs | {"clock": lambda: runner.now, "trust_keyring": True}))

    monkeypatch.setattr(AppContext, "build", build)
    return runner


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(
        "prenom,nom,tel,ville\nZoé,Exemple,0612345601,Lyon\nLuc,Test,0612345602,Lyon\n",
        encoding="utf-8",
    )
    body = tmp_path / "appel.txt"
    body.write_text("Bonjour {{ prenom }}, venez au meeting !", encoding="utf-8")
    stops = tmp_path / "stop.csv"
    stops.write_text("numero\n0612345698\n", encoding="utf-8")
    replies = tmp_path / "recus.csv"
    replies.write_text("Expéditeur;Message\n+33612345601;Qui êtes-vous ?\n", encoding="utf-8")
    return {"contacts": contacts, "body": body, "stops": stops, "replies": replies}


@pytest.fixture
def campaign(cli: Cli, files: dict[str, Path]) -> Cli:
    """A campaign with two consenting contacts and an approved template."""
    cli.expect(0, None, *INIT)
    source = ["--source-kind", "form", "--source", "formulaire du site", "--consent", "granted"]
    cli.expect(0, None, "import", str(files["contacts"]), *source)
    cli.expect(0, None, "template", "add", "appel", "--file", str(files["body"]))
    cli.expect(0, None, "template", "approve", "appel")
    return cli


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


def test_failures_exit_1_with_an_error_document(campaign: Cli, tmp_path: Path) -> None:
    cli = campaign
    for args in (
        ("contacts", "show", "0699999999"),
        ("consent", "grant", "0699999999", "--evidence", "oui"),
        ("rights", "erase", "0699999999"),
        ("optout", "remove", "0699999999", "--reason", "demande écrite du 3 mars"),
        ("optout", "remove", "0612345601", "--reason", "court"),
        ("optout", "import", str(tmp_path / "missing.csv")),
        ("import", str(tmp_path / "missing.csv"), "--source-kind", "form", "--source", "site"),
        ("profile", "set", "sender_id", "12345"),
        ("template", "show", "nope"),
        ("template", "approve", "nope"),
        ("template", "delete", "nope"),
        ("template", "preview", "nope"),
        ("template", "cost", "nope"),
        ("template", "add", "autre", "--file", str(tmp_path / "missing.txt")),
        ("template", "import", str(tmp_path / "missing.sms-template")),
        ("batch", "show", "99"),
        ("batch", "check", "99"),
        ("batch", "discard", "99"),
        ("batch", "create", "--template", "appel", "--segment-cap", "11"),
        ("batch", "messages", "99"),
        ("batch", "split", "99", "--by-zone"),
        ("replies", "review", "--dismiss", "0699999999"),
        ("batch", "release", "99", "--sent"),
        ("batch", "send", "99"),
        ("replies", "import", str(tmp_path / "missing.csv")),
        ("wipe", "--confirm", "Wrong Name"),
    ):
        data = cli.expect(1, ERROR_KEYS, *args)
        assert data["status"] == 1 and data["error"]


def test_a_command_without_a_campaign_exits_1(cli: Cli) -> None:
    for args in (("profile", "show"), ("contacts", "list"), ("batch", "list"), ("audit",)):
        cli.expect(1, ERROR_KEYS, *args)


def test_refusals_by_a_compliance_rule_exit_3(
    campaign: Cli, files: dict[str, Path], tmp_path: Path
) -> None:
    cli = campaign
    bought = ["--source-kind", "purchased", "--source", "fichier acheté", "--consent", "granted"]
    refused = cli.expect(3, ERROR_KEYS, "import", str(files["contacts"]), *bought)
    assert refused["status"] == 3
    cli.expect(0, TEMPLATE_KEYS, "template", "add", "brouillon", "--file", str(files["body"]))
    cli.expect(3, ERROR_KEYS, "batch", "create", "--template", "brouillon")  # not approved
    kind = ["--kind", "consent"]
    cli.expect(0, None, "template", "add", "accord", "--file", str(files["body"]), *kind)
    cli.expect(0, None, "template", "approve", "accord")
    nobody = {*ERROR_KEYS, "excluded", "left_out"}  # who was left out, and why
    refused = cli.expect(3, nobody, "batch", "create", "--template", "accord")  # nobody to ask
    assert refused["status"] == 3 and refused["excluded"] and refused["left_out"]
    batch = str(cli.expect(0, None, "batch", "create", "--template", "appel")["id"])
    out = ["--format", "generic", "--out"]
    cli.now = SILENCE
    report = cli.expect(
        3,
        {"batch", "checked_at", "lines", "next_allowed", "passed", "sendable", "skipped"},
        "batch",
        "check",
        batch,
    )
    assert report["passed"] is False and report["next_allowed"].endswith("+00:00")
    cli.expect(3, ERROR_KEYS, "batch", "export", batch, *out, str(tmp_path / "a.csv"))
    cli.now = ALLOWED
    cli.expect(0, None, "batch", "export", batch, *out, str(tmp_path / "b.csv"))
    cli.expect(3, ERROR_KEYS, "batch", "export", batch, *out, str(tmp_path / "c.csv"))  # twice
    # An exported batch stays in the record: discarding it fails (1), it is no compliance rule.
    cli.expect(1, ERROR_KEYS, "batch", "discard", batch)
    cli.expect(0, BATCH_SHOW_KEYS, "batch", "show", batch)


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("nope",),
        ("init", "--candidate", "X"),
        ("profile",),
        ("profile", "set", "nope", "1"),
        ("import", "f.csv"),
        ("contacts", "show"),
        ("optout", "add"),
        ("optout", "add", "0612345601", "--channel", "pigeon"),
        ("consent", "maybe", "0612345601", "--evidence", "x"),
        ("rights", "forget", "0612345601"),
        ("segments",),
        ("template", "add", "x"),
        ("template", "add", "x", "--file", "f", "--kind", "other"),
        ("volunteer-profile",),
        ("batch", "create"),
        ("batch", "show", "one"),
        ("batch", "export", "1", "--out", "f.csv"),
        ("batch", "discard"),
        ("batch", "discard", "one"),
        ("batch", "messages"),
        ("batch", "split", "1"),
        ("batch", "create", "--template", "appel", "--segment-cap", "two"),
        ("replies", "review", "--optout", "0612345601", "--dismiss", "0612345602"),
        ("consent", "expired", "--erase", "now"),
        ("consent",),
        ("provider",),
        ("provider", "set", "nope"),
        ("provider", "wipe"),
        ("batch", "send"),
        ("batch", "test", "1"),
        ("batch", "release", "1"),
        ("batch", "release", "1", "--sent", "--not-sent"),
        ("batch", "status"),
        ("template", "cost"),
        ("template", "cost", "appel", "--not-messaged-since", "hier"),
        ("template", "cost", "appel", "--source-kind", "pigeon"),
        ("replies",),
        ("ledger", "export"),
        ("audit", "--limit", "many"),
        ("wipe",),
        ("wipe", "--confirm", "Liste Exemple", "--resume"),
    ],
)
def test_bad_usage_exits_2(cli: Cli, args: tuple[str, ...]) -> None:
    status, out, err = cli.run(*args)
    assert status == 2 and out == "" and "usage:" in err
    assert not (cli.data_dir / "campagne.db").exists()  # nothing was created


def _subprocess(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from campagne_desktop.cli.main import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=os.environ | {"CAMPAGNE_PASSPHRASE": ""},
        timeout=60,
    )


def test_exit_statuses_reach_the_shell(tmp_path: Path) -> None:
    """The statuses are the process's, not only main()'s return value."""
    data_dir = tmp_path / "campagne"
    segments = _subprocess(data_dir, "--json", "segments", "Bonjour")
    assert segments.returncode == 0 and json.loads(segments.stdout)["segments"] == 1
    missing = _subprocess(data_dir, "--json", "profile", "show")
    assert missing.returncode == 1 and set(json.loads(missing.stdout)) == ERROR_KEYS
    usage = _subprocess(data_dir, "batch", "show")
    assert usage.returncode == 2 and "usage:" in usage.stderr and usage.stdout == ""


def test_text_output_keeps_the_same_statuses(campaign: Cli) -> None:
    status, out, _ = campaign.run("template", "list", json_output=False)
    assert status == 0 and "appel" in out
    assert "2026-03-03 14:00" in out  # approved at 13:00 UTC, shown in Paris time
    status, out, err = campaign.run("template", "show", "nope", json_output=False)
    assert status == 1 and out == "" and "nope" in err
    status, out, _ = campaign.run("audit", json_output=False)
    assert status == 0 and "+0100" in out  # times in the campaign's zone (Paris, winter)


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
