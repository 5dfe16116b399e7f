"""The test suite never writes to the real home or temporary folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tests import conftest


def test_home_and_temporary_folder_are_the_tests_own(isolated_user_folders: Path) -> None:
    assert Path.home() == isolated_user_folders != conftest.REAL_HOME
    assert Path(tempfile.gettempdir()) == isolated_user_folders / "tmp"
    assert os.environ["TMPDIR"] == str(isolated_user_folders / "tmp")
    with tempfile.NamedTemporaryFile() as handle:
        assert Path(handle.name).parent == isolated_user_folders / "tmp"


def test_the_session_check_sees_a_new_or_rewritten_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(conftest, "LEAK_PATTERNS", ((tmp_path, "campagne*"),))
    (tmp_path / "campagne-old").touch()
    (tmp_path / "unrelated.txt").touch()
    before = conftest._leak_snapshot()
    assert list(before) == [tmp_path / "campagne-old"]
    (tmp_path / "campagne-essai").mkdir()
    after = conftest._leak_snapshot()
    assert sorted(p.name for p, m in after.items() if before.get(p) != m) == ["campagne-essai"]
