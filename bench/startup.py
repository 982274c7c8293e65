"""Start-up time and memory, each in a fresh process under the offscreen Qt platform."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Figure

RUNS = 5
LISTED_TARGET_MS = 1000.0
"""Issue #24, item 6: the clerk sees the register within a second of the window."""
PROBE = [sys.executable, "-m", "bench.startup_probe"]


_BACKUPS = tempfile.TemporaryDirectory(prefix="rehabdesk-bench-backups-")
_BYTECODE = tempfile.TemporaryDirectory(prefix="rehabdesk-bench-bytecode-")


def _env() -> dict[str, str]:
    """Offscreen, signed in as the demo administrator (the sign-in dialog would wait), and
    the app's automatic backups of the 200k centre in a throwaway folder, not the cache.

    The app's modules are compiled once, as an installed application has them (pip and
    the installer compile them when installing): a shell with ``PYTHONDONTWRITEBYTECODE``
    set made every probe compile every module from its source again, a tenth of the
    register's wait after the window was shown (issue #24, item 6). The first, warming
    run writes the bytecode into a throwaway folder (``PYTHONPYCACHEPREFIX``), never into
    the source tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REHABDESK_USER": "admin",
           "REHABDESK_PASSWORD": "demo", "REHABDESK_BACKUP_DIR": _BACKUPS.name,
           "PYTHONPYCACHEPREFIX": _BYTECODE.name}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_to_shown(args: list[str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([*PROBE, *args], stdout=subprocess.PIPE, text=True, env=_env())
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"probe {args} never showed its window")
    process.wait(timeout=120)
    return elapsed * 1000


def run(db: Path) -> list[Figure]:
    _time_to_shown(["bare"])  # warm the OS file cache (and the bytecode) for both
    _time_to_shown(["app", str(db)])
    bare = statistics.median(_time_to_shown(["bare"]) for _ in range(RUNS))
    app = statistics.median(_time_to_shown(["app", str(db)]) for _ in range(RUNS))
    result = subprocess.run([*PROBE, "scroll", str(db)], capture_output=True, text=True,
                            env=_env(), timeout=900, check=True)
    lines = result.stdout.splitlines()
    for phase in (x.split() for x in lines if x.startswith("phase ")):
        print(f"  peak RSS when {phase[1]}: {float(phase[-1]):.1f} MB", flush=True)
    line = next(x for x in lines if x.startswith("scrolled"))
    rss = float(line.split()[-1])
    populated = float(next(x for x in lines if x.startswith("populated")).split()[1])
    complete = float(next(x for x in lines if x.startswith("complete")).split()[1])
    return [
        Figure("start-up to main window shown (median of 5)", app, "ms", bare, max_ratio=3.0),
        Figure("register's first screen listed, after window shown", populated, "ms",
               max_value=LISTED_TARGET_MS),
        Figure("register of 200,000 listed whole, after window shown", complete, "ms"),
        Figure(f"peak RSS after scrolling {int(line.split()[1]):,} rows", rss, "MB",
               max_value=250.0),
    ]
