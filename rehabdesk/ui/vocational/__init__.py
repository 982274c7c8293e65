"""Vocational training and work on screen (issue #14, item 7)."""
