"""The Contacts page's queries on a big campaign, each beside the query it replaced (same run).

- pages: a jump to the first, middle and last page (index walk + keyset read) and the next page
  by keyset; baseline: the same page with LIMIT/OFFSET. Goal < 100 ms anywhere at 1 M.
- search as you type ("m", "ma", … "martin"): count + first page, what the worker runs per
  keystroke; baseline: the plain LIKE scan. Goal < 150 ms per keystroke (3+ characters) at 1 M.
- dashboard counts (all, granted, pending); baseline: the count joined with ``source``.
  Goal < 100 ms. Filter lists (tags, communes).
- with 1 % of the contacts opted out: every page above carries each row's opt-out marker; the
  "opted out" filter: count + first page, a middle page by jump, the next one by keyset.

    python benchmarks/contacts_page.py [--contacts 100000]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _campaign import isolated_environment, make_campaign, open_campaign_at

KEYSTROKES = ("m", "ma", "mar", "mart", "marti", "martin")
OPT_OUT_EVERY = 100  # 1 % of the contacts opted out


def best_ms(action: Callable[[], Any], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def measure(db: Any) -> dict[str, float]:
    from sqlalchemy import text

    from campagne_desktop.domain.enums import ConsentStatus
    from campagne_desktop.services.contacts import (
        ContactFilter,
        contact_page,
        count_contacts,
        list_communes,
        list_contacts,
        list_tags,
    )

    figures: dict[str, float] = {}
    total = count_contacts(db)
    for name, row in (("first", 0), ("middle", total // 2), ("last", max(0, total - 200))):
        figures[f"page {name} (jump)"] = best_ms(lambda row=row: contact_page(db, skip=row))
        start = contact_page(db, skip=row)
        figures[f"page {name} (next, keyset)"] = best_ms(
            lambda start=start: contact_page(db, after=start.last_key)
        )
        figures[f"page {name} (baseline OFFSET)"] = best_ms(
            lambda row=row: list_contacts(db, offset=row, limit=200), repeat=1
        )
    for typed in KEYSTROKES:
        where = ContactFilter(search=typed)
        figures[f"search '{typed}'"] = best_ms(
            lambda where=where: (contact_page(db, where), count_contacts(db, where))
        )

    def like_scan(typed: str) -> None:
        with db.session() as session:
            session.execute(
                text("SELECT count(*) FROM contact WHERE search_text LIKE :p"), {"p": f"%{typed}%"}
            ).scalar()
            session.execute(
                text(
                    "SELECT * FROM contact JOIN source ON source.id = contact.source_id "
                    "WHERE search_text LIKE :p ORDER BY lower(last_name), contact.id LIMIT 200"
                ),
                {"p": f"%{typed}%"},
            ).all()

    figures["search 'martin' (baseline LIKE scan)"] = best_ms(lambda: like_scan("martin"), 1)
    for status in (None, ConsentStatus.GRANTED, ConsentStatus.PENDING):
        label = status.value if status else "all"
        figures[f"count {label}"] = best_ms(
            lambda s=status: count_contacts(db, ContactFilter(consent=s))
        )

    def joined_count() -> None:
        with db.session() as session:
            session.execute(
                text(
                    "SELECT count(contact.id) FROM contact JOIN source "
                    "ON contact.source_id = source.id WHERE contact.consent = 'granted'"
                )
            ).scalar()

    figures["count granted (baseline with join)"] = best_ms(joined_count, 1)
    figures["tag list"] = best_ms(lambda: list_tags(db))
    figures["commune list"] = best_ms(lambda: list_communes(db))
    figures.update(measure_reach(db, total))
    return figures


def measure_reach(db: Any, total: int) -> dict[str, float]:
    """The window's opted-out filter (the marker is in every page above); nothing with code
    older than the filter (the baseline of the same run)."""
    from campagne_desktop.services import contacts

    reach = getattr(contacts, "Reach", None)
    if reach is None:
        return {}
    where = contacts.ContactFilter(reach=reach.OPTED_OUT)
    figures = {
        "opted out: count + first page": best_ms(
            lambda: (contacts.contact_page(db, where), contacts.count_contacts(db, where))
        )
    }
    middle = contacts.count_contacts(db, where) // 2
    figures["opted out: middle page (jump)"] = best_ms(
        lambda: contacts.contact_page(db, where, skip=middle)
    )
    start = contacts.contact_page(db, where, skip=middle)
    figures["opted out: next page (keyset)"] = best_ms(
        lambda: contacts.contact_page(db, where, after=start.last_key)
    )
    return figures


def add_opt_outs(db: Any, every: int = OPT_OUT_EVERY) -> None:
    """One contact in ``every`` opts out (STOP replies): the marker and the filter have work."""
    from sqlalchemy import text

    with db.session() as session:
        session.execute(
            text(
                "INSERT OR IGNORE INTO opt_out (phone, created_at, channel, note) "
                "SELECT phone, '2026-03-02 10:00:00.000000', 'stop_reply', '' FROM contact "
                "WHERE id % :every = 0"
            ),
            {"every": every},
        )


def run(count: int, shared: Path | None = None) -> dict[str, float]:
    """``shared``: a folder holding (or to hold) the campaign, kept for the next benchmark."""
    root = isolated_environment(shared)
    try:
        if (root / "campaign").exists():
            _ctx, db = open_campaign_at(root)
        else:
            _ctx, db = make_campaign(root, count)
            add_opt_outs(db)
        figures = measure(db)
        db.close()
    finally:
        if shared is None:
            shutil.rmtree(root, ignore_errors=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--campaign", type=Path, help="reuse (or make and keep) a campaign here")
    args = parser.parse_args()
    print(f"Contacts page queries, {args.contacts:,} contacts")
    for name, ms in run(args.contacts, args.campaign).items():
        print(f"  {name:40} {ms:9.1f} ms")


if __name__ == "__main__":
    main()
