"""``make bench-national``: headquarters at national scale (issue #17's import and
matching, issue #18's national statistics) on one imported store, so the nation is
imported once for both."""

from __future__ import annotations

import sys

from bench import hq, hq_stats


def main() -> int:
    figures = hq.run(also=hq_stats.run_on)
    for figure in figures:
        print(figure.line(), flush=True)
    missed = [f for f in figures if not f.ok]
    print(f"{len(figures) - len(missed)} of {len(figures)} figures within target.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
