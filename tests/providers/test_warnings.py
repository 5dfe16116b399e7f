"""Provider warnings and the provider catalogue."""

from __future__ import annotations

import pytest

from campagne_desktop.providers import PROVIDERS, ExportFormat, export_format_for, provider_warnings


def test_brevo_warns_that_politics_is_prohibited() -> None:
    [warning] = provider_warnings("brevo")
    assert "politics" in warning and "France" in warning


def test_smsfactor_warns_about_moderation() -> None:
    assert any("moderation" in w for w in provider_warnings("SMSFactor"))


def test_ovh_warns_about_its_stop_clause_and_hours() -> None:
    warnings = provider_warnings("ovh")
    assert any("noStopClause" in w for w in warnings)
    assert any("08:00 to 20:00, Monday to Saturday" in w for w in warnings)


@pytest.mark.parametrize(("provider", "needle"), [("octopush", "callback"), ("twilio", "21610")])
def test_other_provider_warnings(provider: str, needle: str) -> None:
    assert any(needle in w for w in provider_warnings(provider))


def test_unknown_provider_has_no_warning() -> None:
    assert provider_warnings("other") == []
    assert provider_warnings("nonexistent") == []


def test_catalogue_maps_providers_to_export_formats() -> None:
    assert PROVIDERS["ovh"].display_name == "OVHcloud SMS"
    assert export_format_for("ovh") is ExportFormat.OVH
    assert export_format_for("twilio") is ExportFormat.GENERIC  # API only: the generic file
    assert export_format_for("unknown") is ExportFormat.GENERIC
    assert {p.export_format for p in PROVIDERS.values()} >= set(ExportFormat)
