"""A throw-away campaign with N synthetic contacts, for the benchmarks (never the user's data)."""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _data import write_contacts_csv


def isolated_environment(root: Path | None = None) -> Path:
    """Temporary XDG folders and a file keyring: a benchmark never touches the user's data.

    A child process passes its parent's ``root`` to find the same campaign and keyring.
    """
    root = root or Path(tempfile.mkdtemp(prefix="campagne-bench-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(root / var.lower())
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    return root


NOW = datetime(2026, 3, 3, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
TEMPLATE = (
    "Bonjour {{ prenom }} ! {{ candidat }} vous invite à la réunion publique de "
    "{{ commune or 'votre quartier' }} avant le {{ tour1 }}."
)


def benchmark_profile():  # -> CampaignProfile (imported late: isolated_environment() first)
    from campagne_desktop.domain.enums import ElectionKind
    from campagne_desktop.domain.profile import CampaignProfile

    return CampaignProfile(
        candidate="Camille Exemple",
        election=ElectionKind.MUNICIPALES,
        round1=date(2026, 3, 15),
        round2=date(2026, 3, 22),
        rights_contact="donnees@exemple.fr",
        purpose="vous informer de la campagne",
        sender_id="Camille26",
        stop_number="36111",
        privacy_url="https://exemple.fr/vie-privee",
    )


def make_campaign(root: Path, count: int):  # -> (ctx, db)
    from campagne_desktop.context import AppContext
    from campagne_desktop.domain.enums import ConsentStatus, SourceKind, TemplateKind
    from campagne_desktop.paths import AppPaths
    from campagne_desktop.services import templates
    from campagne_desktop.services.campaign import create_campaign
    from campagne_desktop.services.contact_import import import_contacts
    from campagne_desktop.services.sources import SourceDeclaration

    ctx = AppContext.build(AppPaths.under(root / "campaign"), trust_keyring=True, clock=lambda: NOW)
    db = create_campaign(ctx, benchmark_profile())
    csv_path = write_contacts_csv(root / "contacts.csv", count)
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 1),
        consent=ConsentStatus.GRANTED,
    )
    import_contacts(db, csv_path, declaration, actor="bench", now=NOW)
    templates.add_template(db, "bench", TEMPLATE, TemplateKind.CAMPAIGN, actor="bench", now=NOW)
    templates.approve_template(db, "bench", actor="bench", now=NOW)
    return ctx, db


def open_campaign_at(root: Path):  # -> (ctx, db) of the campaign make_campaign left in root
    from campagne_desktop.context import AppContext
    from campagne_desktop.paths import AppPaths
    from campagne_desktop.services.campaign import open_campaign

    ctx = AppContext.build(AppPaths.under(root / "campaign"), trust_keyring=True, clock=lambda: NOW)
    return ctx, open_campaign(ctx)
