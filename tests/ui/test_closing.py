"""Closing the app while background work still runs (issue #22, item 12): the work
finishes on the open database before the closing backup, the close and any restore —
never a worker reading (or writing) a database already closed, its writer lock released
or its file replaced by a restore."""

from __future__ import annotations

import time
from typing import Any

import pytest

from rehabdesk.app import feature_registry
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.kit.workers import LatestOnly
from rehabdesk.ui.shell import startup
from rehabdesk.ui.shell.main_window import MainWindow


def test_work_running_at_close_finishes_before_the_database_closes(
        qtbot: Any, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(feature_registry())
    qtbot.addWidget(window)
    finished: list[str] = []
    work_done_at_close: list[bool] = []
    monkeypatch.setattr(startup, "_backup",
                        lambda *args: work_done_at_close.append(bool(finished)))
    close = database.close
    monkeypatch.setattr(database, "close",
                        lambda: (work_done_at_close.append(bool(finished)), close())[-1])

    def slow_read() -> str:
        with database.unit_of_work() as uow:
            get_centre(uow)
            time.sleep(0.5)  # mid-read when the window closes
            code = get_centre(uow).code
        finished.append(code)
        return code

    worker = LatestOnly()
    worker.start(slow_read)
    assert startup.close_centre(window, database) == 0
    assert finished == ["KPC"]
    assert work_done_at_close == [True, True]  # before the closing backup, and the close
