"""Hostile and broken bundles, generated at test time."""
