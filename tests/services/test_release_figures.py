"""What the Releases page and the Dashboard read (issue #15, item 6): the people released
lately, newest first, and the three figures — releases this month, follow-ups due this
week, the reach rate at 6 months (deaths and transfers never in its denominator)."""

from __future__ import annotations

import datetime as dt

from rehabdesk.domain.records import NextOfKin
from rehabdesk.domain.release import ExitReason
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from rehabdesk.services.release import figures, followup
from tests.conftest import TODAY
from tests.services.clinical_helpers import new_episode
from tests.services.release_helpers import release, supervisor


def _released(db: Database, clerk: Actor, boss: Actor, name: str, on: dt.date,
              reason: ExitReason = ExitReason.COMPLETED) -> str:
    episode = new_episode(db, clerk, latin_name=name,
                          next_of_kin=NextOfKin("Sok Chenda", "mother", "097 111 222"))
    release(db, boss, episode, reason, on=on, kind="family", name="Sok Chenda",
            phone="012 345 678")
    return episode


def _reach(db: Database, clerk: Actor, episode: str, months: int, on: dt.date,
           reached: bool = True) -> None:
    with db.unit_of_work(write=True) as uow:
        point = next(p.uid for p in followup.point_statuses(uow, episode, TODAY)
                     if p.months == months)
        followup.record_attempt(uow, clerk, point, on, "phone", reached, today=TODAY)


def test_the_released_list_and_the_dashboard_s_figures(database: Database,
                                                      clerk: Actor) -> None:
    boss = supervisor(database)
    # 6-month points: released 1 Apr → due 1 Oct, window closed 15 Oct; reached late.
    late = _released(database, clerk, boss, "Sok Dara", dt.date(2026, 4, 1))
    _reach(database, clerk, late, 6, dt.date(2026, 10, 20))
    # Released 2 Apr and never reached: counted, not reached.
    _released(database, clerk, boss, "Keo Dara", dt.date(2026, 4, 2))
    # Released 3 Apr, died: its points are not applicable, outside the denominator.
    _released(database, clerk, boss, "Ly Bopha", dt.date(2026, 4, 3), ExitReason.DIED)
    # Released 5 May → 6-month point due 5 Nov, window closes 19 Nov: reached in it.
    in_time = _released(database, clerk, boss, "Chan Vy", dt.date(2026, 5, 5))
    _reach(database, clerk, in_time, 6, dt.date(2026, 11, 1))
    # Released 1 Jun → due 1 Dec: its window is still open on 25 Nov, not counted yet.
    _released(database, clerk, boss, "Mao Sina", dt.date(2026, 6, 1))
    # This month: released 3 Nov (1-month point due 3 Dec, in the week from 25 Nov? no)
    # and 28 Oct (due 28 Nov: in the week).
    _released(database, clerk, boss, "Heng Rith", dt.date(2026, 11, 3))
    soon = _released(database, clerk, boss, "Tep Nary", dt.date(2026, 10, 28))

    with database.unit_of_work() as uow:
        shown = figures.release_figures(uow, TODAY)
        recent = figures.released_since(uow, dt.date(2026, 10, 1))
        everyone = figures.released_since(uow, dt.date(2000, 1, 1))
    assert shown.released_this_month == 1
    # Due 25 Nov – 1 Dec: Tep Nary's 1-month point (28 Nov) and Mao Sina's 6-month
    # point (1 Dec); Heng Rith's is due 3 Dec.
    assert shown.due_this_week == 2
    assert (shown.reached_at_6_months, shown.six_month_points) == (2, 3)
    assert shown.reach_rate is not None and round(shown.reach_rate) == 67
    assert [r.latin_name for r in recent] == ["Heng Rith", "Tep Nary"]
    assert recent[1].episode_uid == soon and recent[1].handed_to_phone == "012 345 678"
    assert recent[1].reason is ExitReason.COMPLETED and not recent[1].readmitted
    assert len(everyone) == 7 and everyone[-1].latin_name == "Sok Dara"

    # Reaching the point takes it off "due this week".
    _reach(database, clerk, soon, 1, TODAY)
    with database.unit_of_work() as uow:
        assert figures.release_figures(uow, TODAY).due_this_week == 1


def test_no_figure_before_any_release(database: Database) -> None:
    with database.unit_of_work() as uow:
        shown = figures.release_figures(uow, TODAY)
    assert (shown.released_this_month, shown.due_this_week, shown.six_month_points) == (0, 0, 0)
    assert shown.reach_rate is None
