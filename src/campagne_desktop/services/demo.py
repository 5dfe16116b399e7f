"""A ready-made demonstration campaign with synthetic data, for trying the app safely."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..context import AppContext
from ..domain.enums import (
    ConsentStatus,
    ElectionKind,
    FooterForm,
    OptOutChannel,
    SourceKind,
    TemplateKind,
)
from ..domain.profile import CampaignProfile
from ..storage.database import Database
from ..storage.errors import CampaignBusyError
from ..storage.lock import CampaignLock
from . import campaign, templates
from .batches import BatchSelection, create_batch
from .contact_import import import_contacts
from .optouts import record_opt_out
from .sources import SourceDeclaration
from .unit_of_work import UnitOfWork

DEMO_MARK = "demo"
# The window's demonstration lives in a folder of the system's temporary folder, deleted at exit.
DEMO_FOLDER_PREFIX = "campagne-demo-"
# A folder older than this whose lock nobody holds was left by a demonstration that was killed.
STALE_DEMO_SECONDS = 15 * 60

# Ordinary French names, several with letters GSM-7 lacks (ç ï ô Œ ë): smart encoding keeps
# their messages in GSM-7 and within the cap.
FIRST_NAMES = (
    "François",
    "Anaïs",
    "Jérôme",
    "Maïté",
    "Noël",
    "Benoît",
    "Marie-Ève",
    "Camille",
    "Léa",
    "Jean",
    "Inès",
    "Hugo",
    "Chloé",
    "Louis",
    "Zoé",
    "Nathan",
    "Manon",
    "Yanis",
    "Lina",
    "Gabriel",
    "Jade",
    "Adam",
    "Emma",
    "Karim",
    "Rose",
)
LAST_NAMES = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "Hoarau",
    "Œuvray",
    "Lefèvre",
    "Crêpin",
)
COMMUNES = (
    "Villeurbanne",
    "Lyon 3e",
    "Bron",
    "Vaulx-en-Velin",
    "Caluire-et-Cuire",
    "Châtillon-d'Azergues",
)
TAGS = ("bénévole", "quartier nord", "quartier sud", "commerçant", "")

CAMPAIGN_TEMPLATE = (
    "Bonjour {{ prenom }}, {{ candidat }} vous invite à la réunion publique"
    "{% if commune %} de {{ commune }}{% endif %} jeudi à 19h. Venez nombreux !"
)
CONSENT_TEMPLATE = (
    "Bonjour {{ prenom }}, {{ candidat }} prépare les {{ election }}. "
    "Acceptez-vous de recevoir nos informations de campagne par SMS ?"
)


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
        # Its numbers are invented but may belong to real people: nothing may leave the app.
        extra={DEMO_MARK: "true"},
    )


def _synthetic_numbers(rng: random.Random, count: int) -> list[str]:
    # 06 12 xx xx xx and 07 56 xx xx xx: allocated mobile ranges, random subscriber digits.
    prefixes = ("0612", "0756")
    numbers = {f"{rng.choice(prefixes)}{rng.randrange(10**6):06d}" for _ in range(count * 2)}
    return sorted(numbers)[:count]


def _write_contacts(path: Any, rng: random.Random, numbers: list[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("prénom,nom,portable,commune,tags\n")
        for number in numbers:
            handle.write(
                f"{rng.choice(FIRST_NAMES)},{rng.choice(LAST_NAMES)},{number},"
                f"{rng.choice(COMMUNES)},{rng.choice(TAGS)}\n"
            )


def _populate(ctx: AppContext, db: Database, count: int) -> dict[str, int]:
    rng = random.Random(2026)  # the same demonstration every time
    now = ctx.clock()
    numbers = _synthetic_numbers(rng, count)
    half = len(numbers) * 3 // 4
    ctx.paths.cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    imports = (
        (
            "formulaire.csv",
            numbers[:half],
            SourceDeclaration(
                kind=SourceKind.FORM,
                description="formulaire du site camille-exemple.fr",
                obtained_on=now.date() - timedelta(days=40),
                collection_wording="J'accepte de recevoir les SMS de Camille Exemple.",
                consent=ConsentStatus.GRANTED,
            ),
        ),
        (
            "location.csv",
            numbers[half:],
            SourceDeclaration(
                kind=SourceKind.RENTED,
                description="liste louée à Société Exemple le 2 février",
                obtained_on=now.date() - timedelta(days=20),
                collection_wording="Vos données peuvent être utilisées à des fins politiques.",
            ),
        ),
    )
    accepted = 0
    for name, chunk, declaration in imports:
        path = ctx.paths.cache_dir / name
        _write_contacts(path, rng, chunk)
        try:
            accepted += import_contacts(db, path, declaration, actor=ctx.actor, now=now).accepted
        finally:
            path.unlink(missing_ok=True)  # synthetic, but nothing is left lying around
    for number in numbers[:3]:
        record_opt_out(db, number, channel=OptOutChannel.STOP_REPLY, actor=ctx.actor, now=now)
    templates.add_template(
        db, "Réunion publique", CAMPAIGN_TEMPLATE, TemplateKind.CAMPAIGN, actor=ctx.actor, now=now
    )
    templates.approve_template(db, "Réunion publique", actor=ctx.actor, now=now)
    templates.add_template(
        db, "Demande d'accord", CONSENT_TEMPLATE, TemplateKind.CONSENT, actor=ctx.actor, now=now
    )
    templates.approve_template(db, "Demande d'accord", actor=ctx.actor, now=now)
    templates.add_template(
        db, "Brouillon", "Bonjour {{ prenom }} !", TemplateKind.CAMPAIGN, actor=ctx.actor, now=now
    )
    # A batch frozen but not exported: the Envois page shows how a check and an export go.
    batch = create_batch(
        UnitOfWork(db),
        "Réunion publique",
        BatchSelection(tags=("bénévole",)),
        actor=ctx.actor,
        now=now,
    )
    return {
        "contacts": accepted,
        "opt_outs": 3,
        "templates": 3,
        "batches": 1,
        "batch_messages": batch.messages,
    }


def create_demo(ctx: AppContext, contacts: int = 240) -> dict[str, Any]:
    """Create the demonstration campaign in ``ctx``'s folder; returns what was made."""
    profile = demo_profile(ctx.clock().date())
    db = campaign.create_campaign(ctx, profile)
    try:
        made = _populate(ctx, db, contacts)
        return {"data_dir": str(ctx.paths.data_dir), "candidate": profile.candidate, **made}
    finally:
        db.close()


