"""Headquarters users (issue #17, item 6), on SQLite and PostgreSQL: an administrator adds
an analyst, who signs in with their own password and may read but not import; five wrong
passwords lock a name for 15 minutes; every sign-in and action is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqRole
from rehabdesk.exchange.hq.schema import hq_audit
from rehabdesk.services.hq import imports, overview, store
from tests.hq.conftest import HQ_PASSWORD
from tests.hq.hq_helpers import HQ_ADMIN, new_store

ANALYST_PASSWORD = "Analyst-2026-pw"


def test_an_analyst_reads_but_does_not_import(hq_location: str) -> None:
    admin, _public = new_store(hq_location)
    store.add_user(admin, "srey.mom", "Mom Srey", HqRole.ANALYST, ANALYST_PASSWORD)
    with pytest.raises(RehabDeskError, match="already a headquarters user"):
        store.add_user(admin, "srey.mom", "Mom Srey", HqRole.ANALYST, ANALYST_PASSWORD)
    admin.close()

    analyst = store.open_signed_in(hq_location, "srey.mom", ANALYST_PASSWORD)
    assert analyst.actor.role is HqRole.ANALYST
    assert overview.counts(analyst) == []
    with pytest.raises(RehabDeskError, match="may not do this"):
        imports.import_bundles(analyst, [])
    with pytest.raises(RehabDeskError, match="may not do this"):
        store.add_user(analyst, "someone", "Someone", HqRole.ANALYST, ANALYST_PASSWORD)
    with analyst.reading() as connection:
        actions = [r.action for r in connection.execute(select(hq_audit.c.action)
                                                         .order_by(hq_audit.c.id))]
    assert actions == ["init", "sign_in", "add_user", "sign_in"]
    analyst.close()


def test_five_wrong_passwords_lock_the_name(hq_location: str) -> None:
    new_store(hq_location)[0].close()
    for _ in range(5):
        with pytest.raises(RehabDeskError) as refused:
            store.open_signed_in(hq_location, HQ_ADMIN, "not-the-password")
    with pytest.raises(RehabDeskError) as locked:
        store.open_signed_in(hq_location, HQ_ADMIN, HQ_PASSWORD)
    assert str(locked.value) == str(refused.value)  # the same sentence, no hint
    with pytest.raises(RehabDeskError) as unknown:
        store.open_signed_in(hq_location, "nobody", HQ_PASSWORD)
    assert str(unknown.value) == str(refused.value)
