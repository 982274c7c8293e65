"""The Eligibility page, the policy dialog and the overrides."""
