"""Release, reintegration and follow-up on screen (issue #15, item 6)."""
