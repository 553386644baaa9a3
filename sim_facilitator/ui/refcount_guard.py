"""Work around PySide6 6.12 dropping references to None/True/False on Python 3.11.

Shiboken 6.12 returns ``None`` (and ``True``/``False``) from wrapped C++
calls without taking a new reference. From Python 3.12 these objects are
immortal and nothing happens; on Python 3.11 every call of a void method such
as ``setObjectName`` or ``QSettings.setValue`` lowers ``None``'s reference
count by one, and after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc" (or bool_dealloc). Measured: 50 calls of
``QObject.setObjectName`` drop 50 references.

Until the app runs on Python 3.12+ (or a fixed PySide6), give these
singletons a reference count so large that no session can exhaust it.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA = 1 << 40  # about 10^12 calls


def pin_singletons() -> bool:
    """Make None, True and False practically immortal; True if anything was done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if refcnt.value < _EXTRA:
            refcnt.value += _EXTRA
    return True
