"""One module per printed document; each renders from plain records (no session)."""
