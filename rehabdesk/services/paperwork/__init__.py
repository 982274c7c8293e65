"""Printing paperwork from records: gather, render, audit."""
