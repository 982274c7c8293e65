"""Court liaison (issue #25): the courts and prosecutors' offices, the request letters
sent to them and their answers about each person.

Every table travels to headquarters, so each row is ``Synced`` (the figures for
headquarters are counted from them). ``court`` holds Cambodia's courts — a court of
first instance in each province and the capital, the Appeal Court, the Supreme Court —
and the prosecutor's office attached to each (``attached_to_id``), seeded by migration
0015 with their names in both languages; a centre fills in addresses and contacts.
``court_case.court_id`` points a case to its court.

A letter is recorded when it is sent, with one ``court_letter_entry`` per person it
asked about (the court's list that day), so each person's requests and the answers to
them (``court_answer``, hanging off the entry) are linked. The database refuses an
unknown level, office, way of sending or answer kind, a hearing answer without its date
and a verdict answer without its status; which dates may follow which spans tables and
is checked in ``services.court_liaison`` (``domain.court_liaison.check_answer``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rehabdesk.db.base import Base, Synced
from rehabdesk.db.models_legal import VERDICT_STATUSES

COURT_LEVELS = ("first_instance", "appeal", "supreme")
OFFICE_KINDS = ("court", "prosecutor")
LETTER_METHODS = ("hand", "post", "email", "fax")
ANSWER_KINDS = ("hearing_scheduled", "verdict_given", "treatment_order", "no_answer")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


class Court(Synced, Base):
    """A court or the prosecutor's office attached to one, with its address and contact.
    ``code`` is what the command line and the letters' references name it by."""

    __tablename__ = "court"
    __table_args__ = (
        CheckConstraint(f"level IN {_in(COURT_LEVELS)}", name="level"),
        CheckConstraint(f"office IN {_in(OFFICE_KINDS)}", name="office"),
        CheckConstraint("(office = 'prosecutor') = (attached_to_id IS NOT NULL)",
                        name="prosecutor_attached"),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)
    level: Mapped[str] = mapped_column(String(20))
    office: Mapped[str] = mapped_column(String(12))
    attached_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("court.id", ondelete="RESTRICT"))
    province_code: Mapped[str | None] = mapped_column(String(2))
    name_en: Mapped[str] = mapped_column(String(200))
    name_km: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_title: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")


class CourtLetter(Synced, Base):
    """A request letter as it was sent: to which court's list, addressed to the court or
    its prosecutor's office, on which day, how and into whose hands."""

    __tablename__ = "court_letter"
    __table_args__ = (
        CheckConstraint(f"method IN {_in(LETTER_METHODS)}", name="method"),
        UniqueConstraint("reference"),
    )

    court_id: Mapped[int] = mapped_column(ForeignKey("court.id", ondelete="RESTRICT"),
                                          index=True)
    addressed_to_id: Mapped[int] = mapped_column(ForeignKey("court.id", ondelete="RESTRICT"))
    reference: Mapped[str] = mapped_column(String(60))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(8))
    sent_to: Mapped[str] = mapped_column(String(200))
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))


class CourtLetterEntry(Synced, Base):
    """One person in one letter: their case as it stood, and whether the letter asked
    for them a second time (no answer after the centre's number of days)."""

    __tablename__ = "court_letter_entry"
    __table_args__ = (
        UniqueConstraint("letter_id", "court_case_id"),
        Index("ix_court_letter_entry_court_case_id", "court_case_id", "letter_id"),
    )

    letter_id: Mapped[int] = mapped_column(ForeignKey("court_letter.id", ondelete="RESTRICT"))
    court_case_id: Mapped[int] = mapped_column(ForeignKey("court_case.id", ondelete="RESTRICT"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id", ondelete="RESTRICT"),
                                            index=True)
    second_request: Mapped[bool] = mapped_column(default=False)
    days_waited: Mapped[int]
    """Days at the centre on the letter's day, as the letter printed it."""


class CourtAnswer(Synced, Base):
    """What the court answered about the person of one letter entry, and when. A verdict
    or a treatment order is also recorded on the court case by ``services.legal`` (so
    eligibility is re-evaluated at once); the answer keeps that it came from the letter."""

    __tablename__ = "court_answer"
    __table_args__ = (
        CheckConstraint(f"kind IN {_in(ANSWER_KINDS)}", name="kind"),
        CheckConstraint("(kind = 'hearing_scheduled') = (hearing_on IS NOT NULL)",
                        name="hearing_date"),
        CheckConstraint(f"(kind = 'verdict_given') = (verdict_status IS NOT NULL) AND "
                        f"(verdict_status IS NULL OR verdict_status IN {_in(VERDICT_STATUSES)})",
                        name="verdict_status"),
        Index("ix_court_answer_hearing_on", "hearing_on"),
    )

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("court_letter_entry.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    answered_on: Mapped[dt.date] = mapped_column(Date)
    hearing_on: Mapped[dt.date | None] = mapped_column(Date)
    verdict_status: Mapped[str | None] = mapped_column(String(20))
    document_ref: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"))
