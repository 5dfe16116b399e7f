"""The command line's exit statuses (part of its contract, see test_contract.py): 1 failure with
an error document, 2 bad usage, 3 refused by a compliance rule, as the shell sees them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.contract import (
    ALLOWED,
    BATCH_SHOW_KEYS,
    ERROR_KEYS,
    SILENCE,
    TEMPLATE_KEYS,
    Cli,
)
from tests.cli.contract import campaign as campaign  # fixtures
from tests.cli.contract import cli as cli
from tests.cli.contract import files as files


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
