"""``rehabdesk exchange centre-key|trust-hq|import-ack`` and ``export bundle --json`` as an
administrator runs them, in child processes (issue #16, item 8: the names and keys are
the issue's)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from rehabdesk.exchange import acks, bundle, keys
from tests.e2e import cli_process

pytestmark = pytest.mark.slow

SIGNED_IN = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}


def rehabdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return cli_process.run(list(args), {**os.environ, **SIGNED_IN})


def test_keys_bundle_and_acknowledgement_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert rehabdesk("--db", str(db), "demo", "--persons", "120").returncode == 0
    private, public = keys.new_hq_keys()
    hq_file = tmp_path / "hq-public.json"
    hq_file.write_bytes(public)
    hq = keys.read_hq_private(private)

    not_a_key = tmp_path / "photo.jpg"
    not_a_key.write_bytes(b"\xff\xd8\xff\xe0")
    wrong = rehabdesk("--db", str(db), "exchange", "trust-hq", str(not_a_key))
    assert wrong.returncode != 0 and "not a headquarters key" in wrong.stderr

    trusted = rehabdesk("--db", str(db), "exchange", "trust-hq", str(hq_file))
    assert trusted.returncode == 0, trusted.stderr
    assert hq.public.fingerprint in trusted.stdout
    key_file = tmp_path / "centre.json"
    centre = rehabdesk("--db", str(db), "exchange", "centre-key", "--out", str(key_file))
    assert centre.returncode == 0, centre.stderr
    centre_key = keys.read_centre_public(key_file.read_bytes())
    assert centre_key.fingerprint in centre.stdout and centre_key.centre == "KPC"

    drive = tmp_path / "stick"
    drive.mkdir()
    made = rehabdesk("--db", str(db), "export", "bundle", "--out", str(drive), "--json")
    assert made.returncode == 0, made.stderr
    record = json.loads(made.stdout)
    assert set(record) == {"bundle", "sequence", "rows", "tables"}
    assert record["sequence"] == 1 and record["tables"]["person"] == 120
    assert record["rows"] == sum(record["tables"].values())
    path = Path(record["bundle"])
    assert path == drive / "KPC-000001.rdxb"
    opened = bundle.open_bundle(path, hq, centre_key.sign_public)
    assert opened.manifest["rows"]["person"] == 120

    ack_file = tmp_path / "ack.json"
    ack_file.write_bytes(acks.make(hq, acks.Acknowledgement(
        "KPC", centre_key.fingerprint, 1, opened.sha256, "2026-12-01")))
    held = rehabdesk("--db", str(db), "exchange", "import-ack", str(ack_file))
    assert held.returncode == 0, held.stderr
    assert "up to 1" in held.stdout
    again = rehabdesk("--db", str(db), "export", "bundle", "--out", str(drive), "--json",
                      "--since-acknowledged")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["sequence"] == 2
