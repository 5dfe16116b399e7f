"""Create + check + export a batch for every contact, against the floor measured in the same run.

The floor is what no implementation can avoid: the sandboxed Jinja render of the same template for
the batch's contacts, plus writing the same CSV with the csv module. Target: at most 2 x the floor.
Each step runs in its own process, so its peak memory is its own: goal < 300 MiB at 1,000,000.

    python benchmarks/batch.py [--contacts 100000]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _campaign import NOW, TEMPLATE, isolated_environment, make_campaign, open_campaign_at
from _child import peak_rss_mib, report, run_child


def floor(root: Path) -> None:
    """The same messages rendered from the same contacts (read with a plain query first)."""
    from sqlalchemy import text

    from campagne_desktop.domain.templating import compile_template

    _ctx, db = open_campaign_at(root)
    with db.session() as session:
        contacts = session.execute(
            text(
                "SELECT c.first_name, c.last_name, c.commune, c.phone FROM batch_message m "
                "JOIN contact c ON c.id = m.contact_id "
                "WHERE m.batch_id = (SELECT max(id) FROM batch) ORDER BY m.id"
            )
        ).all()
    db.close()
    compiled = compile_template(TEMPLATE)
    started = time.perf_counter()
    with (root / "floor.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["phone", "message"])
        for first, last, commune, phone in contacts:
            values = {
                "prenom": first,
                "nom": last,
                "commune": commune,
                "candidat": "Camille Exemple",
                "election": "municipales",
                "tour1": "15 mars 2026",
                "tour2": "22 mars 2026",
            }
            writer.writerow([phone, compiled.render(values)])
    report(seconds=time.perf_counter() - started, peak_mib=peak_rss_mib())


def step(root: Path, what: str) -> None:
    from campagne_desktop.providers import ExportFormat
    from campagne_desktop.services import batch_export, batches, compliance
    from campagne_desktop.services.unit_of_work import UnitOfWork

    _ctx, db = open_campaign_at(root)
    started = time.perf_counter()
    extra: dict[str, object] = {}
    # One unit of work per step, as one user action (the export checks again, inside its own).
    if what == "create":
        created = batches.create_batch(UnitOfWork(db), "bench", actor="bench", now=NOW)
        extra = {"messages": created.messages}
    else:
        batch_id = batches.list_batches(UnitOfWork(db))[-1].id
        if what == "check":
            extra = {"passed": compliance.check_batch(UnitOfWork(db), batch_id, now=NOW).passed}
        else:
            done = batch_export.export_batch(
                UnitOfWork(db),
                batch_id,
                ExportFormat.GENERIC,
                root / "export.csv",
                actor="bench",
                now=NOW,
            )
            extra = {"rows": done.rows}
    seconds = time.perf_counter() - started
    db.close()
    report(seconds=seconds, peak_mib=peak_rss_mib(), **extra)


def measure(count: int, shared: Path | None = None) -> dict[str, float]:
    """``shared``: a folder holding (or to hold) the campaign, kept for the next benchmark."""
    root = isolated_environment(shared)
    try:
        if not (root / "campaign").exists():
            run_child("batch.py", "setup", str(root), str(count))
        figures: dict[str, float] = {}
        for what in ("create", "check", "export"):
            done = run_child("batch.py", what, str(root))
            figures[f"{what}_s"], figures[f"{what}_peak_mib"] = done["seconds"], done["peak_mib"]
            if what == "create":
                figures["messages"] = done["messages"]
        figures["floor_s"] = run_child("batch.py", "floor", str(root))["seconds"]
    finally:
        if shared is None:
            shutil.rmtree(root, ignore_errors=True)
    total = figures["create_s"] + figures["check_s"] + figures["export_s"]
    figures["ratio"] = total / figures["floor_s"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--child", nargs="+", metavar="ARG")
    parser.add_argument("--campaign", type=Path, help="reuse (or make and keep) a campaign here")
    args = parser.parse_args()
    if args.child:
        what, root = args.child[0], Path(args.child[1])
        isolated_environment(root)
        if what == "setup":
            make_campaign(root, int(args.child[2]))[1].close()
            report(done=True)
        elif what == "floor":
            floor(root)
        else:
            step(root, what)
        return
    m = measure(args.contacts, args.campaign)
    print(f"batch for {args.contacts:,} contacts ({m['messages']:,.0f} messages)")
    for what in ("create", "check", "export"):
        print(
            f"  {what:8} {m[what + '_s']:8.2f} s   peak {m[what + '_peak_mib']:5.0f} MiB"
            "   (goal < 300 MiB at 1 M)"
        )
    print(f"  floor    {m['floor_s']:8.2f} s   (Jinja render + csv)")
    print(f"  ratio    {m['ratio']:8.2f} x   (create + check + export; goal <= 2.00 x)")


if __name__ == "__main__":
    main()
