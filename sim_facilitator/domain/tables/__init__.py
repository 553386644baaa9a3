"""Breakout tables: groups of an agenda item, who sits where, scribe and reporter.

``assignment`` deals people to tables (pure functions, no database);
``records`` keeps tables and seats as ordinary records (ops), so they merge,
travel in bundles and are covered by erasure like everything else.
"""
