"""The layers of DESIGN.md, enforced: gui → services → domain/storage, nothing upward.

Two checks: importing the lower layers never loads Qt (at run time), and no module imports a
layer it must not (read from the source with ``ast``, so that an import in a rarely-run branch
counts too).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import campagne_desktop

PACKAGE = Path(campagne_desktop.__file__).parent
QT = "PySide6"
DATABASE_LIBRARIES = ("sqlalchemy", "alembic", "sqlcipher3")

# What each layer may not import: other layers of the package by their first name under
# campagne_desktop, and third-party packages by their top-level name.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "storage",
        "services",
        "gui",
        "cli",
        "providers",
        "importers",
        "context",
        QT,
        *DATABASE_LIBRARIES,
        "keyring",
        "httpx",
    ),
    "storage": ("services", "gui", "cli", "providers", "importers", QT),
    "providers": ("storage", "services", "gui", "cli", QT, *DATABASE_LIBRARIES),
    "importers": ("storage", "services", "gui", "cli", "providers", QT, *DATABASE_LIBRARIES),
    "services": ("gui", "cli", QT),
    "cli": ("gui", QT),
    "gui": ("cli", *DATABASE_LIBRARIES),
}
# The GUI holds the open database as an opaque handle that it passes to services, shows the
# wrong-key error, and holds the campaign's write lock while its window is open: those names are
# all it may take from storage (never models or sessions).
GUI_STORAGE_NAMES = {
    "storage.database": {"Database", "WrongKeyError"},
    "storage.lock": {"CampaignLock"},
}


@dataclass(frozen=True)
class Imported:
    module: str  # "campagne_desktop.storage.database", or a third-party dotted name
    names: tuple[str, ...]  # the names taken with "from X import a, b"
    line: int


def _package_of(path: Path) -> list[str]:
    parts = ["campagne_desktop", *path.relative_to(PACKAGE).with_suffix("").parts]
    return parts[:-1]  # a module's package; __init__'s package is its own folder


def imports_of(path: Path, source: str | None = None) -> Iterator[Imported]:
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Imported(alias.name, (), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(path)
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            yield Imported(module, tuple(a.name for a in node.names), node.lineno)


def _layer(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    return first.removesuffix(".py")


def _target(module: str) -> str:
    """The layer name of an imported module, or its third-party top-level name."""
    parts = module.split(".")
    if parts[0] == "campagne_desktop":
        return parts[1] if len(parts) > 1 else "campagne_desktop"
    return parts[0]


def violations(path: Path, source: str | None = None) -> list[str]:
    layer = _layer(path)
    forbidden = FORBIDDEN.get(layer, ())
    found = []
    for imported in imports_of(path, source):
        target = _target(imported.module)
        where = f"{path.relative_to(PACKAGE)}:{imported.line}"
        if target in forbidden:
            found.append(f"{where} ({layer}) imports {imported.module}")
        elif layer == "gui" and target == "storage":
            inner = imported.module.removeprefix("campagne_desktop.")
            allowed = GUI_STORAGE_NAMES.get(inner, set())
            if not imported.names or not set(imported.names) <= allowed:
                found.append(f"{where} (gui) imports {imported.module}: {imported.names}")
    return found


def opens_a_session(source: str) -> bool:
    """A call to ``something.session()``, or any use of ``.sessions`` or ``.engine``."""
    for node in ast.walk(ast.parse(source)):
        call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        if call and node.func.attr == "session":  # type: ignore[attr-defined]
            return True
        if isinstance(node, ast.Attribute) and node.attr in ("sessions", "engine"):
            return True
    return False


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def test_no_module_imports_a_layer_above_or_beside_it() -> None:
    found = [v for path in _modules() for v in violations(path)]
    assert found == []


def test_gui_and_cli_never_open_a_session() -> None:
    found = {
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if _layer(path) in ("gui", "cli") and opens_a_session(path.read_text(encoding="utf-8"))
    }
    # None is tolerated any more: the dashboard's figures and the wipe's export paths moved
    # into services (services/dashboard.py, services/wipe.py).
    assert found == set()


@pytest.mark.parametrize(
    ("where", "source"),
    [
        ("domain/x.py", "import sqlalchemy\n"),
        ("domain/x.py", "from PySide6.QtCore import QObject\n"),
        ("domain/x.py", "from ..services import audit\n"),
        ("storage/x.py", "from ..services.audit import record\n"),
        ("storage/x.py", "from campagne_desktop.gui import app\n"),
        ("services/x.py", "from ..gui.messages import user_text\n"),
        ("services/x.py", "import PySide6\n"),
        ("cli/x.py", "from ..gui import app\n"),
        ("gui/x.py", "from ..storage.models import Contact\n"),
        ("gui/x.py", "from ..storage import database\n"),
        ("gui/pages/x.py", "from ...storage.database import Database, open_database\n"),
        ("gui/x.py", "from sqlalchemy import select\n"),
        ("providers/x.py", "from ..storage.models import Batch\n"),
    ],
)
def test_the_check_catches_each_kind_of_upward_import(where: str, source: str) -> None:
    assert violations(PACKAGE / where, source) != []


def test_the_check_lets_the_allowed_imports_through() -> None:
    allowed = (
        "from ...storage.database import Database\n"
        "from ...services.profile import get_profile\n"
        "from ...domain.times import display_time\n"
    )
    assert violations(PACKAGE / "gui/pages/x.py", allowed) == []
    assert opens_a_session("with self.db.session() as session:\n    pass\n")
    assert not opens_a_session("get_profile(self.db)\n")


@pytest.mark.parametrize(
    "module",
    [
        "campagne_desktop.domain",
        "campagne_desktop.domain.profile",
        "campagne_desktop.storage.database",
        "campagne_desktop.storage.models",
        "campagne_desktop.services.campaign",
        "campagne_desktop.services.profile",
        "campagne_desktop.cli.main",
        "campagne_desktop.services.wipe",
        "campagne_desktop.services.certificate",
        "campagne_desktop.services.batches",
        "campagne_desktop.services.batch_export",
        "campagne_desktop.services.contact_import",
        "campagne_desktop.providers",
        "campagne_desktop.importers",
    ],
)
def test_module_does_not_load_pyside6(module: str) -> None:
    code = f"import sys, {module}; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_check_itself_detects_qt() -> None:
    code = "import sys, campagne_desktop.gui.main_window; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


# Each of these Qt names is used in one gui module only: questions, notices and file pickers go
# through the injected Prompts object, background work through the one JobRunner.
ONE_PLACE = {
    "QMessageBox": "gui/prompts.py",
    "QFileDialog": "gui/prompts.py",
    "QDesktopServices": "gui/prompts.py",
    "QThreadPool": "gui/jobs.py",
    "QRunnable": "gui/jobs.py",
}


def strays(path: Path, source: str | None = None) -> list[str]:
    """Uses of a ONE_PLACE name (imported or referenced) outside the module that owns it."""
    where = path.relative_to(PACKAGE).as_posix()
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.alias):
            name = node.name.rsplit(".", 1)[-1]
        else:
            continue
        owner = ONE_PLACE.get(name)
        if owner is not None and owner != where:
            found.append(f"{where}:{getattr(node, 'lineno', 0)} uses {name} (only in {owner})")
    return found


def test_prompts_and_background_jobs_each_live_in_one_module() -> None:
    found = [s for path in _modules() if _layer(path) == "gui" for s in strays(path)]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "from PySide6.QtWidgets import QMessageBox\n",
        "QtWidgets.QMessageBox.question(None, 't', 'q')\n",
        "from PySide6.QtWidgets import QFileDialog as Files\n",
        "from PySide6.QtCore import QThreadPool\n",
        "QDesktopServices.openUrl(url)\n",
    ],
)
def test_the_one_place_check_catches_a_stray(source: str) -> None:
    assert strays(PACKAGE / "gui/pages/x.py", source) != []
    assert strays(PACKAGE / "gui/prompts.py", "from PySide6.QtWidgets import QMessageBox\n") == []


def _domain_enum_names() -> set[str]:
    from enum import Enum

    from campagne_desktop.domain import enums

    return {
        name
        for name, value in vars(enums).items()
        if isinstance(value, type) and issubclass(value, Enum)
    }


def label_tables(path: Path, source: str | None = None) -> list[str]:
    """Dicts from domain enum values to translated words: they belong in gui/labels.py."""
    enum_names = _domain_enum_names()
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        keyed_by_enum = any(
            isinstance(key, ast.Attribute)
            and isinstance(key.value, ast.Name)
            and key.value.id in enum_names
            for key in node.keys
        )
        translated = any(
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr in ("tr", "translate")
            for value in node.values
        )
        if keyed_by_enum and translated:
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_words_for_domain_values_live_in_the_labels_module() -> None:
    found = [
        table
        for path in _modules()
        if _layer(path) == "gui" and path.name != "labels.py"
        for table in label_tables(path)
    ]
    assert found == []
    stray = "x = {ConsentStatus.GRANTED: self.tr('Granted')}\n"
    assert label_tables(PACKAGE / "gui/pages/x.py", stray) != []
