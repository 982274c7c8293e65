"""``rehabdesk audit verify``: check the tamper-evident audit chain, and that it still
holds the newest entry each backup recorded (a log cut back or rewritten with fresh
hashes is a valid chain, but not the one the backups saw)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.exit_codes import ExitCode


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("audit", help="check the audit log")
    actions = parser.add_subparsers(dest="audit_action", required=True, metavar="ACTION")
    verify = actions.add_parser(
        "verify", help="re-compute the hash chain; report the first broken link, and any "
        "change since the head each backup recorded")
    verify.add_argument("--records", action="store_true",
                        help="also check every person and stay against its audit history")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.permissions import Action
    from rehabdesk.services.intake.record_check import check_records
    from rehabdesk.services.platform import audit, backup

    database, actor = open_signed_in(db_path, args, Action.VIEW_AUDIT, write=False,
                                      program="rehabdesk audit verify")
    heads = backup.recorded_heads(db_path)
    try:
        with database.unit_of_work() as uow:
            check = audit.verify_chain(uow)
            changed = audit.changes_since(uow, heads)
            head = audit.current_head(uow)
            records = check_records(uow, actor) if args.records else None
    finally:
        database.close()
    if check.intact:
        print(f"Audit chain intact: {check.checked:,} entries verified.")
    else:
        print(f"Audit chain BROKEN at entry #{check.broken_at}: {check.problem}. "
              f"The {check.checked:,} entries before it verify.")
    print(f"Newest entry: #{head.last_id}, hash {head.hash[:16]}… (compare with the "
          "newest recovery sheet).")
    for problem in changed:
        print(f"Audit log CHANGED: {problem}.")
    if heads and not changed:
        print(f"It still holds the newest entry that each backup recorded ({len(heads)} "
              f"checked; the newest is {heads[0].where}).")
    elif not heads:
        print("No backup records a chain head yet, so a log cut back or rewritten with "
              "fresh hashes could not be seen; make a backup (`rehabdesk db backup`).")
    if records is not None:
        skipped = ", ".join(f"{n:,} {entity}s" for entity, n in records.without_history.items()
                            if n)
        print(f"Records: {records.checked:,} checked against their history"
              + (f" ({skipped} have no full creation entry to check against)" if skipped
                 else "") + f"; {records.different:,} fields differ.")
        for difference in records.differences:
            print(f"Record CHANGED outside RehabDesk: {difference}.")
    edited = records is not None and records.different > 0
    return (ExitCode.OK if check.intact and not changed and not edited
            else ExitCode.PROBLEMS_FOUND)
