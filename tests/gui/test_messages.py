"""The log: one file at a time, even when the window starts a new campaign after a wipe."""

from __future__ import annotations

import logging

from campagne_desktop.gui.messages import LOG_HANDLER, setup_logging


def test_a_second_setup_replaces_the_first_log(tmp_path) -> None:
    root = logging.getLogger()
    try:
        first = setup_logging(tmp_path / "old")
        second = setup_logging(tmp_path / "new")
        logging.getLogger("campagne_desktop").warning("after the wipe")
        ours = [h for h in root.handlers if h.get_name() == LOG_HANDLER]
        assert len(ours) == 1
        for handler in ours:
            handler.flush()
        assert second.read_text(encoding="utf-8").count("after the wipe") == 1
        assert "after the wipe" not in first.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if h.get_name() == LOG_HANDLER]:
            root.removeHandler(handler)
            handler.close()
