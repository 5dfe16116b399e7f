from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from campagne_desktop.services import audit
from campagne_desktop.services.campaign import DATABASE_KEY_NAME, create_campaign, open_campaign
from campagne_desktop.services.profile import get_profile
from campagne_desktop.services.wipe import (
    STEPS,
    WipeError,
    pending_wipe,
    reminder_message,
    resume_pending_wipe,
    wipe_campaign,
    wipe_reminder,
)
from campagne_desktop.services.wipe_scan import (
    PHONE_PATTERN,
    UnsafeFolderError,
    check_folders_are_safe,
    take_inventory,
    verify,
)
from campagne_desktop.storage.models import (
    Batch,
    BatchMessage,
    Contact,
    ExportedFile,
    OptOut,
    Source,
    Template,
)
from tests.conftest import sample_profile

CANDIDATE = "Marie Exemple"
PHONES = ("+33612345678", "+33698765432", "+33755501234")
OPTED_OUT = "+33611223344"
NAMES = (("Jean", "Testeur"), ("Alice", "Fictive"), ("Paul", "Imaginaire"))


@dataclass
class Campaign:
    exports: list[Path]
    bystander: Path  # a file of the user's beside an export: must survive


def populate_campaign(ctx, db, tmp_path: Path) -> Campaign:
    """A full campaign: contacts, opt-out, template, batch with messages, exports, secrets."""
    now = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    folder_a = tmp_path / "exports-a"
    folder_b = tmp_path / "elsewhere" / "exports-b"
    folder_a.mkdir()
    folder_b.mkdir(parents=True)
    exports = [folder_a / "batch-1-ovh.csv", folder_b / "contacts.csv", folder_a / "batch-1.txt"]
    lines = "".join(f"{p};{f} {n}\n" for p, (f, n) in zip(PHONES, NAMES, strict=True))
    for path in exports:
        path.write_text("phone;name\n" + lines, encoding="utf-8")
    bystander = folder_a / "my-own-notes.txt"
    bystander.write_text("not the campaign's", encoding="utf-8")
    with db.session() as s:
        source = Source(
            kind="form",
            description="Formulaire du site",
            obtained_on=date(2026, 1, 5),
            imported_by="tester",
            created_at=now,
        )
        s.add(source)
        s.flush()
        contacts = [
            Contact(
                phone=p,
                first_name=f,
                last_name=n,
                source_id=source.id,
                consent="granted",
                created_at=now,
                updated_at=now,
            )
            for p, (f, n) in zip(PHONES, NAMES, strict=True)
        ]
        s.add_all(contacts)
        s.add(OptOut(phone=OPTED_OUT, created_at=now, channel="stop_reply"))
        template = Template(
            name="Appel",
            kind="campaign",
            body="Bonjour {{ first_name }}",
            status="approved",
            content_hash="h",
            created_at=now,
            updated_at=now,
        )
        s.add(template)
        s.flush()
        batch = Batch(
            template_id=template.id,
            template_name="Appel",
            template_kind="campaign",
            template_body=template.body,
            template_hash="h",
            created_by="tester",
            created_at=now,
            state="exported",
            message_count=2,
            segment_count=2,
            estimated_cost=Decimal("0.1"),
            price_per_segment=Decimal("0.05"),
            provider="ovh",
            export_paths=[str(exports[0]), str(exports[2])],
        )
        s.add(batch)
        s.flush()
        for contact in contacts[:2]:
            s.add(
                BatchMessage(
                    batch_id=batch.id,
                    contact_id=contact.id,
                    phone=contact.phone,
                    text=f"Bonjour {contact.first_name}",
                    encoding="GSM-7",
                    segments=1,
                    state="exported",
                )
            )
        for path in exports[:2]:
            s.add(ExportedFile(path=str(path), kind="batch", created_at=now))
        audit.record(s, at=now, actor="tester", action="batch.exported", counts={"messages": 2})
    ctx.secrets.set("provider:ovh", "application-secret")
    # Files the app leaves around: logs, settings, cache, a backup, all with personal data.
    (ctx.paths.log_dir / "campagne-desktop.log").write_text("log " + PHONES[0], encoding="utf-8")
    (ctx.paths.config_dir / "window.ini").write_text("[main]\npage=3\n", encoding="utf-8")
    (ctx.paths.config_dir / "preferences.json").write_text('{"language": "en"}', encoding="utf-8")
    (ctx.paths.cache_dir / "tmp").mkdir()
    (ctx.paths.cache_dir / "tmp" / "preview.txt").write_text(PHONES[1], encoding="utf-8")
    (ctx.paths.data_dir / "backups").mkdir()
    (ctx.paths.data_dir / "backups" / "campagne-1.db").write_bytes(b"x" * 5000 + PHONES[2].encode())
    return Campaign(exports=exports, bystander=bystander)


