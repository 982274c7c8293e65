"""``rehabdesk self-test``: checks this installation on a scratch centre (issue #20,
item 2) and exits 0, or 1 naming the first step that failed. It reads and writes
nothing of the centre's own database, so it needs no ``--db`` and no sign-in."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "self-test", help="check this installation on a scratch centre (exit 1 naming the "
        "first step that failed)")
    parser.set_defaults(run=run)


def run(_args: argparse.Namespace, _db_path: Path) -> int:
    from rehabdesk.cli.language import reader_language
    from rehabdesk.domain.messages import sentence
    from rehabdesk.services.deployment import StepResult, run_self_test, version_line

    language = reader_language()
    failed: list[StepResult] = []

    def tell(result: StepResult) -> None:
        if result.passed:
            print(sentence("deployment.step_passed", step=result.step).said(language),
                  flush=True)
        else:
            failed.append(result)

    with tempfile.TemporaryDirectory(prefix="rehabdesk-self-test-",
                                     ignore_cleanup_errors=True) as folder:
        run_self_test(Path(folder), tell)
    if failed:
        print(sentence("deployment.self_test_failed", step=failed[0].step,
                       reason=failed[0].reason).said(language), file=sys.stderr)
        return 1
    print(version_line().said(language))
    return 0
