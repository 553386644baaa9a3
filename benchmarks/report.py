"""Shared helpers for the benchmark scripts: percentiles and docs/performance.md sections."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
from pathlib import Path

PERFORMANCE_MD = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(samples_s: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples_s]
    return {
        "n": len(ms),
        "p50": statistics.median(ms),
        "p95": percentile(ms, 95),
        "p99": percentile(ms, 99),
        "max": max(ms),
    }


def machine() -> str:
    return (
        f"{platform.node() or 'machine'}: {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} "
        f"{platform.release()}; measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    )


def write_section(title: str, body: str) -> None:
    """Replace (or append) the ``## title`` section of docs/performance.md."""
    PERFORMANCE_MD.parent.mkdir(parents=True, exist_ok=True)
    text = PERFORMANCE_MD.read_text(encoding="utf-8") if PERFORMANCE_MD.exists() else ""
    if not text:
        text = (
            "# Performance\n\nFigures from `uv run python -m benchmarks` (each script can also "
            "run alone). Every figure is a ratio against a floor measured in the same run, or a "
            "latency distribution: these machines are shared and noisy.\n\n"
        )
    section = f"## {title}\n\n{body.strip()}\n\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    PERFORMANCE_MD.write_text(text, encoding="utf-8")
