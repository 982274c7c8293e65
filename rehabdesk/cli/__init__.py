"""The ``rehabdesk`` command line: one module per command, each one unit of work."""
