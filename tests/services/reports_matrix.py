"""The report and budget services' rows of the permission matrix test
(``test_permission_matrix.CALLS``, issue #18): each call with the action it needs."""

from __future__ import annotations

from collections.abc import Callable

from rehabdesk.domain.budget import Assumptions, CostCategory, CostItem
from rehabdesk.domain.permissions import Action
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork
from rehabdesk.services.reports import budget, exports, monthly
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



def _item_uid(uow: UnitOfWork) -> str:
    """A cost item written straight to the table (the actor under test may not add one)."""
    from rehabdesk.db.models_budget import CostItemRow

    row = CostItemRow(year=TODAY.year, category="other", description="Paper", quantity=1,
                      unit_riel=90_000)
    uow.session.add(row)
    uow.session.flush()
    return row.uid


CALLS.update({
    "add a cost item": (Action.MANAGE_BUDGET, lambda uow, actor, _: budget.add_cost_item(
        uow, actor, TODAY.year, CostItem(CostCategory.OTHER, "Paper", 1, 90_000), TODAY)),
    "remove a cost item": (Action.MANAGE_BUDGET, lambda uow, actor, _:
        budget.remove_cost_item(uow, actor, _item_uid(uow))),
    "set the budget assumptions": (Action.MANAGE_BUDGET, lambda uow, actor, _:
        budget.set_assumptions(uow, actor, TODAY.year, Assumptions(3.0, 2.0, 90, 40), TODAY)),
    "print the budget request": (Action.PRINT, lambda uow, actor, _:
        exports.budget_pdf(uow, actor, TODAY.year, TODAY)),
    "the budget request as a spreadsheet": (Action.PRINT, lambda uow, actor, _:
        exports.budget_workbook(uow, actor, TODAY.year, TODAY)),
})

NEXT_RULE: dict[str, str] = {}
