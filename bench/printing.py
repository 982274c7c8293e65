"""Printing a filled intake form, against bare ReportLab drawing the same text (the floor).

What is measured (issue #6 target: a filled form renders in at most 150 ms, at most 3×
its floor):

* **value**: ``printing.render_document("intake", request)`` for each of the 30 newest
  episodes in the benchmark centre (a different person every time), median of the 30.
  The requests are gathered first through the services (person, episode, centre; the
  demo people have no photo, so the photo frame prints "no photo"), so the figure is
  the layout and PDF writing the clerk waits for, not the database. Fonts are
  registered and the gazetteer loaded first (``printing.warm_up``: what the session's
  first print does, once), then the shaped-word cache is emptied and three other people's forms are
  printed untimed: labels and headings are then shaped already, as after a clerk's
  first print of the day, but each timed person's own words (names, places) are new
  unless an earlier person shared them.
* **floor**: a bare ReportLab ``Canvas`` that draws, on one A4 page, every text run the
  form drew (captured from that very render: each drawn ``Paragraph`` fragment's
  text, font and size) with ``drawString``, each shaped by HarfBuzz (``shapeStr``) exactly as the
  form's Paragraphs shape it, then saves the PDF with the same embedded font subsets.
  It omits what a form needs beyond its text: layout (wrapping, tables, keeping
  sections together), rules, check boxes, the QR code and page furniture. Median of the
  same 30 people, interleaved with the value's runs.

The ratio is therefore the price of the form's layout over the unavoidable cost of
shaping and embedding its text.
"""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.paragraph import Paragraph

from bench.report import Figure, median
from rehabdesk.printing import IntakeRequest, PrintContext, render_document, warm_up
from rehabdesk.printing.kit.fonts import forget_shaped_words
from rehabdesk.services.platform import persons
from rehabdesk.services.platform.centre import get_centre
from rehabdesk.services.platform.database import open_database

RUNS = 30
WARM_RUNS = 3

TextRun = tuple[str, float, str]
"""(ReportLab font name, size in points, text) of one drawn Paragraph fragment."""


def newest_cases(path: Path, count: int) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT case_number FROM episode ORDER BY id DESC LIMIT ?", (count,)).fetchall()
    connection.close()
    if len(rows) < count:
        raise SystemExit(f"{path} has fewer than {count} episodes to print.")
    return [str(row[0]) for row in rows]


def gather(path: Path, case_numbers: list[str]) -> list[IntakeRequest]:
    """What ``services.paperwork.print_document`` gathers, read once (nothing audited)."""
    database = open_database(path, create=False, write=False)
    requests = []
    try:
        with database.unit_of_work() as uow:
            centre = get_centre(uow)
            for case_number in case_numbers:
                person = persons.find_by_case_number(uow, case_number)
                episode = next(e for e in person.episodes if e.case_number == case_number)
                photo = persons.load_person(uow, person.uid).photo
                requests.append(IntakeRequest(
                    PrintContext(centre, "Bench Clerk", episode.arrival_date), person, episode,
                    photo=photo))
    finally:
        database.close()
    return requests


@contextmanager
def recording_text() -> Iterator[list[TextRun]]:
    """Records the text of every ``Paragraph`` drawn while the block runs.

    The text is taken when the Paragraph is made (its parsed fragments: text, font,
    size), because by the time it draws, ReportLab has replaced the fragments by shaped
    glyph codes; it is recorded only if the Paragraph is drawn, so the trial layouts of
    text fitted to a box do not count.
    """
    runs: list[TextRun] = []
    made: Callable[..., None] = Paragraph.__init__
    drawn: Callable[..., Any] = Paragraph.drawPara

    def init(self: Paragraph, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        self._bench_runs = [(f.fontName, float(f.fontSize), f.text) for f in self.frags
                            if getattr(f, "text", "").strip()]

    def draw_para(self: Paragraph, debug: int = 0) -> Any:
        runs.extend(getattr(self, "_bench_runs", ()))
        return drawn(self, debug)

    Paragraph.__init__ = init
    Paragraph.drawPara = draw_para
    try:
        yield runs
    finally:
        Paragraph.__init__ = made
        Paragraph.drawPara = drawn


def draw_floor(runs: list[TextRun]) -> bytes:
    """The same text runs, shaped the same way, drawn line by line on one A4 page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    height = A4[1]
    y = height - 40
    for font_name, size, text in runs:
        canvas.setFont(font_name, size)
        canvas.drawString(40, y, shapeStr(text, font_name, size))
        y -= size * 1.3
        if y < 40:  # start again at the top: one page, overdrawn; the cost is the same
            y = height - 40
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _ms(work: Callable[[], bytes]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def run(db_path: Path) -> list[Figure]:
    warm_up()
    requests = gather(db_path, newest_cases(db_path, RUNS + WARM_RUNS))
    warming, timed = requests[:WARM_RUNS], requests[WARM_RUNS:]
    texts: list[list[TextRun]] = []
    for request in timed:
        with recording_text() as runs:
            render_document("intake", request)
        texts.append(list(runs))
    forget_shaped_words()
    for request in warming:
        with recording_text() as runs:
            render_document("intake", request)
        draw_floor(list(runs))
    values, floors = [], []
    for request, runs in zip(timed, texts, strict=True):
        values.append(_ms(partial(render_document, "intake", request)))
        floors.append(_ms(partial(draw_floor, runs)))
    return [
        Figure(f"intake form, filled (median of {RUNS} people)", median(values), "ms",
               median(floors), max_ratio=3.0, max_value=150.0),
    ]


if __name__ == "__main__":
    from bench import dataset

    for figure in run(dataset.centre_db()):
        print(figure.line())
