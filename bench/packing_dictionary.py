"""Trains the next generation of the packing dictionary (``rehabdesk.db.packing``) from a
fictional demo centre: ``make packing-dictionary``.

The samples are every packed column's values in a 3,000-person demo centre generated
with its own seed (2026), not the benchmark centre's (7), so the size the benchmark
measures is not that of the very rows the dictionary learnt. A generation, once
released, is never rewritten (values packed with it must always unpack): this writes
the generation after the newest one in ``resources/packing`` and says which line of
``db.packing.GENERATIONS`` to extend. Pass a centre's file to sample it instead.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

import zstandard

from rehabdesk.db import models
from rehabdesk.db.engine import connect_raw
from rehabdesk.db.packing import GENERATIONS, dictionary_path, packed_columns, unpack

DICTIONARY_BYTES = 16 * 1024
"""16 KB: 32 KB packed the audit log only 3 % smaller, and each connection holds it."""
PERSONS, SEED = 3000, 2026
PER_COLUMN = 4000
"""Samples a column: the trainer wants thousands; more only slows it."""


def _demo_centre(folder: Path) -> Path:
    from rehabdesk.demo import centre as demo
    from rehabdesk.services.platform.database import open_database

    path = folder / "training-centre.sqlite3"
    database = open_database(path)
    with database.unit_of_work(write=True) as uow:
        demo.generate(uow, PERSONS, seed=SEED)
    database.close()
    return path


def samples(path: Path) -> list[bytes]:
    """Up to ``PER_COLUMN`` values of each packed column, as UTF-8, shuffled."""
    connection = connect_raw(path, read_only=True)
    try:
        found: list[bytes] = []
        for table, column in packed_columns(models.Base.metadata):
            values = connection.execute(
                f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                f"ORDER BY random() LIMIT {PER_COLUMN}").fetchall()
            found += [str(unpack(value)).encode("utf-8") for (value,) in values]
    finally:
        connection.close()
    random.Random(SEED).shuffle(found)
    return found


def train(path: Path) -> Path:
    generation = GENERATIONS[-1] + 1 if dictionary_path(GENERATIONS[-1]).exists() else 1
    trained = zstandard.train_dictionary(DICTIONARY_BYTES, samples(path), level=3)
    target = dictionary_path(generation)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(trained.as_bytes())
    return target


def main(argv: list[str]) -> int:
    if argv:
        target = train(Path(argv[0]))
    else:
        with tempfile.TemporaryDirectory() as folder:
            target = train(_demo_centre(Path(folder)))
    print(f"Wrote {target} ({target.stat().st_size:,} bytes). Add its generation to "
          "rehabdesk.db.packing.GENERATIONS, and never change a released one.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
