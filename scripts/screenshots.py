"""Screenshots of the facilitator's workspace in Arabic and French (offscreen grab()).

Usage: uv run python scripts/screenshots.py OUTPUT_FOLDER [--size 1280x800]

Builds the demo workshop in a temporary database and saves, for each of ar
and fr: the home screen, the four set-up pages, check-in and capture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    args.output.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from sim_facilitator.models.demo import create_demo
    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.application import install_fonts, set_language
    from sim_facilitator.ui.main_window import MainWindow
    from sim_facilitator.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = open_store(Path(tmp) / "empty.db")
        for lang in ("ar", "fr"):
            set_language(app, lang)
            first_run = MainWindow(empty, Settings(Path(tmp) / f"empty-{lang}.ini"))
            first_run.resize(width, height)
            first_run.show()
            app.processEvents()
            saved.append(args.output / f"home_empty_{lang}.png")
            first_run.grab().save(str(saved[-1]))
            first_run.close()
        store = open_store(Path(tmp) / "demo.db")
        demo = create_demo(store)
        for lang in ("ar", "fr"):
            set_language(app, lang)
            window = MainWindow(store, Settings(Path(tmp) / f"settings-{lang}.ini"))
            window.resize(width, height)
            window.show()

            def shot(name: str, window: MainWindow = window, lang: str = lang) -> None:
                app.processEvents()
                path = args.output / f"{name}_{lang}.png"
                window.grab().save(str(path))
                saved.append(path)

            window.home.select(demo)
            shot("home")
            page = window.open_workshop(demo)
            for index in range(page.tabs.count()):
                view = page.tabs.widget(index)
                name = type(view).__name__
                page.show_tab(index)
                if name == "SetupView":
                    for row, section in enumerate(("details", "framework", "agenda", "questions")):
                        view.sections.setCurrentRow(row)  # type: ignore[attr-defined]
                        shot(f"setup_{section}")
                elif name in ("CheckinView", "CaptureView"):
                    shot(name.removesuffix("View").lower())
            window.close()
            window.deleteLater()
            app.processEvents()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
