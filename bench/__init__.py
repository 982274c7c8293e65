"""Performance benchmarks (``make bench``): each figure printed beside its floor."""
