"""Editable minutes and searchable open data (issue 25).

    uv run python -m benchmarks.bench_outputs [--ideas 1000] [--workshops 100] [--write]

- Word minutes (.docx) of the large workshop of ``bench_minutes`` (1,000 ideas,
  100 participants) against the PDF minutes of the same record, in the same run:
  both written to disk (the PDF with its read-back check, the .docx with its own);
  target ≤ 1.5× the PDF's time.
- The open data of a national data set: ``workshops`` demo workshops with the
  regions, dates and turnouts of ``bench_national`` in one database; the time of
  ``write_open_data`` (CSV, datapackage.json, sim-opendata.db, metadata.json) and of
  the database alone, and their sizes.

Prints a Markdown table; ``--write`` puts it in docs/performance.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_minutes import large_workshop
from benchmarks.bench_national import specs
from benchmarks.report import machine, write_section
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import write_record
from sim_facilitator.export.minutes.record import collect
from sim_facilitator.export.minutes.word import write_docx_record
from sim_facilitator.export.open_data import write_open_data
from sim_facilitator.export.open_data_db import DB_NAME, write_open_data_db
from sim_facilitator.export.pdf.fonts import register_fonts


def timed(fn, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(median wall s, median CPU s) of ``runs`` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def minutes_rows(ideas: int, participants: int, runs: int, folder: Path) -> list[str]:
    store = Store(connect(folder / "large.db"))
    wid = large_workshop(store, ideas, participants)
    record = collect(store, wid)
    register_fonts()
    rows = []
    for lang in ("ar", "fr", "ar+fr"):
        pdf, docx = folder / f"m-{lang}.pdf", folder / f"m-{lang}.docx"
        write_record(record, lang, pdf)  # warm: fonts, imports
        write_docx_record(record, lang, docx)
        pdf_w, pdf_c = timed(lambda lang=lang, pdf=pdf: write_record(record, lang, pdf), runs)
        doc_w, doc_c = timed(
            lambda lang=lang, docx=docx: write_docx_record(record, lang, docx), runs
        )
        rows.append(
            f"| {lang} | {pdf_w:.2f} s ({pdf_c:.2f} s CPU), {pdf.stat().st_size / 1024:.0f} KiB"
            f" | {doc_w:.2f} s ({doc_c:.2f} s CPU), {docx.stat().st_size / 1024:.0f} KiB"
            f" | **{doc_c / pdf_c:.2f}x** CPU, {doc_w / pdf_w:.2f}x wall"
            f" | {'met' if doc_c / pdf_c <= 1.5 else 'not met'} |"
        )
        print(rows[-1], flush=True)
    return rows


def open_data_rows(workshops: int, runs: int, folder: Path) -> list[str]:
    store = Store(connect(folder / "national.db"))
    start = time.perf_counter()
    for region, date, people in specs(workshops):
        create_demo(store, region=region, date=date, participants=people)
    print(f"{workshops} workshops made in {time.perf_counter() - start:.1f} s", flush=True)
    out = folder / "open"
    write_open_data(store, out)  # warm
    all_w, all_c = timed(lambda: write_open_data(store, out), runs)
    db_w, db_c = timed(lambda: write_open_data_db(store, out), runs)
    db_size = (out / DB_NAME).stat().st_size
    csv_size = sum(p.stat().st_size for p in out.glob("*.csv"))
    ideas = store.db.execute("SELECT count(*) FROM p_idea").fetchone()[0]
    rows = [
        f"| everything `opendata` writes (5 CSV, datapackage.json, database, metadata.json)"
        f" | {all_w:.2f} s ({all_c:.2f} s CPU) | CSV {csv_size / 1024:.0f} KiB |",
        f"| the database alone (read, fold, insert, FTS5 index, views, VACUUM, atomic write)"
        f" | {db_w:.2f} s ({db_c:.2f} s CPU) | {db_size / 1024:.0f} KiB ({ideas} ideas) |",
    ]
    for row in rows:
        print(row, flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument("--participants", type=int, default=100)
    parser.add_argument("--workshops", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    args = parser.parse_args()
    if args.quick:
        args.ideas, args.participants, args.workshops, args.runs = 200, 30, 20, 1
    folder = Path(tempfile.mkdtemp(prefix="bench-outputs-"))
    minutes = minutes_rows(args.ideas, args.participants, args.runs, folder)
    data = open_data_rows(args.workshops, args.runs, folder)
    body = (
        f"Measured by `uv run python -m benchmarks.bench_outputs --write` ({machine()});"
        f" median of {args.runs} runs.\n\n"
        f"Word minutes of {args.ideas:,} ideas and {args.participants} participants, against"
        " the PDF minutes of the same record (both written to disk and checked):\n\n"
        "| minutes | PDF | Word (.docx) | Word / PDF | target ≤ 1.5× |\n|---|---|---|---|---|\n"
        + "\n".join(minutes)
        + f"\n\nOpen data of {args.workshops} workshops (the regions, dates and turnouts of"
        " the national benchmark, 40 ideas each):\n\n"
        "| what | time | size |\n|---|---|---|\n" + "\n".join(data) + "\n\n"
        "The Word file is quicker than the PDF because it holds no layout: no shaping, no"
        " line breaking, no pages (Word or LibreOffice paginate when they open it). Each"
        " paragraph and table is written as WordprocessingML text and parsed once; through"
        " python-docx's element-by-element API the same minutes took about 2.2x the PDF's"
        " CPU. Its size is mostly the embedded Arabic font (Noto Sans Arabic regular and"
        " bold, about 250 KiB compressed). The database holds each idea's text, its folded"
        " search form (with its article-free and unvocalised variants) and the FTS5 index;"
        " about two thirds of it are the mappings and their indexes (text ids).\n"
    )
    print(body)
    if args.write:
        write_section("Word minutes and open-data database", body)


if __name__ == "__main__":
    main()
