"""One user action, one transaction: the unit of work every use case receives from its caller.

The caller (a CLI command, a GUI action) makes one :class:`UnitOfWork` per action and hands it to
the service. A service that calls another passes the same unit of work on: the inner call joins
the open transaction instead of committing on its own, so a refusal anywhere changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from ..storage.database import Database


class UnitOfWork:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._session: Session | None = None

    @property
    def active(self) -> bool:
        return self._session is not None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """The action's session: committed when the outermost block ends, rolled back on error."""
        if self._session is not None:
            yield self._session  # joined: the outermost block decides
            return
        with self.db.session() as session:
            self._session = session
            try:
                yield session
            finally:
                self._session = None
