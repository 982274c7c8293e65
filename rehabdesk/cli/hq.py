"""``rehabdesk hq --hq-db URL …``: headquarters' consolidation store (issue #17, item 8;
the names are the issue's).

``--hq-db`` is a SQLite path or a ``postgresql://`` URL. Users sign in as at a centre:
``--user NAME`` (or ``REHABDESK_USER``), the password from ``REHABDESK_PASSWORD`` or a
prompt; ``init`` asks the new administrator's password the same way.

- ``init --admin-user NAME --out-key FILE``: creates the store and headquarters' key pair,
  writes the public key file the centres install and prints its fingerprint in digits
  and in words;
  ``--recovery-sheet FILE.pdf`` writes headquarters' recovery sheet (the recovery key is
  shown once either way);
- ``recovery-sheet --out FILE``: a new recovery key and its sheet, to print (an
  administrator; the previous sheet stops working);
- ``recover --user NAME``: with the recovery sheet's key (``$REHABDESK_RECOVERY_KEY`` or
  asked for), an administrator's new password when nobody can sign in;
- ``add-user NAME --role hq_administrator|analyst``: another headquarters user (the
  administrator signs in; the new password from ``REHABDESK_NEW_PASSWORD`` or asked);
- ``register-centre FILE [--yes]``: prints the centre key's fingerprint, in digits and in
  the words the centre's ``exchange centre-key`` printed, and asks to confirm it
  (``--yes`` confirms, for scripts);
- ``import BUNDLE... [--json]``: one report line per bundle (``--json``: one object each
  with ``bundle``, ``centre``, ``sequence``, ``status``, ``created``, ``updated``,
  ``unchanged``, ``conflicts``, ``rejected``, ``reason``);
- ``ack --centre CODE --out FILE``: the signed acknowledgement for the centre;
- ``counts --json``: one object per centre and table (``centre``, ``table``, ``rows``);
- ``conflicts [--json]``: the conflict queue, both versions side by side;
- ``resolve CONFLICT --keep held|incoming --reason TEXT``: a person's resolution;
- ``matches [--json]``: people at two centres who may be the same person, with the
  matcher's reasons; ``decide PAIR same|not-same`` records an analyst's decision;
- ``persons [--json]``: the national count of people (``records``) and of unique
  persons (``unique``: records an analyst marked the same person count once);
- ``centres [--json]``: each centre's last bundle, gaps, forks and audit chain;
- ``stats --year YYYY --out FILE.pdf|FILE.xlsx``: the national statistics of a year,
  every table suppressed (issue #18, item 3); ``extract --year YYYY --out
  FILE.csv|FILE.xlsx``: the de-identified episode extract (``docs/codebook.md``); each
  release logged with the file's SHA-256, which ``releases [--json]`` lists.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rehabdesk.services.hq.store import HqStore

HQ_DB_ENV = "REHABDESK_HQ_DB"
NEW_PASSWORD_ENV = "REHABDESK_NEW_PASSWORD"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("hq", help="headquarters: consolidate every centre's bundles")
    parser.add_argument("--hq-db", metavar="URL", default=os.environ.get(HQ_DB_ENV),
                        help=f"the headquarters store: a SQLite path or a postgresql:// URL "
                        f"(default: ${HQ_DB_ENV})")
    # Without an action, ``rehabdesk`` opens the Headquarters window (``app.run_hq_gui``).
    actions = parser.add_subparsers(dest="hq_action", metavar="ACTION")
    init = actions.add_parser("init", help="create the store and headquarters' key pair")
    init.add_argument("--admin-user", required=True, metavar="NAME")
    init.add_argument("--full-name", metavar="TEXT", help="the administrator's full name")
    init.add_argument("--out-key", required=True, type=Path, metavar="FILE",
                      help="where to write headquarters' public key for the centres")
    init.add_argument("--recovery-sheet", type=Path, metavar="FILE.pdf",
                      help="write headquarters' recovery sheet (to print) to this file")
    sheet = actions.add_parser("recovery-sheet", help="make a new recovery key and write its "
                               "sheet as a PDF to print (the previous sheet stops working)")
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    recover = actions.add_parser("recover", help="with the recovery sheet's key, give a "
                                 "headquarters administrator a new password")
    recover.add_argument("--user", dest="recover_user", required=True, metavar="NAME")
    user = actions.add_parser("add-user", help="add a headquarters user (their password from "
                              f"${NEW_PASSWORD_ENV} or asked for)")
    user.add_argument("name", metavar="NAME")
    user.add_argument("--role", required=True, choices=("hq_administrator", "analyst"))
    user.add_argument("--full-name", metavar="TEXT")
    register = actions.add_parser("register-centre", help="register a centre's public key")
    register.add_argument("file", type=Path, metavar="FILE")
    register.add_argument("--yes", action="store_true", help="confirm the fingerprint "
                          "without asking (scripts)")
    imports = actions.add_parser("import", help="import bundles, one report line each")
    imports.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE",
                         help="bundle files, or folders whose bundles are all imported")
    imports.add_argument("--json", action="store_true")
    ack = actions.add_parser("ack", help="write a centre's signed acknowledgement")
    ack.add_argument("--centre", required=True, metavar="CODE")
    ack.add_argument("--out", required=True, type=Path, metavar="FILE")
    counts = actions.add_parser("counts", help="rows held per centre and table")
    counts.add_argument("--json", action="store_true")
    conflicts = actions.add_parser("conflicts", help="the conflict queue")
    conflicts.add_argument("--json", action="store_true")
    resolve = actions.add_parser("resolve", help="keep one side of a conflict, with a reason")
    resolve.add_argument("conflict", type=int, metavar="CONFLICT")
    resolve.add_argument("--keep", required=True, choices=("held", "incoming"))
    resolve.add_argument("--reason", required=True, metavar="TEXT")
    matches = actions.add_parser("matches", help="people at two centres who may be the same")
    matches.add_argument("--json", action="store_true")
    decide = actions.add_parser("decide", help="mark a pair of matches the same person or not")
    decide.add_argument("pair", type=int, metavar="PAIR")
    decide.add_argument("decision", choices=("same", "not-same"))
    persons = actions.add_parser("persons", help="people held at every centre, and how many "
                                 "distinct persons they are once the pairs marked same join")
    persons.add_argument("--json", action="store_true")
    centres = actions.add_parser("centres", help="each centre's bundles: the last, gaps, "
                                 "forks, its audit chain")
    centres.add_argument("--json", action="store_true")
    stats = actions.add_parser("stats", help="the national statistics of a year, suppressed "
                               "(.pdf or .xlsx)")
    extract = actions.add_parser("extract", help="the de-identified episode extract of a "
                                 "year (.csv or .xlsx; docs/codebook.md)")
    for released in (stats, extract):
        released.add_argument("--year", required=True, type=int, metavar="YYYY")
        released.add_argument("--out", required=True, type=Path, metavar="FILE")
    releases = actions.add_parser("releases", help="every release of statistics and "
                                  "extracts: who, when, what, the file's SHA-256")
    releases.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, _db_path: Path) -> int:
    from rehabdesk.cli import session
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.hq import store

    location: str | None = args.hq_db
    if not location:
        raise RehabDeskError("hq.needs_store", option="--hq-db URL", variable=HQ_DB_ENV)
    if args.hq_action == "init":
        return _init(args, location)
    if args.hq_action == "recover":
        return _recover(args, location)
    username = session.username(args)
    opened = store.open_signed_in(location, username, session.password())
    try:
        return _RUNS[args.hq_action](args, opened)
    finally:
        opened.close()


def _init(args: argparse.Namespace, location: str) -> int:
    from rehabdesk.cli import session
    from rehabdesk.services.hq import store

    name: str = args.admin_user
    password = session.password(f"New password for {name}: ")
    created = store.create(location, name, args.full_name or name, password)
    args.out_key.write_bytes(created.public_key)
    print(f"Headquarters store created; {name} is its administrator.")
    print(f"Public key written to {args.out_key}")
    print(f"Fingerprint: {created.fingerprint} — give it to each centre with the file.")
    print(f"In words: {created.words}")
    opened = store.open_signed_in(location, name, password)
    try:
        _write_recovery_sheet(opened, args.recovery_sheet)
    finally:
        opened.close()
    return 0


def _write_recovery_sheet(opened: HqStore, out: Path | None) -> None:
    """A new recovery key: its sheet written to ``out``, the key shown once."""
    import datetime as dt

    from rehabdesk.cli.print_command import write_atomically
    from rehabdesk.services.hq import recovery

    made = recovery.new_recovery_sheet(opened, dt.date.today())
    if out is not None:
        write_atomically(out, made.pdf)
        print(f"Wrote headquarters' recovery sheet to {out}: print it, keep it locked "
              "away, and delete the file. Any previous recovery sheet no longer works.")
    print(f"Recovery key (shown only now): {made.recovery_key}")


def _recovery_sheet(args: argparse.Namespace, opened: HqStore) -> int:
    _write_recovery_sheet(opened, args.out)
    return 0


def _recover(args: argparse.Namespace, location: str) -> int:
    from rehabdesk.cli.db import typed_recovery_key
    from rehabdesk.cli.session import password
    from rehabdesk.services.hq import recovery

    username: str = args.recover_user
    recovery_key = typed_recovery_key()
    recovery.recover_access(location, recovery_key, username,
                            password(f"New password for {username}: "))
    print(f"{username} has a new password and is unlocked; sign in with it. Print a new "
          "recovery sheet if the old one may have been seen.")
    return 0


def _add_user(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.domain.hq import HqRole
    from rehabdesk.services.hq import store

    name: str = args.name
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is None:
        from rehabdesk.cli import session

        password = session.password(f"New password for {name}: ")
    store.add_user(opened, name, args.full_name or name, HqRole(args.role), password)
    print(f"{name} may now sign in at headquarters as {args.role}.")
    return 0


def _register(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.exchange import read_file
    from rehabdesk.cli.exit_codes import ExitCode
    from rehabdesk.cli.language import refusal
    from rehabdesk.domain.errors import RehabDeskError
    from rehabdesk.services.hq import centres

    content = read_file(args.file)
    centre = centres.read_centre_key(content)
    print(f"Centre {centre.centre}, key fingerprint: {centre.fingerprint}")
    print(f"In words: {centre.words}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise RehabDeskError("hq.register_needs_yes", option="--yes")
        answer = input("Is this the fingerprint the centre gave you? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print(refusal(RehabDeskError("hq.not_confirmed")))
            return ExitCode.PROBLEMS_FOUND
    centres.register_centre(opened, content)
    print(f"Centre {centre.centre} registered.")
    return 0


def _import(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.exit_codes import ExitCode
    from rehabdesk.cli.language import reader_language
    from rehabdesk.cli.output import json_line, safe
    from rehabdesk.services.hq import imports

    language = reader_language()
    refused = False
    from rehabdesk.exchange.bundle import SUFFIX

    # A folder stands for its bundles, in name order (a drive's folder as it arrives).
    paths = [found for given in args.bundles for found in (
        sorted(given.glob(f"*{SUFFIX}")) if given.is_dir() else [given])]
    for line in imports.import_bundles(opened, paths):
        refused |= line.status == imports.REFUSED
        if args.json:
            json_line(line.as_json(language))
            continue
        counts = (f"{line.created} created, {line.updated} updated, {line.unchanged} "
                  f"unchanged, {line.conflicts} conflicts, {line.rejected} rejected")
        text = f"{line.bundle}: {line.status.replace('_', ' ')}"
        if line.status == imports.IMPORTED:
            text += f" — {counts}"
        reason = line.reason(language)
        print(safe(text + (f". {reason}" if reason else "")))
    return ExitCode.PROBLEMS_FOUND if refused else 0


def _ack(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.services.hq import overview

    made = overview.acknowledgement(opened, args.centre)
    args.out.write_bytes(made.content)
    print(f"Acknowledgement of {args.centre}'s bundles up to {made.up_to} written to {args.out}")
    return 0


def _counts(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.output import json_line
    from rehabdesk.services.hq import overview

    for line in overview.counts(opened):
        if args.json:
            json_line(line.as_json())
        else:
            print(f"{line.centre:<10} {line.table:<32} {line.rows:>10,}")
    return 0


def _conflicts(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.output import json_line, safe
    from rehabdesk.services.hq import overview

    for line in overview.conflicts(opened):
        if args.json:
            json_line(line.as_json())
            continue
        print(safe(f"{line.centre} {line.table} {line.uid}: held version {line.held_version}, "
                   f"bundle {line.sequence} brought version {line.incoming_version}"))
        for column in line.differing():
            held = None if line.held is None else line.held.get(column)
            print(safe(f"    {column}: {held!r}  |  {line.incoming.get(column)!r}"))
    return 0


def _resolve(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.services.hq import conflicts

    conflicts.resolve(opened, args.conflict, args.keep, args.reason)
    print(f"Conflict {args.conflict}: the {args.keep} version is kept.")
    return 0


def _matches(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.language import reader_language
    from rehabdesk.cli.output import json_line, safe
    from rehabdesk.services.hq import matches

    language = reader_language()
    for pair in matches.pairs(opened):
        if args.json:
            json_line(pair.as_json(language))
            continue
        a, b = pair.people
        print(safe(f"{pair.id}: {pair.score:.0f}  {pair.centres[0]} {a.get('latin_name')} "
                   f"({a.get('birth_date')})  ~  {pair.centres[1]} {b.get('latin_name')} "
                   f"({b.get('birth_date')})  {pair.decision or 'to review'}"))
        for reason in pair.reasons:
            print(safe(f"    {reason.said(language)}"))
    return 0


def _decide(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.services.hq import matches

    matches.decide(opened, args.pair, args.decision == "same")
    print(f"Pair {args.pair}: {args.decision}.")
    return 0


def _persons(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.output import json_line
    from rehabdesk.services.hq import matches

    counted = matches.person_counts(opened)
    if args.json:
        json_line({"records": counted.records, "unique": counted.unique})
    else:
        print(f"{counted.records:,} person records at all centres, {counted.unique:,} "
              "unique persons")
    return 0


def _centres(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.language import reader_language
    from rehabdesk.cli.output import json_line, safe
    from rehabdesk.services.hq import overview

    language = reader_language()
    for chain in overview.chains(opened):
        broken = None if chain.audit_broken is None else chain.audit_broken.said(language)
        if args.json:
            json_line({"centre": chain.centre, "fingerprint": chain.fingerprint,
                       "bundles": chain.bundles, "last_sequence": chain.last_sequence,
                       "acknowledged_up_to": chain.acknowledged_up_to,
                       "gaps": chain.gaps, "forks": chain.forks,
                       "audit_checked": chain.audit_checked, "audit_broken": broken})
            continue
        print(safe(f"{chain.centre}: {chain.bundles} bundles, last {chain.last_sequence}, "
                   f"gaps {chain.gaps or 'none'}, forks {chain.forks or 'none'}, audit "
                   f"verified to entry {chain.audit_checked}" + (f". {broken}" if broken else "")))
    return 0


def _release(args: argparse.Namespace, opened: HqStore) -> int:
    import datetime as dt

    from rehabdesk.cli.print_command import write_atomically
    from rehabdesk.services.hq import statistics

    out: Path = args.out
    release = (statistics.release_statistics if args.hq_action == "stats"
               else statistics.release_extract)
    done = release(opened, args.year, out.name, lambda data: write_atomically(out, data),
                   dt.date.today())
    what = (f"{done.rows:,} stays" if done.statistics is None else
            f"{len(done.statistics.tables)} tables, {done.statistics.suppressed_cells:,} "
            "cells suppressed")
    print(f"Wrote the {done.kind} of {done.year} to {out} ({what}); SHA-256 {done.sha256}")
    return 0


def _releases(args: argparse.Namespace, opened: HqStore) -> int:
    from rehabdesk.cli.output import json_line, safe
    from rehabdesk.services.hq import statistics

    for line in statistics.releases(opened):
        if args.json:
            json_line(line.as_json())
        else:
            print(safe(f"{line.at:%Y-%m-%d %H:%M} {line.username}: {line.kind} {line.year} "
                       f"{line.file_name} {line.sha256}"))
    return 0


_RUNS = {"recovery-sheet": _recovery_sheet,
         "add-user": _add_user, "register-centre": _register, "import": _import, "ack": _ack,
         "counts": _counts, "conflicts": _conflicts, "resolve": _resolve, "matches": _matches,
         "decide": _decide, "persons": _persons, "centres": _centres, "stats": _release,
         "extract": _release, "releases": _releases}
