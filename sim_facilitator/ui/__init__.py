"""PySide6 user interface: windows, views, one item model per entity, dialogs."""

from .refcount_guard import pin_singletons

pin_singletons()  # PySide6 6.12 on Python 3.11 drops references to None: see refcount_guard
