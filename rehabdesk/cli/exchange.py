"""``rehabdesk exchange …``: the keys and acknowledgements of the export to headquarters
(issue #16, items 3, 5 and 8; the names are the issue's).

- ``exchange centre-key --out FILE`` writes the centre's public key (made now for a centre
  that has none) and prints its fingerprint, in digits and in words, which headquarters
  compares when it registers the centre;
- ``exchange trust-hq FILE`` installs headquarters' public key and prints its
  fingerprint in digits and in words, for the administrator to compare with the one
  headquarters gave;
- ``exchange import-ack FILE`` imports headquarters' signed acknowledgement.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("exchange", help="keys and acknowledgements of the export "
                                 "to headquarters")
    actions = parser.add_subparsers(dest="exchange_action", required=True, metavar="ACTION")
    key = actions.add_parser("centre-key", help="write the centre's public key for "
                             "headquarters and print its fingerprint")
    key.add_argument("--out", required=True, type=Path, metavar="FILE")
    trust = actions.add_parser("trust-hq", help="install headquarters' public key and print "
                               "its fingerprint")
    trust.add_argument("file", type=Path, metavar="FILE")
    ack = actions.add_parser("import-ack", help="import headquarters' acknowledgement of "
                             "the bundles it holds")
    ack.add_argument("file", type=Path, metavar="FILE")
    parser.set_defaults(run=run)


def read_file(path: Path) -> bytes:
    """A small file the administrator names, or the sentence that it cannot be read."""
    from rehabdesk.domain.errors import RehabDeskError

    try:
        return path.read_bytes()
    except OSError as error:
        raise RehabDeskError("exchange.file_unreadable", name=str(path)) from error


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.services.exchange import acknowledgements, keys

    action = args.exchange_action
    content = None if action == "centre-key" else read_file(args.file)
    database, actor = open_signed_in(db_path, args, None, write=True,
                                     program=f"rehabdesk exchange {action}")
    try:
        with database.unit_of_work(write=True) as uow:
            if action == "centre-key":
                made = keys.centre_key(uow, actor)
            elif action == "trust-hq":
                assert content is not None
                hq = keys.trust_hq(uow, actor, content)
            else:
                assert content is not None
                held = acknowledgements.import_ack(uow, actor, content)
        if action == "centre-key":
            args.out.write_bytes(made.content)
            print(f"Centre key written to {args.out}")
            print(f"Fingerprint: {made.fingerprint}")
            print(f"In words: {made.words}")
        elif action == "trust-hq":
            print("Headquarters' key installed.")
            print(f"Fingerprint: {hq.fingerprint} — compare it with the one headquarters gave.")
            print(f"In words: {hq.words}")
        else:
            print(f"Headquarters holds every bundle up to {held.up_to} "
                  f"({held.acknowledged} newly acknowledged).")
    finally:
        database.close()
    return 0
