"""The Enrolment page, the record's Enrolment tab, roll calls and enrolment settings."""
