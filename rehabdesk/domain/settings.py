"""Centre-wide settings an administrator may change, with their defaults and limits.

One table of definitions, so the Administration page, the command line and the services
agree on what exists, what a value may be and what it means. Values are stored per
centre database (they travel with it in backups), not per workstation: the screening
deadline is a rule of the centre, not of one desk.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.followup import FollowUpPolicy
from rehabdesk.domain.messages import Message, sentence


@dataclass(frozen=True)
class SettingDefinition:
    key: str
    label: str
    """Short English label; the UI translates it."""
    explanation: str
    default: int
    minimum: int
    maximum: int
    unit: str
    """Every setting counts days so far: the sentences of :meth:`check` say so."""
    name: Message
    """The setting named inside a sentence, in the reader's language."""

    def check(self, value: int) -> int:
        """The value if it is allowed, else a sentence naming the allowed range."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("platform.setting_not_whole_days", setting=self.name)
        if not self.minimum <= value <= self.maximum:
            raise ValidationError("platform.setting_days_out_of_range", setting=self.name,
                                  minimum=self.minimum, maximum=self.maximum, value=value)
        return value


SCREENING_DUE_DAYS = "screening_due_days"
SCREENING_REPEAT_DAYS = "screening_repeat_days"
FOLLOW_UP_WINDOW_DAYS = "follow_up_window_days"
FOLLOW_UP_LOST_AFTER_DAYS = "follow_up_lost_after_days"
COURT_FOLLOW_UP_DAYS = "court_follow_up_days"
NO_BASIS_AFTER_DAYS = "no_basis_after_days"
GRIEVANCE_ANSWER_DAYS = "grievance_answer_days"
NO_VISIT_DAYS = "no_visit_days"
ACKNOWLEDGEMENT_WARNING_DAYS = "acknowledgement_warning_days"

DEFINITIONS: dict[str, SettingDefinition] = {
    d.key: d
    for d in (
        SettingDefinition(
            SCREENING_DUE_DAYS, "Screening deadline",
            "An arrival not screened within this many days appears in the screening queue "
            "(issue \"Screening\", item 4: a setting, default 3).",
            3, 0, 60, "days", sentence("platform.setting.screening_due_days")),
        SettingDefinition(
            SCREENING_REPEAT_DAYS, "Re-screening interval",
            "A person still here this many days after the last screening is due to be "
            "screened again (the ASSIST asks about the past three months).",
            90, 7, 365, "days", sentence("platform.setting.screening_repeat_days")),
        SettingDefinition(
            FOLLOW_UP_WINDOW_DAYS, "Follow-up window",
            "A follow-up after release counts as on time this many days either side of its "
            "due date.",
            14, 1, 60, "days", sentence("platform.setting.follow_up_window_days")),
        SettingDefinition(
            FOLLOW_UP_LOST_AFTER_DAYS, "Lost to follow-up after",
            "After enough failed attempts, a person counts as lost to follow-up this many "
            "days after the window closed.",
            30, 0, 365, "days", sentence("platform.setting.follow_up_lost_after_days")),
        SettingDefinition(
            COURT_FOLLOW_UP_DAYS, "Second request to a court after",
            "A person a court has not answered about this many days after the request "
            "letter appears on the follow-up list and in the next letter as a second "
            "request (issue #25, item 4: a setting, default 30).",
            30, 7, 180, "days", sentence("court.setting.follow_up_days")),
        SettingDefinition(
            NO_BASIS_AFTER_DAYS, "Legal basis deadline",
            "A stay with no legal basis recorded this many days after arrival is listed in "
            "red on the Dashboard (issue \"Rights and oversight\", item 1: default 7).",
            7, 0, 60, "days", sentence("rights.setting.no_basis_days")),
        SettingDefinition(
            GRIEVANCE_ANSWER_DAYS, "Grievance answer deadline",
            "A grievance must be answered within this many days of being filed (issue "
            "\"Rights and oversight\", item 3: default 14).",
            14, 1, 90, "days", sentence("rights.setting.grievance_answer_days")),
        SettingDefinition(
            NO_VISIT_DAYS, "Days without a visit",
            "A person who has received no visit for this many days is listed (issue "
            "\"Rights and oversight\", item 4: default 60).",
            60, 7, 365, "days", sentence("rights.setting.no_visit_days")),
        SettingDefinition(
            ACKNOWLEDGEMENT_WARNING_DAYS, "Headquarters acknowledgement warning",
            "The Dashboard warns when headquarters has acknowledged no bundle for this many "
            "days (issue \"Export to headquarters\", item 5: default 45).",
            45, 7, 365, "days", sentence("exchange.setting_acknowledgement_days")),
    )
}


@dataclass(frozen=True)
class ScheduleDefinition:
    """A setting whose value is a schedule: whole months after an event, increasing.

    Stored as text (``"1,3,6,12"``, :meth:`stored`) beside the day settings, so it is
    read, changed, audited and backed up the same way."""

    key: str
    label: str
    explanation: str
    default: tuple[int, ...]
    minimum: int
    maximum: int
    name: Message

    def check(self, months: Sequence[int]) -> tuple[int, ...]:
        """The months if they make a schedule — at least one, each a whole number from
        ``minimum`` to ``maximum``, each later than the one before — else a sentence."""
        if not months:
            raise ValidationError("platform.schedule_empty", setting=self.name)
        for month in months:
            if isinstance(month, bool) or not isinstance(month, int):
                raise ValidationError("platform.schedule_not_whole_months", setting=self.name)
            if not self.minimum <= month <= self.maximum:
                raise ValidationError("platform.schedule_month_out_of_range",
                                      setting=self.name, minimum=self.minimum,
                                      maximum=self.maximum, value=month)
        for earlier, later in pairwise(months):
            if later <= earlier:
                raise ValidationError("platform.schedule_not_increasing", setting=self.name,
                                      earlier=earlier, later=later)
        return tuple(months)

    def parse(self, text: str) -> tuple[int, ...]:
        """``"1, 3, 6, 12"`` (commas or spaces between; Khmer digits too) as checked
        months; a word that is not a number is refused with the same sentence as a
        fraction."""
        words = [w for w in re.split(r"[\s,;]+", text) if w]
        if not all(w.isdecimal() for w in words):
            raise ValidationError("platform.schedule_not_whole_months", setting=self.name)
        return self.check([int(w) for w in words])

    @staticmethod
    def stored(months: Sequence[int]) -> str:
        return ",".join(str(m) for m in months)


FOLLOW_UP_MONTHS = "follow_up_months"

SCHEDULES: dict[str, ScheduleDefinition] = {
    d.key: d
    for d in (
        ScheduleDefinition(
            FOLLOW_UP_MONTHS, "Follow-up points",
            "A release creates a follow-up point this many months after it, for each "
            "number (issue \"Release\", item 4: 1, 3, 6 and 12 months, a centre setting). "
            "Points already created keep their dates.",
            FollowUpPolicy.default().months, 1, 36,
            sentence("platform.setting.follow_up_months")),
    )
}


@dataclass(frozen=True)
class SwitchDefinition:
    """A yes/no setting, stored as 1 or 0 beside the day settings, so it is read,
    changed by an administrator with a reason, audited and backed up the same way."""

    key: str
    label: str
    explanation: str
    default: bool
    name: Message


SEND_PHOTOS_TO_HQ = "send_photos_to_hq"

SWITCHES: dict[str, SwitchDefinition] = {
    d.key: d
    for d in (
        SwitchDefinition(
            SEND_PHOTOS_TO_HQ, "Send photos to headquarters",
            "People's photos travel in the bundles to headquarters only while this is on "
            "(issue \"Export to headquarters\", item 4: a centre setting, default off): a "
            "face identifies a detainee beyond any record, so the centre decides.",
            False, sentence("exchange.setting_send_photos")),
    )
}
_D = TypeVar("_D", SettingDefinition, ScheduleDefinition, SwitchDefinition)


def definition(key: str) -> SettingDefinition:
    return _known(DEFINITIONS, key)


def schedule(key: str) -> ScheduleDefinition:
    return _known(SCHEDULES, key)


def switch(key: str) -> SwitchDefinition:
    return _known(SWITCHES, key)


def _known(table: Mapping[str, _D], key: str) -> _D:
    try:
        return table[key]
    except KeyError:
        raise ValidationError("platform.no_such_setting", key=key,
                              known=sorted(table)) from None
