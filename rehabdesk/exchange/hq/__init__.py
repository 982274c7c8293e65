"""Headquarters' consolidation store (issue #17): its schema, its engine on SQLite or
PostgreSQL, and the import of a bundle into it."""
