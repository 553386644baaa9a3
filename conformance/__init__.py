"""Conformance suites: `.simbundle` files (cases.json) and the room protocol (room/)."""
