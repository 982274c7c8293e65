"""Vocational training and work (issue #14): workshops and rates, allocations and consent,
the daily work register within the work limits, pay periods and savings, certificates,
and the monthly report."""
