"""Files the app writes for the user outside provider exports: JSON, owner-only, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..providers.files import PendingOutputs, private_output


def write_owner_only(
    path: Path,
    data: dict[str, Any],
    *,
    overwrite: bool = False,
    pending: PendingOutputs | None = None,
) -> Path:
    """Write ``data`` as JSON to ``path`` (0600, all or nothing); an existing file is refused
    unless ``overwrite`` (a save dialog already asked). Returns the full path."""
    path = path.expanduser().resolve()
    with private_output(path, encoding="utf-8", overwrite=overwrite, pending=pending) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return path
