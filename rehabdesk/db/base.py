"""Declarative base, naming convention and the columns every exchanged table carries.

Tables that travel to headquarters carry a stable ``uid`` beside the integer key,
``created_at``/``updated_at`` and a row ``version`` (ARCHITECTURE.md, database
conventions), so an export can be incremental; deletions leave a ``Tombstone``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from rehabdesk.db.moments import Moment
from rehabdesk.db.uids import Uid

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Naive UTC: SQLite has no time zones, and every stored timestamp is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Mixin for rows exchanged with headquarters.

    ``version`` is SQLAlchemy's version counter: every ORM update bumps it and refuses
    to overwrite a row someone else changed meanwhile. ``updated_at`` is not indexed:
    nothing may read rows in clock order (offline clocks lie; the export follows the
    change sequence), and the index cost a 200,000-person centre 110 MB (issue #24).
    Both moments are stored as integers (``db.moments``, issue #24 too).
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(Uid(), unique=True, default=new_uid)
    created_at: Mapped[dt.datetime] = mapped_column(Moment(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(Moment(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's spelling
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