def files_under(*folders: Path) -> list[Path]:
    return [
        Path(d) / f
        for folder in folders
        if folder.exists()
        for d, _dirs, files in os.walk(folder)
        for f in files
    ]


def assert_wiped(ctx, campaign: Campaign) -> None:
    assert files_under(*ctx.paths.all_dirs()) == []
    assert not ctx.paths.data_dir.exists()
    assert not any(p.exists() for p in campaign.exports)
    assert campaign.bystander.read_text(encoding="utf-8") == "not the campaign's"
    assert ctx.secrets.names() == []
    assert ctx.secrets.get(DATABASE_KEY_NAME) is None
    assert ctx.secrets.get("provider:ovh") is None
    assert not pending_wipe(ctx)
    leftover_text = b"".join(p.read_bytes() for p in files_under(*campaign_folders(campaign)))
    assert PHONE_PATTERN.search(leftover_text) is None


def campaign_folders(campaign: Campaign) -> set[Path]:
    return {p.parent for p in campaign.exports}


@pytest.fixture
def full(ctx, db, tmp_path) -> Campaign:
    return populate_campaign(ctx, db, tmp_path)


def test_full_campaign_is_wiped_and_certified(ctx, db, full, tmp_path) -> None:
    certificate = tmp_path / "records" / "certificate.pdf"
    steps: list[str] = []
    report = wipe_campaign(
        ctx, db, f"  {CANDIDATE} ", certificate_path=certificate, on_step=steps.append
    )
    assert steps == list(STEPS)
    assert_wiped(ctx, full)
    assert report.verification.ok
    assert report.counts["contacts"] == 3
    assert report.counts["opt_outs"] == 1
    assert report.counts["templates"] == 1
    assert report.counts["batches"] == 1
    assert report.counts["messages"] == 2
    assert report.counts["sources"] == 1
    assert report.counts["keyring_entries"] == 2
    assert report.counts["export_files"] == 3
    assert report.counts["files"] >= 3 + 6  # exports + database + logs, settings, cache, backup
    assert report.rounds == ["2026-03-15", "2026-03-22"]
    assert certificate.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(certificate.stat().st_mode) == 0o600


def test_default_certificate_goes_to_documents(ctx, db, full, isolated_user_folders) -> None:
    report = wipe_campaign(ctx, db, CANDIDATE)
    assert report.certificate_path.parent == isolated_user_folders / "Documents"
    assert report.certificate_path.exists()


def snapshot(ctx, campaign: Campaign) -> dict[str, str]:
    """Every file and its content; SQLite's shared-memory index changes on mere reads."""
    files = files_under(*ctx.paths.all_dirs()) + campaign.exports
    return {
        str(p): ""
        if p.name.endswith(("-shm", "-wal"))
        else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files
    }


@pytest.mark.parametrize("typed", ["marie exemple", "Marie", "Marie  Exemple", "", "Marie Exemplé"])
def test_wrong_confirmation_changes_nothing(ctx, db, full, typed) -> None:
    before = snapshot(ctx, full)
    with pytest.raises(WipeError, match="does not match"):
        wipe_campaign(ctx, db, typed)
    assert snapshot(ctx, full) == before
    assert sorted(ctx.secrets.names()) == sorted([DATABASE_KEY_NAME, "provider:ovh"])
    assert not pending_wipe(ctx)
    assert get_profile(db).candidate == CANDIDATE
    assert take_inventory(ctx, db).counts["contacts"] == 3


def test_certificate_inside_the_app_folders_refused(ctx, db, full) -> None:
    before = snapshot(ctx, full)
    with pytest.raises(WipeError, match="inside the campaign's folders"):
        wipe_campaign(ctx, db, CANDIDATE, certificate_path=ctx.paths.data_dir / "cert.pdf")
    with pytest.raises(WipeError, match="inside the campaign's folders"):
        wipe_campaign(ctx, db, CANDIDATE, certificate_path=full.exports[1])
    assert snapshot(ctx, full) == before
    assert ctx.secrets.get(DATABASE_KEY_NAME) is not None


def test_passphrase_campaign_wiped(passphrase_ctx, tmp_path) -> None:
    ctx = passphrase_ctx
    db = create_campaign(ctx, sample_profile())
    campaign = populate_campaign(ctx, db, tmp_path)
    report = wipe_campaign(ctx, db, CANDIDATE, certificate_path=tmp_path / "c.pdf")
    assert report.key_mode == "passphrase"
    assert report.counts["keyring_entries"] == 1
    assert_wiped(ctx, campaign)


def test_general_folders_are_never_wiped() -> None:
    from campagne_desktop.paths import AppPaths

    with pytest.raises(UnsafeFolderError):
        check_folders_are_safe(AppPaths.under(Path.home()))
    with pytest.raises(UnsafeFolderError):
        check_folders_are_safe(AppPaths.under(Path.home() / "Documents"))


