"""The minutes (procès-verbal) of a workshop as a PDF, in ar, fr, en or bilingual ar+fr.

Everything printed comes from the workshop record through the Store and the
domain functions of ``models``; labels come from ``minutes_labels``. Text is
laid out by ``bidi_text`` (Unicode bidi algorithm + HarfBuzz shaping + a font
switch per run), so Arabic is joined, right-to-left, and extracts in logical
order.

The same content gives the same bytes: reportlab runs in invariant mode and
the PDF dates are the workshop's last change (the newest op of its scope).
Every page footer carries "page X of Y" and the workshop's content
fingerprint, the value a bundle of this workshop carries.

The file is written atomically: a temporary file in the same folder, fsync,
rename, then read back and checked before returning.
"""

from __future__ import annotations

import io
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sim_facilitator.domain.frameworks import localized
from sim_facilitator.domain.organise import (
    cluster_members,
    clusters_of,
    coverage,
    effective_strengths,
    live_ideas,
    merged_groups,
    principle_name,
    principles_of,
)
from sim_facilitator.domain.participants import participants_of
from sim_facilitator.domain.setup import agenda_of, questions_of
from sim_facilitator.engine import scope
from sim_facilitator.engine.clock import wall_of
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from sim_facilitator.engine.schema import ACTOR_KINDS, AGE_BANDS, GENDERS
from sim_facilitator.engine.store import Store
from sim_facilitator.export.atomic import ReadBackMismatch, replace_checked
from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.pdf.bidi_text import Line, TextShaper, base_direction
from sim_facilitator.export.pdf.flowables import BidiParagraph, HeadingBand, TextStyle
from sim_facilitator.export.pdf.fonts import MinutesFonts, register_fonts
from sim_facilitator.export.pdf.text_ops import draw_line

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

BAD_LANG = QT_TRANSLATE_NOOP(
    "Errors", "“{lang}” is not a language of the minutes; choose ar, fr, en or ar+fr."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "The minutes cannot be written to {path}: {reason}")
BAD_OUTPUT = QT_TRANSLATE_NOOP(
    "Errors", "The minutes written to {path} did not read back correctly; nothing was kept."
)

ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#e8f0f6")
GRID = colors.HexColor("#9db4c6")
MUTED = colors.HexColor("#555555")
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FOOTER_Y = 10 * mm


class MinutesCancelled(Exception):
    """The user stopped the generation; no file was written."""


class MinutesError(DomainError):
    """The minutes could not be produced (a message the user can read)."""


@dataclass(frozen=True)
class MinutesResult:
    path: Path
    pages: int
    fingerprint: str
    seconds: float
    size: int


# -- the workshop record -------------------------------------------------------
@dataclass
class Record:
    workshop: dict[str, Any]
    framework: dict[str, Any] | None
    participants: list[dict[str, Any]]
    agenda: list[dict[str, Any]]
    questions: list[dict[str, Any]]
    ideas: list[dict[str, Any]]  # live ideas (merged duplicates left out)
    merged_count: dict[str, int]  # survivor id -> number of duplicates merged into it
    clusters: list[dict[str, Any]]
    members: dict[str | None, list[dict[str, Any]]]
    principles: list[dict[str, Any]]
    strengths: dict[tuple[str, str], int]
    coverage: list[Any]
    rounds: list[Any] | None  # RoundResults, or None when the votes domain is absent
    actions: list[dict[str, Any]]
    fingerprint: str
    last_change_ms: int


def collect(store: Store, workshop_id: str) -> Record:
    """Everything the minutes show, read through the domain functions."""
    workshop = store.require("workshop", workshop_id)
    framework = (
        store.get("framework", workshop["framework_id"]) if workshop.get("framework_id") else None
    )
    groups = merged_groups(store, workshop_id)
    try:
        from sim_facilitator.domain.votes.results import round_results
        from sim_facilitator.domain.votes.rounds import rounds_of
    except ImportError:  # pragma: no cover - votes domain not installed
        rounds = None
    else:
        rounds = [round_results(store, r["id"]) for r in rounds_of(store, workshop_id)]
    try:
        from sim_facilitator.domain.actions import list_actions

        actions = list_actions(store, workshop_id)
    except ImportError:  # pragma: no cover
        actions = store.in_workshop("action", workshop_id)
    keys = scope.workshop_keys(store.db, [workshop_id])
    op_ids: list[str] = []
    last = 0
    for op_id, body in scope.ops_for_keys(store.db, keys):
        op_ids.append(op_id)
        last = max(last, int(body["hlc"]))
    return Record(
        workshop=workshop,
        framework=framework,
        participants=participants_of(store, workshop_id),
        agenda=agenda_of(store, workshop_id),
        questions=questions_of(store, workshop_id),
        ideas=live_ideas(store, workshop_id),
        merged_count={k: len(v) - 1 for k, v in groups.items()},
        clusters=clusters_of(store, workshop_id),
        members=cluster_members(store, workshop_id),
        principles=principles_of(store, workshop_id),
        strengths=effective_strengths(store, workshop_id),
        coverage=coverage(store, workshop_id),
        rounds=rounds,
        actions=actions,
        fingerprint=scope.short_fingerprint(scope.content_fingerprint(op_ids)),
        last_change_ms=wall_of(last),
    )


