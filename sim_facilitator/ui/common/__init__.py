"""Widgets and helpers every step shares: error messages, labels, bidi, palette, background jobs."""
