"""What the centre keeps about its exchange with headquarters (issue #16; DOMAIN.md,
"Headquarters exchange").

None of these tables travels: they are the centre's own bookkeeping (no ``uid`` and
``version``, so ``db.change_capture`` never counts them as exchanged).

- ``change_mark``: one compact mark per exchanged row changed since the last bundle,
  written by SQLite triggers (``db.change_capture``) in the transaction of the change,
  whatever wrote it — the ORM, ``executemany``, a merge's bulk ``UPDATE`` or raw SQL. Its
  ``seq`` is the per-database change sequence: ``AUTOINCREMENT`` keeps it increasing
  even after marks are pruned, and it never reads a clock (offline clocks lie). A row
  changed twice keeps one mark, with the newer number (``INSERT OR REPLACE``), so the
  table holds at most one mark per row and is emptied up to a bundle's last change when
  that bundle is recorded.
- ``exchange_state``: one row. ``capturing`` is off until the first bundle (which carries
  every row anyway, so earlier marks would only fill the file), the centre's Ed25519
  signing key and headquarters' installed public key.
- ``exchange_bundle``: the ledger of bundles made, chained by their SHA-256, with what
  each carried and when headquarters acknowledged it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.db.base import Base, utcnow


class ChangeMark(Base):
    __tablename__ = "change_mark"
    __table_args__ = (UniqueConstraint("table_name", "row_id"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int]


class ExchangeState(Base):
    __tablename__ = "exchange_state"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    capturing: Mapped[bool] = mapped_column(default=False)
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    """The centre's Ed25519 private key (32 raw bytes). It lives inside the database, so
    it is kept exactly like the records: encrypted by SQLCipher under the database key,
    which is wrapped per user and by the recovery sheet (``db.key_file``), and carried by
    every backup. Key material never travels in a bundle."""
    hq_key: Mapped[str | None] = mapped_column(Text)
    """Headquarters' public key file as installed (``exchange.keys``)."""
    hq_fingerprint: Mapped[str | None] = mapped_column(String(80))
    hq_installed_at: Mapped[dt.datetime | None]


class ExportedBundle(Base):
    __tablename__ = "exchange_bundle"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence: Mapped[int] = mapped_column(unique=True)
    file_name: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    previous_sha256: Mapped[str | None] = mapped_column(String(64))
    first_change: Mapped[int]
    last_change: Mapped[int]
    last_audit_id: Mapped[int]
    rows: Mapped[int]
    tables: Mapped[str] = mapped_column(Text)
    """Rows per table as JSON, as the manifest says."""
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))
    acknowledged_at: Mapped[dt.datetime | None]
    """When headquarters' acknowledgement covering this bundle was imported."""
