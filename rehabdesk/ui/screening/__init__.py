"""The screening queue page and the record's Screening tab."""
