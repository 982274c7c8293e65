"""The ``rehabdesk`` command line: one module per command, each one unit of work.

A command module imports the services it needs inside ``run``: building the parser must
stay light, because ``rehabdesk`` without a command opens the GUI through the same
parser, and the window must not wait for the database layer to import.
"""
