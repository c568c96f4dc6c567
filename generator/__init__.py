"""Etalase: an open-data publication site generator for Indonesian public bodies (PPID)."""

__version__ = "0.1.0"
