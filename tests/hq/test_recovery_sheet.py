"""Headquarters' recovery sheet (issue #17, item 6: "headquarters' private key is
protected like a centre's database key"), on SQLite and PostgreSQL: the key read off the
printed sheet gives a locked-out administrator a new password, which opens the same
private key; a wrong key, an analyst's name or an older sheet change nothing; every step
is audited. The command line (``hq init --recovery-sheet``, ``hq recovery-sheet``, ``hq
recover``) in child processes."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from rehabdesk.domain.errors import RehabDeskError
from rehabdesk.domain.hq import HqRole
from rehabdesk.exchange.hq.schema import hq_audit
from rehabdesk.services.hq import recovery, store
from tests.e2e import cli_process
from tests.hq.conftest import HQ_PASSWORD
from tests.hq.hq_helpers import HQ_ADMIN, new_store, store_state

NEW_PASSWORD = "Found-again-2026"
TODAY = dt.date(2026, 12, 7)


def key_on_sheet(pdf: bytes) -> str:
    """The recovery key as a person reads it off the printed sheet: the groups of four
    under "Recovery key", line by line."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    lines = re.findall(r"^\s*((?:[A-Z2-7]{4}\s+){3}[A-Z2-7]{4})\s*$", text, re.MULTILINE)
    return " ".join(lines)


def test_the_key_read_off_the_sheet_recovers_headquarters_key(hq_location: str) -> None:
    opened, _public = new_store(hq_location)
    store.add_user(opened, "srey.mom", "Mom Srey", HqRole.ANALYST, "Analyst-2026-pw")
    with opened.reading() as connection:
        private = opened.private_key(connection)
    first = recovery.new_recovery_sheet(opened, TODAY)
    sheet = recovery.new_recovery_sheet(opened, TODAY)  # the first one stops working
    typed = key_on_sheet(sheet.pdf)
    assert typed.replace(" ", "") == sheet.recovery_key.replace("-", "")
    before = store_state(opened)
    opened.close()

    for wrong in (first.recovery_key, "ABCD-" * 11 + "ABCD", ""):
        with pytest.raises(RehabDeskError, match="not this store's recovery key"):
            recovery.recover_access(hq_location, wrong, HQ_ADMIN, NEW_PASSWORD)
    with pytest.raises(RehabDeskError, match="not a headquarters administrator"):
        recovery.recover_access(hq_location, typed.lower(), "srey.mom", NEW_PASSWORD)
    with pytest.raises(RehabDeskError, match="not a headquarters administrator"):
        recovery.recover_access(hq_location, typed, "nobody", NEW_PASSWORD)
    check = store.open_signed_in(hq_location, HQ_ADMIN, HQ_PASSWORD)
    assert store_state(check) == before  # nothing changed
    check.close()

    recovery.recover_access(hq_location, typed.lower(), HQ_ADMIN, NEW_PASSWORD)
    with pytest.raises(RehabDeskError):
        store.open_signed_in(hq_location, HQ_ADMIN, HQ_PASSWORD)
    back = store.open_signed_in(hq_location, HQ_ADMIN, NEW_PASSWORD)
    with back.reading() as connection:
        found = back.private_key(connection)
        assert found.public.fingerprint == private.public.fingerprint  # the same pair
        assert (found.sign_private.private_bytes_raw()
                == private.sign_private.private_bytes_raw())
        actions = [r.action for r in connection.execute(
            select(hq_audit.c.action).order_by(hq_audit.c.id))]
    back.close()
    assert actions[:4] == ["init", "sign_in", "add_user", "recovery_sheet"]
    assert actions.count("recovery_sheet") == 2 and actions.count("recover") == 1
    assert actions.index("recover") < len(actions) - 1  # then the sign-in with it
    analyst = store.open_signed_in(hq_location, "srey.mom", "Analyst-2026-pw")
    with pytest.raises(RehabDeskError, match="may not do this"):
        recovery.new_recovery_sheet(analyst, TODAY)
    analyst.close()


@pytest.mark.slow
def test_recovery_from_the_command_line(hq_location: str, tmp_path: Path) -> None:
    env = {**os.environ, "REHABDESK_USER": HQ_ADMIN, "REHABDESK_PASSWORD": HQ_PASSWORD}

    def hq(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return cli_process.run(["hq", "--hq-db", hq_location, *args], {**env, **extra})

    sheet = tmp_path / "hq-recovery.pdf"
    made = hq("init", "--admin-user", HQ_ADMIN, "--out-key", str(tmp_path / "hq.json"),
              "--recovery-sheet", str(sheet))
    assert made.returncode == 0, made.stderr
    shown = made.stdout.split("(shown only now): ")[1].split()[0]
    assert key_on_sheet(sheet.read_bytes()).replace(" ", "") == shown.replace("-", "")
    again = tmp_path / "again.pdf"
    renewed = hq("recovery-sheet", "--out", str(again))
    assert renewed.returncode == 0, renewed.stderr
    old = hq("recover", "--user", HQ_ADMIN, REHABDESK_RECOVERY_KEY=shown,
             REHABDESK_PASSWORD=NEW_PASSWORD)
    assert old.returncode != 0 and "not this store's recovery key" in old.stderr
    recovered = hq("recover", "--user", HQ_ADMIN,
                   REHABDESK_RECOVERY_KEY=key_on_sheet(again.read_bytes()),
                   REHABDESK_PASSWORD=NEW_PASSWORD)
    assert recovered.returncode == 0, recovered.stderr
    assert hq("centres", REHABDESK_PASSWORD=NEW_PASSWORD).returncode == 0
    assert hq("centres").returncode != 0
