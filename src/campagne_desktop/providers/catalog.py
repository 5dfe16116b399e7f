"""The SMS providers the app knows: display name and the export format that fits each."""

from __future__ import annotations

from dataclasses import dataclass

from campagne_desktop.domain.enums import ProviderKey
from campagne_desktop.providers.formats import ExportFormat


@dataclass(frozen=True)
class ProviderInfo:
    key: str
    display_name: str
    # The file layout its web import takes; None when the app only talks to its API.
    export_format: ExportFormat | None


PROVIDERS: dict[str, ProviderInfo] = {
    info.key: info
    for info in (
        ProviderInfo(ProviderKey.OVH, "OVHcloud SMS", ExportFormat.OVH),
        ProviderInfo(ProviderKey.SMSFACTOR, "SMSFactor", ExportFormat.SMSFACTOR),
        ProviderInfo(ProviderKey.OCTOPUSH, "Octopush", ExportFormat.OCTOPUSH),
        ProviderInfo(ProviderKey.BREVO, "Brevo", ExportFormat.BREVO),
        ProviderInfo(ProviderKey.TWILIO, "Twilio", None),
        ProviderInfo(ProviderKey.OTHER, "Other provider (generic CSV)", ExportFormat.GENERIC),
    )
}


def export_format_for(provider: str) -> ExportFormat:
    """The export layout for ``provider``; the generic CSV for unknown or API-only ones."""
    info = PROVIDERS.get(provider.strip().lower())
    if info is None or info.export_format is None:
        return ExportFormat.GENERIC
    return info.export_format


def provider_for_format(fmt: ExportFormat) -> str | None:
    """The provider whose web import takes ``fmt``; None for the generic CSV."""
    for info in PROVIDERS.values():
        if info.export_format is fmt and fmt is not ExportFormat.GENERIC:
            return info.key
    return None
