"""The workshop features, Qt-free: workshops, participants, ideas, organising, votes, actions.

Each module is one step of the workflow written against ``engine.store.Store``; nothing
here imports PySide6 (a ruff rule and tests/unit/test_architecture.py hold that line).
"""
