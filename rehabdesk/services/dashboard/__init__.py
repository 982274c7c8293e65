"""The dashboard's figures: occupancy now and over twelve months, and the lists they open."""
