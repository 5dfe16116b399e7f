"""SQL functions the queries need, registered on every connection."""

from __future__ import annotations

from typing import Any

from ..domain.text import fold


def register_functions(dbapi_connection: Any) -> None:
    """``fold(text)``: the domain's case- and accent-folding, so SQL matches as Python does."""
    dbapi_connection.create_function(
        "fold",
        1,
        lambda value: fold(value) if isinstance(value, str) else value,
        deterministic=True,
    )
