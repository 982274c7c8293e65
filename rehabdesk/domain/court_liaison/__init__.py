"""Court liaison (issue #25): the courts and prosecutors' offices a centre writes to, the
letters asking them for a hearing date or a treatment order for the people who wait for a
verdict, and what each court answered.

The Interior Minister's guidance names the final verdict as the obstacle: people who need
treatment wait in prison or at the centre because their case has no final verdict
(DOMAIN.md, rule ``VERDICT``: pending until a final verdict or a court or prosecutor's
order for treatment). The rules here are pure: what an answer may say and when, when an
unanswered request is due for a second one, and who a treatment order alone would make
eligible.
"""

from rehabdesk.domain.court_liaison.rules import (
    ANSWERED,
    AnswerKind,
    CourtLevel,
    OfficeKind,
    SendMethod,
    check_answer,
    check_sending,
    follow_up_due,
    median,
    order_would_make_eligible,
)

__all__ = [
    "ANSWERED",
    "AnswerKind",
    "CourtLevel",
    "OfficeKind",
    "SendMethod",
    "check_answer",
    "check_sending",
    "follow_up_due",
    "median",
    "order_would_make_eligible",
]
