"""Runs ``python -m rehabdesk ARGS`` in a child process, as the end-to-end tests need, but
without paying Python's start-up and the imports of SQLAlchemy and the models each time.

A fresh interpreter spent about a second importing before each of the ~80 commands the
tests run (issue #13). Instead, each test process starts one *zygote*: a plain Python
(no Qt, no pytest, no threads) that imports the command line and the services once and
then, for each command, forks a child. The child gets ``/dev/null`` as stdin, files as
stdout and stderr, the test's environment and arguments, runs ``rehabdesk.__main__``
exactly as ``python -m rehabdesk`` does, and exits with the command's exit code. The
child is a separate process with its own files, locks and exit status, so what the
tests check (exit codes, the one sentence on stderr, files written, a second writer
refused) is what a user would see. The command line reads its environment when it runs,
never at import (``tests/e2e/test_cli.py`` checks the imports in fresh interpreters, and
``run(..., fresh=True)`` still starts a new interpreter where start-up itself matters).
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

_ZYGOTE = r"""
import gc, importlib, json, os, pkgutil, runpy, sys

control_in = os.fdopen(os.dup(0), "rb", buffering=0)
control_out = os.dup(1)
null = os.open(os.devnull, os.O_RDWR)
os.dup2(null, 0)
os.dup2(null, 1)

import rehabdesk.cli, rehabdesk.demo, rehabdesk.services
import rehabdesk.db.migrate  # Alembic, which the commands import when there is work
import sqlcipher3.dbapi2
for package in (rehabdesk.cli, rehabdesk.demo, rehabdesk.services):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
assert "PySide6" not in sys.modules
from sqlalchemy.orm import configure_mappers
configure_mappers()  # what the first query of every command does first


def request():
    line = b""
    while not line.endswith(b"\n"):
        byte = control_in.read(1)
        if not byte:  # the test process has gone
            os._exit(0)
        line += byte
    return json.loads(line)


def redirect(fd, path, flags):
    opened = os.open(path, flags)
    os.dup2(opened, fd)
    os.close(opened)


def child(job):
    os.close(control_out)
    os.close(null)
    control_in.close()
    written = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    redirect(0, os.devnull, os.O_RDONLY)
    redirect(1, job["stdout"], written)
    redirect(2, job["stderr"], written)
    os.environ.clear()
    os.environ.update(job["env"])
    os.chdir(job["cwd"])
    sys.argv = ["-m", *job["args"]]
    # From here on the child is ``python -m rehabdesk``: sys.exit(...) and an uncaught
    # error end this interpreter as they end a fresh one (exit code, message, atexit,
    # connections closed at shutdown).
    runpy.run_module("rehabdesk", run_name="__main__", alter_sys=True)
    sys.exit(0)


# Children share these objects copy-on-write; frozen, no collection in a child (nor its
# exit) touches their pages (the pre-fork server use the gc docs describe).
gc.freeze()
os.write(control_out, b"ready\n")
while True:
    job = request()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        child(job)
    os.write(control_out, f"{pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(control_out, f"{os.waitstatus_to_exitcode(status)}\n".encode())
"""


class _Zygote:
    def __init__(self) -> None:
        # The zygote's own errors (a command's go to its own stderr); closed by stop().
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.errors, cwd=Path(__file__).resolve().parents[2],
        )
        assert self._line(120.0) == "ready", "the command-line zygote did not start"

    def _line(self, timeout: float | None) -> str:
        assert self.process.stdout is not None
        out = self.process.stdout.fileno()
        line = b""
        while not line.endswith(b"\n"):
            if timeout is not None and not select.select([out], [], [], timeout)[0]:
                raise TimeoutError
            byte = os.read(out, 1)
            if not byte:
                self.errors.seek(0)
                raise RuntimeError("the command-line zygote exited:\n"
                                   + self.errors.read().decode(errors="replace"))
            line += byte
        return line.decode().strip()

    def run(self, args: list[str], env: dict[str, str], timeout: float) -> tuple[int, str, str]:
        assert self.process.stdin is not None
        with tempfile.TemporaryDirectory(prefix="rehabdesk-cli-") as folder:
            out, err = Path(folder) / "stdout", Path(folder) / "stderr"
            job = {"args": args, "env": env, "cwd": str(Path.cwd()), "stdout": str(out),
                   "stderr": str(err)}
            self.process.stdin.write(json.dumps(job).encode() + b"\n")
            self.process.stdin.flush()
            pid = int(self._line(10.0))
            try:
                code = int(self._line(timeout))
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                self._line(None)
                raise subprocess.TimeoutExpired(["rehabdesk", *args], timeout) from None
            return code, _text(out), _text(err)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.errors.close()


def _text(path: Path) -> str:
    """The stream as ``subprocess.run(..., text=True)`` would give it."""
    return path.read_bytes().decode().replace("\r\n", "\n").replace("\r", "\n")


_zygote: _Zygote | None = None


def run(args: list[str], env: dict[str, str], *, timeout: float = 120.0,
        fresh: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -m rehabdesk *args`` with ``env``, stdin ``/dev/null``, output captured.

    With ``fresh`` (and where there is no ``fork``) the command runs in a newly started
    interpreter (slower); otherwise in a child forked from this process's zygote.
    """
    command = [sys.executable, "-m", "rehabdesk", *args]
    if fresh or not hasattr(os, "fork"):
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              env=env, stdin=subprocess.DEVNULL)
    global _zygote
    if _zygote is None or _zygote.process.poll() is not None:
        _zygote = _Zygote()
        atexit.register(_zygote.stop)
    code, out, err = _zygote.run([str(a) for a in args], dict(env), timeout)
    return subprocess.CompletedProcess(command, code, out, err)
