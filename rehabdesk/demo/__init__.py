"""Fictional demo centres (`rehabdesk demo`, `make run`): people, stays, screenings and
enrolments built through the services, so every screen opens on realistic data."""