def new_demo_folder() -> Path:
    """A fresh, owner-only folder for a demonstration, after removing those killed ones left."""
    remove_stale_demo_folders()
    return Path(tempfile.mkdtemp(prefix=DEMO_FOLDER_PREFIX))


def remove_demo_folder(folder: Path) -> None:
    """Delete a demonstration's folder (synthetic data, but nothing is left behind)."""
    if folder.name.startswith(DEMO_FOLDER_PREFIX):  # never anything else, whatever the caller
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_demo_folders(now: float | None = None) -> list[Path]:
    """Delete the demonstration folders a killed window left in the temporary folder.

    A running demonstration holds its campaign's lock, and one being built is younger than
    ``STALE_DEMO_SECONDS``: neither is touched. Returns the folders deleted."""
    moment = time.time() if now is None else now
    removed: list[Path] = []
    for folder in Path(tempfile.gettempdir()).glob(DEMO_FOLDER_PREFIX + "*"):
        try:
            if not folder.is_dir() or folder.is_symlink() or not _owned(folder):
                continue
            if moment - folder.stat().st_mtime < STALE_DEMO_SECONDS:
                continue
            lock_file = folder / "campagne.lock"
            if lock_file.exists():
                with CampaignLock(lock_file, wait=0):
                    pass  # nobody holds it: the demonstration is gone
        except (OSError, CampaignBusyError):
            continue
        remove_demo_folder(folder)
        removed.append(folder)
    return removed


def _owned(folder: Path) -> bool:
    """Another user's folder is never ours to delete (Windows has no uid: a per-user temp)."""
    return not hasattr(os, "getuid") or folder.stat().st_uid == os.getuid()
