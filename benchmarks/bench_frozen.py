"""The packaged (frozen) app against the developer's ``uv run`` app and the bare-window floor.

    uv run --group packaging python packaging/build.py     # once: builds dist/
    uv run python -m benchmarks.bench_frozen

Times, from launch to the main window shown and idle (``SIM_FACILITATOR_EXIT_WHEN_IDLE``):
the floor of ``bench_startup`` (a bare PySide6 ``QMainWindow``), the app as
``uv run sim-facilitator`` starts it (the venv's interpreter, ``python -m
sim_facilitator``; and the ``uv run`` command itself, uv's own check included),
and the frozen ``dist/sim-facilitator/sim-facilitator`` with a clean environment.
Also the sizes of the Linux packages. Skipped (nothing written) when dist/ has no build.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_startup import FLOOR_CODE, child_env, make_databases, timed_run
from benchmarks.report import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "sim-facilitator" / "sim-facilitator"
SECTION = "Packaged app (start-up and size)"


def frozen_env(env: dict[str, str]) -> dict[str, str]:
    """What a desktop shortcut gives the frozen app: no virtual environment, no Python paths."""
    keep = ("HOME", "QT_QPA_PLATFORM", "SIM_FACILITATOR_SETTINGS", "SIM_FACILITATOR_EXIT_WHEN_IDLE")
    clean = {name: env[name] for name in keep if name in env}
    clean["PATH"] = "/usr/bin:/bin"
    clean["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"]
    clean["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
    return clean


def sizes() -> list[str]:
    rows = []
    dist = ROOT / "dist"
    folder = dist / "sim-facilitator"
    installed = sum(
        p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
    )
    rows.append(
        f"| installed folder `dist/sim-facilitator/` | {installed / 1e6:.0f} MB | ≤ 250 MB |"
    )
    for pattern, label in (("*.deb", "Debian package"), ("*-linux-*.tar.gz", "tarball")):
        for path in sorted(dist.glob(pattern)):
            rows.append(f"| {label} `{path.name}` | {path.stat().st_size / 1e6:.0f} MB | ≤ 90 MB |")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 runs, a small database")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not FROZEN.is_file():
        print("no frozen app in dist/: run packaging/build.py first", file=sys.stderr)
        return 0
    runs = 3 if args.quick else args.runs
    workshops, ideas = (20, 2_000) if args.quick else (100, 20_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        many, _, _ = make_databases(folder, workshops, ideas, 100)
        env = child_env(folder)
        commands = {
            "floor": ([sys.executable, "-c", FLOOR_CODE], env),
            "venv": ([sys.executable, "-m", "sim_facilitator", "--db", str(many)], env),
            "frozen": ([str(FROZEN), "--db", str(many)], frozen_env(env)),
        }
        uv = shutil.which("uv")
        if uv is not None:
            uv_cmd = [uv, "run", "--project", str(ROOT), "sim-facilitator", "--db", str(many)]
            commands["uv"] = (uv_cmd, env)
        for command, command_env in commands.values():  # warm caches
            timed_run(command, command_env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (command, command_env) in commands.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                times[name].append(timed_run(command, command_env)[0] * 1000)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(
                    (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
                )
    median = {name: statistics.median(values) for name, values in times.items()}
    cpu_median = {name: statistics.median(values) for name, values in cpu.items()}
    labels = {
        "floor": "floor: bare PySide6 `QMainWindow` shown",
        "venv": "app from the checkout (`.venv/bin/python -m sim_facilitator`)",
        "uv": "app as `uv run sim-facilitator` (uv's own check included)",
        "frozen": "**frozen app** `dist/sim-facilitator/sim-facilitator`, clean environment",
    }
    lines = [
        f"`uv run python -m benchmarks.bench_frozen` — {machine()}.",
        "",
        f"Start-up to the main window shown and idle, database of {workshops} workshops and"
        f" {ideas:,} ideas, {runs} runs of each, alternated, caches warm. *CPU*: user +"
        " system time of the whole process (to its exit, so the app's background check"
        " is in it), the steadier figure on a shared machine:",
        "",
        "| process | idle median ms | min | max | x floor | CPU median ms |",
        "|---|---:|---:|---:|---:|---:|",
        *(
            f"| {labels[n]} | {median[n]:.0f} | {min(times[n]):.0f} | {max(times[n]):.0f}"
            f" | {median[n] / median['floor']:.2f} | {cpu_median[n]:.0f} |"
            for n in times
        ),
        "",
        f"**Frozen vs checkout: {median['frozen'] / median['venv']:.2f}x** to idle,"
        f" {cpu_median['frozen'] / cpu_median['venv']:.2f}x in CPU"
        + (
            f"; vs `uv run`: {median['frozen'] / median['uv']:.2f}x to idle"
            if "uv" in median
            else ""
        )
        + " (target: not slower than the `uv run` app). On a shared machine the wall-clock"
        " figures swing widely (see max); CPU time is the steadier comparison.",
        "",
        "Sizes of the Linux build (`packaging/build.py`):",
        "",
        "| what | size | target |",
        "|---|---:|---:|",
        *sizes(),
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
