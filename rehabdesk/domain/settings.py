"""Centre-wide settings an administrator may change, with their defaults and limits.

One table of definitions, so the Administration page, the command line and the services
agree on what exists, what a value may be and what it means. Values are stored per
centre database (they travel with it in backups), not per workstation: the screening
deadline is a rule of the centre, not of one desk.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.errors import ValidationError
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
    )
}


def definition(key: str) -> SettingDefinition:
    try:
        return DEFINITIONS[key]
    except KeyError:
        raise ValidationError("platform.no_such_setting", key=key,
                              known=sorted(DEFINITIONS)) from None
