"""Migration 0004_spine2: existing databases lose the personal data their audit trail held."""

from __future__ import annotations

import json
import secrets

import pytest
from sqlalchemy import create_engine, text

from campagne_desktop.storage import database
from campagne_desktop.storage.database import DatabaseKey, open_database
from campagne_desktop.storage.migrate import upgrade_to_head

PHONE = "+33612345601"


@pytest.fixture
def old_database(tmp_path):
    """A campaign at revision 0003, as the previous version left it; returns (path, key)."""
    key = DatabaseKey(raw=secrets.token_bytes(32))
    path = tmp_path / "old.db"
    engine = create_engine("sqlite://", creator=lambda: database._connect(path, key))
    upgrade_to_head(engine, target="0003")
    yield engine, path, key
    engine.dispose()


def _insert_audit(engine, action: str, counts: object, detail: str) -> None:
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO audit_event (at, actor, action, counts, detail) "
                "VALUES ('2026-03-03 13:00:00.000000', 'alice', :action, :counts, :detail)"
            ),
            {"action": action, "counts": json.dumps(counts), "detail": detail},
        )


def test_audit_rows_keep_their_counts_and_ids_and_lose_numbers_and_texts(old_database) -> None:
    engine, path, key = old_database
    _insert_audit(
        engine,
        "replies.imported",
        {
            "opted_out": 1,
            "consented": 0,
            "to_review": [
                {"row": 2, "phone": PHONE, "text": "Qui êtes-vous ? Zoé Lefèvre"},
                {"row": 3, "phone": "+33612345602", "text": "Rappelez-moi"},
            ],
        },
        "",
    )
    _insert_audit(engine, "batch.exported", {"rows": 4}, "batch=3 format=ovh")
    _insert_audit(
        engine,
        "template.edited",
        {},
        "template=2 kind=consent sha256=0612345601ab approval=withdrawn",
    )
    _insert_audit(engine, "profile.updated", {}, "sender_id,stop_number")
    _insert_audit(engine, "optout.removed", {"removed": 1}, "reason_length=12")
    engine.dispose()

    db = open_database(path, key)
    with db.engine.connect() as c:
        rows = c.execute(
            text(
                "SELECT action, counts, batch_id, template_id, kind, fields FROM audit_event "
                "ORDER BY id"
            )
        ).fetchall()
        columns = {row[1] for row in c.execute(text("PRAGMA table_info(audit_event)"))}
    db.close()

    assert "detail" not in columns
    by_action = {row[0]: row[1:] for row in rows}
    counts, *_ = by_action["replies.imported"]
    assert json.loads(counts) == {"opted_out": 1, "consented": 0, "to_review": 2}
    assert by_action["batch.exported"][1:4] == (3, None, "ovh")
    edited = by_action["template.edited"]
    assert json.loads(edited[0]) == {"approvals_withdrawn": 1}
    assert edited[1:4] == (None, 2, "consent")
    assert json.loads(by_action["profile.updated"][4]) == ["sender_id", "stop_number"]
    assert json.loads(by_action["optout.removed"][0]) == {"removed": 1}
    everything = " ".join(str(v) for row in rows for v in row)
    for secret in (PHONE, "612345602", "Zoé", "Lefèvre", "Rappelez", "0612345601"):
        assert secret not in everything


def test_float_prices_and_costs_become_the_exact_decimals_that_were_meant(old_database) -> None:
    from decimal import Decimal

    from campagne_desktop.storage.models import Batch, Profile

    engine, path, key = old_database
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO campaign_profile (id, candidate, election, round1, timezone, "
                "sender_id, rights_contact, privacy_url, purpose, stop_number, footer_form, "
                "sending_start, sending_end, sending_days, allow_public_holidays, polls_close, "
                "provider, price_per_segment, segment_cap, extra, created_at, updated_at) VALUES "
                "(1, 'Marie Exemple', 'municipales', '2026-03-15', 'Europe/Paris', 'MarieEx', "
                "'donnees@exemple.fr', '', 'informer', '36111', 'full', '08:00', '20:00', "
                "'012345', 0, '20:00', 'ovh', 0.045, 3, '{}', '2026-02-01 10:00:00.000000', "
                "'2026-02-01 10:00:00.000000')"
            )
        )
        c.execute(
            text(
                "INSERT INTO batch (id, template_name, template_kind, template_body, "
                "template_hash, selection, created_by, created_at, state, message_count, "
                "segment_count, excluded, estimated_cost, price_per_segment, provider, "
                "compliance_report, export_paths) VALUES (1, 't', 'campaign', 'b', 'h', '{}', "
                "'t', '2026-03-01 09:00:00.000000', 'draft', 7, 21, '{}', :cost, 0.045, 'ovh', "
                "'[]', '[]')"
            ),
            {"cost": 0.045 * 21},  # 0.9450000000000001 as a float
        )
    engine.dispose()

    db = open_database(path, key)
    with db.session() as session:
        profile = session.get(Profile, 1)
        batch = session.get(Batch, 1)
        assert profile is not None and batch is not None
        assert profile.price_per_segment == Decimal("0.045")
        assert batch.price_per_segment == Decimal("0.045")
        # Floats pass through 15 significant digits: the binary noise goes, the amount stays.
        assert batch.estimated_cost == Decimal("0.945")
        assert batch.created_at.utcoffset() is not None  # read back aware, in UTC
    db.close()
