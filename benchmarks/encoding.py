"""Smart encoding at scale: what French names cost, and what `batch create` costs against a floor.

1. Segments and cost for a realistic list of French names (the share of people with a letter
   GSM-7 lacks, ç ï î ô ë Œ..., is printed), with smart encoding (the default) and with accents
   kept: the worst message, the total, the UCS-2 messages and how many go over the cap of 3 SMS.
2. `batch create` on an encrypted campaign of N such contacts, against a floor measured in the same
   run on the same database: read the contacts, the same sandboxed render, an encrypted insert of
   the frozen rows and the CSV written with the csv module. Target: create <= 2 x the floor.

    python benchmarks/encoding.py [--contacts 100000] [--skip-batch]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _campaign import NOW, benchmark_profile, isolated_environment

# Common French first names, weighted towards plain ones as in a real list.
FIRST = (
    ["Camille", "Léa", "Jean", "Inès", "Hugo", "Chloé", "Louis", "Zoé", "Manon", "Lucas"] * 6
    + ["Nathalie", "Sébastien", "Isabelle", "Pierre", "Sylvie", "Philippe", "Émilie", "Thomas"] * 6
    + ["François", "Anaïs", "Jérôme", "Maïté", "Noël", "Benoît", "Marie-Ève", "Loïc", "Joël"]
    + ["Françoise", "Gaël", "Maëlle", "Héloïse", "Chloë", "Anne-Cécile", "Jean-Noël"]
)
LAST = (
    ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"] * 6
    + ["Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Hoarau"] * 6
    + ["Lefèvre", "Mercier", "Fontaine", "Chevalier", "Rousseau", "Bonnet", "Müller"] * 4
    + ["Œuvray", "Benoît", "Crêpin", "Gaîté", "Boëdec", "Lemaître", "Besançon"]
)
COMMUNES = ["Lyon", "Villeurbanne", "Vénissieux", "Bron", "Caluire-et-Cuire", "Décines"] * 3 + [
    "Châtillon",
    "Saint-Benoît",
    "L'Haÿ-les-Roses",
    "Crêches-sur-Saône",
]
CAMPAIGN_TEMPLATE = (
    "Bonjour {{ prenom }} {{ nom }}, {{ candidat }} vous invite à la réunion publique de "
    "{{ commune or 'votre quartier' }} jeudi à 19h. Venez avec vos questions !"
)
CONSENT_TEMPLATE = (
    "Bonjour {{ prenom }}, {{ candidat }} prépare les {{ election }}. "
    "Acceptez-vous de recevoir nos informations de campagne par SMS ?"
)


def french_rows(count: int) -> list[tuple[str, str, str, str]]:
    """(first, last, phone, commune), drawn from the weighted lists (the same every run)."""
    rng = random.Random(2026)
    return [
        (rng.choice(FIRST), rng.choice(LAST), f"06{10000000 + i:08d}", rng.choice(COMMUNES))
        for i in range(count)
    ]


def name_costs(rows: list[tuple[str, str, str, str]]) -> None:
    from campagne_desktop.domain.enums import SmsEncoding, SourceKind, TemplateKind
    from campagne_desktop.domain.footer import SourceInfo
    from campagne_desktop.domain.rendering import MessageRenderer
    from campagne_desktop.domain.templating import compile_template

    cases = (
        ("campaign, form", CAMPAIGN_TEMPLATE, TemplateKind.CAMPAIGN, SourceKind.FORM, ""),
        (
            "consent request, rented",
            CONSENT_TEMPLATE,
            TemplateKind.CONSENT,
            SourceKind.RENTED,
            "liste louée à Société Exemple le 2 février",
        ),
    )
    print(
        f"{'template, source':26} {'setting':13} {'worst':>5} {'SMS':>9} {'cost EUR':>10} "
        f"{'UCS-2':>7} {'over 3':>7} {'adapted':>8} {'us/msg':>7}"
    )
    for label, body, kind, source_kind, description in cases:
        source = SourceInfo(source_kind, description)
        for setting, keep in (("smart", False), ("keep accents", True)):
            profile = benchmark_profile().with_changes(keep_accents=keep)
            renderer = MessageRenderer(compile_template(body), profile, kind)
            worst = total = ucs2 = over = adapted = 0
            started = time.perf_counter()
            for first, last, _phone, commune in rows:
                message = renderer.render(first, last, commune, source)
                parts = message.segments.segments
                worst = max(worst, parts)
                total += parts
                ucs2 += message.segments.encoding is SmsEncoding.UCS2
                over += parts > profile.segment_cap
                adapted += message.adapted
            per = (time.perf_counter() - started) / len(rows) * 1e6
            cost = total * profile.price_per_segment
            print(
                f"{label:26} {setting:13} {worst:>5} {total:>9,} {cost:>10,.2f} "
                f"{ucs2:>7,} {over:>7,} {adapted:>8,} {per:>7.1f}"
            )


def make_campaign(root: Path, rows: list[tuple[str, str, str, str]]):  # -> (ctx, db)
    from campagne_desktop.context import AppContext
    from campagne_desktop.domain.enums import ConsentStatus, SourceKind, TemplateKind
    from campagne_desktop.paths import AppPaths
    from campagne_desktop.services import templates
    from campagne_desktop.services.campaign import create_campaign
    from campagne_desktop.services.contact_import import import_contacts
    from campagne_desktop.services.sources import SourceDeclaration

    ctx = AppContext.build(AppPaths.under(root / "campaign"), trust_keyring=True, clock=lambda: NOW)
    db = create_campaign(ctx, benchmark_profile())
    path = root / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["prenom", "nom", "tel", "ville"])
        writer.writerows((f, n, p, c) for f, n, p, c in rows)
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=date(2026, 2, 1),
        consent=ConsentStatus.GRANTED,
    )
    import_contacts(db, path, declaration, actor="bench", now=NOW)
    path.unlink()
    body = CAMPAIGN_TEMPLATE
    templates.add_template(db, "bench", body, TemplateKind.CAMPAIGN, actor="bench", now=NOW)
    templates.approve_template(db, "bench", actor="bench", now=NOW)
    return ctx, db


def floor(db, out: Path) -> tuple[float, dict[str, float]]:
    """Read the contacts, render them in the sandbox, insert the rows encrypted, write the CSV."""
    from campagne_desktop.domain.templating import compile_template, template_values

    compiled = compile_template(CAMPAIGN_TEMPLATE)
    base = template_values("", "", "", benchmark_profile())
    parts: dict[str, float] = {}
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(
            "CREATE TABLE floor_message (id INTEGER PRIMARY KEY, contact_id INTEGER, "
            "phone TEXT, text TEXT, encoding TEXT, segments INTEGER)"
        )
        started = time.perf_counter()
        contacts = cursor.execute(
            "SELECT id, phone, first_name, last_name, commune FROM contact ORDER BY id"
        ).fetchall()
        parts["read"] = time.perf_counter() - started
        mark = time.perf_counter()
        frozen = []
        for contact_id, phone, first, last, commune in contacts:
            values = dict(base)
            values["prenom"], values["nom"], values["commune"] = first, last, commune
            frozen.append((contact_id, phone, compiled.render(values), "GSM-7", 1))
        parts["render"] = time.perf_counter() - mark
        mark = time.perf_counter()
        cursor.executemany(
            "INSERT INTO floor_message (contact_id, phone, text, encoding, segments) "
            "VALUES (?, ?, ?, ?, ?)",
            frozen,
        )
        raw.commit()
        parts["insert"] = time.perf_counter() - mark
        mark = time.perf_counter()
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["phone", "message"])
            writer.writerows((phone, text) for _, phone, text, _, _ in frozen)
        parts["csv"] = time.perf_counter() - mark
        total = time.perf_counter() - started
        cursor.execute("DROP TABLE floor_message")
        raw.commit()
    finally:
        raw.close()
    return total, parts


def batch_create(root: Path, count: int) -> None:
    from campagne_desktop.services import batches
    from campagne_desktop.services.unit_of_work import UnitOfWork

    rows = french_rows(count)
    print(f"\npreparing an encrypted campaign of {count:,} contacts in {root} ...", flush=True)
    _ctx, db = make_campaign(root, rows)
    try:
        started = time.perf_counter()
        created = batches.create_batch(UnitOfWork(db), "bench", actor="bench", now=NOW)
        t_create = time.perf_counter() - started
        t_floor, parts = floor(db, root / "floor.csv")
        excluded = sum(created.excluded.values())
        print(
            f"messages frozen      {created.messages:>10,}  (left out: {excluded:,}, "
            f"adapted: {created.adapted:,}, SMS: {created.segments:,})"
        )
        print(f"batch create         {t_create:>10.2f} s")
        detail = ", ".join(f"{k} {v:.2f}" for k, v in parts.items())
        print(f"floor                {t_floor:>10.2f} s   ({detail})")
        print(f"ratio                {t_create / t_floor:>10.2f} x   (target <= 2.00 x)")
    finally:
        db.close()
        shutil.rmtree(root, ignore_errors=True)  # synthetic, but nothing is left behind


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--skip-batch", action="store_true", help="only the name costs")
    args = parser.parse_args()
    root = isolated_environment()  # before anything of the app is imported
    rows = french_rows(args.contacts)
    special = sum(
        1
        for first, last, _, commune in rows
        if any(c in "çïîôëêâûœŒÈÿ" for c in first + last + commune)
    )
    print(f"{args.contacts:,} French names, {special:,} with a letter GSM-7 lacks\n")
    name_costs(rows)
    if args.skip_batch:
        shutil.rmtree(root, ignore_errors=True)
    else:
        batch_create(root, args.contacts)


if __name__ == "__main__":
    main()
