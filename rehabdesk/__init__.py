"""RehabDesk: case management for drug education and correction centres."""

__version__ = "0.1.0"
