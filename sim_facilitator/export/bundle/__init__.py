"""Signed ``.simbundle`` files: the format, the hostile-input reader, the writer, the import."""
