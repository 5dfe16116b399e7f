"""`campagne batch show`: what became of a batch that left the app."""

from __future__ import annotations

import json

from campagne_desktop.cli.main import main as cli_main
from campagne_desktop.domain.enums import OptOutChannel
from campagne_desktop.services.optouts import record_opt_out
from tests.conftest import PASSPHRASE
from tests.services.test_batch_outcomes import LATER, _exported_batch, campaign
from tests.services.test_batches import GRANTED

__all__ = ["campaign"]  # a fixture


def test_batch_show_says_the_outcome(campaign, tmp_path, data_dir, capsys, monkeypatch) -> None:
    batch_id = _exported_batch(campaign, tmp_path, "appel")
    record_opt_out(campaign, GRANTED[1], channel=OptOutChannel.STOP_REPLY, actor="t", now=LATER)
    campaign.close()
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    args = ["--data-dir", str(data_dir), "batch", "show", str(batch_id)]
    assert cli_main(["--json", *args]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["outcome"]["opted_out"] == 1 and shown["outcome"]["delivery_reports"] is False
    assert cli_main(args) == 0
    assert "No delivery reports (sent from a file). Opted out since: 1 (25.0%)." in (
        capsys.readouterr().out
    )
