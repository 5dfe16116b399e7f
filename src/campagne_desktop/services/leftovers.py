"""What a crash can leave behind outside the database, cleaned at the next start."""

from __future__ import annotations

import logging

from ..context import AppContext
from ..providers.files import PendingOutputs
from .wipe import shred

log = logging.getLogger(__name__)


def clean_interrupted_outputs(ctx: AppContext) -> int:
    """Overwrite and delete the hidden temporary files of exports a crash interrupted (they may
    hold names and numbers). Call it holding the write lock: a running export lists its own."""
    pending = PendingOutputs.beside(ctx.paths.database)
    if not pending.registry.exists():
        return 0
    count = pending.clean(shred)
    if count:
        log.warning("Removed %d temporary file(s) left by an interrupted export", count)
    return count
