"""vCards as an iPhone, an Android phone and a vCard 4.0 exporter write them (synthetic)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campagne_desktop.importers import ImportFileError, open_reader
from campagne_desktop.importers.vcard_reader import VCardReader, logical_lines, parse_property

IPHONE_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Lefèvre;Camille;;;\r\n"
    "FN:Camille Lefèvre\r\n"
    "item1.TEL;type=pref:01 23 45 67 89\r\n"
    "item1.X-ABLabel:_$!<Home>!$_\r\n"
    "item2.TEL:06 12 34 56 78\r\n"
    "item2.X-ABLabel:_$!<Mobile>!$_\r\n"
    "TEL;type=WORK;type=VOICE:04 72 00 00 00\r\n"
    "item3.ADR;type=HOME;type=pref:;;12 rue des Écoles;Villeurbanne;;69100;France\r\n"
    "item3.X-ABADR:fr\r\n"
    "NOTE:Rencontrée au marché\\, samedi\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:;;;;\r\n"
    "FN:Maman\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+33 7 12 34 56 78\r\n"
    "END:VCARD\r\n"
)

# Android 2.1 export: quoted-printable names, a soft break ("=" at the end), a folded line.
ANDROID_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=44=75=70=6F=6E=74;=C3=89=6C=6F=64=69=65;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89=6C=6F=64=69=65=20=44=75=70=6F=6E=74=20=\r\n"
    "=4A=72\r\n"
    "TEL;HOME:01 45 67 89 10\r\n"
    "TEL;CELL;PREF:06 11 22 33 44\r\n"
    "ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;1 all=C3=A9e des Ch=C3=AAnes;=\r\n"
    "Cr=C3=A9teil;;94000;\r\n"
    "NOTE:une note pliée\r\n"
    "  sur deux lignes\r\n"
    "CATEGORIES:Bénévoles,Quartier Nord\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    " /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
    "\r\n"
    "END:VCARD\r\n"
)

VCARD_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Inès Moreau\n"
    "N:Moreau;Inès;;;\n"
    'TEL;VALUE=uri;TYPE="voice,home":tel:+33-1-23-45-67-89\n'
    'TEL;VALUE=uri;PREF=1;TYPE="cell,voice":tel:+33-6-12-34-56-78;ext=12\n'
    "TEL;TYPE=fax:+33 1 99 99 99 99\n"
    "END:VCARD\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_iphone_item_groups_and_labels_put_the_mobile_first(tmp_path: Path) -> None:
    reader = open_reader(write(tmp_path, "iphone.vcf", IPHONE_30))
    assert isinstance(reader, VCardReader)
    assert reader.headers == ["first_name", "last_name", "phones", "commune", "postal_code", "tags"]
    first, second = list(reader)
    assert first.row_number == 1
    assert first.values["first_name"] == "Camille"
    assert first.values["last_name"] == "Lefèvre"
    # Mobile label first; then the landlines, the one marked pref before the other.
    assert first.values["phones"] == "06 12 34 56 78 ::: 01 23 45 67 89 ::: 04 72 00 00 00"
    assert first.values["commune"] == "Villeurbanne"
    assert first.values["postal_code"] == "69100"
    assert "marché" not in " ".join(first.values.values())  # NOTE is ignored
    assert second.row_number == 2
    assert (second.values["first_name"], second.values["last_name"]) == ("Maman", "")
    assert second.values["phones"] == "+33 7 12 34 56 78"


def test_android_21_quoted_printable_soft_breaks_and_folding(tmp_path: Path) -> None:
    (card,) = list(open_reader(write(tmp_path, "android.vcf", ANDROID_21)))
    assert card.values["last_name"] == "Dupont"
    assert card.values["first_name"] == "Élodie"
    assert card.values["phones"] == "06 11 22 33 44 ::: 01 45 67 89 10"
    assert card.values["commune"] == "Créteil"
    assert card.values["postal_code"] == "94000"
    assert card.values["tags"] == "Bénévoles ::: Quartier Nord"


def test_vcard_40_quoted_type_list_and_tel_uri(tmp_path: Path) -> None:
    (card,) = list(open_reader(write(tmp_path, "v4.vcf", VCARD_40)))
    assert card.values["phones"] == "+33-6-12-34-56-78 ::: +33-1-23-45-67-89 ::: +33 1 99 99 99 99"
    assert (card.values["first_name"], card.values["last_name"]) == ("Inès", "Moreau")


def test_formatted_name_fills_in_when_n_is_missing(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Jean-Paul Le Gall\nTEL:0612345678\nEND:VCARD\n"
    (card,) = list(open_reader(write(tmp_path, "fn.vcf", text)))
    assert (card.values["first_name"], card.values["last_name"]) == ("Jean-Paul", "Le Gall")


def test_card_without_end_line_is_still_read(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\nN:A;Anne\nTEL:0611111111\n"
        "BEGIN:VCARD\nN:B;Bruno\nTEL:0622222222\nEND:VCARD\n"
        "BEGIN:VCARD\nN:C;Chloé\nTEL:0633333333\n"
    )
    names = [r.values["first_name"] for r in open_reader(write(tmp_path, "cut.vcf", text))]
    assert names == ["Anne", "Bruno", "Chloé"]


def test_preview_does_not_consume_iteration(tmp_path: Path) -> None:
    reader = open_reader(write(tmp_path, "iphone.vcf", IPHONE_30))
    iterator = iter(reader)
    assert next(iterator).row_number == 1
    assert [r.row_number for r in reader.preview(1)] == [1]
    assert next(iterator).row_number == 2


def test_vcf_file_without_cards_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="BEGIN:VCARD"):
        open_reader(write(tmp_path, "vide.vcf", "VERSION:3.0\nFN:personne\n"))


def test_cp1252_vcard_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "ancien.vcf"
    path.write_bytes("BEGIN:VCARD\nN:Brûlé;Zoé\nTEL;CELL:0612345678\nEND:VCARD\n".encode("cp1252"))
    (card,) = list(open_reader(path))
    assert (card.values["first_name"], card.values["last_name"]) == ("Zoé", "Brûlé")


def test_parse_property_reads_groups_bare_params_and_quoted_lists() -> None:
    prop = parse_property('item1.TEL;CELL;TYPE="voice,pref":+33 6 12')
    assert prop is not None
    assert (prop.group, prop.name, prop.value) == ("ITEM1", "TEL", "+33 6 12")
    assert prop.types() == ["cell", "voice", "pref"]
    assert parse_property("no colon here") is None


def test_logical_lines_unfold_space_and_tab_continuations() -> None:
    lines = ["NOTE:a\r\n", " b\r\n", "\tc\r\n", "FN:x\r\n"]
    assert list(logical_lines(lines)) == ["NOTE:abc", "FN:x"]
