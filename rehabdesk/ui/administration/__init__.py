"""The Administration page: backups, encryption, centre settings and the dialogs that
other features register there."""
