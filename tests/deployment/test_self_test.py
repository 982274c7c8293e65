"""``rehabdesk self-test`` (issue #20, item 2): every step in order, exit 0; a step that
fails is named, and the steps after it do not run."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from rehabdesk import __version__
from rehabdesk.db.schema import SCHEMA_HEAD
from rehabdesk.printing.kit import fonts
from rehabdesk.services.deployment import StepResult, run_self_test
from rehabdesk.services.deployment import self_test as module
from tests.e2e import cli_process

ORDER = ["deployment.step_centre", "deployment.step_migrations", "deployment.step_register",
         "deployment.step_search", "deployment.step_print", "deployment.step_backup",
         "deployment.step_export"]


@pytest.mark.slow
def test_every_step_runs_in_order_and_passes(tmp_path: Path) -> None:
    results: list[StepResult] = []
    assert run_self_test(tmp_path, results.append)
    assert [r.step.code for r in results] == ORDER
    assert all(r.passed for r in results)
    assert len(list(tmp_path.rglob("self-test-*-manual.sqlite3"))) == 1
    assert len(list((tmp_path / "drive").glob("TST-000001.rdxb"))) == 1


def test_the_first_failed_step_is_named_and_ends_the_test(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "khmer_is_shaped", lambda: False)
    results: list[StepResult] = []
    assert not run_self_test(tmp_path, results.append)
    assert [r.step.code for r in results] == ORDER[:5]
    failed = results[-1]
    assert not failed.passed and failed.reason is not None
    assert failed.reason.code == "deployment.print_not_shaped"


def test_an_unexpected_error_is_a_failed_step_not_a_crash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise OSError("disk gone")

    monkeypatch.setattr(module, "register_person", broken)
    results: list[StepResult] = []
    assert not run_self_test(tmp_path, results.append)
    assert results[-1].step.code == "deployment.step_register"
    assert results[-1].reason is not None
    assert "OSError: disk gone" in results[-1].reason.said("en")


def test_the_command_names_the_failed_step_in_the_readers_language(tmp_path: Path) -> None:
    env = {**os.environ, "REHABDESK_LANG": "en", "REHABDESK_DB": str(tmp_path / "none.sqlite3")}
    done = cli_process.run(["self-test"], env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "ok: open a scratch centre"
    assert "ok: make and verify an export bundle" in done.stdout


def test_version_names_the_schema_and_says_it_runs_from_source() -> None:
    done = cli_process.run(["--version"], env=dict(os.environ))
    assert done.stdout == f"rehabdesk {__version__} (schema {SCHEMA_HEAD}, from source)\n"


def test_language_chooses_the_language_of_the_run(tmp_path: Path) -> None:
    env = {**os.environ, "REHABDESK_LANG": "en"}
    done = cli_process.run(["--language", "km", "--db", str(tmp_path / "none.sqlite3"),
                            "db", "check"], env=env)
    assert done.returncode != 0 and re.search("[\u1780-\u17ff]", done.stderr)
