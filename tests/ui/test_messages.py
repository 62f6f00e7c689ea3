"""One place for messages: known errors in German, bugs to the crash message without data."""

from __future__ import annotations

import logging

from gemeinsam_desktop.errors import DiskFullError
from gemeinsam_desktop.ui import messages
from tests.ui.conftest import message_boxes


def test_known_error_shows_its_german_text(qtbot) -> None:
    box = messages.show_error(None, DiskFullError())
    assert box in message_boxes()
    assert "Speicherplatz" in box.text()
    box.close()


def test_a_bug_names_the_log_and_logs_no_message(qtbot, caplog) -> None:
    messages.set_log_path("/tmp/gemeinsam.log")
    try:
        raise RuntimeError("Frau Öztürk, Tel. 06441 123456")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="gemeinsam_desktop"):
            box = messages.show_error(None, exc)
    assert "/tmp/gemeinsam.log" in box.text() and "Öztürk" not in box.text()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "test_messages.py" in logged
    assert "Öztürk" not in logged and "06441" not in logged
    box.close()
