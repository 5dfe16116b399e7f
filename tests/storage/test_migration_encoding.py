"""Migration 0004_encoding: an existing campaign gets smart encoding and keeps its batches."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from campagne_desktop.domain.enums import FooterForm
from campagne_desktop.services.profile import load_profile
from campagne_desktop.storage import database
from campagne_desktop.storage.migrate import upgrade_to_head
from tests.conftest import sample_profile


def test_a_0003_campaign_gets_smart_encoding(tmp_path) -> None:
    key = database.DatabaseKey(raw=bytes(range(32)))
    path = tmp_path / "old.db"
    engine = create_engine("sqlite://", creator=lambda: database._connect(path, key))
    upgrade_to_head(engine, target="0003")
    profile = sample_profile()
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO campaign_profile (id, candidate, election, round1, timezone, "
                "sender_id, rights_contact, privacy_url, purpose, stop_number, footer_form, "
                "sending_start, sending_end, sending_days, allow_public_holidays, polls_close, "
                "provider, price_per_segment, segment_cap, extra, created_at, updated_at) VALUES "
                "(1, :candidate, 'municipales', '2026-03-15', 'Europe/Paris', 'MarieEx', "
                ":rights, '', :purpose, '', 'full', '08:00', '20:00', '012345', 0, '20:00', "
                "'other', 0.05, 3, '{}', '2026-02-01 10:00:00', '2026-02-01 10:00:00')"
            ),
            {
                "candidate": profile.candidate,
                "rights": profile.rights_contact,
                "purpose": profile.purpose,
            },
        )
        c.execute(
            text(
                "INSERT INTO batch (id, template_name, template_kind, template_body, "
                "template_hash, selection, created_by, created_at, state, message_count, "
                "segment_count, excluded, estimated_cost, price_per_segment, provider, "
                "compliance_report, export_paths) VALUES (1, 't', 'campaign', 'b', 'h', '{}', "
                "'t', '2026-02-01 10:00:00', 'draft', 0, 0, '{}', 0, 0.05, '', '[]', '[]')"
            )
        )
    engine.dispose()
    db = database.open_database(path, key)
    try:
        with db.session() as session:
            migrated = load_profile(session)
            assert migrated.keep_accents is False
            migrated_row = session.execute(text("SELECT adapted_count, segment_cap FROM batch"))
            assert migrated_row.one() == (0, None)
        with db.engine.begin() as c:  # the longer footer form fits the widened column
            c.execute(text("UPDATE campaign_profile SET footer_form = 'full_then_short'"))
        with db.session() as session:
            assert load_profile(session).footer_form is FooterForm.FULL_THEN_SHORT
    finally:
        db.close()
