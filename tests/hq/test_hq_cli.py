"""``rehabdesk hq …`` and ``rehabdesk demo --centre`` as headquarters' administrator runs
them, in child processes, on SQLite and PostgreSQL (issue #17, item 8: the names and
JSON keys are the issue's)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from rehabdesk.exchange import acks, keys
from tests.e2e import cli_process
from tests.hq.conftest import HQ_PASSWORD

pytestmark = pytest.mark.slow

CENTRE = {"REHABDESK_USER": "admin", "REHABDESK_PASSWORD": "demo"}
HQ = {"REHABDESK_USER": "hq.admin", "REHABDESK_PASSWORD": HQ_PASSWORD}
IMPORT_KEYS = {"bundle", "centre", "sequence", "status", "created", "updated", "unchanged",
               "conflicts", "rejected", "reason"}


def rehabdesk(*args: str, signed_in: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = cli_process.run(list(args), {**os.environ, **signed_in})
    assert result.returncode == 0, (args, result.stderr)
    return result


def json_lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def demo_centres(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two encrypted demo centres made by the command line, KPC and BTB."""
    folder = tmp_path_factory.mktemp("centres")
    made = {}
    for code in ("KPC", "BTB"):
        path = folder / f"{code}.sqlite3"
        result = rehabdesk("--db", str(path), "demo", "--centre", code, "--persons", "60",
                           signed_in=CENTRE)
        assert f"Demo centre {code}: 60 people" in result.stdout
        made[code] = path
    return made


def test_headquarters_from_the_command_line(hq_location: str, tmp_path: Path,
                                            demo_centres: dict[str, Path]) -> None:
    hq_key = tmp_path / "hq-public.json"
    created = rehabdesk("hq", "--hq-db", hq_location, "init", "--admin-user", "hq.admin",
                        "--out-key", str(hq_key), signed_in=HQ)
    public = keys.read_hq_public(hq_key.read_bytes())
    assert public.fingerprint in created.stdout
    assert f"In words: {public.words}" in created.stdout
    bundles = []
    for code, source in demo_centres.items():
        db = tmp_path / source.name
        db.write_bytes(source.read_bytes())
        (tmp_path / f"{source.name}.keys").write_bytes(
            source.with_name(f"{source.name}.keys").read_bytes())
        trusted = rehabdesk("--db", str(db), "exchange", "trust-hq", str(hq_key),
                            signed_in=CENTRE)
        # the same fingerprint and the same words on both sides (issue #16, item 3)
        assert public.fingerprint in trusted.stdout
        assert f"In words: {public.words}" in trusted.stdout
        centre_key = tmp_path / f"{code}-key.json"
        said = rehabdesk("--db", str(db), "exchange", "centre-key", "--out", str(centre_key),
                         signed_in=CENTRE)
        registered = rehabdesk("hq", "--hq-db", hq_location, "register-centre",
                               str(centre_key), "--yes", signed_in=HQ)
        centre_public = keys.read_centre_public(centre_key.read_bytes())
        for printed in (said.stdout, registered.stdout):
            assert centre_public.fingerprint in printed
            assert f"In words: {centre_public.words}" in printed
        drive = tmp_path / f"{code}-stick"
        drive.mkdir()
        made = json.loads(rehabdesk("--db", str(db), "export", "bundle", "--out", str(drive),
                                    "--json", signed_in=CENTRE).stdout)
        bundles.append(made)

    imported = json_lines(rehabdesk("hq", "--hq-db", hq_location, "import",
                                    *(str(b["bundle"]) for b in bundles), "--json",
                                    signed_in=HQ))
    assert [set(line) for line in imported] == [IMPORT_KEYS] * 2
    assert [(line["centre"], line["sequence"], line["status"]) for line in imported] == [
        ("KPC", 1, "imported"), ("BTB", 1, "imported")]
    assert [line["created"] for line in imported] == [b["rows"] for b in bundles]
    again = json_lines(rehabdesk("hq", "--hq-db", hq_location, "import",  # the folders
                                 *(str(Path(b["bundle"]).parent) for b in bundles), "--json",
                                 signed_in=HQ))
    assert [line["status"] for line in again] == ["already_imported"] * 2

    counts = json_lines(rehabdesk("hq", "--hq-db", hq_location, "counts", "--json",
                                  signed_in=HQ))
    assert all(set(line) == {"centre", "table", "rows"} for line in counts)
    for code, made in zip(demo_centres, bundles, strict=True):
        assert {line["table"]: line["rows"] for line in counts if line["centre"] == code} \
            == made["tables"]
    conflicts = rehabdesk("hq", "--hq-db", hq_location, "conflicts", "--json", signed_in=HQ)
    assert conflicts.stdout == ""

    pairs = json_lines(rehabdesk("hq", "--hq-db", hq_location, "matches", "--json",
                                 signed_in=HQ))
    assert pairs and all(p["centre_a"] == "KPC" and p["reasons"] for p in pairs)
    rehabdesk("hq", "--hq-db", hq_location, "decide", str(pairs[0]["id"]), "same",
              signed_in=HQ)
    [persons] = json_lines(rehabdesk("hq", "--hq-db", hq_location, "persons", "--json",
                                     signed_in=HQ))
    assert persons == {"records": 120, "unique": 119}
    centres = json_lines(rehabdesk("hq", "--hq-db", hq_location, "centres", "--json",
                                   signed_in=HQ))
    assert [(c["centre"], c["last_sequence"], c["gaps"], c["forks"], c["audit_broken"])
            for c in centres] == [("BTB", 1, [], [], None), ("KPC", 1, [], [], None)]

    ack_file = tmp_path / "KPC-ack.json"
    rehabdesk("hq", "--hq-db", hq_location, "ack", "--centre", "KPC", "--out", str(ack_file),
              signed_in=HQ)
    ack = acks.read(ack_file.read_bytes(), public)
    acknowledged = json_lines(rehabdesk("hq", "--hq-db", hq_location, "centres", "--json",
                                        signed_in=HQ))
    assert [c["acknowledged_up_to"] for c in acknowledged] == [None, 1]
    assert (ack.centre, ack.up_to) == ("KPC", 1)
    held = rehabdesk("--db", str(tmp_path / "KPC.sqlite3"), "exchange", "import-ack",
                     str(ack_file), signed_in=CENTRE)
    assert "up to 1" in held.stdout

    rehabdesk("hq", "--hq-db", hq_location, "add-user", "srey.mom", "--role", "analyst",
              signed_in={**HQ, "REHABDESK_NEW_PASSWORD": "Analyst-2026-pw"})
    analyst = {"REHABDESK_USER": "srey.mom", "REHABDESK_PASSWORD": "Analyst-2026-pw"}
    assert json_lines(rehabdesk("hq", "--hq-db", hq_location, "counts", "--json",
                                signed_in=analyst)) == counts

    wrong = cli_process.run(["hq", "--hq-db", hq_location, "counts", "--json"],
                            {**os.environ, **HQ, "REHABDESK_PASSWORD": "not-the-password"})
    assert wrong.returncode != 0 and wrong.stdout == "" and wrong.stderr.count("\n") == 1
