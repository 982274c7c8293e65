"""``make bench``: every performance target of the issues, each beside its floor."""

from __future__ import annotations

import platform
import sys

from bench import (
    backup,
    court_liaison,
    dataset,
    duplicates,
    eligibility,
    enrolment,
    exchange,
    monthly_report,
    printing,
    release,
    rights,
    search,
    size,
    startup,
    transfer_import,
    vocational,
)
from bench.report import Figure


def main() -> int:
    print(f"RehabDesk benchmarks — Python {platform.python_version()}, {platform.machine()}")
    db = dataset.centre_db()
    figures: list[Figure] = []
    sections = (size.run, search.run, startup.run, backup.run, duplicates.run, printing.run,
                transfer_import.run, eligibility.run, enrolment.run, vocational.run,
                release.run, court_liaison.run, exchange.run, monthly_report.run, rights.run)
    for section in sections:
        for figure in section(db):
            print(figure.line(), flush=True)
            figures.append(figure)
    from bench import crash, encrypt_crash, export_crash

    crashed = crash.main(50)
    encryption_crashed = encrypt_crash.main(20)
    export_crashed = export_crash.main(20)
    missed = [f.name for f in figures if not f.ok]
    crash_tests = 3 - bool(crashed) - bool(encryption_crashed) - bool(export_crashed)
    print(f"{len(figures) - len(missed)} of {len(figures)} figures within target; "
          f"{crash_tests} of 3 crash tests passed.")
    return 1 if missed or crash_tests < 3 else 0


if __name__ == "__main__":
    sys.exit(main())
