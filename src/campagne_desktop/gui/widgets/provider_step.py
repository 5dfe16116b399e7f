"""The SMS provider's part of the wipe, in words: what will be deleted there, then what was.

Fin de campagne shows it before the wipe (the plan) and after it (the outcome and what is left
to ask the provider, or delete on its site, by hand).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...services.provider_wipe import ProviderPlan
from ...services.wipe_provider_report import ProviderWipeReport, ProviderWipeStatus
from ..messages import translate_message


class ProviderStepLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def show_plan(self, plan: ProviderPlan) -> None:
        if plan.uses_api:
            text = self.tr(
                "First, the sent messages and the replies are deleted at {provider} through "
                "its API (its STOP list is kept). If it cannot be reached, you may retry or "
                "continue without it."
            ).format(provider=plan.display_name)
        elif plan.uploaded_to:
            text = self.tr(
                "No provider's API is set up: ask {providers} by hand to delete the messages "
                "sent and the replies, and delete the files uploaded on its site."
            ).format(providers=", ".join(plan.uploaded_to))
        else:
            text = self.tr("Nothing was sent or exported: no provider holds the campaign's data.")
        self.setText(text)

    def outcome(self, provider: ProviderWipeReport | None) -> str:
        """What was deleted at the provider and what is left to ask by hand ("" if nothing)."""
        if provider is None or provider.status == ProviderWipeStatus.NOTHING:
            return ""
        name = provider.display_name
        lines = []
        if provider.status == ProviderWipeStatus.DELETED:
            lines.append(
                self.tr("Deleted at {provider}: sent messages {sent}, replies {replies}.").format(
                    provider=name, sent=provider.sent_deleted, replies=provider.replies_deleted
                )
            )
        elif provider.status == ProviderWipeStatus.SKIPPED:
            lines.append(self.tr("At {provider}: nothing was deleted.").format(provider=name))
        if provider.ask_by_hand:
            items = "; ".join(translate_message(key) for key in provider.ask_by_hand)
            lines.append(
                self.tr("Ask {provider} by hand to delete: {items}.").format(
                    provider=name or ", ".join(provider.uploaded_to), items=items
                )
            )
        if provider.uploaded_to:
            lines.append(
                self.tr(
                    "Delete by hand the files exported for {providers} if they were uploaded "
                    "on its site."
                ).format(providers=", ".join(provider.uploaded_to))
            )
        return "\n".join(lines)
