"""The coordinator's national dashboard: every workshop in this database, filtered."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.national import NationalFilter, NationalPicture, national_picture
from sim_facilitator.engine.schema import REGIONS
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.bar_chart import Bar, BarChart
from sim_facilitator.ui.common.bidi import isolated
from sim_facilitator.ui.common.field_name import name_field
from sim_facilitator.ui.common.labels import label
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.coordinator.coverage_heatmap import CoverageHeatmap
from sim_facilitator.ui.shell.application import current_language

COMBO_CHARACTERS = 14  # the filters' closed width, in characters


class DashboardView(Retranslating, QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.picture: NationalPicture | None = None
        outer = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.region = QComboBox(self)
        self.theme = QComboBox(self)
        self.use_dates = QCheckBox(self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setDate(QDate(2024, 1, 1))
        self.date_to.setDate(QDate.currentDate())
        self.framework_version = QComboBox(self)
        for widget in (
            self.region,
            self.theme,
            self.use_dates,
            self.date_from,
            self.date_to,
            self.framework_version,
        ):
            filters.addWidget(widget)
        for combo in (self.region, self.theme, self.framework_version):
            # Long theme or region names would otherwise widen the window past a small
            # screen: the closed combo elides, its list shows the whole names.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
        filters.addStretch(1)
        outer.addLayout(filters)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        self.participation_box = QGroupBox(body)
        form = QFormLayout(self.participation_box)
        self.people = QLabel(self.participation_box)
        self.organisations = QLabel(self.participation_box)
        self.gender = QLabel(self.participation_box)
        self.workshop_count = QLabel(self.participation_box)
        self.people_label = QLabel(self.participation_box)
        self.organisations_label = QLabel(self.participation_box)
        self.gender_label = QLabel(self.participation_box)
        self.workshops_label = QLabel(self.participation_box)
        form.addRow(self.workshops_label, self.workshop_count)
        form.addRow(self.people_label, self.people)
        form.addRow(self.organisations_label, self.organisations)
        form.addRow(self.gender_label, self.gender)
        self.kinds_chart = BarChart(self.participation_box)
        form.addRow(self.kinds_chart)
        layout.addWidget(self.participation_box)

        self.coverage_box = QGroupBox(body)
        cov_layout = QVBoxLayout(self.coverage_box)
        self.heatmap = CoverageHeatmap(self.coverage_box)
        self.legend = QLabel(self.coverage_box)
        self.legend.setWordWrap(True)
        self.uncovered = QLabel(self.coverage_box)
        self.uncovered.setWordWrap(True)
        cov_layout.addWidget(self.heatmap)
        cov_layout.addWidget(self.legend)
        cov_layout.addWidget(self.uncovered)
        layout.addWidget(self.coverage_box)

        self.votes_box = QGroupBox(body)
        votes_layout = QVBoxLayout(self.votes_box)
        self.votes_note = QLabel(self.votes_box)
        self.votes_note.setWordWrap(True)
        self.top_chart = BarChart(self.votes_box)
        votes_layout.addWidget(self.votes_note)
        votes_layout.addWidget(self.top_chart)
        layout.addWidget(self.votes_box)

        self.actions_box = QGroupBox(body)
        actions_layout = QVBoxLayout(self.actions_box)
        self.actions_by_principle = BarChart(self.actions_box)
        self.actions_by_owner = BarChart(self.actions_box)
        self.by_principle_label = QLabel(self.actions_box)
        self.by_owner_label = QLabel(self.actions_box)
        actions_layout.addWidget(self.by_principle_label)
        actions_layout.addWidget(self.actions_by_principle)
        actions_layout.addWidget(self.by_owner_label)
        actions_layout.addWidget(self.actions_by_owner)
        self.by_due_label = QLabel(self.actions_box)
        self.actions_by_due = BarChart(self.actions_box)
        actions_layout.addWidget(self.by_due_label)
        actions_layout.addWidget(self.actions_by_due)
        layout.addWidget(self.actions_box)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        for combo in (self.region, self.theme, self.framework_version):
            combo.currentIndexChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.retranslate_ui()

    # -- language ---------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("National dashboard"))
        self.use_dates.setText(self.tr("Only between"))
        self.participation_box.setTitle(self.tr("Participation"))
        self.workshops_label.setText(self.tr("Workshops"))
        self.people_label.setText(self.tr("People present"))
        self.organisations_label.setText(self.tr("Organisations represented"))
        self.gender_label.setText(self.tr("Gender balance (where recorded)"))
        self.coverage_box.setTitle(self.tr("Ideas per principle, by workshop"))
        self.votes_box.setTitle(self.tr("Top-voted ideas and clusters"))
        self.votes_note.setText(
            self.tr(
                "Points per voter: each option's points divided by the ballots cast in its "
                "round, so workshops of different sizes compare fairly."
            )
        )
        self.actions_box.setTitle(self.tr("Action items, all workshops"))
        self.by_principle_label.setText(self.tr("By principle"))
        self.by_owner_label.setText(self.tr("By owner organisation"))
        self.by_due_label.setText(self.tr("By month due"))
        name_field(self.region, self.tr("Region"))
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        name_field(self.theme, self.tr("Theme"))
        name_field(self.framework_version, self.tr("Framework version"))
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        workshops = self.store.list("workshop")
        frameworks = self.store.list("framework")
        for combo in (self.region, self.theme, self.framework_version):
            combo.blockSignals(True)
        keep = (
            self.region.currentData(),
            self.theme.currentData(),
            self.framework_version.currentData(),
        )
        self.region.clear()
        self.region.addItem(self.tr("All regions"), None)
        for region in REGIONS:
            self.region.addItem(label(region), region)
        self.theme.clear()
        self.theme.addItem(self.tr("All themes"), None)
        for theme in sorted({w["theme"] for w in workshops if w["theme"]}):
            self.theme.addItem(theme, theme)
        self.framework_version.clear()
        self.framework_version.addItem(self.tr("All framework versions"), None)
        for version in sorted({f["version"] for f in frameworks if f["version"]}):
            self.framework_version.addItem(
                self.tr("Version %1").replace("%1", str(version)), version
            )
        for combo, value in zip(
            (self.region, self.theme, self.framework_version), keep, strict=True
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- data ---------------------------------------------------------------
    def current_filter(self) -> NationalFilter:
        region = self.region.currentData()
        theme = self.theme.currentData()
        version = self.framework_version.currentData()
        return NationalFilter(
            regions=frozenset({region}) if region else frozenset(),
            themes=frozenset({theme}) if theme else frozenset(),
            date_from=self.date_from.date().toString("yyyy-MM-dd")
            if self.use_dates.isChecked()
            else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd")
            if self.use_dates.isChecked()
            else None,
            framework_versions=frozenset({version}) if version else frozenset(),
        )

    def refresh(self) -> None:
        picture = national_picture(self.store, self.current_filter())
        self.picture = picture
        p = picture.participation
        locale = self.locale()
        self.workshop_count.setText(locale.toString(p.workshops))
        self.people.setText(locale.toString(p.people))
        self.organisations.setText(locale.toString(p.organisations))
        if p.gender_recorded:
            parts = []
            for g, n in p.by_gender.items():
                share = locale.toString(100 * n / p.gender_recorded, "f", 0)
                parts.append(f"{label(g, gender=True)} {locale.toString(n)} ({share}%)")
            self.gender.setText(" · ".join(parts))
        else:
            self.gender.setText(self.tr("not recorded"))
        self.kinds_chart.set_bars(
            [Bar(label(kind), n, locale.toString(n)) for kind, n in p.by_kind.items()]
        )
        lang = current_language()
        names = {
            pr.id: pr.names.get(lang) or pr.names.get("en") or pr.code or pr.id
            for pr in picture.principles
        }
        self.heatmap.set_data(
            [(w["id"], w["title"] or "") for w in picture.workshops],
            picture.principles,
            picture.coverage,
        )
        self.legend.setText(self.heatmap.legend())
        if picture.principles_without_action:
            self.uncovered.setText(
                self.tr("No action serves: %1").replace(
                    "%1", " · ".join(names[pid] for pid in picture.principles_without_action)
                )
            )
        else:
            self.uncovered.setText(self.tr("Every principle is served by at least one action."))
        regions = {w["id"]: w["region"] for w in picture.workshops}
        self.top_chart.set_bars(
            [
                Bar(
                    isolated(row["label"])
                    + f" ({isolated(label(regions.get(row['workshop_id'])))})",
                    row["per_voter"],
                    locale.toString(row["per_voter"], "f", 2),
                )
                for row in picture.top_options[:10]
            ]
        )
        self.actions_by_principle.set_bars(
            [
                Bar(names[pid], n, locale.toString(n))
                for pid, n in picture.actions_by_principle.items()
            ]
        )
        self.actions_by_owner.set_bars(
            [
                Bar(owner, n, locale.toString(n))
                for owner, n in list(picture.actions_by_owner.items())[:10]
            ]
        )
        self.actions_by_due.set_bars(
            [
                Bar(
                    self.tr("no date")
                    if month == "—"
                    else locale.toString(QDate.fromString(month, "yyyy-MM"), "MMMM yyyy"),
                    n,
                    locale.toString(n),
                )
                for month, n in picture.actions_by_due_month.items()
            ]
        )
