"""Build the installable app for the machine it runs on: one command, one build description.

    uv run --group packaging python packaging/build.py

1. PyInstaller freezes the app with ``packaging/sim-facilitator.spec`` into
   ``dist/sim-facilitator/`` (a self-contained folder: no Python, no uv needed).
2. Then, per system:
   - Linux: ``dist/sim-facilitator-<version>-linux-<arch>.tar.gz`` (the folder, the
     desktop entry and icons) and ``dist/sim-facilitator_<version>_<arch>.deb``
     (built with dpkg-deb; installs under /opt, commands in /usr/bin, a menu entry);
   - Windows: the Inno Setup installer ``dist/sim-facilitator-<version>-windows-setup.exe``
     (when ``iscc`` is on PATH, as on GitHub's windows runners);
   - macOS: ``dist/sim-facilitator-<version>-macos.dmg`` (hdiutil).

``--skip-freeze`` reuses an existing ``dist/sim-facilitator/`` (package steps only).
Prints one JSON line of the files made and their sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sim_facilitator.version import __version__  # noqa: E402

DIST = ROOT / "dist"
APP_DIR = DIST / "sim-facilitator"
SPEC = ROOT / "packaging" / "sim-facilitator.spec"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def freeze() -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    start = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.monotonic() - start


def tree_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symbolic links count as nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-freeze", action="store_true", help="reuse dist/sim-facilitator")
    args = parser.parse_args()
    report: dict[str, object] = {"version": __version__}
    if not args.skip_freeze:
        report["freeze_seconds"] = round(freeze(), 1)
    if not APP_DIR.is_dir():
        print("no dist/sim-facilitator: run without --skip-freeze first", file=sys.stderr)
        return 1
    report["folder_bytes"] = tree_size(APP_DIR)
    if sys.platform.startswith("linux"):
        from linux_packages import build_deb, build_tarball  # next to this file

        report["tarball"] = describe(build_tarball(APP_DIR, DIST, __version__))
        start = time.monotonic()
        report["deb"] = describe(build_deb(APP_DIR, DIST, __version__))
        report["deb_seconds"] = round(time.monotonic() - start, 1)
    elif sys.platform == "win32":
        report["installer"] = describe(build_windows_installer())
    elif sys.platform == "darwin":
        report["dmg"] = describe(build_dmg())
    print(json.dumps(report))
    return 0


def describe(path: Path | None) -> dict[str, object] | None:
    if path is None:
        return None
    return {"path": str(path.relative_to(ROOT)), "bytes": path.stat().st_size}


def build_windows_installer() -> Path | None:
    """The per-user Inno Setup installer, when Inno Setup's compiler is installed."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").is_file():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        print("Inno Setup (iscc) not found: only dist/sim-facilitator/ was made", file=sys.stderr)
        return None
    script = ROOT / "packaging" / "windows" / "sim-facilitator.iss"
    subprocess.run(
        [iscc, f"/DAppVersion={__version__}", f"/DSourceDir={APP_DIR}", f"/O{DIST}", str(script)],
        check=True,
    )
    return DIST / f"sim-facilitator-{__version__}-windows-setup.exe"


def build_dmg() -> Path:
    """A disk image holding the .app and a link to /Applications (drag to install)."""
    app = DIST / "SIM Facilitator.app"
    stage = ROOT / "build" / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    subprocess.run(["ditto", str(app), str(stage / app.name)], check=True)
    (stage / "Applications").symlink_to("/Applications")
    target = DIST / f"sim-facilitator-{__version__}-macos-{platform.machine()}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(
        ["hdiutil", "create", "-volname", "SIM Facilitator", "-srcfolder", str(stage),
         "-format", "UDZO", str(target)],
        check=True,
    )  # fmt: skip
    return target


if __name__ == "__main__":
    raise SystemExit(main())
