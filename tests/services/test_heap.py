"""The collector's sweeps during a bulk operation leave the objects alive before it
alone, and take them back afterwards (``services.platform.heap``, issue #24, item 4)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from rehabdesk.services.intake import transfer_import
from rehabdesk.services.platform import heap
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import Database
from tests.conftest import TODAY
from tests.services.test_transfer_import import HEADER, good_row, write_xlsx


def test_objects_alive_before_are_set_aside_and_returned_even_on_an_error() -> None:
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]  # alive before the block: set aside in it
    with pytest.raises(RuntimeError), heap.set_aside():
        assert gc.get_freeze_count() >= len(kept)
        made = {"a cycle": None}
        made["a cycle"] = made  # type: ignore[assignment]
        assert gc.is_tracked(made)  # made inside: collected as usual
        raise RuntimeError("the operation failed")
    assert gc.get_freeze_count() == 0


def test_reading_and_importing_a_list_run_set_aside(
        database: Database, clerk: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[int] = []
    register, check = transfer_import.intake.register_people, transfer_import._alike

    def checking(*args: object, **kwargs: object) -> object:
        frozen.append(gc.get_freeze_count())
        return check(*args, **kwargs)  # type: ignore[arg-type]

    def registering(*args: object, **kwargs: object) -> object:
        frozen.append(gc.get_freeze_count())
        return register(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(transfer_import, "_alike", checking)
    monkeypatch.setattr(transfer_import.intake, "register_people", registering)
    path = write_xlsx(tmp_path / "three.xlsx", HEADER, [good_row(i) for i in range(3)])
    with database.unit_of_work(write=True) as uow:
        preview = transfer_import.read_transfer_list(uow, path, today=TODAY)
        report = transfer_import.import_rows(
            uow, clerk, preview, [row.number for row in preview.rows], today=TODAY)
    assert len(report.imported) == 3
    assert len(frozen) == 2 and all(count > 0 for count in frozen)
    assert gc.get_freeze_count() == 0
