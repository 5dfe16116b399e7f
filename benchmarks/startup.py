"""Command start-up, cold (fresh processes), best of several runs, beside bare Python's.

- ``campagne --version``: goal < 0.2 s;
- ``campagne profile show`` on a passphrase campaign, key derivation included: goal < 0.8 s;
- baselines in the same run: ``python -c pass`` and ``python -c "import PySide6.QtWidgets"``.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _campaign import isolated_environment
from _child import child_environment

PASSPHRASE = "une phrase de passe pour le banc d'essai"
INIT = [
    "init", "--candidate", "Liste", "--election", "municipales", "--round1", "2026-03-15",
    "--rights-contact", "a@b.fr", "--purpose", "informer", "--sender-id", "LISTE",
    "--stop-number", "36111", "--privacy-url", "https://e.fr/d",
]  # fmt: skip


def best_seconds(command: list[str], env: dict[str, str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def measure(runs: int = 5) -> dict[str, float]:
    root = isolated_environment()
    env = child_environment()
    # No usable keyring: the key is derived from the passphrase (SQLCipher's KDF) at each start.
    env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", CAMPAGNE_PASSPHRASE=PASSPHRASE
    )
    env["QT_QPA_PLATFORM"] = "offscreen"
    campagne = [sys.executable, "-m", "campagne_desktop.cli.main", "--data-dir", str(root / "c")]
    try:
        subprocess.run([*campagne, *INIT], env=env, check=True, capture_output=True)
        return {
            "version_s": best_seconds([*campagne, "--version"], env, runs),
            "profile_show_s": best_seconds([*campagne, "profile", "show"], env, runs),
            "python_s": best_seconds([sys.executable, "-c", "pass"], env, runs),
            "qtwidgets_s": best_seconds(
                [sys.executable, "-c", "import PySide6.QtWidgets"], env, runs
            ),
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    m = measure(parser.parse_args().runs)
    print(f"start-up, best of runs (load average {os.getloadavg()[0]:.1f})")
    print(f"  campagne --version      {m['version_s']:6.3f} s   (goal < 0.2 s)")
    print(
        f"  campagne profile show   {m['profile_show_s']:6.3f} s   (goal < 0.8 s, passphrase KDF)"
    )
    print(f"  python -c pass          {m['python_s']:6.3f} s   (baseline)")
    print(f"  import PySide6.QtWidgets {m['qtwidgets_s']:5.3f} s   (baseline)")


if __name__ == "__main__":
    main()
