from __future__ import annotations

import re
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from campagne_desktop import __version__
from campagne_desktop.services.certificate import format_moment, latin1, write_certificate
from campagne_desktop.services.wipe import wipe_campaign
from campagne_desktop.services.wipe_journal import WipeReport
from campagne_desktop.services.wipe_scan import PHONE_PATTERN, Verification
from tests.services.test_wipe import NAMES, OPTED_OUT, PHONES, populate_campaign


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def report(**changes) -> WipeReport:
    values = dict(
        candidate="Liste « Ensemble » – Œuvrons",
        election="municipales",
        rounds=["2026-03-15", "2026-03-22"],
        timezone="Europe/Paris",
        key_mode="keyring",
        started_at=datetime(2026, 4, 20, 12, 3, 12, tzinfo=UTC),
        completed_at=datetime(2026, 4, 20, 12, 3, 20, tzinfo=UTC),
        counts={
            "contacts": 1234,
            "opt_outs": 56,
            "templates": 7,
            "batches": 8,
            "messages": 9000,
            "sources": 3,
            "audit_events": 40,
            "files": 21,
            "export_files": 4,
            "keyring_entries": 2,
        },
        verification=Verification(2, 4, [], []),
        certificate_path=Path("unused.pdf"),
        version=__version__,
    )
    values.update(changes)
    return WipeReport(**values)


@pytest.fixture
def wiped_certificate(ctx, db, tmp_path) -> Path:
    populate_campaign(ctx, db, tmp_path)
    path = tmp_path / "kept" / "certificat.pdf"
    wipe_campaign(ctx, db, "Marie Exemple", certificate_path=path)
    return path


def test_certificate_of_a_real_wipe_holds_no_number_or_contact_name(wiped_certificate) -> None:
    text = pdf_text(wiped_certificate)
    assert "Certificat d'effacement" in text
    assert "Marie Exemple" in text
    assert "Élections municipales" in text
    assert "15/03/2026, 22/03/2026" in text
    assert __version__ in text
    assert "conforme" in text
    for phone in (*PHONES, OPTED_OUT):
        assert phone not in text and phone[3:] not in text
    for first, last in NAMES:
        assert first not in text and last not in text
    assert PHONE_PATTERN.search(text.encode()) is None


def test_certificate_lists_counts_date_method_and_version(tmp_path) -> None:
    path = write_certificate(report(), tmp_path / "c.pdf")
    text = pdf_text(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for label, value in [
        ("Contacts", "1234"),
        ("Oppositions", "56"),
        ("Envois", "8"),
        ("Messages", "9000"),
        ("Sources", "3"),
        ("trousseau", "2"),
    ]:
        assert re.search(rf"{label}[^\n]*{value}", text), label
    # 12:03 UTC is 14:03 in Paris in April (summer time): local time, with its zone.
    assert "20/04/2026 à 14:03:12 (Europe/Paris, UTC+02:00)" in text
    assert "effacement cryptographique" in text
    assert f"version {__version__}" in text
    assert "Certificate of deletion" in text


def test_typography_is_made_latin1_safe(tmp_path) -> None:
    text = pdf_text(write_certificate(report(), tmp_path / "c.pdf"))
    assert "Liste « Ensemble » - OEuvrons" in text
    assert latin1("5 € – l’œuvre…") == "5 EUR - l'oeuvre..."
    assert latin1("漢") == "?"


def test_failed_verification_is_stated(tmp_path) -> None:
    bad = Verification(2, 1, ["/x/a.csv", "/x/b.log"], ["/x/a.csv"])
    text = pdf_text(write_certificate(report(verification=bad), tmp_path / "c.pdf"))
    assert "ATTENTION" in text
    assert "2 fichiers restants" in text
    # French agreement, not "(s)": 2 folders, 1 export place.
    assert "2 dossiers de l'application et 1 emplacement d'export" in " ".join(text.split())
    assert "/x/a.csv" not in text


def test_passphrase_method_and_winter_time() -> None:
    moment = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
    assert format_moment(moment, "Europe/Paris").endswith("10:00:00 (Europe/Paris, UTC+01:00)")
    assert format_moment(moment, "America/Martinique").startswith("10/01/2026 à 05:00:00")


def test_passphrase_certificate_says_so(tmp_path) -> None:
    text = pdf_text(write_certificate(report(key_mode="passphrase"), tmp_path / "c.pdf"))
    assert "phrase secrète" in text
