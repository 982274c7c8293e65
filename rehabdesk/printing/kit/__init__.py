"""What every printed document shares: fonts and Khmer shaping, styles, flowables, the page."""
