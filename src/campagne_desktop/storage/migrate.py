"""Alembic migrations applied automatically whenever a database is opened."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from ..domain.messages import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:  # Alembic takes ~0.15 s to import: only when a migration has to run
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


class NewerDatabaseError(UserError):
    """The database was written by a newer version of the app: refuse rather than corrupt it."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _declared_head() -> str | None:
    """The single head of the revision files, read without Alembic; None if in any doubt."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            # `revision = "0003"` or the annotated `revision: str = "0003"`
            target = node.targets[0] if isinstance(node, ast.Assign) else None
            target = node.target if isinstance(node, ast.AnnAssign) else target
            value = getattr(node, "value", None)
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                values[target.id] = value.value
        revision, parent = values.get("revision"), values.get("down_revision", ...)
        if not isinstance(revision, str) or not (parent is None or isinstance(parent, str)):
            return None  # a merge (tuple), a missing name, anything unusual: Alembic decides
        revisions.add(revision)
        if parent is not None:
            parents.add(parent)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not connection.execute(text(_VERSION_TABLE)).first():
            return None  # a new database
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if len(rows) == 1 else None


_VERSION_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    if target == "head":
        head = _declared_head()
        if head is not None and _stored_revision(engine) == head:
            return  # already up to date, the usual case: no need to import Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    current = current_revision(engine)
    if current is not None and current not in known:
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This campaign was saved by a newer version of Campagne Desktop "
                "(schema {revision}). Install the latest version to open it.",
            ),
            revision=current,
        )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
