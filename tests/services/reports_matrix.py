"""The report and budget services' rows of the permission matrix test
(``test_permission_matrix.CALLS``, issue #18): each call with the action it needs."""

from __future__ import annotations

from collections.abc import Callable

from rehabdesk.domain.permissions import Action
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.reports import exports, monthly
from tests.conftest import TODAY

ServiceCall = Callable[[UnitOfWork, Actor, str], object]
MONTH = f"{TODAY:%Y-%m}"

CALLS: dict[str, tuple[Action, ServiceCall]] = {
    "gather the monthly report": (Action.PRINT, lambda uow, actor, _:
        monthly.monthly_report(uow, actor, MONTH, TODAY)),
    "print the monthly report": (Action.PRINT, lambda uow, actor, _:
        exports.monthly_pdf(uow, actor, MONTH, TODAY)),
    "export the monthly report's case numbers": (Action.EXPORT_CASE_LISTS, lambda uow, actor, _:
        exports.monthly_workbook(uow, actor, MONTH, TODAY)),
}

NEXT_RULE: dict[str, str] = {}
