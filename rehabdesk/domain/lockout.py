"""Sign-in lockout and password rules (issue #8: "5 failed attempts lock the account for
15 minutes"; OWASP: a minimum length matters more than composition rules)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rehabdesk.domain.errors import ValidationError

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class LockState:
    failed_attempts: int = 0
    locked_until: dt.datetime | None = None

    def is_locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: dt.datetime) -> LockState:
        """One more wrong password; the fifth locks the account (and resets the count)."""
        failed = (0 if self.locked_until and now >= self.locked_until else
                  self.failed_attempts) + 1
        if failed >= MAX_FAILED_ATTEMPTS:
            return LockState(0, now + LOCK_DURATION)
        return LockState(failed, None)

    def replayed(self, events: list[tuple[bool, dt.datetime]]) -> LockState:
        """This state after sign-ins kept for later (``(signed_in, at)``, oldest first):
        a failure counts, a success clears the count."""
        state = self
        for signed_in, at in events:
            state = LockState() if signed_in else state.after_failure(at)
        return state



def check_new_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("platform.password_too_short", length=MIN_PASSWORD_LENGTH)
    if password.strip().lower() == username.strip().lower() or len(set(password)) < 3:
        raise ValidationError("platform.password_too_easy")
