"""The centre setting "Send photos to headquarters" on the Administration page's centre
settings (issue #16, item 4): off by default, ticked by an administrator with a reason
(audited by the service), unavailable to anyone else."""

from __future__ import annotations

from typing import Any

from rehabdesk.domain.settings import SEND_PHOTOS_TO_HQ
from rehabdesk.services.platform import settings, users
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.administration.settings_form import CentreSettingsForm
from rehabdesk.ui.kit.operations import Operations


def _form(qtbot: Any, database: Database, name: str) -> CentreSettingsForm:
    with database.unit_of_work() as uow:
        actor = users.actor_named(uow, name)
    form = CentreSettingsForm(Operations(database, actor))
    qtbot.addWidget(form)
    return form


def test_an_administrator_turns_photos_on_with_a_reason(qtbot: Any,
                                                        demo_database: Database) -> None:
    form = _form(qtbot, demo_database, "admin")
    tick = form.switches[SEND_PHOTOS_TO_HQ]
    assert not tick.isChecked() and tick.isEnabled()
    tick.setChecked(True)
    form.apply()
    assert "Say why" in form.error.text()  # the reason is required, nothing changed
    with demo_database.unit_of_work() as uow:
        assert not settings.is_on(uow, SEND_PHOTOS_TO_HQ)
    form.reason.setText("ministry letter 12")
    form.apply()
    assert form.status.text().startswith("Saved")
    with demo_database.unit_of_work() as uow:
        assert settings.is_on(uow, SEND_PHOTOS_TO_HQ)
    form.apply()
    assert form.status.text() == "Nothing changed."


def test_nobody_else_may_tick_it(qtbot: Any, demo_database: Database) -> None:
    form = _form(qtbot, demo_database, "dara.heng")  # a supervisor
    assert not form.switches[SEND_PHOTOS_TO_HQ].isEnabled()
