"""Every benchmark in one go: each figure beside its baseline or floor measured in the same run.

    python benchmarks/run_all.py [--sizes 100000] [--million]

``--sizes`` takes comma-separated contact counts; ``--million`` adds 1,000,000 (about half an
hour on a 2-core machine). Batch, Contacts page and window share one campaign per size.
Figures depend on the machine and its load: compare each one with its baseline.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import batch
import contacts_page
import import_contacts
import startup
import window

Row = tuple[str, str, str, str]  # figure, value, baseline or floor, goal


def startup_rows() -> list[Row]:
    m = startup.measure()
    base = f"python -c pass {m['python_s']:.3f} s"
    return [
        ("campagne --version", f"{m['version_s']:.3f} s", base, "< 0.2 s"),
        ("campagne profile show (KDF)", f"{m['profile_show_s']:.3f} s", base, "< 0.8 s"),
    ]


def size_rows(count: int) -> list[Row]:
    rows: list[Row] = []
    m = import_contacts.measure(count)
    floor = f"floor {m['floor_s']:.2f} s"
    rows.append(("import", f"{m['import_s']:.2f} s ({m['ratio']:.2f} x)", floor, "<= 1.5 x floor"))
    rows.append(("import peak memory", f"{m['peak_mib']:.0f} MiB", "", "< 300 MiB at 1 M"))
    shared = Path(tempfile.mkdtemp(prefix="campagne-bench-shared-"))
    try:
        b = batch.measure(count, shared)
        floor = f"floor {b['floor_s']:.2f} s"
        for step in ("create", "check", "export"):
            rows.append((f"batch {step}", f"{b[step + '_s']:.2f} s", floor, ""))
            rows.append(
                (f"batch {step} peak memory", f"{b[step + '_peak_mib']:.0f} MiB", "", "< 300 MiB")
            )
        rows.append(("batch create+check+export", f"{b['ratio']:.2f} x floor", floor, "<= 2 x"))
        c = contacts_page.run(count, shared)
        for name, ms in c.items():
            if "baseline" in name:
                continue
            baseline = next(
                (f"{v:.0f} ms" for k, v in c.items() if k.startswith(name.split(" (")[0])
                 and "baseline" in k),
                "",
            )  # fmt: skip
            goal = "< 100 ms" if name.startswith(("page", "count")) else ""
            if name.startswith("search "):  # trigram index from 3 characters on
                goal = "< 150 ms" if len(name.split("'")[1]) >= 3 else "(scan: no goal)"
            rows.append((name, f"{ms:.1f} ms", baseline, goal))
        w = window.measure(count, shared)
        rows.append(
            (
                "window first paint (cold)",
                f"{w['window_s']:.2f} s",
                f"empty window {w['baseline_s']:.2f} s",
                "< 1.5 s at 1 M",
            )
        )
    finally:
        shutil.rmtree(shared, ignore_errors=True)
    return rows


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    print(f"  {'figure':40} {'measured':>22} {'baseline / floor':>24}  goal")
    for figure, value, baseline, goal in rows:
        print(f"  {figure:40} {value:>22} {baseline:>24}  {goal}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000", help="comma-separated contact counts")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 contacts")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.million and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    print(f"load average at start: {os.getloadavg()[0]:.1f} (figures grow with the load)")
    print_table("start-up", startup_rows())
    for count in sizes:
        print_table(f"{count:,} contacts", size_rows(count))


if __name__ == "__main__":
    main()
