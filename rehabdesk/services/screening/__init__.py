"""Screenings (ASSIST, DAST-10, AUDIT, urine, health screen) and consent."""
