"""The phone page's files: a fixed whitelist read from package resources at start.

Only flat files of ``sim_facilitator/room/static/`` with plain names are
served, looked up in a dict built once: a request path is never joined to a
file system path, so ``..``, encoded slashes or absolute paths cannot reach
anything else.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources

NAME = re.compile(r"[a-z0-9][a-z0-9_.-]*\.(html|css|js|svg|png|ico|json|txt)")
TYPES = {
    "html": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "svg": "image/svg+xml",
    "png": "image/png",
    "ico": "image/x-icon",
    "json": "application/json; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}
MAX_FILE = 2 * 1024 * 1024  # the whole page is meant to be ~100 KB


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    content_type: str
    etag: str


def load_static(
    package: str = "sim_facilitator.room", folder: str = "static"
) -> dict[str, StaticFile]:
    """Name -> file, for every whitelisted file shipped in the package folder."""
    files: dict[str, StaticFile] = {}
    root = resources.files(package) / folder
    if not root.is_dir():
        return files
    for entry in root.iterdir():
        name = entry.name
        if not entry.is_file() or not NAME.fullmatch(name) or ".." in name:
            continue
        body = entry.read_bytes()
        if len(body) > MAX_FILE:
            continue
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        files[name] = StaticFile(body, TYPES[name.rsplit(".", 1)[1]], etag)
    return files
