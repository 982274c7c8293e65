"""Court liaison (issue #25): the courts on file, the per-court list of the people who
wait for a verdict (the Eligibility page's waiting list, grouped by the court of each
person's newest case), the request letters sent and the courts' answers, the follow-up
list of requests left unanswered, and the figures for the director and headquarters.

- ``courts``: the courts and prosecutors' offices, their addresses and contacts.
- ``listing``: who waits at which court, and who is due for a second request.
- ``letters``: recording a letter's sending and a court's answer about one person.
- ``figures``: per-court figures, the 12-month chart, hearings on the Dashboard and on
  a record's Legal tab.
"""
