"""Issue #23 (hardening): the command line on a mistyped path, in a subprocess."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e import cli_process

pytestmark = pytest.mark.slow  # each test runs the command line in child processes


def rehabdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}
    return cli_process.run(list(args), env)


@pytest.mark.parametrize("action", ["upgrade", "check"])
def test_db_housekeeping_on_a_mistyped_path_creates_nothing(tmp_path: Path,
                                                            action: str) -> None:
    """Only an explicit set-up (``centre init``, the wizard, ``demo``) creates a database
    (issue #23, item 5): a typo must not leave folders and an empty plain file behind."""
    missing = tmp_path / "typo" / "centre.sqlite3"
    result = rehabdesk("--db", str(missing), "db", action)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert str(missing) in result.stderr and "rehabdesk centre init" in result.stderr
    assert list(tmp_path.iterdir()) == []
