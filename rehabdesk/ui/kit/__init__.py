"""Widgets, models and helpers that two or more UI features share. A feature package never
imports another; what they share lives here (ARCHITECTURE.md)."""
