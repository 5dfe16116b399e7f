"""A ready-made demonstration campaign with synthetic data, for trying the app safely."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..context import AppContext
from ..domain.enums import ElectionKind, FooterForm
from ..domain.profile import CampaignProfile
from . import campaign


def demo_profile(today: date) -> CampaignProfile:
    """A campaign whose first round is a Sunday four to five weeks from ``today``."""
    round1 = today + timedelta(days=28 + (6 - today.weekday()))
    return CampaignProfile(
        candidate="Camille Exemple",
        election=ElectionKind.MUNICIPALES,
        round1=round1,
        round2=round1 + timedelta(days=7),
        rights_contact="donnees@camille-exemple.fr",
        purpose="vous informer de la campagne municipale",
        sender_id="Camille26",
        stop_number="36111",
        privacy_url="https://camille-exemple.fr/donnees",
        footer_form=FooterForm.FULL,
    )


def create_demo(ctx: AppContext) -> dict[str, Any]:
    """Create the demonstration campaign in ``ctx``'s folder; returns what was made."""
    profile = demo_profile(ctx.clock().date())
    db = campaign.create_campaign(ctx, profile)
    try:
        return {"data_dir": str(ctx.paths.data_dir), "candidate": profile.candidate}
    finally:
        db.close()
