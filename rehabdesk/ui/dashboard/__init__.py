"""The Dashboard: beds used against capacity now and over twelve months, and the lists
each figure opens."""
