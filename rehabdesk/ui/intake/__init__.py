"""The Intake page: the keyboard form, the duplicate panel and transfer-list import."""
