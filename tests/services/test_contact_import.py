from __future__ import annotations

import multiprocessing
import os
import time
from datetime import date
from pathlib import Path

import pytest

from campagne_desktop.domain.enums import ConsentStatus, OptOutChannel, SourceKind
from campagne_desktop.services import audit
from campagne_desktop.services.contact_import import ImportCancelledError, import_contacts
from campagne_desktop.services.contacts import ContactFilter, count_contacts, list_contacts
from campagne_desktop.services.optouts import record_opt_out
from campagne_desktop.services.sources import SourceDeclaration, SourceError

# Synthetic numbers, all valid for libphonenumber.
MOBILE_A = "0612345678"
MOBILE_B = "0734567890"

EXCEL_CP1252 = (
    "Prénom;Nom;Téléphone portable;Ville;Groupes\r\n"
    "Jeanne;Martin;612345678;Lyon;Bénévoles\r\n"  # Excel ate the leading zero
    "Éloïse;Durand;07 34 56 78 90;Saint-Étienne;\r\n"
    "Anne;Petit;0690 12 34 56;Pointe-à-Pitre;\r\n"
    "Luc;Hoarau;0692 12 34 56;Saint-Denis;\r\n"
    "Line;Mado;0696 12 34 56;Fort-de-France;\r\n"
    "Guy;Cayenne;0694 20 12 34;Cayenne;\r\n"
    "Ali;Mzé;0639 01 23 45;Mamoudzou;\r\n"
    "Zoé;Lemoine;01 42 00 00 00;Paris;\r\n"
    "Bob;Sansnum;;;\r\n"
    "Hans;Müller;+49 151 23456789;Berlin;\r\n"
    "Jeanne;Martin;06.12.34.56.78;Lyon;\r\n"
    "Marc;Martin;+33 6 12 34 56 78;Lyon;\r\n"
)


def declaration(kind=SourceKind.FORM, consent=ConsentStatus.GRANTED, description="formulaire"):
    return SourceDeclaration(
        kind=kind,
        description=description,
        obtained_on=date(2026, 2, 1),
        collection_wording="J'accepte de recevoir des SMS",
        consent=consent,
    )


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_excel_french_file(tmp_path, db, ctx) -> None:
    path = write(tmp_path, "benevoles.csv", EXCEL_CP1252, "cp1252")
    report = import_contacts(db, path, declaration(), actor="t", now=ctx.clock())
    assert report.accepted == 8
    assert report.foreign == 1
    assert report.landlines == 1
    assert report.invalid == 1  # the empty number
    assert report.duplicates == 2
    assert [r.row for r in report.shared_numbers] == [13]  # Marc on Jeanne's number
    phones = {c.phone: c for c in list_contacts(db)}
    assert phones["+33612345678"].first_name == "Jeanne"
    assert phones["+33612345678"].tags == ("bénévoles",)
    assert {
        "+590690123456",
        "+262692123456",
        "+596696123456",
        "+594694201234",
        "+262639012345",
        "+4915123456789",
    } <= set(phones)
    assert phones["+33612345678"].consent is ConsentStatus.GRANTED
    assert "J'accepte" in phones["+33612345678"].consent_evidence
    events = audit.list_events(db)
    assert events[0].action == "contacts.imported" and events[0].counts["accepted"] == 8


def test_reimport_reports_duplicates_never_overwrites(tmp_path, db, ctx) -> None:
    path = write(tmp_path, "a.csv", f"prenom,nom,mobile\nJeanne,Martin,{MOBILE_A}\n")
    import_contacts(db, path, declaration(), actor="t", now=ctx.clock())
    again = write(tmp_path, "b.csv", f"prenom,nom,mobile\nJeanne,Autre,{MOBILE_A}\n")
    report = import_contacts(db, again, declaration(), actor="t", now=ctx.clock())
    assert report.accepted == 0 and report.duplicates == 1
    assert list_contacts(db)[0].last_name == "Martin"


def test_opted_out_number_is_suppressed_on_reimport(tmp_path, db, ctx) -> None:
    record_opt_out(db, MOBILE_B, channel=OptOutChannel.STOP_REPLY, actor="t", now=ctx.clock())
    path = write(tmp_path, "a.csv", f"tel\n{MOBILE_A}\n+33 7 34 56 78 90\n")
    report = import_contacts(db, path, declaration(), actor="t", now=ctx.clock())
    assert report.suppressed == 1 and report.accepted == 1
    assert [c.phone for c in list_contacts(db)] == ["+33612345678"]


@pytest.mark.parametrize("kind", [SourceKind.RENTED, SourceKind.PURCHASED, SourceKind.PARRAINAGE])
def test_rented_purchased_parrainage_cannot_be_granted(tmp_path, db, ctx, kind) -> None:
    path = write(tmp_path, "a.csv", f"tel\n{MOBILE_A}\n")
    with pytest.raises(SourceError):
        import_contacts(db, path, declaration(kind=kind), actor="t", now=ctx.clock())
    report = import_contacts(
        db, path, declaration(kind=kind, consent=ConsentStatus.PENDING), actor="t", now=ctx.clock()
    )
    assert report.accepted == 1
    assert list_contacts(db)[0].consent is ConsentStatus.PENDING


