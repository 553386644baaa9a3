"""The sections of the minutes, in document order, laid out into one story.

Written once for every format: the primitives (``para``, ``table``, …) come from
the PDF or the Word builder (``layout``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sim_facilitator.domain.frameworks import localized
from sim_facilitator.domain.organise.reads import principle_name
from sim_facilitator.engine.schema import ACTOR_KINDS, AGE_BANDS, GENDERS
from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.vote_sections import VoteSections
from sim_facilitator.text.user_text import direction_of


class MinutesSections(VoteSections):
    """Every section of the minutes; ``build_story`` lays them out in order."""

    def cover(self) -> None:
        w = self.r.workshop
        self.story.append(self.para(w.get("title") or "", self.title))
        self.story.append(self.para(self.L("doc_title").replace("\n", " — "), self.subtitle))
        self.story.append(self.space(8))
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

        def breakdown(title: str, field: str, prefix: str, order: Iterable[str]) -> Any:
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
            self.story.append(self.space(5))
            self.story.append(self.keep_together([t]))
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
        notes: list[Any] = []
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

    def ideas(self) -> None:
        self.story.append(self.heading("ideas_by_question"))
        self.story.append(
            self.para(self.L("ideas_total", n=self.num(len(self.r.ideas))), self.small)
        )
        for state, key in (("hidden", "hidden_by_moderation"), ("pending", "pending_moderation")):
            if self.r.not_shown.get(state):
                n = self.num(self.r.not_shown[state])
                self.story.append(self.para(self.L(key, n=n), self.small))
        if any(i.get("origin") == "room" for i in self.r.ideas):
            self.story.append(self.para(self.L("room_note"), self.small))
        self.number = {idea["id"]: n for n, idea in enumerate(self._ideas_in_question_order(), 1)}
        by_q: dict[str | None, list[dict[str, Any]]] = {}
        for idea in self.r.ideas:
            by_q.setdefault(idea.get("question_id"), []).append(idea)
        known = {q["id"] for q in self.r.questions}
        for qn, q in enumerate(self.r.questions, 1):
            self.story.append(self.keep_room(60))
            self.story.append(self.user_heading(str(q["text"]), f"Q{qn}"))
            items = by_q.get(q["id"], [])
            if not items:
                self.story.append(self.para(self.L("no_ideas"), self.small))
            for idea in items:
                self.story.append(self.idea_para(idea, self.number[idea["id"]]))
        orphans = [i for qid, lst in by_q.items() if qid not in known for i in lst]
        if orphans:
            self.story.append(self.heading("no_question", 2))
            for idea in orphans:
                self.story.append(self.idea_para(idea, self.number[idea["id"]]))

    def breakout_tables(self) -> None:
        """Per table: its question, members who agreed to be named, scribe, reporter, ideas."""
        if not self.r.tables:
            return
        self.story.append(self.keep_room(120))
        self.story.append(self.heading("breakout_tables"))
        people = {p["id"]: p for p in self.r.participants}
        by_table: dict[str, list[dict[str, Any]]] = {}
        for idea in self.r.ideas:
            if idea.get("table_id"):
                by_table.setdefault(idea["table_id"], []).append(idea)
        several = len({t.agenda_id for _title, t in self.r.tables}) > 1

        def named(pid: str | None) -> str:
            person = people.get(pid or "")
            if person is None:
                return "—"
            return str(person["name"]) if person.get("consent_named") else self.L("not_named")

        for title, table in self.r.tables:
            self.story.append(self.keep_room(80))
            heading = f"{title} — {table.name}" if several else table.name
            self.story.append(self.user_heading(heading))
            members = [people[m] for m in table.member_ids if m in people]
            shown = [str(p["name"]) for p in members if p.get("consent_named")]
            hidden = len(members) - len(shown)
            listed = ML.list_separator(self.fmt).join(shown)
            if hidden:
                more = self.L("table_unnamed", n=self.num(hidden))
                listed = f"{listed}\n{more}" if listed else more
            rows = [
                [self.L("table_question"), table.question or "—"],
                [self.L("table_members"), listed or "—"],
                [self.L("table_scribe"), named(table.scribe_id)],
                [self.L("table_reporter"), named(table.reporter_id)],
            ]
            self.story.append(self.table(rows, [1, 3], header=False, label_col=True))
            ideas = by_table.get(table.id, [])
            self.story.append(self.para(self.L("n_ideas", n=self.num(len(ideas))), self.small))
            for idea in ideas:
                self.story.append(self.idea_para(idea, self.number.get(idea["id"])))

    def _ideas_in_question_order(self) -> list[dict[str, Any]]:
        order = {q["id"]: n for n, q in enumerate(self.r.questions)}
        return sorted(self.r.ideas, key=lambda i: order.get(i.get("question_id") or "", len(order)))

    def by_principle(self) -> None:
        if not self.r.principles:
            return
        self.story.append(self.heading("ideas_by_principle"))
        live = {i["id"]: i for i in self.r.ideas}
        for p in self.r.principles:
            self.story.append(self.keep_room(60))
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
                self.story.append(self.idea_para(live[t], self.number.get(t)))

    def clusters(self) -> None:
        if not self.r.clusters:
            return
        self.story.append(self.heading("clusters"))
        for c in self.r.clusters:
            members = self.r.members.get(c["id"], [])
            self.story.append(self.keep_room(60))
            self.story.append(self.user_heading(str(c["name"])))
            self.story.append(self.para(self.L("n_ideas", n=self.num(len(members))), self.small))
            for idea in members:
                self.story.append(self.idea_para(idea, self.number.get(idea["id"])))
        loose = self.r.members.get(None, [])
        self.story.append(self.para(self.L("unclustered", n=self.num(len(loose))), self.small))

    def coverage_table(self) -> None:
        if not self.r.principles:
            return
        self.story.append(self.keep_room(120))
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
                    shades[(r, col + 1)] = self.heat_shade(sum(values) / top)
            c = cov.get(p["id"])
            if c is None or c.empty:
                row += ["0", "0", self.L("uncovered")]
                shades[(r, ncols + 3)] = self.alarm_shade()
            else:
                row += [self.num(c.ideas), self.num(c.clusters), self.num(c.total_strength)]
            rows.append(row)
        widths = [3.4] + [1.0] * ncols + [0.9, 1.6, 1.2]
        self.story.append(self.table(rows, widths, shades=shades))
        self.story.append(self.para(self.L("coverage_note"), self.small))

    def actions(self) -> None:
        self.story.append(self.keep_room(120))
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

    def photos_annex(self) -> None:
        """One photo per page, as large as the page allows, with its caption."""
        if not self.r.photos:
            return
        width, height = self.picture_area()
        for n, (photo, target, data) in enumerate(self.r.photos, 1):
            self.story.append(self.page_break())
            if n == 1:
                self.story.append(self.heading("photos_annex"))
            self.story.append(self.para(self.L("photo_n", n=self.num(n)), self.h2))
            if data is None:
                self.story.append(self.para(self.L("photo_missing"), self.small))
            else:
                w, h = float(photo.get("width") or 1), float(photo.get("height") or 1)
                scale = min(width / w, height / h)
                self.story.append(self.picture(data, w * scale, h * scale))
            self.story.append(self.space(6))
            if target is not None:
                key, name = target
                rtl = direction_of(name) == "rtl"
                if rtl == self.rtl:
                    self.story.append(self.para(self.L(key, name=name), self.label_style))
                else:
                    # A French question in Arabic minutes on a line of its own, in its
                    # own direction: inside the Arabic line its final "?" moved to its
                    # start (the PDF's bidi layout has no isolates, and a mark showed).
                    label = "\n".join(line.strip() for line in self.L(key, name="").split("\n"))
                    self.story.append(self.para(label, self.label_style))
                    self.story.append(self.para(name, self.label_style, rtl=rtl))
            if photo.get("caption"):
                self.story.append(self.para(str(photo["caption"])))
            typed = sorted(
                self.number[i["id"]]
                for i in self.r.ideas
                if i.get("photo_id") == photo["id"] and i["id"] in self.number
            )
            if typed:
                numbers = ML.list_separator(self.fmt).join(self.num(t) for t in typed)
                self.story.append(self.para(self.L("photo_ideas", numbers=numbers), self.small))

    def signoff(self) -> None:
        w = self.r.workshop
        takers = w.get("note_takers") or []
        rows = [
            ["", self.L("name"), self.L("date"), self.L("signature")],
            [self.L("facilitator"), w.get("facilitator") or "", "", "\n\n"],
            [self.L("note_taker"), takers[0] if takers else "", "", "\n\n"],
        ]
        self.story.append(
            self.keep_together(
                [
                    self.keep_room(100),
                    self.heading("signoff"),
                    self.table(rows, [1.4, 2, 1.2, 2]),
                ]
            )
        )

    def build_story(self) -> list[Any]:
        self.cover()
        self.attendance()
        self.agenda()
        self.decisions()
        self.ideas()
        self.breakout_tables()
        self.by_principle()
        self.clusters()
        self.coverage_table()
        self.votes()
        self.actions()
        self.signoff()
        self.photos_annex()
        return self.story
