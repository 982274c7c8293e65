"""This program's writers take turns in the order they asked (issue #24, item 5): a long
task that commits in slices cannot take the database straight back from a waiting save."""

from __future__ import annotations

import threading

import pytest

from rehabdesk.db.writer_lock import DatabaseBusyError
from rehabdesk.services.platform.write_turns import WriteTurns


def test_a_waiting_writer_goes_before_the_one_that_just_let_go() -> None:
    turns = WriteTurns(patience_s=5)
    order: list[str] = []
    waiting = threading.Event()

    def save() -> None:
        waiting.set()
        with turns.turn():
            order.append("save")

    with turns.turn():
        order.append("slice 1")
        clerk = threading.Thread(target=save)
        clerk.start()
        assert waiting.wait(5)
        while not turns._waiting:  # the clerk is in line
            threading.Event().wait(0.001)
    with turns.turn():  # the long task asks again at once
        order.append("slice 2")
    clerk.join(5)
    assert order == ["slice 1", "save", "slice 2"]


def test_a_writer_gives_up_after_its_patience_and_leaves_the_line() -> None:
    turns = WriteTurns(patience_s=0.05)
    refused: list[Exception] = []

    def save() -> None:
        try:
            with turns.turn():
                pass
        except DatabaseBusyError as error:
            refused.append(error)

    with turns.turn():
        clerk = threading.Thread(target=save)
        clerk.start()
        clerk.join(5)
    assert refused and "nothing was saved" in str(refused[0])
    with turns.turn():  # the line is free again
        pass


def test_a_write_inside_a_write_on_the_same_thread_does_not_wait_for_itself() -> None:
    turns = WriteTurns(patience_s=0.05)
    with turns.turn(), turns.turn():
        pass
    with pytest.raises(ZeroDivisionError), turns.turn():
        1 / 0  # noqa: B018 - an error inside a turn still hands it on
    with turns.turn():
        pass
