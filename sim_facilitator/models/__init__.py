"""Qt-free domain: entities, validation, storage, clock and ids, op log and merge.

Nothing in this package imports PySide6 (a ruff rule and a test hold that line).
"""
