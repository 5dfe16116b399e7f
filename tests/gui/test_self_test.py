"""`campagne-desktop --self-test` opens the demo campaign, closes it and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def test_self_test_passes_and_leaves_no_demo_folder(tmp_path: Path) -> None:
    before = set(Path(tempfile.gettempdir()).glob("campagne-demo-*"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "campagne_desktop.gui.app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed (8 pages)" in result.stdout
    assert list(tmp_path.glob("campagne-demo-*")) == []
    assert set(Path(tempfile.gettempdir()).glob("campagne-demo-*")) == before
