"""The detainee register: search, pages of rows, and merging duplicate people."""
