"""Editable Word (.docx) documents written with python-docx, right to left done in OOXML."""
