"""The Reports page: the monthly centre report and the budget (issue #18)."""
