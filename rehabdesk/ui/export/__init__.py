"""The Export page: the periodic export to headquarters on removable media (issue #16)."""
