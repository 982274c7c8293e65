"""The start-up does not load what only printing needs (issue #24, item 6: ReportLab
cost the register ~0.2 s before its first screenful)."""

from __future__ import annotations

import subprocess
import sys


def test_the_pages_built_at_sign_in_do_not_load_reportlab() -> None:
    pages = [f"rehabdesk.ui.{name}" for name in (
        "shell.main_window", "shell.startup", "register.detainees_page", "dashboard.page",
        "intake.page", "screening.page", "eligibility.page", "enrolment.page",
        "administration.page", "audit_log.page", "record.view")]
    code = ("import sys\n" + "".join(f"import {page}\n" for page in pages)
            + "print(sorted(m for m in sys.modules if m.startswith('reportlab'))[:3])")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"
