"""PySide6 user interface: windows, views, one item model per entity, dialogs."""
