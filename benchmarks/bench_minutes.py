"""Minutes PDF: the demo workshop and a large one (1,000 ideas, 100 participants).

Compared, in the same run, with a floor: reportlab laying out the same
paragraphs (every text our minutes draw, in the same order and font size) as
plain ``Paragraph`` flowables in one column — no bidi, no shaping, no font
switch, no tables, no footer, no read-back.

    uv run python -m benchmarks.bench_minutes [--ideas 1000] [--participants 100] [--write]
    uv run python -m benchmarks.bench_minutes --scripts [--ideas 1000]

Prints a Markdown table; ``--write`` puts it in docs/performance.md ("Minutes PDF").
``--scripts``: the large workshop with and without 20 % of ideas carrying Tifinagh
and emoji (fallback fonts, emoji sequences, one placeholder in 1 % of ideas):
time and file size (issue 24; target ≤ 1.25× the time, ≤ +1 MB).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from benchmarks.report import machine, write_section
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import add_participant, add_question, create_workshop
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.builder import MinutesBuilder
from sim_facilitator.export.minutes.document import write_record
from sim_facilitator.export.minutes.record import collect
from sim_facilitator.export.pdf.flowables import BidiParagraph
from sim_facilitator.export.pdf.fonts import register_fonts

WORDS_AR = [
    "تمويل",
    "تضامن",
    "جمعية",
    "شباب",
    "نساء",
    "تعاونية",
    "دوار",
    "تكوين",
    "القرى",
    "المحلية",
    "الجماعات",
    "دعم",
]
WORDS_FR = [
    "financement",
    "solidarité",
    "association",
    "jeunes",
    "femmes",
    "coopérative",
    "formation",
    "territoire",
    "bénévolat",
    "numérique",
    "microcrédit",
]
# Added to every fifth idea by ``--scripts``: Tifinagh, emoji (skin tones, flags, a
# ZWJ family, a keycap) and, in one idea in a hundred, a letter no shipped font has
TIFINAGH = ["ⴰⵣⵓⵍ", "ⴼⵍⵍⴰⵡⵏ", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ⴰⵙⵏⵎⵍ", "ⵉⵎⴰⵣⵉⵖⵏ", "ⵜⴰⵎⵓⵔⵜ"]
EMOJI = ["🙏", "👍🏿", "🇲🇦", "👨\u200d👩\u200d👧", "❤\ufe0f", "1\ufe0f\u20e3", "😀", "👏🏽"]
KINDS = ("association", "foundation", "cooperative", "company", "public_body", "citizen")


def large_workshop(
    store: Store, ideas: int, participants: int, seed: int = 3, scripts: bool = False
) -> str:
    rng = random.Random(seed)
    extra = random.Random(seed + 1)  # its own stream: the other ideas stay the same
    with store.transaction():
        framework = store.create("framework", {"name_fr": "Cadre test", "version": 2})
        principles = [
            store.create(
                "principle",
                {
                    "framework_id": framework,
                    "position": i,
                    "code": f"P{i + 1}",
                    "name_fr": f"Principe {i + 1}",
                    "name_ar": f"المبدأ {i + 1}",
                },
            )
            for i in range(5)
        ]
        wid = create_workshop(
            store,
            "ورشة كبيرة: التضامن في الجهة",
            theme="Thème : اللقاء الوطني الثاني (Rabat, 2025)",
            region="Souss-Massa",
            venue="Agadir",
            date="2025-05-20",
            facilitator="Amina Kettani",
            note_takers=["Hamza Idrissi"],
            language="ar",
            framework_id=framework,
        )
        people = [
            add_participant(
                store,
                wid,
                f"Participant {n}",
                organisation=f"Org {n % 30}",
                kind=KINDS[n % len(KINDS)],
                gender=("female", "male")[n % 2],
                age_band="25_34",
                consent_named=n % 3 != 0,
            )
            for n in range(participants)
        ]
        questions = [add_question(store, wid, f"السؤال {q + 1}: ما العمل؟") for q in range(4)]
        clusters = [
            store.create("cluster", {"workshop_id": wid, "name": f"Groupe {c}", "position": c})
            for c in range(12)
        ]
        idea_ids = []
        for n in range(ideas):
            words = WORDS_AR if n % 2 else WORDS_FR
            text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 22)))
            if n % 7 == 0:
                text += " / " + " ".join(
                    rng.choice(WORDS_FR if n % 2 else WORDS_AR) for _ in range(4)
                )
            if scripts and n % 5 == 0:
                text += " " + " ".join(extra.choice(TIFINAGH) for _ in range(3))
                text += " " + "".join(extra.sample(EMOJI, 3))
                if n % 100 == 0:
                    text += " ꦗꦮ"
            iid = add_idea(store, wid, text, questions[n % 4], people[n % participants])
            idea_ids.append(iid)
            if n % 3:
                store.update("idea", iid, {"cluster_id": clusters[n % 12]})
            for p in rng.sample(principles, rng.randint(0, 2)):
                store.create(
                    "mapping",
                    {
                        "workshop_id": wid,
                        "target_kind": "idea",
                        "target_id": iid,
                        "principle_id": p,
                        "strength": rng.randint(1, 3),
                    },
                    entity_id=derived_id("mapping", iid, p),
                )
        for n in range(0, ideas, 50):  # a few merged duplicates
            store.update("idea", idea_ids[n + 1], {"merged_into": idea_ids[n]})
        rnd = store.create(
            "round",
            {
                "workshop_id": wid,
                "title": "Priorités / الأولويات",
                "method": "dots",
                "target_kind": "cluster",
                "options": clusters,
                "rules": {"budget": 3},
                "status": "closed",
                "hide_results": False,
                "collection": "ballot",
                "tie_break": "tirage au sort",
            },
        )
        for person in people:
            picks = rng.sample(clusters, 3)
            store.create(
                "ballot",
                {
                    "workshop_id": wid,
                    "round_id": rnd,
                    "voter": person,
                    "kind": "ballot",
                    "choices": {c: 1 for c in picks},
                },
                entity_id=derived_id("ballot", rnd, person),
            )
        for n in range(25):
            store.create(
                "action",
                {
                    "workshop_id": wid,
                    "what": f"إجراء رقم {n}",
                    "owner": f"Org {n}",
                    "due": "2025-12-31",
                    "status": "planned",
                    "idea_ids": [idea_ids[n]],
                    "cluster_ids": [],
                    "principle_ids": [principles[n % 5]],
                },
            )
    return wid


def texts_of(flowables: list[Any]) -> list[tuple[str, float]]:
    """Every text our minutes draw (paragraphs, table cells), with its font size."""
    out: list[tuple[str, float]] = []
    for f in flowables:
        if isinstance(f, BidiParagraph):
            out.append((f.text, f.style.size))
        elif isinstance(f, Table):
            for row in f._cellvalues:
                out.extend(texts_of([c for c in row if not isinstance(c, str)]))
        elif hasattr(f, "_content"):
            out.extend(texts_of(list(f._content)))
    return out


def floor_pdf(texts: list[tuple[str, float]], font: str) -> tuple[float, float]:
    """(wall s, CPU s) of the floor."""
    started, cpu = time.perf_counter(), time.process_time()
    buffer = io.BytesIO()
    styles: dict[float, ParagraphStyle] = {}
    story = []
    for text, size in texts:
        style = styles.setdefault(
            size, ParagraphStyle(f"s{size}", fontName=font, fontSize=size, leading=size * 1.4)
        )
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), style))
    doc = SimpleDocTemplate(buffer)
    a85, rl_config.useA85 = rl_config.useA85, 0  # same stream encoding as the minutes
    try:
        doc.build(story)
    finally:
        rl_config.useA85 = a85
    return time.perf_counter() - started, time.process_time() - cpu


def measure(store: Store, wid: str, lang: str, folder: Path, runs: int) -> dict[str, float]:
    fonts = register_fonts()
    collect_s, write_s, floor_s, cpu_s, floor_cpu_s = [], [], [], [], []
    pages = 0
    for n in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        record = collect(store, wid)
        t1 = time.perf_counter()
        result = write_record(record, lang, folder / f"m-{lang.replace('+', '-')}-{n}.pdf")
        t2, c2 = time.perf_counter(), time.process_time()
        collect_s.append(t1 - t0)
        write_s.append(t2 - t1)
        cpu_s.append(c2 - c0)
        pages = result.pages
        story = MinutesBuilder(record, lang, fonts).build_story()
        wall, cpu = floor_pdf(texts_of(story), fonts.regular.latin)
        floor_s.append(wall)
        floor_cpu_s.append(cpu)
    c, w, fl, cpu, fcpu = (
        statistics.median(x) for x in (collect_s, write_s, floor_s, cpu_s, floor_cpu_s)
    )
    return {
        "collect": c,
        "write": w,
        "total": c + w,
        "floor": fl,
        "pages": pages,
        "cpu": cpu,
        "floor_cpu": fcpu,
    }


def scripts_case(ideas: int, participants: int, runs: int) -> str:
    """The large workshop with and without 20 % Tifinagh/emoji ideas: a Markdown table.

    Both minutes of a language are written once untimed (fonts registered and read),
    then alternately, so the machine's load changes both alike and the ratio compares
    runs made side by side.
    """
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in ("ar", "fr"):
            records = []
            for scripts in (False, True):
                store = Store(connect(folder / f"s-{lang}-{scripts}.db"))
                wid = large_workshop(store, ideas, participants, scripts=scripts)
                records.append(collect(store, wid))
            times: list[list[float]] = [[], []]
            cpus: list[list[float]] = [[], []]
            results = []
            for n in range(-1, runs):  # -1: the untimed first writing
                for k, record in enumerate(records):
                    t0, c0 = time.perf_counter(), time.process_time()
                    result = write_record(record, lang, folder / f"s-{lang}-{k}-{n}.pdf")
                    if n >= 0:
                        times[k].append(time.perf_counter() - t0)
                        cpus[k].append(time.process_time() - c0)
                    if n == runs - 1:
                        results.append(result)
            figures = []
            for k, label in enumerate(("without", "20 % Tifinagh/emoji")):
                wall, cpu = statistics.median(times[k]), statistics.median(cpus[k])
                size, unresolved = results[k].size, len(results[k].unresolved)
                figures.append((wall, cpu, size))
                rows.append(
                    f"| {lang} | {label} | {wall * 1000:.0f} | {cpu * 1000:.0f} "
                    f"| {size / 1e6:.2f} | {unresolved} |"
                )
                print(rows[-1], flush=True)
            (t0_, c0_, s0), (t1, c1, s1) = figures
            rows.append(
                f"| {lang} | ratio / difference | {t1 / t0_:.2f}× | {c1 / c0_:.2f}× "
                f"| +{(s1 - s0) / 1e6:.2f} MB | |"
            )
            print(rows[-1], flush=True)
    return "\n".join(
        [
            "| language | ideas | lay out + write + check ms | CPU ms | file MB | placeholders |",
            "|---|---|---:|---:|---:|---:|",
            *rows,
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument("--participants", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    parser.add_argument("--scripts", action="store_true", help="20 %% Tifinagh/emoji case")
    args = parser.parse_args()
    if args.quick:
        args.ideas, args.participants, args.runs = 200, 30, 1
    if args.scripts:
        print(scripts_case(args.ideas, args.participants, args.runs))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store(connect(folder / "bench.db"))
        demo = create_demo(store)
        t = time.perf_counter()
        big = large_workshop(store, args.ideas, args.participants)
        print(f"(large workshop created in {time.perf_counter() - t:.1f} s)")
        for label, wid in (
            ("demo (40 ideas, 12 participants)", demo),
            (f"large ({args.ideas} ideas, {args.participants} participants)", big),
        ):
            for lang in ("ar", "fr", "ar+fr"):
                m = measure(store, wid, lang, folder, args.runs)
                rows.append(
                    f"| {label} | {lang} | {m['pages']:.0f} | {m['collect'] * 1000:.0f} "
                    f"| {m['write'] * 1000:.0f} | {m['total'] * 1000:.0f} "
                    f"| {m['floor'] * 1000:.0f} | {m['total'] / m['floor']:.2f}× "
                    f"| {m['cpu'] * 1000:.0f} / {m['floor_cpu'] * 1000:.0f} "
                    f"| {m['cpu'] / m['floor_cpu']:.2f}× |"
                )
                print(rows[-1], flush=True)
    table = "\n".join(
        [
            "| workshop | language | pages | read record ms | lay out + write + check ms "
            "| total ms | floor ms | total / floor | CPU ms ours / floor | CPU ratio |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )
    body = (
        f"Measured by `uv run python -m benchmarks.bench_minutes --write` ({machine()}); "
        f"median of {args.runs} runs.\n\n{table}\n\n"
        "*Read record*: every domain query the minutes need (participants, agenda, live ideas, "
        "merged groups, strengths, coverage, vote results, actions, and the content "
        "fingerprint over the workshop's ops). *Lay out + write + check*: our flowables "
        "(bidi, HarfBuzz shaping, font switch per run, tables, bar charts, footer with page X "
        "of Y), the atomic write (temporary file, fsync, rename) and the read-back check. "
        "*Floor*: reportlab laying out the same texts, same sizes, as plain `Paragraph`s in "
        "one column with the same TTF font and the same stream encoding (zlib, no ASCII85), "
        "no shaping and no tables, into memory. "
        "Wall times are medians on a machine shared with other jobs (load average 3–5 "
        "during the run); the CPU columns (process time) are steadier. "
        "Target: under 2 s for the large workshop and within 2× the floor.\n\n"
        "Where the time goes (large workshop, ar, CPU of laying out and writing, about "
        "0.4 s): a third in our line layout (bidi levels, font runs, wrapping; HarfBuzz "
        "shaping is small once cached per word), a fifth in writing the text operators, "
        "the rest in platypus, tables, the bar charts, the footers, zlib and font "
        "subsetting; reading the record adds about 0.1 s, which the floor does not "
        "have. How it stays fast: each paragraph is laid out once per width (cached), "
        "a paragraph that fits on one line is measured once and a long one goes "
        "straight to wrapping, font and level boundaries are found once per paragraph, "
        "bidi levels of paragraphs without explicit embeddings are resolved without "
        "python-bidi's per-character dictionaries, runs are shaped word by word from a "
        "cache, and the text operators are written by `export/pdf/text_ops.py` rather than "
        "reportlab's `_formatText`: each word is encoded once per document "
        "(`TTFont.splitString`, so subsetting and ToUnicode stay reportlab's; HarfBuzz "
        "positions as `TJ` adjustments), a run is one `Tm` and one `TJ`, `Tf` only on a "
        "font change; the streams are zlib only (no ASCII85). The C accelerators of "
        "reportlab (`rl-accel` on PyPI) are not installed; they would speed the floor "
        "and us alike."
    )
    print(body)
    if args.write:
        write_section("Minutes PDF", body)


if __name__ == "__main__":
    main()
