"""Finding the shipped resources/ and translations/ folders, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # A wheel carries the folders inside the package (pyproject force-include); an editable
    # install or a checkout has them at the top of the repository.
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parents[1] / name


def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return _shipped("translations")


def docs_dir() -> Path:
    """The plain-words rules (``rules.md``, ``rules.fr.md``); the wheel carries only those."""
    return _shipped("docs")


def icon_path() -> Path:
    return resources_dir() / "campagne-desktop.svg"
