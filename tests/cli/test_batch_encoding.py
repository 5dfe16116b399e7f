"""End to end through the command line: French names reach everyone, and nobody is dropped silently.

A file of ordinary French names, all consenting, goes into a batch with nobody left out and every
message in GSM-7 within the default cap of 3 SMS (smart encoding). People who are left out are
listed with their name, number, the reason in words and the fix, in English and in French.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from campagne_desktop.cli.main import main
from tests.cli.test_campaign_commands import INIT
from tests.conftest import PASSPHRASE

# About 200 characters of GSM-7 text: with the full footer, 3 SMS in GSM-7 but 6 in UCS-2.
BODY = (
    "Bonjour {{ prenom }} {{ nom }}, Liste Exemple vous invite à la réunion publique de "
    "{{ commune }} jeudi 12 mars à 19h, salle municipale. Venez avec vos questions sur le "
    "logement, les transports et les écoles !"
)
FRENCH_NAMES = [
    ("François", "Lefèvre", "0612345601", "Châtillon"),
    ("Anaïs", "Benoît", "0612345602", "Saint-Étienne"),
    ("Jérôme", "Noël", "0612345603", "L'Haÿ-les-Roses"),
    ("Maïté", "Œuvray", "0612345604", "Crêches-sur-Saône"),
    ("Marie-Ève", "Dubois", "0612345605", "Lyon"),
    ("Benoît", "Crêpin", "0612345606", "Vénissieux"),
    ("Zoé", "Hoarau", "0612345607", "Saint-Benoît"),
    ("Hélène", "Müller", "0612345608", "Bron"),
]


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)


def run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def write_csv(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    lines = ["prénom,nom,portable,commune", *(",".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def campaign(capsys, data_dir: Path, tmp_path: Path) -> Path:
    assert run(capsys, data_dir, *INIT)[0] == 0
    body = tmp_path / "reunion.txt"
    body.write_text(BODY, encoding="utf-8")
    assert run(capsys, data_dir, "template", "add", "Réunion", "--file", str(body))[0] == 0
    assert run(capsys, data_dir, "template", "approve", "Réunion")[0] == 0
    return tmp_path


def import_file(capsys, data_dir: Path, path: Path, consent: str = "granted") -> None:
    status, out, err = run(
        capsys,
        data_dir,
        "import",
        str(path),
        "--source-kind",
        "form",
        "--source",
        "formulaire du site, 2026",
        "--consent",
        consent,
    )
    assert status == 0, out + err


def frozen_encodings(data_dir: Path, batch_id: int) -> list[tuple[str, int, str]]:
    from sqlalchemy import select

    from campagne_desktop.context import AppContext
    from campagne_desktop.paths import AppPaths
    from campagne_desktop.services.campaign import open_campaign
    from campagne_desktop.storage.models import BatchMessage

    ctx = AppContext.build(AppPaths.under(data_dir), ask_passphrase=lambda _p: PASSPHRASE)
    db = open_campaign(ctx)
    try:
        with db.session() as session:
            rows = session.execute(
                select(BatchMessage.encoding, BatchMessage.segments, BatchMessage.text).where(
                    BatchMessage.batch_id == batch_id
                )
            )
            return [tuple(row) for row in rows]
    finally:
        db.close()


def test_a_file_of_french_names_reaches_everyone_in_gsm7(capsys, data_dir, campaign) -> None:
    import_file(capsys, data_dir, write_csv(campaign / "noms.csv", FRENCH_NAMES))
    status, out, err = run(capsys, data_dir, "--json", "batch", "create", "--template", "Réunion")
    assert status == 0, err
    created = json.loads(out)
    assert created["messages"] == len(FRENCH_NAMES)
    assert created["excluded"] == {} and created["left_out"] == []
    assert created["adapted"] == 7  # all but Hélène Müller (é and ü are GSM-7)
    frozen = frozen_encodings(data_dir, created["id"])
    assert len(frozen) == len(FRENCH_NAMES)
    assert all(encoding == "GSM-7" and segments <= 3 for encoding, segments, _ in frozen)
    texts = "\n".join(text for _, _, text in frozen)
    assert "Bonjour Francois Lefèvre, " in texts and "Maité OEuvray" in texts
    assert "Hélène Müller" in texts


def test_keeping_accents_costs_more_and_leaves_people_out(capsys, data_dir, campaign) -> None:
    import_file(capsys, data_dir, write_csv(campaign / "noms.csv", FRENCH_NAMES))
    assert run(capsys, data_dir, "profile", "set", "keep_accents", "true")[0] == 0
    status, out, _ = run(capsys, data_dir, "--json", "batch", "create", "--template", "Réunion")
    created = json.loads(out)
    assert status == 0 and created["adapted"] == 0
    assert created["excluded"] == {"over_segment_cap": 7}
    assert {p["name"] for p in created["left_out"]} >= {"François Lefèvre", "Maïté Œuvray"}


def test_people_left_out_are_named_with_a_fix(capsys, data_dir, campaign) -> None:
    rows = [*FRENCH_NAMES[:2], ("Sam 😀", "Smiley", "0612345609", "Bron")]
    import_file(capsys, data_dir, write_csv(campaign / "noms.csv", rows))
    pending = write_csv(campaign / "attente.csv", [("Paul", "Attente", "0612345610", "Bron")])
    import_file(capsys, data_dir, pending, consent="pending")

    status, out, _ = run(capsys, data_dir, "batch", "create", "--template", "Réunion")
    assert status == 0
    assert "Sam 😀 Smiley (+33612345609): longer than the SMS cap." in out
    assert "6 SMS for a cap of 3: shorten the message by " in out
    assert "short footer" not in out  # offered only when it would be enough
    assert "raise the cap to 6 SMS for this batch" in out
    assert "Paul Attente (+33612345610): no consent for this kind of message." in out
    assert "Record their consent, or send them a consent request first." in out
    for code in ("over_segment_cap", "not_consented"):
        assert code not in out

    status, out, _ = run(capsys, data_dir, "--json", "batch", "create", "--template", "Réunion")
    left_out = {p["phone"]: p for p in json.loads(out)["left_out"]}
    assert left_out["+33612345609"]["reason"] == "over_segment_cap"
    assert left_out["+33612345609"]["fix"]["raise_cap_to"] == 6
    assert left_out["+33612345610"]["reason"] == "not_consented"

    status, out, _ = run(
        capsys, data_dir, "--json", "batch", "create", "--template", "Réunion", "--segment-cap", "6"
    )
    raised = json.loads(out)
    assert raised["messages"] == 3 and "over_segment_cap" not in raised["excluded"]
    status, out, _ = run(capsys, data_dir, "batch", "check", str(raised["id"]))
    assert "longer than" not in out  # the check holds the batch to the cap it was made with


def test_the_list_is_capped_in_text_and_complete_in_json(capsys, data_dir, campaign) -> None:
    rows = [(f"Nom{i}", "Attente", f"06123457{i:02d}", "Bron") for i in range(25)]
    import_file(capsys, data_dir, write_csv(campaign / "attente.csv", rows), consent="pending")
    import_file(capsys, data_dir, write_csv(campaign / "noms.csv", FRENCH_NAMES[:1]))
    status, out, _ = run(capsys, data_dir, "batch", "create", "--template", "Réunion")
    assert status == 0
    assert out.count("no consent for this kind of message.") == 20
    assert "... and 5 more." in out
    status, out, _ = run(capsys, data_dir, "--json", "batch", "create", "--template", "Réunion")
    assert len(json.loads(out)["left_out"]) == 25


def test_nobody_reachable_still_names_everyone(capsys, data_dir, campaign) -> None:
    rows = [("Sam 😀", "Smiley", "0612345609", "Bron")]
    import_file(capsys, data_dir, write_csv(campaign / "noms.csv", rows))
    status, out, _ = run(capsys, data_dir, "batch", "create", "--template", "Réunion")
    assert status == 3
    assert "No batch was created." in out
    assert "Sam 😀 Smiley (+33612345609)" in out and "raise the cap to 6 SMS" in out


def test_the_list_in_french(capsys, data_dir, campaign, monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "fr")
    rows = [("Sam 😀", "Smiley", "0612345609", "Bron"), FRENCH_NAMES[0]]
    import_file(capsys, data_dir, write_csv(campaign / "noms.csv", rows))
    status, out, _ = run(capsys, data_dir, "batch", "create", "--template", "Réunion")
    assert status == 0
    assert "Laissés de côté, et ce qui les inclurait :" in out
    assert "Sam 😀 Smiley (+33612345609) : dépasse le nombre maximal de SMS." in out
    assert "raccourcir le message de " in out
    assert "porter le maximum à 6 SMS pour cet envoi" in out
    assert "over_segment_cap" not in out


# --- Cost you can see, and the fixer at approval ---------------------------------------------


def test_cost_shows_each_source_footer_with_both_forms(capsys, data_dir, campaign) -> None:
    import_file(capsys, data_dir, write_csv(campaign / "noms.csv", FRENCH_NAMES))
    status, out, _ = run(capsys, data_dir, "template", "cost", "Réunion")
    assert status == 0
    assert "7 messages with names written without the accents GSM-7 lacks." in out
    assert "Contacts from a form (formulaire du site, 2026): 8 messages, a footer of " in out
    assert "    Numéro recueilli via notre formulaire" in out
    assert "    Infos : https://exemple.fr/donnees" in out  # the short form, shown in full
    # Here the link is longer than the purpose it replaces: the short form saves nothing.
    assert "Full footer: 24 SMS, €1.20. Short footer: 24 SMS, €1.20." in out
    status, out, _ = run(capsys, data_dir, "--json", "template", "cost", "Réunion")
    shown = json.loads(out)
    assert shown["full_footer"]["segments"] == shown["short_footer"]["segments"] == 24
    (source,) = shown["per_source"]
    assert source["footer_length"] == len(source["footer"])
    assert source["short_footer_length"] == len(source["short_footer"])
    assert source["footer_encoding"] == "GSM-7"
    assert source["messages"] == 8 and source["full_segments"] == 24

    # Without a privacy link there is no short form, and the estimate says how to get one.
    run(capsys, data_dir, "profile", "set", "privacy_url", "")
    status, out, _ = run(capsys, data_dir, "template", "cost", "Réunion")
    assert "Short footer: set a privacy notice link in the profile to use it." in out


def test_full_then_short_footer_setting(capsys, data_dir, campaign) -> None:
    status, out, err = run(capsys, data_dir, "profile", "set", "footer_form", "full_then_short")
    assert status == 0, err
    assert "full_then_short" in out


def test_approval_offers_the_fixer_when_the_text_forces_ucs2(capsys, data_dir, campaign) -> None:
    body = campaign / "apostrophe.txt"
    body.write_text("Bonjour {{ prenom }}, c’est « notre » réunion…", encoding="utf-8")
    run(capsys, data_dir, "template", "add", "Typo", "--file", str(body))
    status, out, _ = run(capsys, data_dir, "template", "approve", "Typo")
    assert status == 0
    assert "This text forces UCS-2" in out
    assert "'’' → \"'\"" in out and "'…' → '...'" in out
    status, out, _ = run(capsys, data_dir, "template", "approve", "Réunion")
    assert "UCS-2" not in out
