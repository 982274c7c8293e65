"""Layers outside, features inside (ARCHITECTURE.md): no module lands loose in ui/ or
services/, where fifty files side by side once hid the architecture (issue #13)."""

from __future__ import annotations

from pathlib import Path

import rehabdesk

PACKAGE = Path(rehabdesk.__file__).parent


def _loose_modules(layer: Path) -> list[str]:
    return sorted(p.name for p in layer.glob("*.py") if p.name != "__init__.py")


def test_no_module_lands_directly_in_ui_or_services() -> None:
    """A new screen belongs in its feature's package (or ui/kit, ui/shell); a new use
    case in its feature's package of services (or services/platform)."""
    assert _loose_modules(PACKAGE / "ui") == []
    assert _loose_modules(PACKAGE / "services") == []


def test_every_ui_feature_registers_with_the_shell() -> None:
    """A UI feature package is reached only through its install(registry)."""
    shared = {"kit", "shell"}
    features = [p for p in (PACKAGE / "ui").iterdir()
                if p.is_dir() and (p / "__init__.py").exists() and p.name not in shared]
    assert features
    assert [f.name for f in features if not (f / "install.py").exists()] == []


def test_the_layout_check_sees_a_loose_module(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "stray_page.py").write_text("")
    assert _loose_modules(tmp_path) == ["stray_page.py"]
