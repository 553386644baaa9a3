"""The sync engine: every change is an immutable op; the tables the app reads are its projection.

Storage, the op log and its algebra, merging, trust between laptops, redaction and the
canonical dump live here. Nothing in this package imports PySide6 or the domain features.
"""
