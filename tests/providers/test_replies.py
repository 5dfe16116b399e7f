"""Reply classification and reading a provider's received-messages export."""

from __future__ import annotations

from pathlib import Path

import pytest

from campagne_desktop.importers import ColumnMappingError
from campagne_desktop.providers import Reply, ReplyKind, classify_reply, read_replies

YES, STOP, NO, OTHER = ReplyKind.CONSENT_YES, ReplyKind.STOP, ReplyKind.REFUSED, ReplyKind.OTHER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("OUI", YES), ("oui.", YES), ("Oui !", YES), ("OUI merci", YES), ("ok oui", YES),
        ("Oui, avec plaisir 👍", YES), ("ouiii", YES), ("  Oui  ", YES), ("yes", YES),
        ("Oui je veux bien", YES), ("D'accord, oui", YES),
        ("STOP", STOP), ("stop", STOP), ("Stop prospection", STOP), ("STOP PROSPECTION", STOP),
        ("stop.", STOP), ("STOP SVP", STOP), ("Stop36111", STOP), ("oui stop", STOP),
        ("oui mais STOP", STOP), ("Non stop", STOP), ("Arrêt", STOP), ("arretez svp", STOP),
        ("Je veux me désinscrire", STOP), ("Ne plus recevoir de messages", STOP),
        ("non", NO), ("Non merci", NO), ("NON.", NO), ("nan", NO), ("Pas intéressée", NO),
        ("Bonjour, qui êtes-vous ?", OTHER), ("ok", OTHER), ("", OTHER), ("oui non", OTHER),
        ("Oui mais pas le dimanche", OTHER), ("Ouistreham", OTHER),
    ],
)  # fmt: skip
def test_classification_table(text: str, kind: ReplyKind) -> None:
    assert classify_reply(text) is kind


def write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


EXPORT = (
    "Date;Expéditeur;Destinataire;Message\r\n"
    "12/03/2026 10:00;+33612345678;36111;OUI\r\n"
    "12/03/2026 10:05;0612345679;36111;Stop prospection\r\n"
    "12/03/2026 10:07;+33612345670;36111;Non merci, très peu pour moi\r\n"
    "12/03/2026 10:09;+33612345671;36111;C'est qui ? Réponse à 20 €\r\n"
    ";;;\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_reads_a_provider_export(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "recus.csv", EXPORT, encoding)

    replies = list(read_replies(path))

    assert replies == [
        Reply(2, "+33612345678", "OUI", YES),
        Reply(3, "0612345679", "Stop prospection", STOP),
        Reply(4, "+33612345670", "Non merci, très peu pour moi", NO),
        Reply(5, "+33612345671", "C'est qui ? Réponse à 20 €", OTHER),
    ]


def test_english_headers_and_comma_delimiter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "inbound.csv",
        "id,to,from,body,received\n1,+33700000000,+33612345678,oui.,2026-03-12\n",
        "utf-8",
    )
    [reply] = list(read_replies(path))
    assert (reply.phone_raw, reply.text, reply.kind) == ("+33612345678", "oui.", YES)


def test_numero_de_telephone_and_contenu_headers(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "Numéro de téléphone;Contenu\n+33612345678;STOP\n", "utf-8")
    [reply] = list(read_replies(path))
    assert reply.kind is STOP and reply.phone_raw == "+33612345678"


def test_file_without_the_needed_columns_is_a_user_error(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "Nom;Ville\nDupont;Lyon\n", "utf-8")
    with pytest.raises(ColumnMappingError, match="Nom"):
        read_replies(path)


@pytest.mark.parametrize(
    "text",
    [
        "retirez mon numéro de votre liste", "Je ne souhaite pas être contacté",
        "Merci de me supprimer de votre fichier", "SUPPRIMER", "supprimez moi svp",
        "Plus de SMS svp", "plus de messages de votre part", "Arrêtez de m'écrire",
        "ARRETER", "désinscrivez-moi", "Je veux ne plus recevoir ça",
        "je ne veux pas recevoir vos sms", "NE ME CONTACTEZ PAS", "n'appelez pas ce numéro",
        "Enlevez mon numéro", "Connard", "bande de cons", "ta gueule", "Foutez-moi la paix",
        "Je vais porter plainte", "je saisis la CNIL", "Mon avocat va vous écrire",
        "C'est du spam, signalé au 33700", "Oui, je vais porter plainte",
    ],
)  # fmt: skip
def test_plain_word_objections_are_stop(text: str) -> None:
    assert classify_reply(text) is STOP


@pytest.mark.parametrize(
    "text", ["Je ne sais pas", "Qui êtes-vous ?", "C'est pour quoi ?", "Pas de souci, oui"]
)
def test_replies_without_an_objection_are_not_stop(text: str) -> None:
    assert classify_reply(text) is OTHER
