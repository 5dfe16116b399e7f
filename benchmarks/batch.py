"""Create + check + export a 100,000-recipient batch, against the floor measured in the same run.

The floor is what no implementation can avoid: the sandboxed Jinja render of the same template for
the same contacts, plus writing the same CSV with the csv module. Target: at most 2 x the floor.

    python benchmarks/batch.py [--contacts 100000]
"""

from __future__ import annotations

import argparse
import csv
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _campaign import NOW, TEMPLATE, contact_rows, isolated_environment, make_campaign


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor(count: int, out: Path) -> float:
    from campagne_desktop.domain.templating import compile_template

    compiled = compile_template(TEMPLATE)
    rows = contact_rows(count)
    started = time.perf_counter()
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["phone", "message"])
        for first, last, phone, commune in rows:
            text = compiled.render(
                {
                    "prenom": first,
                    "nom": last,
                    "commune": commune,
                    "candidat": "Camille Exemple",
                    "election": "municipales",
                    "tour1": "15 mars 2026",
                    "tour2": "22 mars 2026",
                }
            )
            writer.writerow([phone, text])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    count = parser.parse_args().contacts
    root = isolated_environment()
    from campagne_desktop.providers import ExportFormat
    from campagne_desktop.services import batch_export, batches, compliance
    from campagne_desktop.services.unit_of_work import UnitOfWork

    print(f"preparing a campaign of {count:,} contacts in {root} ...", flush=True)
    _ctx, db = make_campaign(root, count)
    rss_before = peak_rss_mib()

    started = time.perf_counter()
    created = batches.create_batch(UnitOfWork(db), "bench", actor="bench", now=NOW)
    t_create = time.perf_counter() - started
    started = time.perf_counter()
    report = compliance.check_batch(UnitOfWork(db), created.id, now=NOW)
    t_check = time.perf_counter() - started
    started = time.perf_counter()
    batch_export.export_batch(
        UnitOfWork(db),
        created.id,
        ExportFormat.GENERIC,
        root / "export.csv",
        actor="bench",
        now=NOW,
    )
    t_export = time.perf_counter() - started
    total = t_create + t_check + t_export
    t_floor = floor(count, root / "floor.csv")

    print(f"messages frozen      {created.messages:>10,}  (check passed: {report.passed})")
    print(f"create               {t_create:>10.2f} s")
    print(f"check                {t_check:>10.2f} s")
    print(f"export               {t_export:>10.2f} s")
    print(f"total                {total:>10.2f} s")
    print(f"floor (render + csv) {t_floor:>10.2f} s")
    print(f"ratio                {total / t_floor:>10.2f} x   (target <= 2.00 x)")
    print(f"peak RSS             {peak_rss_mib():>10.0f} MiB (after set-up: {rss_before:.0f} MiB)")
    db.close()
    shutil.rmtree(root, ignore_errors=True)  # synthetic, but a benchmark leaves nothing behind


if __name__ == "__main__":
    main()
