"""Entry point: ``rehabdesk`` opens the application, ``rehabdesk COMMAND`` runs a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from rehabdesk.cli.main import parse, run

    args = parse(argv)
    if args.command == "hq" and args.hq_action is None:
        from rehabdesk.app import run_hq_gui  # the Headquarters window (issue #17)

        return run_hq_gui(args.hq_db)
    if args.command is not None:
        return run(args)
    from rehabdesk.app import run_gui  # Qt is loaded only for the GUI

    return run_gui(args.db)


if __name__ == "__main__":
    sys.exit(main())
