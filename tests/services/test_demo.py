from __future__ import annotations

import json

from campagne_desktop.cli.main import main as cli_main
from campagne_desktop.domain.enums import ConsentStatus, TemplateStatus
from campagne_desktop.services import batches, campaign, templates
from campagne_desktop.services.contacts import ContactFilter, count_contacts
from campagne_desktop.services.demo import create_demo
from campagne_desktop.services.optouts import list_opt_outs
from campagne_desktop.services.unit_of_work import UnitOfWork
from tests.conftest import PASSPHRASE


def test_demo_has_something_on_every_page(ctx) -> None:
    made = create_demo(ctx)
    db = campaign.open_campaign(ctx)
    try:
        assert made["contacts"] == count_contacts(db) == 240
        assert count_contacts(db, ContactFilter(consent=ConsentStatus.GRANTED)) > 0
        assert count_contacts(db, ContactFilter(consent=ConsentStatus.PENDING)) > 0
        assert len(list_opt_outs(db)) == 3
        statuses = {t.name: t.status for t in templates.list_templates(db)}
        assert statuses["Brouillon"] is TemplateStatus.DRAFT
        assert statuses["Réunion publique"] is TemplateStatus.APPROVED
        assert [b.messages for b in batches.list_batches(UnitOfWork(db))] == [
            made["batch_messages"]
        ]
        # Nothing synthetic is left lying around but the campaign itself.
        assert list(ctx.paths.cache_dir.iterdir()) == []
    finally:
        db.close()


def test_demo_command(capsys, data_dir, monkeypatch) -> None:
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)
    status = cli_main(["--data-dir", str(data_dir), "--json", "demo"])
    assert status == 0
    assert json.loads(capsys.readouterr().out)["contacts"] == 240


def test_nothing_can_leave_a_demonstration_campaign(ctx, tmp_path) -> None:
    import pytest

    from campagne_desktop.domain.messages import ComplianceError
    from campagne_desktop.providers import ExportFormat
    from campagne_desktop.services.batch_export import export_batch

    create_demo(ctx)
    db = campaign.open_campaign(ctx)
    try:
        batch = batches.list_batches(UnitOfWork(db))[0]
        with pytest.raises(ComplianceError, match="demonstration"):
            export_batch(
                UnitOfWork(db),
                batch.id,
                ExportFormat.OVH,
                tmp_path / "out.csv",
                actor="t",
                now=ctx.clock(),
            )
        assert not (tmp_path / "out.csv").exists()
    finally:
        db.close()


def test_demo_names_need_smart_encoding_and_everyone_consenting_is_reached(ctx) -> None:
    from campagne_desktop.domain.enums import TemplateKind
    from campagne_desktop.services.previews import estimate_selection

    create_demo(ctx)
    db = campaign.open_campaign(ctx)
    try:
        template = templates.get_template(db, "Réunion publique")
        cost = estimate_selection(UnitOfWork(db), template.body, TemplateKind.CAMPAIGN)
        assert cost.adapted > 0  # François, Anaïs, Œuvray...: names GSM-7 lacks a letter of
        assert cost.ucs2_messages == 0 and cost.over_cap == 0
        created = batches.create_batch(
            UnitOfWork(db), "Réunion publique", actor="t", now=ctx.clock()
        )
        # Nobody is left out but by the consent rules (the opted-out numbers are consenting ones).
        assert set(created.excluded) <= {"not_consented", "opted_out"}
        granted = count_contacts(db, ContactFilter(consent=ConsentStatus.GRANTED))
        assert created.messages == granted - created.excluded.get("opted_out", 0)
        assert created.adapted > 0
    finally:
        db.close()


def test_only_the_demonstrations_a_killed_window_left_are_swept(tmp_path, monkeypatch) -> None:
    import os
    import tempfile

    from campagne_desktop.services.demo import (
        STALE_DEMO_SECONDS,
        new_demo_folder,
        remove_stale_demo_folders,
    )
    from campagne_desktop.storage.lock import CampaignLock

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed, running, young = (tmp_path / f"campagne-demo-{n}" for n in ("a", "b", "c"))
    other = tmp_path / "campagne-essai"
    for folder in (killed, running, young, other):
        folder.mkdir()
        (folder / "campagne.lock").touch()
    old = 1_000_000.0
    for folder in (killed, running, other):
        os.utime(folder, (old, old))
    os.utime(young, (old + STALE_DEMO_SECONDS, old + STALE_DEMO_SECONDS))
    with CampaignLock(running / "campagne.lock", wait=0):  # a demonstration still open
        removed = remove_stale_demo_folders(now=old + STALE_DEMO_SECONDS + 1)
    assert removed == [killed]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "campagne-demo-b",
        "campagne-demo-c",
        "campagne-essai",
    ]
    fresh = new_demo_folder()  # with today's clock the two others are stale and unlocked now
    assert fresh.parent == tmp_path and fresh.name.startswith("campagne-demo-")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, "campagne-essai"])
