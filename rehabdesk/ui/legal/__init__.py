"""The record's Legal tab: court cases, verdicts, sentences and treatment orders."""
