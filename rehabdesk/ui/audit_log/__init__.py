"""The Audit log page: who did what, when."""
