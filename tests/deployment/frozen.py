"""The Linux PyInstaller bundle, built once per change of what goes into it (issue #20:
"cached when nothing changed, so it does not dominate CI time").

The key is a SHA-256 over every source, migration, resource and installer file, the
lock file and pyproject (names and bytes), and the Python that builds it; the bundle is
kept in ``~/.cache/rehabdesk-frozen/<key>`` (``REHABDESK_FROZEN_CACHE`` moves it), outside
the repository. A cold build takes about half a minute of PyInstaller on this machine
(measured 2026-12-07: 31 s, 320 MB); a warm run only hashes the tree. Two test workers
asking at once build it once: the second waits on a file lock. Only the two newest
bundles are kept.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ("rehabdesk", "migrations", "resources", "installer")
"""Folders whose files go into the bundle (or say how it is built)."""
INPUT_FILES = ("requirements.lock", "pyproject.toml")
KEPT = 2
PYINSTALLER = Path(sys.executable).with_name("pyinstaller")


def cache_root() -> Path:
    configured = os.environ.get("REHABDESK_FROZEN_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "rehabdesk-frozen"


def _inputs() -> list[Path]:
    files = [ROOT / name for name in INPUT_FILES]
    for folder in INPUTS:
        files += [path for path in (ROOT / folder).rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts
                  and path.suffix not in {".pyc", ".qm"}]
    return sorted(files)


def source_key() -> str:
    """Changes whenever anything the bundle is built from changes."""
    digest = hashlib.sha256(f"{sys.version}|{platform.machine()}".encode())
    for path in _inputs():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def bundle() -> Path:
    """The folder of the bundle built from the tree as it is (``rehabdesk`` in it)."""
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    folder = root / source_key()
    with FileLock(str(root / "build.lock")):
        if not (folder / "rehabdesk").is_file():
            _build(folder)
        os.utime(folder)  # the newest used is kept longest
    return folder


def _build(folder: Path) -> None:
    """PyInstaller into a scratch folder, then renamed into place: an interrupted build
    never passes for a complete one."""
    scratch = folder.with_name(folder.name + ".building")
    shutil.rmtree(scratch, ignore_errors=True)
    subprocess.run([str(PYINSTALLER), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(scratch / "dist"), "--workpath", str(scratch / "work"),
                    str(ROOT / "installer" / "rehabdesk.spec")], check=True, cwd=ROOT)
    (scratch / "dist" / "RehabDesk").rename(folder)
    shutil.rmtree(scratch, ignore_errors=True)
    _prune(folder.parent)


def _prune(root: Path) -> None:
    built = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.endswith(".building")),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    for old in built[KEPT:]:
        shutil.rmtree(old, ignore_errors=True)
