"""Eligibility decisions: the policy's versions, the facts gathered for each stay, the
decisions stored and listed (DOMAIN.md, legal status and eligibility)."""
