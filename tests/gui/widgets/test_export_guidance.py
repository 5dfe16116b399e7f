"""The export step says what to do on the chosen provider's site, not only "#message#"."""

from __future__ import annotations

import pytest

from campagne_desktop.gui.jobs import JobRunner
from campagne_desktop.gui.widgets.batch_report import ExportPanel
from campagne_desktop.gui.wizards.batch_wizard import BatchWizard
from campagne_desktop.providers import ExportFormat
from campagne_desktop.services.profile import get_profile, update_profile
from tests.gui.pages.test_sendings_page import (  # noqa: F401 - fixtures: a campaign at an allowed time
    campaign,
    clock,
    ctx,
    to_report,
)
from tests.services.test_batches import ALLOWED

# One fact of each provider's steps that the panel must show, and the test send for all.
EXPECTED = {
    ExportFormat.GENERIC: "column “phone” holds the number",
    ExportFormat.OVH: "may not contain accented characters",
    ExportFormat.SMSFACTOR: "does not publish these import steps",
    ExportFormat.OCTOPUSH: "at most 50 characters each",
    ExportFormat.BREVO: "{{ contact.MESSAGE }}",
}


@pytest.fixture
def panel(qtbot, ctx, db, prompts):  # noqa: F811 - the fixture imported above
    widget = ExportPanel(ctx, db, JobRunner(), prompts)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_each_format_shows_its_upload_steps_and_the_test_send(panel, fmt: ExportFormat) -> None:
    panel.format.setCurrentIndex(panel.format.findData(fmt.value))
    shown = panel.guidance.text()
    assert EXPECTED[fmt] in shown.replace("&quot;", '"')
    assert "Send a test to your own number first" in shown
    others = [text for other, text in EXPECTED.items() if other is not fmt]
    assert not any(text in shown for text in others)


def test_the_ovh_steps_name_the_panel_and_the_column(panel) -> None:
    panel.format.setCurrentIndex(panel.format.findData(ExportFormat.OVH.value))
    shown = panel.guidance.text()
    assert "Telecom &gt; SMS" in shown  # where to upload, escaped as rich text
    assert "#message#" in shown and "column “message”" in shown
    assert "standard characters" in shown


def test_the_assistants_export_step_shows_the_providers_steps(
    qtbot,
    ctx,  # noqa: F811 - the fixture imported above
    campaign,  # noqa: F811
    prompts,
) -> None:
    update_profile(
        campaign, get_profile(campaign).with_changes(provider="octopush"), actor="t", now=ALLOWED
    )
    wizard = BatchWizard(ctx, campaign, prompts)
    qtbot.addWidget(wizard)
    wizard.show()
    to_report(qtbot, wizard)
    wizard.next()
    guidance = wizard.export_page.panel.guidance
    assert guidance.isVisible()
    assert "at most 50 characters each" in guidance.text()
    wizard.runner.wait()
