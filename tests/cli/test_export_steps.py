"""`batch export` ends with what to do on the provider's site, as the window's export step."""

from __future__ import annotations

from datetime import datetime

from tests.cli.test_batch_deadline import PARIS, batch, clock  # noqa: F401 - fixtures
from tests.cli.test_campaign_commands import run


def test_export_lists_the_providers_upload_steps(capsys, batch, clock, tmp_path) -> None:  # noqa: F811
    clock.now = datetime(2026, 3, 13, 10, 0, tzinfo=PARIS)
    out = tmp_path / "envoi.csv"
    status, text, _ = run(
        capsys, batch, "batch", "export", "1", "--format", "ovh", "--out", str(out)
    )
    assert status == 0
    assert "1. In the OVHcloud Control Panel: Telecom > SMS" in text
    assert "may not contain accented characters" in text
    assert "4. Send a test to your own number first" in text
    assert "(mainland France)" in text  # the deadline's place, not "Europe/Paris"
