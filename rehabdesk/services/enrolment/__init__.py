"""Enrolment: programmes and dormitories, the waitlist, enrolments and beds, attendance,
case plans and discharge summaries."""
