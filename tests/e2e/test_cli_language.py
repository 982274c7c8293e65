"""The command line words its refusals in the reader's language (issue #21, item 3):
``REHABDESK_LANG=km`` gives the Khmer sentence, anything else the English one. Run in
process: these refusals come before any database is opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehabdesk.__main__ import main
from rehabdesk.cli.exit_codes import ExitCode
from rehabdesk.cli.language import LANG_ENV


def _refusal(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == ExitCode.INVALID_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


@pytest.mark.parametrize(("language", "sentence"), [
    ("km", "rehabdesk: ការបោះពុម្ព «intake» ត្រូវការលេខករណី៖ សូមផ្ដល់ --case CASE_NO។\n"),
    ("en", "rehabdesk: Printing the intake form needs --case CASE_NO.\n"),
])
def test_a_refused_print_is_worded_in_the_readers_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        language: str, sentence: str) -> None:
    monkeypatch.setenv(LANG_ENV, language)
    argv = ["--db", str(tmp_path / "none.sqlite3"), "print", "intake",
            "--out", str(tmp_path / "intake.pdf")]
    assert _refusal(argv, capsys) == sentence
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_new_database_without_its_administrator_is_refused_in_khmer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(LANG_ENV, "km_KH")
    argv = ["--db", str(tmp_path / "new.sqlite3"), "centre", "init", "--code", "KPC",
            "--name-en", "Kampong Chhnang", "--name-km", "កំពង់ឆ្នាំង"]
    assert _refusal(argv, capsys) == (
        "rehabdesk: មូលដ្ឋានទិន្នន័យថ្មីត្រូវការអ្នកគ្រប់គ្រងប្រព័ន្ធដំបូងរបស់វា៖ "
        'សូមផ្ដល់ --admin-user NAME និង --admin-name "FULL NAME"។\n')


def test_a_backup_that_missed_its_drive_says_why_in_khmer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from rehabdesk.domain.messages import say

    db = tmp_path / "centre.sqlite3"
    assert main(["--db", str(db), "demo", "--persons", "0"]) == ExitCode.OK
    drive = tmp_path / "unplugged"
    db.with_name(db.name + ".backup-drive").write_text(str(drive), encoding="utf-8")
    monkeypatch.setenv("REHABDESK_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("REHABDESK_USER", "admin")
    monkeypatch.setenv("REHABDESK_PASSWORD", "demo")
    monkeypatch.setenv(LANG_ENV, "km")
    capsys.readouterr()
    assert main(["--db", str(db), "db", "backup"]) == ExitCode.OK
    said = say("platform.backup_drive_not_connected", {"drive": str(drive)}, "km")
    assert capsys.readouterr().err == f"rehabdesk: {said}\n"
