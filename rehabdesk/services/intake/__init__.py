"""Intake: registering arrivals from the form or a transfer list, and the duplicate check."""
