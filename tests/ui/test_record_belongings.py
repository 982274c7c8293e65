"""The record shows what each stay's arrival handed in (issue #22, item 1)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from rehabdesk.domain.intake import Belonging, NewEpisode
from rehabdesk.services.intake import arrivals as intake
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.record.view import EpisodesTab, RecordView
from rehabdesk.ui.register.detainees_page import DetaineesPage
from tests.conftest import TODAY, register
from tests.ui.conftest import ui_context


def test_each_episode_lists_its_belongings(  # type: ignore[no-untyped-def]
        qtbot, database: Database, clerk: Actor) -> None:
    uid = register(database, clerk, arrival=dt.date(2025, 2, 1))
    with database.unit_of_work(write=True) as uow:
        intake.readmit(uow, clerk, uid, NewEpisode(dt.date(2026, 5, 1), belongings=(
            Belonging("mobile phone", 1, "cracked screen"), Belonging("shirt", 2))), TODAY)
    page = DetaineesPage(ui_context(database, clerk))
    qtbot.addWidget(page)
    view = page.open_record(uid)
    assert isinstance(view, RecordView)
    [episodes] = view.findChildren(EpisodesTab)
    model = episodes.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Belongings")
    cells = {model.index(r, 0).data(): model.index(r, column).data()
             for r in range(model.rowCount())}
    assert cells == {"KPC-2026-000001": "1 × mobile phone (cracked screen)\n2 × shirt",
                     "KPC-2025-000001": ""}
    view.close()
