"""A crash or a full disk during an export leaves no file with personal data behind."""

from __future__ import annotations

import errno
import subprocess
import sys

import pytest

from campagne_desktop.cli.main import main as cli_main
from campagne_desktop.domain.enums import BatchState
from campagne_desktop.providers import files as files_module
from campagne_desktop.providers.files import OutputFileError, PendingOutputs
from campagne_desktop.services import batches, compliance
from campagne_desktop.services.leftovers import clean_interrupted_outputs
from campagne_desktop.services.unit_of_work import UnitOfWork
from campagne_desktop.services.wipe_scan import PHONE_PATTERN, take_inventory
from tests.services import batch_steps
from tests.services.test_batches import ALLOWED
from tests.services.test_batches import campaign as campaign

CRASH_SCRIPT = """
import os, sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from campagne_desktop.context import AppContext
from campagne_desktop.paths import AppPaths
from campagne_desktop.providers import files
from campagne_desktop.services import batch_export
from campagne_desktop.services.campaign import open_campaign
from campagne_desktop.services.unit_of_work import UnitOfWork

data_dir, batch_id, out = sys.argv[1:4]

def crash(*_args):  # the rows are in the temporary file, not yet published: the power goes off
    os._exit(9)

files._publish = crash
ctx = AppContext.build(AppPaths.under(Path(data_dir)), trust_keyring=True)
now = datetime(2026, 3, 3, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
batch_export.export_batch(
    UnitOfWork(open_campaign(ctx)), int(batch_id), "generic", Path(out), actor="t", now=now
)
"""


def checked_batch(db) -> int:
    created = batches.create_batch(UnitOfWork(db), "appel", actor="t", now=ALLOWED)
    assert compliance.check_batch(UnitOfWork(db), created.id, now=ALLOWED).passed
    return created.id


def crash_during_export(ctx, db, out) -> list:
    batch_id = checked_batch(db)
    db.close()
    done = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(ctx.paths.data_dir), str(batch_id), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    leftovers = list(out.parent.glob(".*.part"))
    assert len(leftovers) == 1 and PHONE_PATTERN.search(leftovers[0].read_bytes())
    return leftovers


@pytest.mark.slow
def test_the_next_writer_removes_what_a_crashed_export_left(ctx, campaign, capsys, tmp_path):
    out = tmp_path / "exports" / "envoi.csv"
    out.parent.mkdir()
    crash_during_export(ctx, campaign, out)
    assert PendingOutputs.beside(ctx.paths.database).paths()  # it was listed before the crash
    status = cli_main(["--data-dir", str(ctx.paths.data_dir), "optout", "add", "0612345699"])
    assert status == 0, capsys.readouterr().err
    assert list(out.parent.iterdir()) == []
    assert not PendingOutputs.beside(ctx.paths.database).registry.exists()


@pytest.mark.slow
def test_the_wipe_finds_what_a_crashed_export_left(ctx, campaign, tmp_path) -> None:
    from campagne_desktop.services.campaign import open_campaign

    out = tmp_path / "exports" / "envoi.csv"
    out.parent.mkdir()
    [part] = crash_during_export(ctx, campaign, out)
    db = open_campaign(ctx)
    try:
        assert str(part) in take_inventory(ctx, db).files
    finally:
        db.close()
    assert clean_interrupted_outputs(ctx) == 1
    assert not part.exists()
    assert clean_interrupted_outputs(ctx) == 0


def test_a_full_disk_during_an_export_leaves_nothing(campaign, tmp_path, monkeypatch) -> None:
    batch_id = checked_batch(campaign)

    def no_space(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files_module.os, "fsync", no_space)
    out = tmp_path / "exports" / "envoi.csv"
    out.parent.mkdir()
    with pytest.raises(OutputFileError, match="No space left on device"):
        batch_steps.export(campaign, batch_id, out, now=ALLOWED)
    assert list(out.parent.iterdir()) == []
    # not exported
    assert batches.get_batch(UnitOfWork(campaign), batch_id).state is BatchState.CHECKED
    assert not PendingOutputs.beside(campaign.path).registry.exists()