# -- the document ----------------------------------------------------------------
class _Doc(SimpleDocTemplate):  # type: ignore[misc]
    def __init__(self, *args: Any, on_flowable: Callable[[], None], **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:
        self._on_flowable()


class _Builder:
    def __init__(self, record: Record, mode: str, fonts: MinutesFonts) -> None:
        self.r = record
        self.mode = mode
        self.langs = ["ar", "fr"] if mode == "ar+fr" else [mode]
        self.fmt = "fr" if mode == "ar+fr" else mode  # dates and numbers
        self.rtl = mode == "ar"
        # table cells and lists line up on the document's side; bilingual: each line its own
        self.side = {"ar": "right", "ar+fr": "start"}.get(mode, "left")
        self.fonts = fonts
        self.shaper = TextShaper()
        f = fonts
        self.body = TextStyle(f.regular, size=9.5, leading=13.5)
        self.small = TextStyle(f.regular, size=8, leading=11, color=MUTED)
        self.cell = TextStyle(f.regular, size=8.5, leading=11.5)
        self.cell_head = TextStyle(f.bold, size=8.5, leading=11.5, color=colors.white)
        self.label_style = TextStyle(f.bold, size=8.5, leading=11.5, color=ACCENT)
        self.h1 = TextStyle(
            f.bold, size=14, leading=19, color=ACCENT, space_before=10, space_after=5
        )
        self.h2 = TextStyle(
            f.bold, size=11, leading=15, color=ACCENT, space_before=8, space_after=3
        )
        self.title = TextStyle(f.bold, size=18, leading=26, align="center", space_after=2)
        self.subtitle = TextStyle(f.regular, size=11, leading=16, align="center", color=MUTED)
        self.story: list[Flowable] = []

    # -- text helpers ---------------------------------------------------------
    def L(self, key: str, **params: object) -> str:
        """A label in every language of the document, one line each."""
        return "\n".join(ML.label(key, lang, **params) for lang in self.langs)

    def num(self, n: float, decimals: int = 0) -> str:
        return ML.format_number(n, self.fmt, decimals)

    def para(
        self, text: str, style: TextStyle | None = None, rtl: bool | None = None
    ) -> BidiParagraph:
        return BidiParagraph(text, style or self.body, self.shaper, rtl=rtl, default_rtl=self.rtl)

    def heading(self, key: str, level: int = 1, extra: str = "") -> Flowable:
        style = self.h1 if level == 1 else self.h2
        texts = [ML.label(key, lang) + extra for lang in self.langs]
        if len(texts) == 1:
            return (
                HeadingBand(texts, style, self.shaper) if level == 1 else self.para(texts[0], style)
            )
        return HeadingBand(texts, style, self.shaper)

    def pair(self, texts: list[str], style: TextStyle) -> Flowable:
        """One text, or (bilingual) its versions side by side: Arabic right, French left."""
        unique = list(dict.fromkeys(t for t in texts if t))
        if len(unique) > 1:
            return HeadingBand(unique, style, self.shaper, rule=False)
        return self.para(unique[0] if unique else "", style)

    def bullets(self, items: list[str], columns: int = 2) -> Flowable:
        """Short entries (names, organisations) as bullets in columns, in document order."""
        style = self.body.but(size=9, leading=12.5, align=self.side)
        paras = [
            BidiParagraph(item, style, self.shaper, label="•", label_width=10) for item in items
        ]
        rows_n = (len(paras) + columns - 1) // columns
        rows = [
            [paras[c * rows_n + r] if c * rows_n + r < len(paras) else "" for c in range(columns)]
            for r in range(rows_n)
        ]
        total = PAGE_W - 2 * MARGIN
        cells = [list(reversed(row)) if self.rtl else row for row in rows]
        table = Table(cells, colWidths=[total / columns] * columns, hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular.latin),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def user_heading(self, text: str, number: str = "") -> Flowable:
        """A heading made of user text: laid out in the text's own direction."""
        if not number:
            return self.para(text, self.h2)
        rtl = base_direction(text, "rtl" if self.rtl else "ltr") == "rtl"
        return BidiParagraph(text, self.h2, self.shaper, rtl=rtl, label=number, label_width=26)

    # -- tables -----------------------------------------------------------------
    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header: bool = True,
        label_col: bool = False,
        shades: dict[tuple[int, int], Any] | None = None,
    ) -> Table:
        """A table whose column order follows the document direction (right to left in ar)."""
        total = PAGE_W - 2 * MARGIN
        col_w = [w * total / sum(widths) for w in widths]
        cells: list[list[Any]] = []
        for r, row in enumerate(rows):
            out = []
            for c, value in enumerate(row):
                if isinstance(value, Flowable):
                    out.append(value)
                    continue
                style = self.cell
                if header and r == 0:
                    style = self.cell_head
                elif label_col and c == 0:
                    style = self.label_style
                out.append(
                    self.para("" if value is None else str(value), style.but(align=self.side))
                )
            cells.append(out)
        n = len(widths)
        if self.rtl:
            cells = [list(reversed(row)) for row in cells]
            col_w = list(reversed(col_w))
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular.latin),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
            for r in range(2, len(cells), 2):
                commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f7fa")))
        if label_col:
            col = n - 1 if self.rtl else 0
            commands.append(("BACKGROUND", (col, 0), (col, -1), LIGHT))
        for (r, c), color in (shades or {}).items():
            col = n - 1 - c if self.rtl else c
            commands.append(("BACKGROUND", (col, r), (col, r), color))
        table = Table(cells, colWidths=col_w, repeatRows=1 if header else 0, hAlign="CENTER")
        table.setStyle(TableStyle(commands))
        return table

    # -- sections ---------------------------------------------------------------
    def cover(self) -> None:
        w = self.r.workshop
        self.story.append(self.para(w.get("title") or "", self.title))
        self.story.append(self.para(self.L("doc_title").replace("\n", " — "), self.subtitle))
        self.story.append(Spacer(1, 8))
        fw = self.r.framework
        framework = "—"
        if fw:
            names = [localized(fw, "name", lang) for lang in self.langs]
            framework = "\n".join(dict.fromkeys(n for n in names if n)) or "—"
            if fw.get("version"):
                framework += "\n" + " · ".join(
                    ML.label("version", lang, n=fw["version"]) for lang in self.langs
                )
        region = w.get("region") or ""
        regions = "\n".join(dict.fromkeys(ML.region_name(region, lang) for lang in self.langs))
        sep = ML.list_separator(self.fmt)
        dates = "\n".join(dict.fromkeys(ML.format_date(w.get("date"), lang) for lang in self.langs))
        rows = [
            [self.L("theme"), w.get("theme") or "—"],
            [self.L("region"), regions or "—"],
            [self.L("venue"), w.get("venue") or "—"],
            [self.L("date"), dates],
            [self.L("facilitator"), w.get("facilitator") or "—"],
            [self.L("note_takers"), sep.join(w.get("note_takers") or []) or "—"],
            [self.L("framework"), framework],
        ]
        self.story.append(self.table(rows, [1, 3], header=False, label_col=True))

    def attendance(self) -> None:
        self.story.append(self.heading("attendance"))
        people = self.r.participants
        present = [p for p in people if p.get("present")]
        self.story.append(
            self.table(
                [
                    [self.L("present"), self.num(len(present))],
                    [self.L("registered"), self.num(len(people))],
                ],
                [1, 3],
                header=False,
                label_col=True,
            )
        )

        def breakdown(title: str, field: str, prefix: str, order: Iterable[str]) -> Flowable:
            counts = Counter(p.get(field) for p in present)
            rows: list[list[Any]] = [[self.L(title), self.L("count")]]
            for value in order:
                if counts.get(value):
                    rows.append([self.L(f"{prefix}.{value}"), self.num(counts[value])])
            if counts.get(None):
                rows.append([self.L("not_recorded"), self.num(counts[None])])
            return self.table(rows, [3, 1])

        tables = [
            breakdown("by_kind", "kind", "kind", ACTOR_KINDS),
            breakdown("by_gender", "gender", "gender", GENDERS),
            breakdown("by_age", "age_band", "age", AGE_BANDS),
        ]
        for t in tables:
            self.story.append(Spacer(1, 5))
            self.story.append(KeepTogether([t]))
        orgs = sorted({str(p["organisation"]).strip() for p in present if p.get("organisation")})
        self.story.append(self.heading("organisations", 2))
        self.story.append(self.bullets(orgs) if orgs else self.para(self.L("none")))
        named = [p for p in present if p.get("consent_named")]
        self.story.append(self.heading("named_participants", 2))
        entries = []
        for p in named:
            text = str(p["name"])
            if p.get("organisation"):
                text += f" ({p['organisation']})"
            entries.append(text)
        self.story.append(self.bullets(entries) if entries else self.para(self.L("none")))
        unnamed = self.L("unnamed_count", n=self.num(len(present) - len(named)))
        self.story.append(self.para(unnamed, self.small))

    def agenda(self) -> None:
        self.story.append(self.heading("agenda"))
        rows: list[list[Any]] = [["#", self.L("item"), self.L("planned"), self.L("actual")]]
        notes: list[Flowable] = []
        for n, item in enumerate(self.r.agenda, 1):
            planned = item.get("planned_minutes")
            planned_text = (
                "\n".join(
                    dict.fromkeys(ML.label("minutes_n", lang, n=planned) for lang in self.langs)
                )
                if planned is not None
                else "—"
            )
            start, end = item.get("actual_start"), item.get("actual_end")
            actual = "—"
            if start:
                actual = (
                    f"{ML.format_time(start)}–{ML.format_time(end)}"
                    if end
                    else ML.format_time(start)
                )
            rows.append([self.num(n), item["title"], planned_text, actual])
            for key in ("decisions", "summary"):
                if item.get(key):
                    notes.append(
                        self.para(
                            f"{n}. {item['title']} — "
                            + " / ".join(ML.label(key, lang) for lang in self.langs),
                            self.label_style,
                        )
                    )
                    notes.append(self.para(str(item[key])))
        self.story.append(self.table(rows, [0.4, 5, 1.6, 1.6]))
        self.story.extend(notes)

    def decisions(self) -> None:
        w = self.r.workshop
        self.story.append(self.heading("decisions_summary"))
        for key in ("decisions", "summary"):
            self.story.append(self.heading(key, 2))
            self.story.append(self.para(str(w.get(key) or "—")))

    def _idea_para(self, idea: dict[str, Any], number: int | None = None) -> BidiParagraph:
        """One idea in its own direction, its number hanging in the start-side margin."""
        text = str(idea["text"])
        extra = self.r.merged_count.get(idea["id"], 0)
        if extra:
            lang = "ar" if base_direction(text) == "rtl" else self.fmt if self.fmt != "ar" else "fr"
            text += " " + ML.label("merged_note", lang, n=extra)
        direction = idea.get("direction") or base_direction(text)
        return BidiParagraph(
            text,
            self.body.but(indent=4),
            self.shaper,
            rtl=direction == "rtl",
            label=f"{number}." if number is not None else "",
            label_width=26 if number is not None else 0,
        )

    def ideas(self) -> None:
        self.story.append(self.heading("ideas_by_question"))
        self.story.append(
            self.para(self.L("ideas_total", n=self.num(len(self.r.ideas))), self.small)
        )
        self.number = {idea["id"]: n for n, idea in enumerate(self._ideas_in_question_order(), 1)}
        by_q: dict[str | None, list[dict[str, Any]]] = {}
        for idea in self.r.ideas:
            by_q.setdefault(idea.get("question_id"), []).append(idea)
        known = {q["id"] for q in self.r.questions}
        for qn, q in enumerate(self.r.questions, 1):
            self.story.append(CondPageBreak(60))
            self.story.append(self.user_heading(str(q["text"]), f"Q{qn}"))
            items = by_q.get(q["id"], [])
            if not items:
                self.story.append(self.para(self.L("no_ideas"), self.small))
            for idea in items:
                self.story.append(self._idea_para(idea, self.number[idea["id"]]))
        orphans = [i for qid, lst in by_q.items() if qid not in known for i in lst]
        if orphans:
            self.story.append(self.heading("no_question", 2))
            for idea in orphans:
                self.story.append(self._idea_para(idea, self.number[idea["id"]]))

    def _ideas_in_question_order(self) -> list[dict[str, Any]]:
        order = {q["id"]: n for n, q in enumerate(self.r.questions)}
        return sorted(self.r.ideas, key=lambda i: order.get(i.get("question_id") or "", len(order)))

    def by_principle(self) -> None:
        if not self.r.principles:
            return
        self.story.append(self.heading("ideas_by_principle"))
        live = {i["id"]: i for i in self.r.ideas}
        for p in self.r.principles:
            self.story.append(CondPageBreak(60))
            self.story.append(self.pair([principle_name(p, lang) for lang in self.langs], self.h2))
            linked = sorted(
                (-s, self.number.get(t, 0), t)
                for (t, pid), s in self.r.strengths.items()
                if pid == p["id"] and t in live
            )
            if not linked:
                self.story.append(self.para(self.L("uncovered"), self.small))
            shown = None
            for neg, _n, t in linked:
                if -neg != shown:
                    shown = -neg
                    texts = [ML.label("strength_n", lang, n=shown) for lang in self.langs]
                    self.story.append(self.pair(texts, self.label_style))
                self.story.append(self._idea_para(live[t], self.number.get(t)))

    def clusters(self) -> None:
        if not self.r.clusters:
            return
        self.story.append(self.heading("clusters"))
        for c in self.r.clusters:
            members = self.r.members.get(c["id"], [])
            self.story.append(CondPageBreak(60))
            self.story.append(self.user_heading(str(c["name"])))
            self.story.append(self.para(self.L("n_ideas", n=self.num(len(members))), self.small))
            for idea in members:
                self.story.append(self._idea_para(idea, self.number.get(idea["id"])))
        loose = self.r.members.get(None, [])
        self.story.append(self.para(self.L("unclustered", n=self.num(len(loose))), self.small))

    def coverage_table(self) -> None:
        if not self.r.principles:
            return
        self.story.append(CondPageBreak(120))
        self.story.append(self.heading("coverage"))
        questions = self.r.questions
        qn = {q["id"]: n for n, q in enumerate(questions)}
        live = {i["id"]: i for i in self.r.ideas}
        cells: dict[tuple[str, int], list[int]] = {}
        for (t, pid), s in self.r.strengths.items():
            idea = live.get(t)
            if idea is None:
                continue
            col = qn.get(idea.get("question_id") or "", len(questions))
            cells.setdefault((pid, col), []).append(s)
        has_orphans = any(i.get("question_id") not in qn for i in self.r.ideas)
        ncols = len(questions) + (1 if has_orphans else 0)
        header = [self.L("principle")] + [f"Q{n + 1}" for n in range(len(questions))]
        if has_orphans:
            header.append("—")
        header += [self.L("ideas_n"), self.L("clusters"), self.L("strength")]
        rows: list[list[Any]] = [header]
        shades: dict[tuple[int, int], Any] = {}
        top = max((sum(v) for v in cells.values()), default=1) or 1
        cov = {c.principle_id: c for c in self.r.coverage}
        for r, p in enumerate(self.r.principles, 1):
            name = "\n".join(dict.fromkeys(principle_name(p, lang) for lang in self.langs))
            row: list[Any] = [name]
            for col in range(ncols):
                values = cells.get((p["id"], col), [])
                row.append(f"{self.num(len(values))} ({self.num(sum(values))})" if values else "·")
                if values:
                    shades[(r, col + 1)] = _heat(sum(values) / top)
            c = cov.get(p["id"])
            if c is None or c.empty:
                row += ["0", "0", self.L("uncovered")]
                shades[(r, ncols + 3)] = colors.HexColor("#f6d5d5")
            else:
                row += [self.num(c.ideas), self.num(c.clusters), self.num(c.total_strength)]
            rows.append(row)
        widths = [3.4] + [1.0] * ncols + [0.9, 1.6, 1.2]
        self.story.append(self.table(rows, widths, shades=shades))
        self.story.append(self.para(self.L("coverage_note"), self.small))

    def votes(self) -> None:
        self.story.append(CondPageBreak(150))
        self.story.append(self.heading("votes"))
        if self.r.rounds is None:
            self.story.append(self.para(self.L("votes_unavailable"), self.small))
            return
        if not self.r.rounds:
            self.story.append(self.para(self.L("none"), self.small))
        for res in self.r.rounds:
            self._round(res)

    def _rules_text(self, method: str, rules: dict[str, Any]) -> str:
        lines = []
        for lang in self.langs:
            parts = []
            if rules.get("budget"):
                parts.append(ML.label("rule.budget", lang, n=rules["budget"]))
            if rules.get("max_per_option"):
                parts.append(ML.label("rule.max_per_option", lang, n=rules["max_per_option"]))
            if method == "dots" and "stacking" in rules:
                parts.append(
                    ML.label("rule.stacking" if rules["stacking"] else "rule.no_stacking", lang)
                )
            if rules.get("max_approvals"):
                parts.append(ML.label("rule.max_approvals", lang, n=rules["max_approvals"]))
            low = rules.get("min_score", rules.get("low"))
            high = rules.get("max_score", rules.get("high"))
            if method == "score" and low is not None and high is not None:
                parts.append(ML.label("rule.scale", lang, low=low, high=high))
            lines.append(ML.list_separator(lang).join(parts) or ML.label("rule.none", lang))
        return "\n".join(lines)

    def _round(self, res: Any) -> None:
        block: list[Flowable] = [CondPageBreak(120), self.user_heading(res.title)]
        turnout = "\n".join(
            dict.fromkeys(
                ML.label(
                    "turnout_of",
                    lang,
                    cast=ML.format_number(res.ballots_cast, self.fmt),
                    present=ML.format_number(res.present, self.fmt),
                    pct=ML.format_percent(res.turnout, self.fmt),
                )
                for lang in self.langs
            )
        )
        tie_break = res.tie_break or self.L("not_set")
        rows = [
            [self.L("method"), self.L(f"method.{res.method}")],
            [self.L("rules"), self._rules_text(res.method, res.rules or {})],
            [self.L("collection"), self.L(f"collection.{res.collection}")],
            [self.L("status"), self.L(f"round_status.{res.status}")],
            [self.L("ballots_cast"), turnout],
            [self.L("tie_break"), tie_break],
        ]
        for reason in getattr(res, "reopen_log", ()) or ():
            rows.append([self.L("reopened"), str(reason)])
        block.append(self.table(rows, [1, 3], header=False, label_col=True))
        self.story.extend(block)
        if res.hidden or not res.options:
            why = getattr(res, "withheld", "") or "hidden"
            key = f"withheld.{why}" if ML.has_label(f"withheld.{why}") else "hidden"
            self.story.append(self.para(self.L(key), self.small))
            return
        self.story.append(Spacer(1, 4))
        score = res.method == "score"
        header = ["#", self.L("rank"), self.L("option"), self.L("points"), self.L("voters")]
        if score:
            header.append(self.L("mean"))
        rows2: list[list[Any]] = [header]
        for n, opt in enumerate(res.options, 1):
            row = [
                self.num(n),
                self.num(opt.rank),
                opt.label,
                self.num(opt.points),
                self.num(opt.voters),
            ]
            if score:
                row.append(self.num(opt.mean, 1) if opt.mean is not None else "—")
            rows2.append(row)
        widths = [0.4, 0.6, 5, 0.9, 0.9] + ([0.9] if score else [])
        self.story.append(self.table(rows2, widths))
        self.story.append(Spacer(1, 4))
        self.story.append(_bar_chart(res.options, self.rtl, self.fonts.regular.latin))
        self.story.append(self.para(self.L("chart_note"), self.small))
        number = {o.option_id: n for n, o in enumerate(res.options, 1)}
        if res.ties:
            parts = []
            for lang in self.langs:
                groups = [
                    ML.label(
                        "tie_rank",
                        lang,
                        rank=next(o.rank for o in res.options if o.option_id == g[0]),
                        options=ML.list_separator(lang).join(self.num(number[i]) for i in g),
                    )
                    for g in res.ties
                ]
                parts.append(ML.label("ties", lang) + ": " + "; ".join(groups))
            self.story.append(self.para("\n".join(parts)))
        else:
            self.story.append(self.para(self.L("no_tie"), self.small))
        if res.tally_mismatches:
            self.story.append(self.para(self.L("mismatch", n=len(res.tally_mismatches))))

    def actions(self) -> None:
        self.story.append(CondPageBreak(120))
        self.story.append(self.heading("actions"))
        if not self.r.actions:
            self.story.append(self.para(self.L("no_actions")))
            return
        codes = {p["id"]: p.get("code") or principle_name(p, self.fmt) for p in self.r.principles}
        rows: list[list[Any]] = [
            [self.L("what"), self.L("who"), self.L("due"), self.L("status"), self.L("principles")]
        ]
        for a in self.r.actions:
            principles = ", ".join(codes.get(pid, "?") for pid in a.get("principle_ids") or [])
            status = self.L(f"action_status.{a['status']}") if a.get("status") else "—"
            rows.append(
                [
                    a["what"],
                    a.get("owner") or "—",
                    ML.format_date(a.get("due"), self.fmt) if a.get("due") else "—",
                    status,
                    principles or "—",
                ]
            )
        self.story.append(self.table(rows, [5, 2.2, 1.6, 1.3, 1.3]))

    def signoff(self) -> None:
        w = self.r.workshop
        takers = w.get("note_takers") or []
        rows = [
            ["", self.L("name"), self.L("date"), self.L("signature")],
            [self.L("facilitator"), w.get("facilitator") or "", "", "\n\n"],
            [self.L("note_taker"), takers[0] if takers else "", "", "\n\n"],
        ]
        self.story.append(
            KeepTogether(
                [
                    CondPageBreak(100),
                    self.heading("signoff"),
                    self.table(rows, [1.4, 2, 1.2, 2]),
                ]
            )
        )

    def build_story(self) -> list[Flowable]:
        self.cover()
        self.attendance()
        self.agenda()
        self.decisions()
        self.ideas()
        self.by_principle()
        self.clusters()
        self.coverage_table()
        self.votes()
        self.actions()
        self.signoff()
        return self.story

    # -- footer -------------------------------------------------------------------
    def header_lines(self) -> tuple[Line, Line]:
        """(workshop title, date) for the top of pages after the first."""
        w = self.r.workshop
        fonts, size = self.fonts.regular, 7.5
        date = ML.format_date(w.get("date"), self.fmt)
        date_line = self.shaper.lines(date, fonts, size, PAGE_W, default_rtl=self.rtl)[0]
        room = PAGE_W - 2 * MARGIN - date_line.width - 20
        title = str(w.get("title") or "")
        lines = self.shaper.lines(title, fonts, size, room)
        title_line = lines[0]
        if len(lines) > 1:  # too long for one line: the first line, marked as cut
            title_line = self.shaper.lines(
                title[: max(10, len(title) * 2 // (3 * len(lines)))] + "…", fonts, size, 1e6
            )[0]
        return title_line, date_line

    def footer_rows(self, page: int, pages: int) -> list[tuple[Line, Line]]:
        """Per language: ("page X of Y", "content fingerprint …") as laid-out lines."""
        rows = []
        fonts, size = self.fonts.regular, 7.5
        # The fingerprint is always laid out left to right on its own: inside an Arabic
        # line the bidi algorithm would move a leading group of digits ("9985-A5C4-…").
        fp = self.shaper.lines(self.r.fingerprint, fonts, size, PAGE_W, rtl=False)[0]
        for lang in self.langs:
            rtl = lang == "ar"
            number = ML.label("page_of", lang, page=page, pages=pages)
            words = ML.label("fingerprint", lang, fp="\0").split("\0")[0].strip()
            number_line = self.shaper.lines(number, fonts, size, PAGE_W, rtl=rtl)[0]
            label = self.shaper.lines(words, fonts, size, PAGE_W, rtl=rtl)[0]
            rows.append((number_line, _joined(label, fp, gap=3.0, rtl=rtl)))
        return rows


def _joined(label: Line, value: Line, gap: float, rtl: bool) -> Line:
    """``label`` then ``value`` in reading order, as one line (value kept in its own order)."""
    first, second = (value, label) if rtl else (label, value)
    shift = first.width + gap
    runs = [*first.runs, *(replace(r, x=r.x + shift) for r in second.runs)]
    return Line(tuple(runs), shift + second.width, rtl)


def _heat(fraction: float) -> Any:
    """A light-to-strong blue for a heat-map cell."""
    f = max(0.0, min(1.0, fraction))
    return colors.Color(1 - 0.55 * f, 1 - 0.35 * f, 1 - 0.15 * f)


def _bar_chart(options: list[Any], rtl: bool, font: str) -> Drawing:
    n = len(options)
    width = PAGE_W - 2 * MARGIN
    bar_h = 14
    height = n * bar_h + 30
    drawing = Drawing(width, height, initialFontName=font)
    chart = HorizontalBarChart()
    chart.x = 30
    chart.y = 18
    chart.width = width - 60
    chart.height = n * bar_h
    values = [float(o.points) for o in reversed(options)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [f"#{i}" for i in range(n, 0, -1)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(values, default=1) or 1
    chart.valueAxis.valueMax = top * 1.1
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    chart.barLabels.boxAnchor = "w"
    if rtl:
        chart.categoryAxis.reverseDirection = 0
    drawing.add(chart)
    return drawing


def _canvas_maker(builder: _Builder, stamp_ms: int, page_count: list[int]) -> type:
    class _Canvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Keeps every page until the end so the footer can say 'page X of Y'."""

        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            ts = TimeStamp(invariant=True)
            ts.t = stamp_ms / 1000
            ts.lt = time.gmtime(ts.t)
            ts.YMDhms = tuple(ts.lt)[:6]
            ts.dhh = ts.dmm = 0
            self._doc._timeStamp = ts
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            page_count.append(total)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, page: int, pages: int) -> None:
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN, FOOTER_Y + 10, PAGE_W - MARGIN, FOOTER_Y + 10)
            self.setFillColor(MUTED)
            if page > 1:  # running header: the workshop and its date, for loose pages
                title, date = builder.header_lines()
                y = PAGE_H - MARGIN + 8
                if builder.rtl:
                    draw_line(self, title, PAGE_W - MARGIN - title.width, y)
                    draw_line(self, date, MARGIN, y)
                else:
                    draw_line(self, title, MARGIN, y)
                    draw_line(self, date, PAGE_W - MARGIN - date.width, y)
            rows = builder.footer_rows(page, pages)
            left, right = MARGIN, PAGE_W - MARGIN
            if len(rows) == 1:  # page number on the reading side, fingerprint opposite
                number, fingerprint = rows[0]
                if number.rtl:
                    draw_line(self, number, right - number.width, FOOTER_Y)
                    draw_line(self, fingerprint, left, FOOTER_Y)
                else:
                    draw_line(self, number, left, FOOTER_Y)
                    draw_line(self, fingerprint, right - fingerprint.width, FOOTER_Y)
            else:  # bilingual: French at the left, Arabic at the right, one line each
                for number, fingerprint in rows:
                    for i, line in enumerate((number, fingerprint)):
                        y = FOOTER_Y - i * 9
                        x = right - line.width if line.rtl else left
                        draw_line(self, line, x, y)
            self.restoreState()

    return _Canvas


def render_minutes(
    store: Store,
    workshop_id: str,
    lang: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> tuple[bytes, int, Record]:
    """The PDF bytes, their page count and the record they were built from."""
    check_lang(lang)
    register_fonts(font_dir)
    record = collect(store, workshop_id)
    data, pages = render_record(record, lang, progress, cancel, font_dir)
    return data, pages, record


def check_lang(lang: str) -> None:
    if lang not in ML.MODES:
        raise ValidationError(BAD_LANG, lang=lang)


def render_record(
    record: Record,
    lang: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> tuple[bytes, int]:
    """Lay out the minutes of an already collected record (no database access: any thread)."""
    check_lang(lang)
    fonts = register_fonts(font_dir)
    builder = _Builder(record, lang, fonts)
    story = builder.build_story()
    total = len(story) + 2
    done = [0]

    def step() -> None:
        done[0] += 1
        if cancel is not None and cancel():
            raise MinutesCancelled()
        if progress is not None and (done[0] % 10 == 0 or done[0] >= len(story)):
            progress(min(done[0], total - 2), total)

    if progress is not None:
        progress(0, total)
    if cancel is not None and cancel():
        raise MinutesCancelled()
    buffer = io.BytesIO()
    w = record.workshop
    title = str(w.get("title") or "")
    doc = _Doc(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=title,
        subject=" / ".join(ML.label("subject", x) for x in builder.langs),
        author=str(w.get("facilitator") or ""),
        creator="SIM Facilitator",
        producer="SIM Facilitator (reportlab)",
        keywords=f"fingerprint {record.fingerprint}",
        lang={"ar": "ar-MA", "fr": "fr-MA", "en": "en", "ar+fr": "ar-MA"}[lang],
        invariant=1,
        initialFontName=fonts.regular.latin,
        on_flowable=step,
    )
    pages: list[int] = []
    # Binary (zlib only) streams: ASCII85 text encoding makes the file a quarter larger
    # and costs about a fifth of the time in pure Python.
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story, canvasmaker=_canvas_maker(builder, record.last_change_ms, pages))
    finally:
        rl_config.useA85 = a85
    return buffer.getvalue(), pages[-1]


_PAGE_RE = re.compile(rb"/Type\s*/Page\b(?!s)")


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF written by reportlab (page objects are not compressed)."""
    return len(_PAGE_RE.findall(data))


def _looks_complete(back: bytes, data: bytes, pages: int) -> bool:
    return (
        back == data
        and back.startswith(b"%PDF-")
        and b"%%EOF" in back[-64:]
        and pdf_page_count(back) == pages
    )


def write_minutes(
    store: Store,
    workshop_id: str,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> MinutesResult:
    """Generate the minutes and write them atomically to ``path``; nothing is left on failure."""
    started = time.perf_counter()
    check_lang(lang)
    check_target(path)
    register_fonts(font_dir)
    record = collect(store, workshop_id)
    result = write_record(record, lang, path, progress, cancel, font_dir)
    return replace(result, seconds=time.perf_counter() - started)


def check_pdf_target(
    path: str | os.PathLike[str], error: type[DomainError], cannot_write: str
) -> None:
    """Refuse at once a target that cannot be written (missing folder, a folder)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise error(cannot_write, path=str(target), reason="the folder does not exist")
    if target.is_dir():
        raise error(cannot_write, path=str(target), reason="it is a folder")


def write_pdf_checked(
    target: Path,
    data: bytes,
    pages: int,
    error: type[DomainError],
    cannot_write: str,
    bad_output: str,
) -> None:
    """Write a rendered PDF atomically and check it reads back complete, or raise ``error``."""
    try:
        replace_checked(target, data, lambda back: _looks_complete(back, data, pages))
    except OSError as exc:
        raise error(cannot_write, path=str(target), reason=exc.strerror or str(exc)) from exc
    except ReadBackMismatch as exc:
        raise error(bad_output, path=str(target)) from exc


def check_target(path: str | os.PathLike[str]) -> None:
    check_pdf_target(path, MinutesError, CANNOT_WRITE)


def write_record(
    record: Record,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> MinutesResult:
    """Write the minutes of a collected record atomically (no database access: any thread)."""
    started = time.perf_counter()
    target = Path(path)
    check_target(target)
    data, pages = render_record(record, lang, progress, cancel, font_dir)
    if cancel is not None and cancel():
        raise MinutesCancelled()
    write_pdf_checked(target, data, pages, MinutesError, CANNOT_WRITE, BAD_OUTPUT)
    if progress is not None:
        progress(1, 1)
    return MinutesResult(
        path=target,
        pages=pages,
        fingerprint=record.fingerprint,
        seconds=time.perf_counter() - started,
        size=len(data),
    )
