"""The votes section of the minutes, in any format (see ``layout``): each round's rules,
results, bar chart and ties.

A paper tally entered before some of its options were merged prints, per merged
option, the separate counts and the facilitator's decision (or that it is pending).
"""

from __future__ import annotations

from typing import Any

from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.layout import MinutesLayout


class VoteSections(MinutesLayout):
    """The minutes builder with the votes section (one block per round)."""

    def votes(self) -> None:
        self.story.append(self.keep_room(150))
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

    def _merged_text(self, merged: Any) -> str:
        """Alpha (4) + Beta (3) = 7, then the decision in every language."""
        parts = " + ".join(f"{label} ({self.num(n)})" for _o, label, n in merged.parts)
        decision = "tally_merge.together" if merged.together else "tally_merge.pending"
        return f"{parts} = {self.num(merged.total)}\n{self.L(decision)}"

    def _round(self, res: Any) -> None:
        block: list[Any] = [self.keep_room(120), self.user_heading(res.title)]
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
        for merged in getattr(res, "merged_tally", ()) or ():
            rows.append([self.L("tally_merge"), self._merged_text(merged)])
        block.append(self.table(rows, [1, 3], header=False, label_col=True))
        self.story.extend(block)
        if res.hidden or not res.options:
            why = getattr(res, "withheld", "") or "hidden"
            if why != "merged_tally":  # the pending decision is printed in the table above
                key = f"withheld.{why}" if ML.has_label(f"withheld.{why}") else "hidden"
                self.story.append(self.para(self.L(key), self.small))
            return
        self.story.append(self.space(4))
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
        self.story.append(self.space(4))
        self.story.append(self.chart(res.options))
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
