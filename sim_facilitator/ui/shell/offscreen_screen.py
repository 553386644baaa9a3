"""A pretend screen of a chosen size and display scaling, for screenshots and tests.

Qt's offscreen platform (Qt 6.5 and later) reads its screens from a JSON file
named in ``QT_QPA_PLATFORM=offscreen:configfile=...``; ``QT_SCALE_FACTOR`` then
scales them as a system's display setting would. A 1920×1080 panel at 150 %
is ``offscreen_environment(folder, 1280, 720, 1.5)``: the app sees 1280×720
logical pixels. Both variables are read when the QApplication is made, so they
go into the environment of a new process (or before the first QApplication).
"""

from __future__ import annotations

import json
from pathlib import Path


def _screen(name: str, x: int, width: int, height: int, scale: float) -> dict[str, object]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": round(width * scale),
        "height": round(height * scale),
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


def offscreen_environment(
    folder: Path,
    width: int,
    height: int,
    scale: float = 1.0,
    projector: tuple[int, int] | None = None,
) -> dict[str, str]:
    """Environment variables for one screen of ``width``×``height`` logical pixels, and a
    ``projector`` of its own size to its right, if given."""
    config = folder / f"screen-{width}x{height}@{scale:g}-{projector}.json"
    screens = [_screen("Offscreen", 0, width, height, scale)]
    if projector is not None:
        screens.append(_screen("Projector", round(width * scale), *projector, scale))
    folder.mkdir(parents=True, exist_ok=True)
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": f"{scale:g}",
    }
