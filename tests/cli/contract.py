"""What the command-line contract tests share: the fixed clock, the expected --json keys, and a
``Cli`` that runs ``campagne`` in-process (fixtures ``cli``, ``files``, ``campaign``)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from campagne_desktop.cli import main as cli_main
from campagne_desktop.context import AppContext
from tests.cli.test_campaign_commands import INIT

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
