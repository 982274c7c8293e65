"""``rehabdesk audit verify``: check the tamper-evident audit chain."""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.exit_codes import ExitCode


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("audit", help="check the audit log")
    actions = parser.add_subparsers(dest="audit_action", required=True, metavar="ACTION")
    actions.add_parser("verify", help="re-compute the hash chain; report the first broken link")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.platform import audit

    database, _actor = open_signed_in(db_path, args, Action.VIEW_AUDIT, write=False,
                                      program="rehabdesk audit verify")
    try:
        with database.unit_of_work() as uow:
            check = audit.verify_chain(uow)
    finally:
        database.close()
    if check.intact:
        print(f"Audit chain intact: {check.checked:,} entries verified.")
        return 0
    print(f"Audit chain BROKEN at entry #{check.broken_at}: {check.problem}. "
          f"The {check.checked:,} entries before it verify.")
    return ExitCode.PROBLEMS_FOUND
