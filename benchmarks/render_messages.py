"""Render + footer + check + count for 100,000 contacts, against the bare Jinja render.

The measured path is :class:`campagne_desktop.domain.rendering.MessageRenderer`, the per-message
work of previews, selection estimates and batches. The floor is the same template rendered by a
plain ``SandboxedEnvironment`` for the same contacts. Target: at most twice the floor.

    python benchmarks/render_messages.py [--contacts N] [--repeat R]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from campagne_desktop.domain.enums import SourceKind, TemplateKind
from campagne_desktop.domain.footer import SourceInfo
from campagne_desktop.domain.rendering import MessageRenderer
from campagne_desktop.domain.templating import compile_template, template_values

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _campaign import benchmark_profile

TEMPLATE = (
    "Bonjour {{ prenom }},\n"
    "{% if commune %}à {{ commune }}, {% endif %}{{ candidat }} vous invite à voter le "
    "{{ tour1 }}{% if tour2 %} (2e tour le {{ tour2 }}){% endif %}. Merci de votre soutien !"
)
PROFILE = benchmark_profile()
SOURCES = (
    SourceInfo(SourceKind.FORM, "formulaire du site"),
    SourceInfo(SourceKind.NEWSLETTER, "infolettre"),
    SourceInfo(SourceKind.FIELD, "porte-à-porte de janvier"),
)
FIRST = ("Camille", "Jean", "Inès", "Zoé", "Hélène", "Loïc", "Marc", "Anne-Sophie", "Noël", "Lou")
LAST = ("Exemple", "Modèle", "Essai", "Fictif", "Témoin", "Martin", "Durand")
COMMUNES = ("Villeneuve", "Saint-Fictif-sur-Mer", "Bourg-Témoin", "", "Port-Essai")

Contact = tuple[str, str, str, SourceInfo]


def synthetic_contacts(n: int, seed: int = 2026) -> list[Contact]:
    rng = random.Random(seed)
    return [
        (rng.choice(FIRST), rng.choice(LAST), rng.choice(COMMUNES), rng.choice(SOURCES))
        for _ in range(n)
    ]


def run_floor(contacts: list[Contact]) -> int:
    """The bare sandboxed render: what any templating must cost at least."""
    template = SandboxedEnvironment(undefined=StrictUndefined).from_string(TEMPLATE)
    static = template_values("", "", "", PROFILE)
    size = 0
    for first, last, commune, _source in contacts:
        values = dict(static)
        values["prenom"], values["nom"], values["commune"] = first, last, commune
        size += len(template.render(values))
    return size


def run_full(contacts: list[Contact]) -> int:
    """Render + footer + compliance check + segment count, as a batch does."""
    renderer = MessageRenderer(compile_template(TEMPLATE), PROFILE, TemplateKind.CAMPAIGN)
    segments = 0
    for first, last, commune, source in contacts:
        message = renderer.render(first, last, commune, source)
        if message.missing:
            raise AssertionError("a rendered message lacks a required element")
        segments += message.segments.segments
    return segments


def best_of(repeat: int, work: Callable[[list[Contact]], int], data: list[Contact]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work(data)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is kept")
    args = parser.parse_args(argv)
    contacts = synthetic_contacts(args.contacts)
    floor = best_of(args.repeat, run_floor, contacts)
    full = best_of(args.repeat, run_full, contacts)
    per = 1e6 / args.contacts
    print(f"contacts:                       {args.contacts:,}")
    print(f"floor (bare sandboxed render):  {floor:.3f} s  ({floor * per:.2f} µs/message)")
    print(f"render+footer+check+count:      {full:.3f} s  ({full * per:.2f} µs/message)")
    print(f"ratio:                          {full / floor:.2f} x  (target <= 2.00 x)")
    print(f"segments in all:                {run_full(contacts):,}")
    return 0 if full <= 2 * floor else 1


if __name__ == "__main__":
    sys.exit(main())
