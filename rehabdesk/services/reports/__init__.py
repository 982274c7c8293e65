"""The centre's reports and its budget (issue #18): the monthly centre report and the
budget request."""
