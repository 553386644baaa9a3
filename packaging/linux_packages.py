"""The Linux packages around the frozen folder: a tarball and a Debian package.

The .deb is assembled by hand and built with ``dpkg-deb`` (no packaging tool to
download): the folder goes to /opt/sim-facilitator, the two commands are links in
/usr/bin, the desktop entry and icons go where menus look for them. Its
dependencies are the system libraries the bundle still loads from the system
(found with readelf and dpkg), so ``apt install ./sim-facilitator_*.deb`` fetches
exactly those. It has no maintainer scripts: removing (or purging) the package
deletes only what it installed; the user's database in
~/.local/share/sim-facilitator stays.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "sim-facilitator.desktop"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}


def _arch() -> str:
    return platform.machine()


def build_tarball(app_dir: Path, dist: Path, version: str) -> Path:
    """``sim-facilitator-<version>-linux-<arch>.tar.gz``: the folder, desktop entry, icons."""
    name = f"sim-facilitator-{version}-linux-{_arch()}"
    target = dist / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=f"{name}/sim-facilitator")
        tar.add(DESKTOP, arcname=f"{name}/sim-facilitator.desktop")
        tar.add(ICONS / "sim-facilitator-256.png", arcname=f"{name}/sim-facilitator.png")
        tar.add(ROOT / "packaging" / "linux" / "README.txt", arcname=f"{name}/README.txt")
    return target


def _needed_names(folder: Path) -> tuple[set[str], set[str]]:
    """(libraries some ELF file in ``folder`` needs, file names present in ``folder``)."""
    needed: set[str] = set()
    present: set[str] = set()
    for path in folder.rglob("*"):
        present.add(path.name)
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    return needed, present


def system_dependencies(folder: Path) -> list[str]:
    """Debian packages holding the libraries the bundle loads from the system."""
    needed, present = _needed_names(folder)
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    locations: dict[str, str] = {}
    for line in cache.splitlines():
        match = re.match(r"\s*(\S+) \((libc6,x86-64|libc6,AArch64)[^)]*\) => (\S+)", line)
        if match:
            locations.setdefault(match.group(1), match.group(3))
    packages: set[str] = set()
    for name in sorted(needed - present):
        path = locations.get(name)
        if path is None:
            continue  # loaded only if present (e.g. a Wayland library on an X11 system)
        owner = subprocess.run(
            ["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True
        ).stdout
        if not owner:
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout
        if owner:
            packages.add(owner.split(":", 1)[0].strip())
    return sorted(packages)


def _versioned(package: str) -> str:
    """``libc6 (>= 2.36)``: the installed version as the minimum (Debian 12 and later)."""
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
    ).stdout.strip()
    upstream = re.sub(r"-[^-]*$", "", version.split(":", 1)[-1])
    return f"{package} (>= {upstream})" if package == "libc6" and upstream else package


def build_deb(app_dir: Path, dist: Path, version: str) -> Path:
    """``sim-facilitator_<version>_<arch>.deb`` built with dpkg-deb."""
    arch = DEB_ARCH.get(_arch(), _arch())
    stage = ROOT / "build" / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / "sim-facilitator"
    shutil.copytree(app_dir, opt, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for command in ("sim-facilitator", "sim-facilitator-gui"):
        (bin_dir / command).symlink_to("/opt/sim-facilitator/sim-facilitator")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(DESKTOP, apps / "sim-facilitator.desktop")
    for size in ICON_SIZES:
        icon_dir = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copy(ICONS / f"sim-facilitator-{size}.png", icon_dir / "sim-facilitator.png")
    doc = stage / "usr" / "share" / "doc" / "sim-facilitator"
    doc.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / "copyright", doc / "copyright")
    depends = ", ".join(_versioned(p) for p in system_dependencies(opt))
    installed_kib = (
        sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink())
        // 1024
    )
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        (ROOT / "packaging" / "linux" / "control.in")
        .read_text(encoding="utf-8")
        .format(version=version, arch=arch, installed_kib=installed_kib, depends=depends),
        encoding="utf-8",
    )
    for path in stage.rglob("*"):  # what dpkg installs is world-readable, never writable
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = dist / f"sim-facilitator_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target