def test_inventory_counts_without_changing_anything(ctx, db, full) -> None:
    inventory = take_inventory(ctx, db)
    assert inventory.counts["contacts"] == 3
    assert len(inventory.export_paths) == 3
    assert str(ctx.paths.database) in inventory.files
    assert not any(p in str(inventory) for p in PHONES)
    assert "Testeur" not in str(inventory)


def test_verification_finds_leftovers_and_phone_numbers(tmp_path) -> None:
    from campagne_desktop.paths import AppPaths

    paths = AppPaths.under(tmp_path / "app")
    paths.ensure()
    (paths.log_dir / "old.log").write_text("nothing personal", encoding="utf-8")
    export = tmp_path / "out.csv"
    export.write_text("06 12 34 56 78", encoding="utf-8")
    result = verify(paths, [str(export), str(tmp_path / "gone.csv")])
    assert not result.ok
    assert len(result.leftover_files) == 2
    assert result.files_with_phone_numbers == [str(export)]
    assert result.as_dict()["files_with_phone_numbers"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "+33 6 12 34 56 78",
        "0033612345678",
        "06.12.34.56.78",
        "07 55 50 12 34",
        "+590690123456",
        "+33612345678",
    ],
)
def test_phone_pattern_matches(text) -> None:
    assert PHONE_PATTERN.search(f"x {text};".encode())


@pytest.mark.parametrize("text", ["15/03/2026", "2026-03-15", "0.1.0", "123456", "Contacts 3"])
def test_phone_pattern_ignores(text) -> None:
    assert PHONE_PATTERN.search(text.encode()) is None


KILL_SCRIPT = """
import os, sys
from pathlib import Path
from campagne_desktop.context import AppContext
from campagne_desktop.paths import AppPaths
from campagne_desktop.services.campaign import open_campaign
from campagne_desktop.services.wipe import wipe_campaign

data_dir, certificate, stop_after = sys.argv[1:4]
ctx = AppContext.build(AppPaths.under(Path(data_dir)), trust_keyring=True)

def on_step(name):
    if name == stop_after:
        os._exit(1)

wipe_campaign(ctx, open_campaign(ctx), "Marie Exemple", certificate_path=Path(certificate),
              on_step=on_step)
"""


def kill_wipe_after(ctx, step: str, certificate: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(ctx.paths.data_dir), str(certificate), step],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("step", STEPS[1:-1])  # "provider": test_wipe_provider.py
def test_wipe_killed_halfway_completes_at_next_start(ctx, db, full, tmp_path, step) -> None:
    db.close()
    certificate = tmp_path / "certificate.pdf"
    kill_wipe_after(ctx, step, certificate)
    assert pending_wipe(ctx)
    done = STEPS[: STEPS.index(step) + 1]
    assert (ctx.secrets.get(DATABASE_KEY_NAME) is None) == ("database-key" in done)
    assert (ctx.secrets.get("provider:ovh") is None) == ("secrets" in done)
    assert ctx.paths.database.exists() == ("database" not in done)
    report = resume_pending_wipe(ctx)
    assert report is not None and report.verification.ok
    assert report.counts["contacts"] == 3
    assert certificate.exists()
    assert_wiped(ctx, full)
    assert resume_pending_wipe(ctx) is None


@pytest.mark.slow
def test_wipe_killed_after_planning_cannot_open_the_campaign_twice(ctx, db, full, tmp_path) -> None:
    db.close()
    kill_wipe_after(ctx, "database-key", tmp_path / "c.pdf")
    # The key went first: what is left of the database is unreadable.
    with pytest.raises(Exception, match="keyring"):
        open_campaign(ctx)
    assert resume_pending_wipe(ctx) is not None
    assert_wiped(ctx, full)


def test_reminder_after_the_last_round() -> None:
    profile = sample_profile()  # rounds 15 and 22 March 2026
    assert wipe_reminder(profile, date(2026, 3, 21)) is None
    assert wipe_reminder(profile, date(2026, 3, 22)) is None
    first = wipe_reminder(profile, date(2026, 3, 23))
    assert first is not None
    assert (first.days_since, first.deadline, first.overdue) == (1, date(2026, 4, 21), False)
    assert first.days_left == 29
    assert wipe_reminder(profile, date(2026, 4, 21)).overdue is False
    late = wipe_reminder(profile, date(2026, 4, 22))
    assert late.overdue and late.days_left == 0
    key, params = reminder_message(late)
    assert "has passed" in key and params["deadline"] == "21/04/2026"


def test_reminder_single_round() -> None:
    reminder = wipe_reminder(sample_profile(round2=None), date(2026, 3, 16))
    assert reminder is not None and reminder.last_round == date(2026, 3, 15)
    key, params = reminder_message(reminder)
    assert "before {deadline}" in key and params["days"] == 1
