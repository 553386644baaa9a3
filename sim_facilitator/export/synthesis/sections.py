"""The sections of the national synthesis, laid out with the shared PDF builder.

Participation, coverage heat map (workshop x principle), top-voted options
per voter, ideas shared across workshops, the consolidated action plan, and
the sources (each workshop's laptop fingerprint, the bundles imported).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.pdf.bidi_text import Line
from sim_facilitator.export.pdf.document import PdfBuilder, heat
from sim_facilitator.export.pdf.fonts import MinutesFonts
from sim_facilitator.export.pdf.page import ACCENT, MARGIN, PAGE_W
from sim_facilitator.export.synthesis import labels as SL
from sim_facilitator.export.synthesis.record import SynthesisRecord


class SynthesisBuilder(PdfBuilder):
    """The shared builder's helpers (tables, bidi paragraphs, headings) on national content."""

    def __init__(self, record: SynthesisRecord, mode: str, fonts: MinutesFonts) -> None:
        super().__init__(mode, fonts, record.fingerprint)
        self.s = record

    # -- labels ---------------------------------------------------------------
    def label(self, key: str, lang: str, **params: object) -> str:
        return SL.label(key, lang, **params)

    def L(self, key: str, **params: object) -> str:
        return "\n".join(dict.fromkeys(SL.label(key, lang, **params) for lang in self.langs))

    def num(self, n: float, decimals: int = 0) -> str:
        return ML.format_number(n, self.fmt, decimals)

    def each(self, make: Callable[[str], str]) -> str:
        """A value in every language of the document, one line each (duplicates once)."""
        return "\n".join(dict.fromkeys(make(lang) for lang in self.langs))

    def date(self, value: str | None) -> str:
        return ML.format_date(value, self.fmt) if value else "—"

    def region(self, value: str | None) -> str:
        if not value:
            return "—"
        return self.each(lambda lang: ML.region_name(value, lang))

    def workshop_label(self, w: dict[str, Any]) -> str:
        """Region and date: two workshops of one region stay apart."""
        region, date = w.get("region"), w.get("date")
        if not date:
            return self.region(region)
        return self.each(
            lambda lang: (
                f"{ML.region_name(region, lang) if region else '—'} · {ML.format_date(date, lang)}"
            )
        )

    def principle_name(self, pid: str) -> str:
        ref = next(p for p in self.s.picture.principles if p.id == pid)
        return self.each(lambda lang: ref.names.get(lang) or ref.names.get("en") or ref.code or "")

    def principle_code(self, pid: str, n: int) -> str:
        ref = next(p for p in self.s.picture.principles if p.id == pid)
        return ref.code or f"P{n}"

    # -- sections -----------------------------------------------------------------
    def cover(self) -> None:
        """Title, span and selection: one line per language of the document."""
        workshops = self.s.picture.workshops
        dates = sorted(w["date"] for w in workshops if w.get("date"))
        what = self.selection_text()
        for lang in self.langs:
            rtl = lang == "ar"
            self.story.append(self.para(SL.label("syn_title", lang), self.title, rtl=rtl))
            if dates:
                span = SL.label(
                    "syn_scope",
                    lang,
                    n=ML.format_number(len(workshops), lang),
                    first=ML.format_date(dates[0], lang),
                    last=ML.format_date(dates[-1], lang),
                )
            else:
                span = f"{SL.label('syn_workshops', lang)}: {len(workshops)}"
            self.story.append(self.para(span, self.subtitle, rtl=rtl))
            if what:
                self.story.append(
                    self.para(SL.label("syn_selection", lang, what=what), self.subtitle, rtl=rtl)
                )
            self.story.append(Spacer(1, 4))
        self.story.append(Spacer(1, 6))

    def selection_text(self) -> str:
        f = self.s.flt
        parts: list[str] = []
        sep = ML.list_separator(self.fmt if not self.rtl else "ar")
        if f.regions:
            parts.append(sep.join(ML.region_name(r, self.langs[0]) for r in sorted(f.regions)))
        if f.themes:
            parts.append(sep.join(sorted(f.themes)))
        if f.date_from or f.date_to:
            parts.append(f"{self.date(f.date_from)} – {self.date(f.date_to)}")
        if f.framework_versions:
            parts.append(
                sep.join(
                    SL.label("syn_framework_v", self.langs[0], n=v)
                    for v in sorted(f.framework_versions)
                )
            )
        return " · ".join(parts)

    def participation(self) -> None:
        p = self.s.picture.participation
        self.story.append(self.heading("syn_participation"))
        gender = "—"
        if p.gender_recorded:
            share = {g: n / p.gender_recorded for g, n in p.by_gender.items()}

            def line(lang: str, g: str, n: int) -> str:
                number = ML.format_number(n, lang)
                percent = ML.format_percent(share[g], lang)
                return f"{ML.label(f'gender.{g}', lang)} {number} ({percent})"

            gender = "\n".join(self.each(partial(line, g=g, n=n)) for g, n in p.by_gender.items())
        rows = [
            [self.L("syn_workshops"), self.num(p.workshops)],
            [self.L("syn_people"), self.num(p.people)],
            [self.L("organisations"), self.num(p.organisations)],
            [self.L("by_gender"), gender],
        ]
        self.story.append(self.table(rows, [2, 3], header=False, label_col=True))
        if p.by_kind:
            self.story.append(Spacer(1, 6))
            kinds = [[self.L("by_kind"), self.L("count")]]
            kinds += [[self.L(f"kind.{k}"), self.num(n)] for k, n in p.by_kind.items()]
            self.story.append(self.table(kinds, [3, 1]))
        self.story.append(Spacer(1, 6))
        rows = [
            [
                self.L("region"),
                self.L("date"),
                self.L("facilitator"),
                self.L("syn_people"),
                self.L("ideas_n"),
                self.L("syn_actions_n"),
            ]
        ]
        people = self._people_per_workshop()
        actions: dict[str, int] = {}
        for a in self.s.actions:
            actions[a["workshop_id"]] = actions.get(a["workshop_id"], 0) + 1
        for w in self.s.picture.workshops:
            rows.append(
                [
                    self.region(w.get("region")),
                    self.date(w.get("date")),
                    w.get("facilitator") or "—",
                    self.num(people.get(w["id"], 0)),
                    self.num(self.s.ideas_per_workshop.get(w["id"], 0)),
                    self.num(actions.get(w["id"], 0)),
                ]
            )
        self.story.append(self.table(rows, [2.4, 1.8, 2.2, 1.1, 0.9, 0.9]))

    def _people_per_workshop(self) -> dict[str, int]:
        return dict(self.s.picture.participation.by_workshop)

    def coverage(self) -> None:
        pic = self.s.picture
        if not pic.principles:
            return
        self.story.append(CondPageBreak(140))
        self.story.append(self.heading("syn_coverage"))
        codes = [self.principle_code(p.id, n) for n, p in enumerate(pic.principles, 1)]
        rows: list[list[Any]] = [[self.L("cover"), *codes]]
        shades: dict[tuple[int, int], Any] = {}
        top = max(
            (c.strength for cells in pic.coverage.values() for c in cells.values()), default=1
        )
        top = top or 1
        totals = {p.id: [0, 0] for p in pic.principles}
        for r, w in enumerate(pic.workshops, 1):
            cells = pic.coverage.get(w["id"], {})
            row: list[Any] = [self.workshop_label(w)]
            for c, p in enumerate(pic.principles, 1):
                cell = cells.get(p.id)
                if cell is None:
                    row.append("·")
                    continue
                totals[p.id][0] += cell.ideas
                totals[p.id][1] += cell.strength
                if cell.ideas:
                    row.append(f"{self.num(cell.ideas)} ({self.num(cell.strength)})")
                    shades[(r, c)] = heat(cell.strength / top)
                else:
                    row.append("0")
                    shades[(r, c)] = colors.HexColor("#f6d5d5")
            rows.append(row)
        total_row: list[Any] = [self.L("syn_total")]
        for c, p in enumerate(pic.principles, 1):
            ideas, strength = totals[p.id]
            total_row.append(f"{self.num(ideas)} ({self.num(strength)})")
            if not ideas:
                shades[(len(rows), c)] = colors.HexColor("#f6d5d5")
        rows.append(total_row)
        widths = [2.6] + [1.0] * len(pic.principles)
        self.story.append(self.table(rows, widths, shades=shades))
        self.story.append(Spacer(1, 3))
        self.story.append(self.para(self.L("syn_coverage_note"), self.small))
        legend = [[self.L("principle"), ""]]
        for n, p in enumerate(pic.principles, 1):
            legend.append([self.principle_code(p.id, n), self.principle_name(p.id)])
        self.story.append(Spacer(1, 4))
        legend_table = self.table(legend[1:], [1, 6], header=False, label_col=True)
        self.story.append(KeepTogether([legend_table]))

    def top_voted(self) -> None:
        rows_in = self.s.picture.top_options
        self.story.append(CondPageBreak(160))
        self.story.append(self.heading("syn_top"))
        if not rows_in:
            self.story.append(self.para(self.L("syn_no_votes")))
            return
        self.story.append(self.para(self.L("syn_top_note"), self.small))
        regions = {w["id"]: w for w in self.s.picture.workshops}
        shown = rows_in[:15]
        rows: list[list[Any]] = [
            [
                "#",
                self.L("syn_option"),
                self.L("region"),
                self.L("syn_points"),
                self.L("syn_ballots"),
                self.L("syn_per_voter"),
            ]
        ]
        for n, r in enumerate(shown, 1):
            rows.append(
                [
                    self.num(n),
                    r["label"],
                    self.workshop_label(regions[r["workshop_id"]]),
                    self.num(r["points"]),
                    self.num(r["ballots"]),
                    self.num(r["per_voter"], 2),
                ]
            )
        self.story.append(self.table(rows, [0.5, 3.5, 2.6, 0.9, 1.0, 1.0]))
        self.story.append(Spacer(1, 6))
        self.story.append(_per_voter_chart([r["per_voter"] for r in shown], self.fonts))

    def shared_ideas(self) -> None:
        self.story.append(CondPageBreak(100))
        self.story.append(self.heading("syn_shared"))
        if not self.s.clusters:
            self.story.append(self.para(self.L("syn_no_shared")))
            return
        for cluster in self.s.clusters:
            count = self.L("syn_in_workshops", n=self.num(len(cluster.workshop_ids)))
            self.story.append(self.user_heading(cluster.name))
            self.story.append(self.para(count, self.small))
            rows = [[self.region(i.region), self.date(i.date), i.text] for i in cluster.ideas]
            self.story.append(self.table(rows, [1.8, 1.6, 6], header=False, label_col=True))

    def actions(self) -> None:
        pic = self.s.picture
        self.story.append(CondPageBreak(140))
        self.story.append(self.heading("syn_actions"))
        if pic.principles_without_action:
            names = ML.list_separator(self.langs[0]).join(
                self.principle_code(pid, n)
                for n, p in enumerate(pic.principles, 1)
                for pid in [p.id]
                if pid in pic.principles_without_action
            )
            self.story.append(self.para(self.L("syn_without_action", names=names)))
        else:
            self.story.append(self.para(self.L("syn_all_served")))
        self.story.append(Spacer(1, 4))
        self.story.append(self.heading("syn_by_principle", level=2))
        rows: list[list[Any]] = [[self.L("principle"), self.L("count")]]
        shades: dict[tuple[int, int], Any] = {}
        for r, (pid, count) in enumerate(pic.actions_by_principle.items(), 1):
            rows.append([self.principle_name(pid), self.num(count)])
            if not count:
                shades[(r, 1)] = colors.HexColor("#f6d5d5")
        self.story.append(self.table(rows, [5, 1], shades=shades))
        self.story.append(self.heading("syn_by_owner", level=2))
        rows = [[self.L("who"), self.L("count")]]
        for owner, count in pic.actions_by_owner.items():
            rows.append([self.L("syn_no_owner") if owner == "—" else owner, self.num(count)])
        self.story.append(self.table(rows, [5, 1]))
        self.story.append(self.heading("syn_by_due", level=2))
        rows = [[self.L("due"), self.L("count")]]
        for month, count in pic.actions_by_due_month.items():
            when = (
                self.L("syn_no_date")
                if month == "—"
                else self.each(partial(SL.format_month, month))
            )
            rows.append([when, self.num(count)])
        self.story.append(self.table(rows, [5, 1]))
        if self.s.actions:
            self.story.append(CondPageBreak(100))
            self.story.append(self.heading("syn_all_actions", level=2))
            regions = {w["id"]: w for w in pic.workshops}
            numbers = {p.id: n for n, p in enumerate(pic.principles, 1)}
            rows = [[self.L("what"), self.L("who"), self.L("due"), self.L("region"), "#"]]
            for a in self.s.actions:
                served = ", ".join(
                    self.principle_code(pid, numbers[pid])
                    for pid in a.get("principle_ids") or []
                    if pid in numbers
                )
                rows.append(
                    [
                        a["what"],
                        a.get("owner") or "—",
                        self.date(a.get("due")),
                        self.workshop_label(regions[a["workshop_id"]]),
                        served or "—",
                    ]
                )
            self.story.append(self.table(rows, [4.6, 2.2, 1.6, 1.8, 0.9]))

    def sources_section(self) -> None:
        self.story.append(CondPageBreak(140))
        self.story.append(self.heading("syn_sources"))
        self.story.append(self.para(self.L("syn_sources_note"), self.small))
        rows: list[list[Any]] = [
            [
                self.L("region"),
                self.L("facilitator"),
                self.L("syn_laptop"),
                self.L("syn_received"),
                self.L("syn_trusted"),
            ]
        ]
        for s in self.s.sources:
            if s.own:
                received = self.L("syn_this_laptop")
            elif s.received_ms:
                received = self.date(_iso_date(s.received_ms))
            else:
                received = "—"
            rows.append(
                [
                    self.region(s.region) + "\n" + self.date(s.date),
                    s.facilitator or "—",
                    self.fingerprint_cell(s.device_fingerprint),
                    received,
                    self.L("syn_yes") if s.trusted else self.L("syn_no"),
                ]
            )
        self.story.append(self.table(rows, [2.2, 2, 3.2, 1.6, 1]))
        self.story.append(self.heading("syn_bundles", level=2))
        if not self.s.bundles:
            self.story.append(self.para(self.L("syn_no_bundles")))
            return
        rows = [
            [
                self.L("syn_file"),
                self.L("syn_laptop"),
                self.L("syn_received"),
                self.L("syn_changes"),
            ]
        ]
        for b in self.s.bundles:
            rows.append(
                [
                    b.file_name or b.bundle_id,
                    self.fingerprint_cell(b.device_fingerprint),
                    self.date(_iso_date(b.imported_ms)),
                    self.num(b.new),
                ]
            )
        self.story.append(self.table(rows, [3, 3.2, 1.6, 1.2]))

    def fingerprint_cell(self, fp: str) -> Flowable | str:
        """Fingerprints always left to right (a leading digit group must not move)."""
        if not fp:
            return self.L("syn_unknown")
        return self.para(_fingerprint_cell(fp), self.cell.but(align=self.side), rtl=False)

    def build_story(self) -> list[Flowable]:
        self.cover()
        self.participation()
        self.coverage()
        self.top_voted()
        self.shared_ideas()
        self.actions()
        self.sources_section()
        return self.story

    # -- running header and footer --------------------------------------------------
    def header_lines(self) -> tuple[Line, Line]:
        fonts, size = self.fonts.regular, 7.5
        # The running title in the language read from the header's start side.
        title = SL.label("syn_title", "ar" if self.rtl else self.langs[-1])
        dates = sorted(w["date"] for w in self.s.picture.workshops if w.get("date"))
        span = f"{self.date(dates[0])} – {self.date(dates[-1])}" if dates else ""
        title_line = self.shaper.lines(title, fonts, size, PAGE_W, default_rtl=self.rtl)[0]
        span_line = self.shaper.lines(span, fonts, size, PAGE_W, default_rtl=self.rtl)[0]
        return title_line, span_line


def _iso_date(ms: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ms / 1000))


def _fingerprint_cell(fp: str) -> str:
    """A 39-character fingerprint on two lines of four groups (fits a table cell)."""
    if not fp:
        return ""
    groups = fp.split("-")
    return "-".join(groups[:4]) + "\n" + "-".join(groups[4:]) if len(groups) > 4 else fp


def _per_voter_chart(values: list[float], fonts: MinutesFonts) -> Drawing:
    """Bars numbered like the table rows: the per-voter figure of each option."""
    n = len(values)
    font = fonts.regular.latin
    width = PAGE_W - 2 * MARGIN
    bar_h = 13
    drawing = Drawing(width, n * bar_h + 30, initialFontName=font)
    chart = HorizontalBarChart()
    chart.x, chart.y = 30, 18
    chart.width, chart.height = width - 70, n * bar_h
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [str(i) for i in range(n, 0, -1)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = (max(values, default=1) or 1) * 1.12
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.2f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 10
    chart.barLabels.boxAnchor = "w"
    drawing.add(chart)
    return drawing
