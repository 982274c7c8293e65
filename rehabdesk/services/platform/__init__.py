"""What every feature's services stand on: the database and units of work, the actor,
the audit log, users and sign-in, the centre and its settings, encryption, backups and
maintenance, and reading people and their episodes."""
