"""Rights and oversight (issue #19): legal bases and the red lists (``basis``,
``alerts``), the rights sheet's hand-over (``sheet``), grievances, visits, incidents, the
independent monitor's view (``monitor``) and the monthly counts the reports read
(``grievances.monthly_counts``)."""
