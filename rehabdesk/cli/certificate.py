"""``rehabdesk certificate verify SERIAL_OR_QR_TEXT``: is a vocational certificate one this
centre issued, as it was issued (issue #14, items 6 and 9)?

Give the serial typed from the paper (``KPC-VOC-2026-0007``) or the text its QR code
holds (``RDVOC1:KPC-VOC-2026-0007:<digest>``). One sentence in the reader's language
says genuine, altered, revoked or unknown; the exit code says it to scripts: 0 genuine,
1 altered, revoked or unknown (``ExitCode.PROBLEMS_FOUND``), 2 for text that is neither.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rehabdesk.cli.exit_codes import ExitCode


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("certificate", help="vocational certificates")
    actions = parser.add_subparsers(dest="certificate", required=True, metavar="ACTION")
    verify = actions.add_parser(
        "verify", help="check a certificate: genuine, altered, revoked or unknown",
        description="Check a vocational certificate from its serial or the text of its QR "
        "code. Exit code 0: genuine; 1: altered, revoked or unknown.")
    verify.add_argument("text", metavar="SERIAL_OR_QR_TEXT",
                        help="the serial on the paper, or the text its QR code holds")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from rehabdesk.cli.language import reader_language
    from rehabdesk.cli.output import safe
    from rehabdesk.cli.session import open_signed_in
    from rehabdesk.domain.messages import sentence
    from rehabdesk.domain.permissions import Action
    from rehabdesk.domain.vocational import parse_qr
    from rehabdesk.services.vocational.certificates import Verdict, verify_certificate

    parse_qr(args.text)  # text that is no serial is refused before signing in
    database, _actor = open_signed_in(db_path, args, Action.VIEW_REGISTER, write=False,
                                      program="rehabdesk certificate verify")
    try:
        with database.unit_of_work() as uow:
            result = verify_certificate(uow, args.text)
    finally:
        database.close()
    c = result.certificate
    if result.verdict is Verdict.GENUINE and c is not None:
        said = sentence("vocational.verified_genuine", serial=c.serial, day=c.issued_on,
                        person=c.person_name, hours=float(c.hours), workshop=c.workshop_name)
    elif result.verdict is Verdict.REVOKED and c is not None and c.revoked_on is not None:
        said = sentence("vocational.verified_revoked", serial=c.serial, day=c.revoked_on,
                        reason=c.revoke_reason or "")
    elif result.verdict is Verdict.ALTERED:
        said = sentence("vocational.verified_altered", serial=result.serial)
    else:
        said = sentence("vocational.verified_unknown", serial=result.serial)
    print(safe(said.said(reader_language())))
    return ExitCode.OK if result.verdict is Verdict.GENUINE else ExitCode.PROBLEMS_FOUND
