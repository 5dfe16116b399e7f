#!/usr/bin/env python3
"""Run the README's "Example session" as a new user would, and check that it says the truth.

1. A virtual environment made by the README's first command alone (`python3 -m venv X &&
   X/bin/pip install .`, no test extra; pip's cache makes it quick after .ci/test's own install).
2. A machine with no keyring at all (`keyring.backends.fail.Keyring`), a throw-away HOME and
   XDG folders, the venv's `bin` on PATH as the README says.
3. The `sh` block is run as written; then every `$ command` of each `console` block, under
   `faketime` at the moment its `<!-- readme-session: at ... -->` comment gives (sending hours
   depend on the clock). Its output (stdout and stderr) must be exactly what the README shows,
   with /home/marie standing for HOME; a command must exit 0 unless the README shows its status
   with `echo $?` right after it.

Exits 1 when any output differs or any command fails, 0 when the whole session, wipe included,
is true. `--venv DIR` reuses a venv made by the README's first command (quicker while editing the
README), `--readme FILE` checks another copy of the README.
Needs only the standard library and Debian's `faketime` (.ci/test installs it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
README_HOME = "/home/marie"
MARKER = "@@readme-session-command@@"


@dataclass
class Block:
    at: str  # the faked local time, e.g. "2026-11-27 10:00:00"
    commands: list[str] = field(default_factory=list)
    outputs: list[list[str]] = field(default_factory=list)


def example_session(readme: str) -> tuple[str, list[Block]]:
    """The `sh` set-up and the console blocks of the README's "Example session" section."""
    start = readme.index("### Example session")
    end = readme.index("\n## ", start)
    section = readme[start:end]
    setup = "\n".join(re.findall(r"```sh\n(.*?)```", section, re.S))
    blocks: list[Block] = []
    pattern = r"(?:<!-- readme-session: at ([^>]+?) -->\s*)?```console\n(.*?)```"
    for match in re.finditer(pattern, section, re.S):
        at, body = match.group(1), match.group(2)
        if at is None:
            raise SystemExit("readme-session: a console block has no `readme-session: at` comment")
        block = Block(at=at.strip())
        lines = body.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.startswith("$ "):
                raise SystemExit(f"readme-session: output before any command: {line!r}")
            command = line[2:]
            while command.endswith("\\"):  # continuation lines
                i += 1
                command = command[:-1] + " " + lines[i].strip()
            i += 1
            output: list[str] = []
            while i < len(lines) and not lines[i].startswith("$ "):
                output.append(lines[i])
                i += 1
            block.commands.append(command)
            block.outputs.append(output)
        blocks.append(block)
    return setup, blocks


def make_venv(where: Path) -> Path:
    """The README's first command, without starting the window."""
    # The interpreter running this script: .ci/test starts it with "$PYTHON" (default python3).
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    done = subprocess.run(
        [str(where / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", "."],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:  # its output only then: pip's notes are noise otherwise
        print(done.stdout + done.stderr, file=sys.stderr)
        raise SystemExit(f"readme-session: `pip install .` failed ({done.returncode})")
    return where / "bin"


def session_env(root: Path, bin_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CAMPAGNE_"))}
    home = root / "home"
    env.update(
        HOME=str(home),
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_DOCUMENTS_DIR=str(home / "Documents"),
        TZ="Europe/Paris",
        LANG="C.UTF-8",
    )
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    env.pop("PYTHONPATH", None)
    return env


def run_block(
    setup: str, block: Block, workdir: Path, env: dict[str, str]
) -> list[tuple[int, str]]:
    """Each command's (status, output), run in one shell so that `echo $?` sees the last one.

    Before each command, and at the end, a marker line carries the previous command's status."""
    script = [setup]
    for command in block.commands:
        script.append(f'__status=$?; echo "{MARKER}$__status"; (exit $__status)')
        script.append(f"{command} 2>&1")
    script.append(f'echo "{MARKER}$?"')
    done = subprocess.run(
        ["faketime", block.at, "bash", "-c", "\n".join(script)],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.stderr.strip():
        print(done.stderr, file=sys.stderr)
    parts = done.stdout.split(MARKER)[1:]  # parts[0] would be what the set-up printed
    if len(parts) != len(block.commands) + 1:
        raise SystemExit(f"readme-session: the shell stopped early:\n{done.stdout}")
    results: list[tuple[int, str]] = []
    for i in range(len(block.commands)):
        output = parts[i].split("\n", 1)[1] if "\n" in parts[i] else ""
        status = int(parts[i + 1].split("\n", 1)[0].strip())
        results.append((status, output))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", type=Path, default=REPOSITORY / "README.md")
    parser.add_argument(
        "--venv", type=Path, help="reuse this venv (made by the README's first command)"
    )
    args = parser.parse_args(argv)
    if shutil.which("faketime") is None:
        print("readme-session: `faketime` (Debian package faketime) is missing.", file=sys.stderr)
        return 1 if os.environ.get("CI") else 0
    setup, blocks = example_session(args.readme.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="readme-session-") as tmp:
        root = Path(tmp)
        if args.venv:
            bin_dir = args.venv.absolute() / "bin"
        else:
            print("== README example session: venv by the README's first command", flush=True)
            bin_dir = make_venv(root / "venv")
        env = session_env(root, bin_dir)
        home = Path(env["HOME"])
        home.mkdir()
        failures = 0
        for block in blocks:
            results = run_block(setup, block, home, env)
            for i, (command, expected) in enumerate(
                zip(block.commands, block.outputs, strict=True)
            ):
                status, output = results[i]
                got = [line.rstrip() for line in output.strip("\n").splitlines()]
                want = [line.rstrip().replace(README_HOME, str(home)) for line in expected]
                while want and not want[-1]:
                    want.pop()
                shown_status = i + 1 < len(block.commands) and block.commands[i + 1] == "echo $?"
                ok = got == want and (status == 0 or shown_status)
                print(f"{'ok ' if ok else 'FAIL'} [{block.at}] $ {command}", flush=True)
                if not ok:
                    failures += 1
                    print("  README shows:\n" + "\n".join(f"    {x}" for x in want))
                    print(f"  it printed (status {status}):\n" + "\n".join(f"    {x}" for x in got))
        left = sorted(p.name for p in home.iterdir())
        print(f"== files left in HOME after the wipe: {left}")
        if (home / "campagne-essai").exists():
            print("FAIL the campaign folder survived the wipe")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
