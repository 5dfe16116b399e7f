"""Measuring in a fresh process: each figure's peak memory is its own, not the set-up's."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def peak_rss_mib() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_environment() -> dict[str, str]:
    """As installed: compiled bytecode is cached (pip compiles at install), outside the tree."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "campagne-bench-pycache")
    return env


def run_child(script: str, *args: str) -> dict[str, Any]:
    """Run ``benchmarks/<script> --child ARGS`` and return the JSON object it prints last."""
    done = subprocess.run(
        [sys.executable, str(HERE / script), "--child", *args],
        capture_output=True,
        text=True,
        env=child_environment(),
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(**figures: Any) -> None:
    """What a child prints: one JSON line, read by :func:`run_child`."""
    print(json.dumps(figures), flush=True)
