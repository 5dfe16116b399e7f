"""The certificate of deletion: a one-page PDF (fpdf2, no Qt) for the campaign's records.

It is written in French, for a French campaign's files. It names the candidate (public) and gives
counts only: never a phone number or a contact's name. fpdf2's core fonts are Latin-1, so every
text goes through :func:`latin1` first.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .wipe_journal import WipeReport
from .wipe_provider_report import ASK_FRENCH, ProviderWipeReport, ProviderWipeStatus

ELECTION_LABELS = {
    "municipales": "Élections municipales",
    "departementales": "Élections départementales",
    "regionales": "Élections régionales",
    "legislatives": "Élections législatives",
    "europeennes": "Élections européennes",
    "presidentielle": "Élection présidentielle",
    "autre": "Autre élection",
}
COUNT_LABELS = (
    ("contacts", "Contacts"),
    ("opt_outs", "Oppositions (liste STOP)"),
    ("templates", "Modèles de message"),
    ("batches", "Envois (lots)"),
    ("messages", "Messages préparés"),
    ("sources", "Sources d'import"),
    ("audit_events", "Événements du journal d'activité"),
    ("files", "Fichiers (base chiffrée, sauvegardes, exports, journaux, réglages)"),
    ("export_files", "    dont fichiers d'export"),
    ("keyring_entries", "Entrées du trousseau système (clé, identifiants)"),
)
_TYPOGRAPHIC = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "…": "...",
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "€": "EUR",
        "œ": "oe",
        "Œ": "OE",
    }
)


def latin1(text: str) -> str:
    """``text`` made printable with the PDF core fonts (typography replaced, the rest as '?')."""
    return text.translate(_TYPOGRAPHIC).encode("latin-1", "replace").decode("latin-1")


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Paris")


def format_moment(moment: datetime, zone_name: str) -> str:
    """``20/04/2026 à 14:03:12 (Europe/Paris, UTC+02:00)``: local time, with its zone."""
    local = moment.astimezone(_zone(zone_name))
    offset = local.strftime("%z")
    return f"{local:%d/%m/%Y à %H:%M:%S} ({zone_name}, UTC{offset[:3]}:{offset[3:]})"


def method_text(report: WipeReport) -> str:
    if report.key_mode == "keyring":
        first = (
            "1. La clé de chiffrement de la base de données (256 bits aléatoires) a d'abord été "
            "supprimée du trousseau du système : toute copie restante de la base chiffrée "
            "(SQLCipher, AES-256) est devenue illisible (effacement cryptographique)."
        )
    else:
        first = (
            "1. La base de données était chiffrée (SQLCipher, AES-256) avec une clé dérivée "
            "d'une phrase secrète que l'application n'a jamais enregistrée (effacement "
            "cryptographique dès que la phrase est oubliée)."
        )
    return "\n".join(
        (
            first,
            "2. Chaque fichier (base et ses fichiers annexes, sauvegardes, exports, journaux, "
            "caches, réglages) a ensuite été réécrit une fois avec des données aléatoires, "
            "synchronisé sur le disque, puis supprimé.",
            "3. Les autres entrées du trousseau (identifiants des prestataires SMS) ont été "
            "supprimées, puis les dossiers de l'application.",
            "Sur les disques SSD, la réécriture n'atteint pas toujours les blocs d'origine : "
            "l'effacement cryptographique (étape 1) en est la garantie.",
        )
    )


def verification_text(report: WipeReport) -> str:
    v = report.verification
    scope = (
        f"{_nombre(v.folders_scanned, 'dossier', 'dossiers')} de l'application et "
        f"{_nombre(v.export_paths_checked, 'emplacement', 'emplacements')} d'export examinés "
        "après l'effacement."
    )
    if v.ok:
        return f"Résultat : conforme. Aucun fichier restant, aucun numéro de téléphone. {scope}"
    return (
        f"Résultat : ATTENTION. "
        f"{_nombre(len(v.leftover_files), 'fichier restant', 'fichiers restants')}, dont "
        f"{len(v.files_with_phone_numbers)} contenant ce qui ressemble à un numéro de "
        f"téléphone. {scope} Supprimez ces fichiers à la main."
    )


def _nombre(count: int, singular: str, plural: str) -> str:
    """A count and its noun as French agrees them (0 and 1 take the singular). The certificate
    is written in French only, so this does not go through the catalogue."""
    return f"{count} {singular if count <= 1 else plural}"


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]


def provider_text(provider: ProviderWipeReport | None) -> str:
    """What was deleted at the SMS provider through its API, and what must be asked by hand."""
    if provider is None:  # a wipe begun by a version without the provider step
        return "Non traité par cette version : demandez au prestataire SMS d'effacer vos données."
    if provider.status == ProviderWipeStatus.NOTHING:
        return (
            "Aucun message n'a été envoyé ni exporté : aucun prestataire SMS ne détient de données."
        )
    lines = []
    name = provider.display_name
    if provider.status == ProviderWipeStatus.DELETED:
        lines.append(
            f"Chez {name}, supprimés par son API : "
            f"{_nombre(provider.sent_deleted, 'message envoyé', 'messages envoyés')} et "
            f"{_nombre(provider.replies_deleted, 'réponse', 'réponses')}. Sa liste STOP est "
            "conservée : elle protège ceux qui ont demandé à ne plus recevoir de messages."
        )
    elif provider.status == ProviderWipeStatus.SKIPPED:
        lines.append(
            f"Chez {name} : rien n'a été supprimé par son API (étape ignorée à la demande de "
            "l'utilisateur, le prestataire étant injoignable ou ayant refusé)."
        )
    else:
        lines.append("Aucun prestataire SMS n'était relié par son API : rien n'y a été supprimé.")
    asks = [ASK_FRENCH.get(key, key) for key in provider.ask_by_hand]
    if asks:
        names = [name] if name else provider.uploaded_to
        whom = f"à {_and(names)}" if names else "au prestataire SMS"
        lines.append(f"À demander à la main {whom} : " + " ; ".join(asks) + ".")
    if provider.uploaded_to:
        lines.append(
            f"Les fichiers exportés pour {_and(provider.uploaded_to)} ont pu être importés sur "
            "son site : supprimez-les à la main sur ce site."
        )
    return "\n".join(lines)


class _Certificate(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.cell(
            0, 8, latin1("Ce certificat ne contient aucun numéro de téléphone ni nom de contact.")
        )


def render_certificate(report: WipeReport) -> bytes:
    pdf = _Certificate(format="A4")
    pdf.set_title(latin1("Certificat d'effacement - " + report.candidate))
    pdf.set_creator(f"Campagne Desktop {report.version}")
    pdf.add_page()
    width = pdf.epw

    def line(text: str, *, size: int = 10, style: str = "", height: float = 5.5) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, height, latin1(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(text: str) -> None:
        pdf.ln(2)
        line(text, size=12, style="B", height=7)

    def row(label: str, value: str, label_share: float = 0.3) -> None:
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(width * label_share, 5, latin1(label))
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(0, 5, latin1(value), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    line("Certificat d'effacement des données de campagne", size=16, style="B", height=9)
    line("Certificate of deletion of the campaign's data", size=10, style="I")

    heading("Campagne")
    row("Candidat ou liste", report.candidate)
    row("Élection", ELECTION_LABELS.get(report.election, report.election))
    rounds = [date.fromisoformat(r).strftime("%d/%m/%Y") for r in report.rounds]
    row("Tours de scrutin" if len(rounds) > 1 else "Tour de scrutin", ", ".join(rounds))

    heading("Effacement")
    row("Lancé le", format_moment(report.started_at, report.timezone))
    row("Terminé le", format_moment(report.completed_at, report.timezone))

    heading("Données détruites")
    for key, label in COUNT_LABELS:
        row(label, str(report.counts.get(key, 0)), label_share=0.62)

    heading("Chez le prestataire SMS")
    line(provider_text(report.provider))

    heading("Méthode")
    line(method_text(report))

    heading("Vérification")
    line(verification_text(report))

    heading("Logiciel")
    line(f"Campagne Desktop, version {report.version}.")
    pdf.ln(3)
    line(
        "Les fichiers constitués pour une élection doivent être supprimés une fois celle-ci "
        "terminée, quel qu'en soit le résultat (recommandation de la CNIL).",
        size=9,
        style="I",
    )
    return bytes(pdf.output())


def write_certificate(report: WipeReport, path: Path) -> Path:
    """Write the certificate to ``path`` (owner-only); returns the path written."""
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = render_certificate(report)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if os.name == "posix":
        path.chmod(0o600)
    return path