def test_forbidden_source_is_warned(tmp_path, db, ctx) -> None:
    path = write(tmp_path, "a.csv", f"tel\n{MOBILE_A}\n")
    report = import_contacts(
        db,
        path,
        declaration(description="Fichier de l'état civil, mairie"),
        actor="t",
        now=ctx.clock(),
    )
    assert report.warnings and "municipal" in report.warnings[0]


def test_dry_run_writes_nothing(tmp_path, db, ctx) -> None:
    path = write(tmp_path, "a.csv", f"tel\n{MOBILE_A}\n{MOBILE_B}\n")
    report = import_contacts(db, path, declaration(), actor="t", now=ctx.clock(), dry_run=True)
    assert report.accepted == 2
    assert count_contacts(db) == 0
    assert [e.action for e in audit.list_events(db)] == ["campaign.created"]


def test_random_binary_file_changes_nothing(tmp_path, db, ctx) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(Exception) as error:
        import_contacts(db, path, declaration(), actor="t", now=ctx.clock())
    assert "cannot" in str(error.value).lower() or "column" in str(error.value).lower()
    assert count_contacts(db) == 0


def test_cancel_leaves_nothing_behind(tmp_path, db, ctx) -> None:
    rows = "\n".join(f"06{n:08d}" for n in range(12000000, 12003000))
    path = write(tmp_path, "big.csv", "tel\n" + rows + "\n")
    with pytest.raises(ImportCancelledError):
        import_contacts(
            db, path, declaration(), actor="t", now=ctx.clock(), progress=lambda done: done < 2500
        )
    assert count_contacts(db) == 0


def _import_then_die(data_dir: str, path: str) -> None:
    from campagne_desktop.context import AppContext
    from campagne_desktop.paths import AppPaths
    from campagne_desktop.services.campaign import open_campaign

    ctx = AppContext.build(AppPaths.under(Path(data_dir)), trust_keyring=True)
    db = open_campaign(ctx)

    def progress(done: int) -> bool:
        if done >= 2500:
            os._exit(9)  # killed in the middle of the transaction
        return True

    import_contacts(db, Path(path), declaration(), actor="t", now=ctx.clock(), progress=progress)


def test_killed_import_writes_nothing(tmp_path, db, ctx) -> None:
    rows = "\n".join(f"06{n:08d}" for n in range(12000000, 12003000))
    path = write(tmp_path, "big.csv", "tel\n" + rows + "\n")
    process = multiprocessing.get_context("spawn").Process(
        target=_import_then_die, args=(str(ctx.paths.data_dir), str(path))
    )
    process.start()
    process.join(60)
    assert process.exitcode == 9
    time.sleep(0.1)
    assert count_contacts(db) == 0


def test_filters(tmp_path, db, ctx) -> None:
    path = write(tmp_path, "a.csv", EXCEL_CP1252, "cp1252")
    import_contacts(db, path, declaration(), actor="t", now=ctx.clock())
    assert count_contacts(db, ContactFilter(search="lyon")) == 1
    assert count_contacts(db, ContactFilter(search="eloise durand")) == 1  # no accents, no case
    assert count_contacts(db, ContactFilter(search="SAINT-ÉTIENNE")) == 1
    assert count_contacts(db, ContactFilter(search="%")) == 0  # a LIKE wildcard is just text
    assert count_contacts(db, ContactFilter(search="06 12 34 56 78")) == 1
    assert count_contacts(db, ContactFilter(tag="bénévoles")) == 1
    assert count_contacts(db, ContactFilter(commune="cayenne")) == 1
    assert count_contacts(db, ContactFilter(consent=ConsentStatus.PENDING)) == 0
    assert count_contacts(db, ContactFilter(source_kind=SourceKind.FORM)) == 8
    page = list_contacts(db, offset=2, limit=3)
    assert len(page) == 3
    assert [c.last_name for c in list_contacts(db)][:2] == ["Cayenne", "Durand"]


def test_dry_run_reports_what_the_import_then_does(tmp_path, db, ctx) -> None:
    first = write(tmp_path, "first.csv", f"prenom,nom,tel\nAnne,Roux,{MOBILE_B}\n")
    import_contacts(db, first, declaration(), actor="t", now=ctx.clock())
    path = write(tmp_path, "benevoles.csv", EXCEL_CP1252 + f"Anne;Roux;{MOBILE_B};;\r\n", "cp1252")
    preview = import_contacts(db, path, declaration(), actor="t", now=ctx.clock(), dry_run=True)
    done = import_contacts(db, path, declaration(), actor="t", now=ctx.clock())
    assert preview.as_json() | {"dry_run": False} == done.as_json()
    assert (done.accepted, done.duplicates) == (7, 4)  # MOBILE_B was there before: twice
    assert [r.row for r in done.shared_numbers] == [13]
