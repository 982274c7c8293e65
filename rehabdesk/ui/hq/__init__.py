"""Headquarters' window (issue #17, item 7): centres, the conflict queue and the
cross-centre pairs, on the consolidation store."""
