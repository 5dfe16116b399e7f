"""Realistic synthetic contact files for the benchmarks: varied French names (accents included),
communes, tags and phone numbers written the many ways people write them. Deterministic (seeded),
streamed to disk (a million rows never sit in memory), and never real people's data.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path


def _words(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(separator))


_FIRST = _words(
    "Camille Léa Jean Inès Hugo Chloé Louis Zoé Noé Anaïs Gabriel Raphaël Arthur Jules Maël Lucas "
    "Adam Éva Manon Jade Louise Alice Lina Rose Ambre Léna Mila Juliette Anna Romane Lou Margaux "
    "Océane Clémence Hélène Françoise Gérard Bernard Thérèse Josée Agnès Noémie Maëlys Éloïse "
    "Émile Théo Timothée Côme Loïc Gaël Joël Irène Cécile Élodie Aurélie Sébastien Jérôme Stéphane "
    "Frédéric Amélie Mélanie Valérie Nathalie Sylvie Isabelle Christophe Nicolas Julien Mathieu "
    "Antoine Thomas Pierre Paul Marie Anne Claire Sophie Laure Yasmine Mohamed Karim Nadia Fatima "
    "Sofiane Amine Leïla Aïcha Yanis Inaya Kenzo Naël Ibrahim Mamadou Awa Aminata Chen Linh Minh "
    "Bao Ngoc Tiago João Inês Ana Lucía Pablo Marco Giulia Sven Olga Ana-Maria Jean-Pierre "
    "Marie-Hélène Jean-Baptiste Anne-Sophie Pierre-Yves Marie-Thérèse Kévin Cédric Grégory Maëva "
    "Héloïse Bérénice Solène Capucine Apolline Ophélie Félix Lény Célian Ruben Éléonore"
)
_LAST = _words(
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre "
    "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont "
    "Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry "
    "Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin "
    "Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël "
    "Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet "
    "Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc "
    "Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier "
    "Rodriguez Da-Silva Hubert Louis Charles Guillot Rivière Le-Gall Guillaume Adam Rey Moulin "
    "Gonzalez Berger Lecomte Menard Fleury Deschamps Carpentier Julien Benoît Paris Maillard "
    "Marchal Aubry Vasseur Le-Roux Renault Jacquet Collet Prévost Poirier Charpentier Royer "
    "Huet Baron Dupuy Pons Paul Laine Carré Breton Rémy Schneider Pérez Kouassi Diallo Traoré "
    "Benali Haddad Mansour Ferreira Pereira Dos-Santos Tran Pham Lê Hoàng Öztürk Yılmaz Kowalski "
    "d'Almeida D'Amico N'Diaye Saint-Martin Ben-Ahmed De-la-Fontaine Lévêque Bécue Çelik Ødegaard"
)
_COMMUNES = _words(
    "Lyon;Villeurbanne;Vénissieux;Bron;Caluire-et-Cuire;Saint-Priest;Vaulx-en-Velin;Rillieux-la-Pape;"
    "Oullins;Décines-Charpieu;Meyzieu;Écully;Tassin-la-Demi-Lune;Sainte-Foy-lès-Lyon;Givors;"
    "Saint-Genis-Laval;Francheville;Villefranche-sur-Saône;Mions;Genas;Chassieu;Corbas;Feyzin;"
    "Saint-Fons;Pierre-Bénite;La Mulatière;Irigny;Charbonnières-les-Bains;Dardilly;Limonest;"
    "Champagne-au-Mont-d'Or;Saint-Didier-au-Mont-d'Or;Fontaines-sur-Saône;Neuville-sur-Saône;"
    "Pointe-à-Pitre;Les Abymes;Fort-de-France;Le Lamentin;Cayenne;Saint-Denis;Saint-Pierre;"
    "Mamoudzou;Paris;Marseille;Toulouse;Nice;Nantes;Montpellier;Strasbourg;Bordeaux;Lille;Rennes;"
    "Reims;Saint-Étienne;Le Havre;Toulon;Grenoble;Dijon;Angers;Nîmes;Aix-en-Provence;Brest;"
    "Le Mans;Amiens;Tours;Limoges;Clermont-Ferrand;Besançon;Orléans;Metz;Rouen;Mulhouse;Caen;"
    "Nancy;Argenteuil;Montreuil;Roubaix;Tourcoing;Nanterre;Avignon;Créteil;Poitiers;Colombes;"
    "Asnières-sur-Seine;Versailles;Aubervilliers;Courbevoie;Cherbourg-en-Cotentin;Châteauroux;"
    "L'Haÿ-les-Roses;Pontoise;Évry-Courcouronnes;Béziers;Annecy;Aulnay-sous-Bois;Cergy",
    ";",
)
_TAGS = ("", "", "", "", "benevole", "quartier nord", "jeunes", "retraités", "réunion 12/02")
# Overseas mobile prefixes (LEGAL.md section 8): Guadeloupe, Martinique, Guyane, Réunion, Mayotte.
_OVERSEAS = ("690", "691", "696", "697", "694", "692", "693", "639")


def _mobile_nsn(rng: random.Random) -> str:
    """Nine digits after the 0: mostly metropolitan mobiles, a few overseas, landlines, junk."""
    roll = rng.random()
    if roll < 0.86:
        return rng.choice("67") + f"{rng.randrange(100_000_000):08d}"
    if roll < 0.93:
        return rng.choice(_OVERSEAS) + f"{rng.randrange(1_000_000):06d}"
    return rng.choice("123459") + f"{rng.randrange(100_000_000):08d}"  # landlines, VoIP


def _written(nsn: str, rng: random.Random) -> str:
    """One of the ways a number appears in a contact file."""
    pairs = " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
    form = rng.random()
    if form < 0.35:
        return "0" + nsn
    if form < 0.60:
        return f"0{nsn[0]} {pairs}"
    if form < 0.72:
        return f"+33{nsn}"
    if form < 0.80:
        return f"+33 {nsn[0]} {pairs}"
    if form < 0.86:
        return f"0{nsn[0]}." + pairs.replace(" ", ".")
    if form < 0.90:
        return f"0033 {nsn[0]} {pairs}"
    if form < 0.94:
        return nsn  # a spreadsheet ate the leading zero
    if form < 0.96:
        return f"0{nsn[0]}-" + pairs.replace(" ", "-")
    if form < 0.98:
        return f"+33 (0){nsn}"
    return rng.choice(("", "n/a", "06 12", "+44 7700 900123", "+32 470 12 34 56", "0" + nsn[:7]))


def contact_rows(count: int, seed: int = 2026):  # -> Iterator[tuple[str, str, str, str, str]]
    """(first name, last name, phone, commune, tags), about 2 % of numbers given twice."""
    rng = random.Random(seed)
    recent: list[str] = []
    for _ in range(count):
        if recent and rng.random() < 0.02:
            nsn = rng.choice(recent)
        else:
            nsn = _mobile_nsn(rng)
            if len(recent) < 5000:
                recent.append(nsn)
            else:
                recent[rng.randrange(5000)] = nsn
        first = rng.choice(_FIRST)
        if rng.random() < 0.03:
            first = first.upper()
        last = rng.choice(_LAST).replace("-", " " if rng.random() < 0.5 else "-")
        yield first, last, _written(nsn, rng), rng.choice(_COMMUNES), rng.choice(_TAGS)


def write_contacts_csv(path: Path, count: int, seed: int = 2026) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Prénom", "Nom", "Téléphone portable", "Ville", "Étiquettes"])
        writer.writerows(contact_rows(count, seed))
    return path
