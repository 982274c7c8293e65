"""What the Export page shows (issue #16, item 7): both keys' fingerprints (in digits and
in words, item 3), the last
bundle and acknowledgement, what the next bundle will carry, the data-quality report and
the bundles made. Reads only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from rehabdesk.db.base import Base
from rehabdesk.db.models_exchange import ExportedBundle
from rehabdesk.domain.permissions import Action, require
from rehabdesk.domain.settings import ACKNOWLEDGEMENT_WARNING_DAYS, SEND_PHOTOS_TO_HQ
from rehabdesk.exchange import keys, rows
from rehabdesk.services.exchange.acknowledgements import BundleLine, bundles
from rehabdesk.services.exchange.keys import current_state, installed_hq
from rehabdesk.services.exchange.quality import QualityReport, quality_report
from rehabdesk.services.platform import settings
from rehabdesk.services.platform.actor import Actor
from rehabdesk.services.platform.database import UnitOfWork


@dataclass(frozen=True)
class ExportOverview:
    hq_fingerprint: str | None
    hq_words: str | None
    """Headquarters' fingerprint in words, as ``hq init`` printed it."""
    hq_qr: tuple[tuple[bool, ...], ...]
    """Headquarters' fingerprint as a QR code's modules (none without a key), for the
    administrator to hold beside the one headquarters printed."""
    centre_fingerprint: str | None
    centre_words: str | None
    next_tables: dict[str, int]
    """Table → rows the next bundle will carry (every row before the first bundle)."""
    bundles: list[BundleLine]
    """Newest first."""
    last_acknowledged: dt.datetime | None
    quality: QualityReport
    photos: bool
    """Whether people's photos travel (the centre's setting, issue #16, item 4)."""

    @property
    def next_rows(self) -> int:
        return sum(self.next_tables.values())

    @property
    def unacknowledged(self) -> list[BundleLine]:
        """Bundles headquarters has not confirmed: offered again."""
        return [b for b in self.bundles if b.acknowledged_at is None]


def next_tables(uow: UnitOfWork) -> dict[str, int]:
    """What a bundle made now would carry, per table (tables with no rows left out)."""
    last = uow.session.scalar(select(ExportedBundle).order_by(ExportedBundle.sequence.desc())
                              .limit(1))
    changes = rows.ChangeRange(last.last_change if last else 0, 2**62, full=last is None)
    connection = uow.session.connection()
    counts = {p.table: rows.count(connection, p, changes) for p in rows.plans(Base.metadata)}
    return {table: n for table, n in counts.items() if n}


@dataclass(frozen=True)
class AcknowledgementWait:
    """How long headquarters has been silent: days since the newest acknowledgement, or
    since the first bundle when none came (the workstation's clock: only a warning)."""

    days: int
    limit: int
    """The centre's setting (``acknowledgement_warning_days``, default 45)."""

    @property
    def overdue(self) -> bool:
        return self.days > self.limit


def acknowledgement_wait(uow: UnitOfWork, today: dt.date) -> AcknowledgementWait | None:
    """None before the first bundle (issue #16, item 5: the Dashboard's warning)."""
    acknowledged = uow.session.scalar(select(func.max(ExportedBundle.acknowledged_at)))
    first = uow.session.scalar(select(func.min(ExportedBundle.created_at)))
    since = acknowledged or first
    if since is None:
        return None
    return AcknowledgementWait((today - since.date()).days,
                               settings.get(uow, ACKNOWLEDGEMENT_WARNING_DAYS))


def export_overview(uow: UnitOfWork, actor: Actor) -> ExportOverview:
    # ReportLab's QR encoder, imported here: the Dashboard reads this package at sign-in,
    # and the pages built then must not load ReportLab (tests/ui/test_startup_imports.py).
    from rehabdesk.printing.kit.qr import qr_modules

    require(actor.role, Action.EXPORT_TO_HQ)
    hq = installed_hq(uow)
    state = current_state(uow)
    signing = None if state is None else state.signing_key
    made = bundles(uow)
    acknowledged = [b.acknowledged_at for b in made if b.acknowledged_at is not None]
    public = None if signing is None else keys.public_of(signing)
    return ExportOverview(
        hq_fingerprint=None if hq is None else hq.fingerprint,
        hq_words=None if hq is None else hq.words,
        hq_qr=() if hq is None else qr_modules(f"RehabDesk HQ key {hq.fingerprint}"),
        centre_fingerprint=None if public is None else keys.fingerprint(public),
        centre_words=None if public is None else keys.fingerprint_words(public),
        next_tables=next_tables(uow), bundles=made,
        last_acknowledged=max(acknowledged) if acknowledged else None,
        quality=quality_report(uow), photos=settings.is_on(uow, SEND_PHOTOS_TO_HQ))
