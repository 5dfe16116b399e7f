"""Import a realistic contact file, against the floor measured in the same run.

The floor is what any importer must do with the same file: read it with the csv module, parse,
validate and format every number with ``phonenumbers``, and insert the rows with the driver's
``executemany`` into the same encrypted table. Goal: at most 1.5 x the floor; peak memory of the
import below 300 MiB at 1,000,000 rows. Each side runs in its own process.

    python benchmarks/import_contacts.py [--contacts 100000]
"""

from __future__ import annotations

import argparse
import csv
import secrets
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _campaign import NOW, benchmark_profile, isolated_environment
from _child import peak_rss_mib, report, run_child
from _data import write_contacts_csv

FLOOR_TABLE = """CREATE TABLE contact (
    id INTEGER PRIMARY KEY, phone TEXT NOT NULL UNIQUE, region TEXT, first_name TEXT,
    last_name TEXT, commune TEXT, tags TEXT, created_at TEXT)"""


def floor(csv_path: Path, db_path: Path) -> None:
    import phonenumbers
    import sqlcipher3

    started = time.perf_counter()
    connection = sqlcipher3.connect(str(db_path))
    connection.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(FLOOR_TABLE)
    insert = "INSERT OR IGNORE INTO contact VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)"
    stamp = NOW.isoformat()
    chunk: list[tuple[str, ...]] = []
    with csv_path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        for first, last, raw, commune, tags in rows:
            try:
                number = phonenumbers.parse(raw, "FR")
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(number):
                continue
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            chunk.append((e164, "FR", first, last, commune, tags, stamp))
            if len(chunk) >= 2000:
                connection.executemany(insert, chunk)
                chunk.clear()
    connection.executemany(insert, chunk)
    connection.commit()
    connection.close()
    report(seconds=time.perf_counter() - started, peak_mib=peak_rss_mib())


def app_import(csv_path: Path, campaign_dir: Path) -> None:
    from campagne_desktop.context import AppContext
    from campagne_desktop.domain.enums import ConsentStatus, SourceKind
    from campagne_desktop.paths import AppPaths
    from campagne_desktop.services.campaign import create_campaign
    from campagne_desktop.services.contact_import import import_contacts
    from campagne_desktop.services.sources import SourceDeclaration

    ctx = AppContext.build(AppPaths.under(campaign_dir), trust_keyring=True, clock=lambda: NOW)
    db = create_campaign(ctx, benchmark_profile())
    declaration = SourceDeclaration(
        kind=SourceKind.FORM,
        description="formulaire du site",
        obtained_on=NOW.date(),
        consent=ConsentStatus.GRANTED,
        collection_wording="J'accepte de recevoir des SMS de la campagne.",
    )
    started = time.perf_counter()
    done = import_contacts(db, csv_path, declaration, actor="bench", now=NOW)
    seconds = time.perf_counter() - started
    db.close()
    report(seconds=seconds, peak_mib=peak_rss_mib(), accepted=done.accepted, rows=done.rows)


def measure(count: int) -> dict[str, float]:
    root = isolated_environment()
    try:
        csv_path = write_contacts_csv(root / "contacts.csv", count)
        base = run_child("import_contacts.py", "floor", str(csv_path), str(root / "floor.db"))
        app = run_child("import_contacts.py", "app", str(csv_path), str(root / "campaign"))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return {
        "import_s": app["seconds"],
        "floor_s": base["seconds"],
        "ratio": app["seconds"] / base["seconds"],
        "peak_mib": app["peak_mib"],
        "accepted": app["accepted"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--child", nargs=3, metavar=("WHAT", "CSV", "OUT"))
    args = parser.parse_args()
    if args.child:
        what, csv_path, out = args.child
        isolated_environment(Path(out).parent)  # the parent's folder: removed with it
        (floor if what == "floor" else app_import)(Path(csv_path), Path(out))
        return
    m = measure(args.contacts)
    print(f"import of {args.contacts:,} rows ({m['accepted']:,} accepted)")
    print(f"  import   {m['import_s']:8.2f} s   peak {m['peak_mib']:.0f} MiB (goal < 300 at 1 M)")
    print(f"  floor    {m['floor_s']:8.2f} s   (csv + phonenumbers + executemany)")
    print(f"  ratio    {m['ratio']:8.2f} x   (goal <= 1.50 x)")


if __name__ == "__main__":
    main()
