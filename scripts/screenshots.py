"""Screenshots of every screen of the app in Arabic and French (offscreen grab()).

Usage: uv run python scripts/screenshots.py OUTPUT_FOLDER
           [--langs ar,fr] [--width 900] [--dark] [--only NAME,NAME]
           [--screen 1280x800] [--scale 1]

Builds the demo workshop in a temporary database and saves, for each
language, every screen of ``sim_facilitator.ui.shell.screen_tour``: home (empty and
with workshops), the welcome, the four set-up pages, check-in, capture, the
four organise pages, votes, the ballot screen, tally entry, projector,
actions, decisions, minutes, dashboard, sync, shortcuts and the user guide;
right after check-in, the dialog that confirms erasing a participant
(``erase_participant``), opened from the check-in screen as a user would.
Files are NAME_LANG.png (NAME_LANG_dark.png with --dark), scaled to --width
pixels (0 keeps the window size) and reduced to 256 colours when Pillow is
installed, so they stay small enough to commit (docs/images/).

Each window takes the size the app gives it on a screen of --screen logical
pixels at --scale display scaling (``ui/shell/offscreen_screen.py``): 1024x600
is the smallest screen the app is laid out for; 1280x720 at 1.5 is a
1920×1080 panel at 150 %. With --width 0 the files keep the device pixels.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e8e8e8"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#333333"),
        (role.ToolTipBase, "#333333"),
        (role.ToolTipText, "#e8e8e8"),
        (role.Text, "#e8e8e8"),
        (role.Button, "#3a3a3a"),
        (role.ButtonText, "#e8e8e8"),
        (role.BrightText, "#ff6b6b"),
        (role.Highlight, "#3d7bd9"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Link, "#7fb2ff"),
        (role.Mid, "#555555"),
        (role.Dark, "#1a1a1a"),
        (role.Light, "#4a4a4a"),
    ):
        palette.setColor(r, QColor(colour))
    return palette


def save(widget: object, path: Path, width: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    image = widget.grab().toImage()
    if width and image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    image.save(str(path))
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as png:
        small = png.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--langs", default="ar,fr")
    parser.add_argument("--width", type=int, default=900)
    parser.add_argument("--dark", action="store_true", help="a dark system palette")
    parser.add_argument("--only", default="", help="comma-separated screen names")
    parser.add_argument("--screen", default="1280x800", help="logical WIDTHxHEIGHT")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, 1.5 = 150 %%")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    only = {n for n in args.only.split(",") if n}
    width, height = (int(n) for n in args.screen.lower().split("x"))
    tmp = tempfile.TemporaryDirectory()
    from sim_facilitator.ui.shell.offscreen_screen import offscreen_environment

    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # xcb: a real screen
        os.environ.update(offscreen_environment(Path(tmp.name), width, height, args.scale))
    # The windows remember their places: in a throw-away file, never the user's settings.
    os.environ["SIM_FACILITATOR_SETTINGS"] = str(Path(tmp.name) / "settings.ini")

    from PySide6.QtWidgets import QApplication, QStyleFactory

    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.shell.application import install_fonts, set_language
    from sim_facilitator.ui.shell.screen_tour import tour

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_fonts()
    if args.dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())  # type: ignore[arg-type]
    suffix = "_dark" if args.dark else ""
    saved: list[Path] = []
    with tmp:
        folder = Path(tmp.name)
        store = open_store(folder / "demo.db")
        create_demo(store)
        for lang in args.langs.split(","):
            set_language(app, lang)
            empty = open_store(folder / f"empty-{lang}.db")
            for name, widget in tour(store, folder, empty=empty):
                if only and name not in only:
                    continue
                path = args.output / f"{name}_{lang}{suffix}.png"
                save(widget, path, args.width)
                saved.append(path)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
