"""Alembic migrations applied automatically whenever a database is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..domain.messages import QT_TRANSLATE_NOOP, UserError

MIGRATIONS = Path(__file__).parent / "migrations"


class NewerDatabaseError(UserError):
    """The database was written by a newer version of the app: refuse rather than corrupt it."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
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
