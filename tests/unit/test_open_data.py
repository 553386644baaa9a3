"""Open-data CSV export: BOM, Arabic intact, no participant names."""

from __future__ import annotations

import csv
from pathlib import Path

from sim_facilitator.domain.demo import PARTICIPANTS, create_demo
from sim_facilitator.engine.store import Store
from sim_facilitator.export.open_data import export_open_data


def test_csv_files_open_in_spreadsheets_with_arabic(store: Store, tmp_path: Path) -> None:
    create_demo(store)
    files = export_open_data(store, tmp_path / "out", lang="ar")
    assert sorted(f.name for f in files) == [
        "actions.csv",
        "ideas.csv",
        "mappings.csv",
        "votes.csv",
        "workshops.csv",
    ]
    raw = (tmp_path / "out" / "ideas.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "out" / "ideas.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 40
    assert "ضعف التمويل المستدام للجمعيات الصغيرة" in {r["text"] for r in rows}
    everything = "".join(f.read_text(encoding="utf-8-sig") for f in files)
    for name, *_ in PARTICIPANTS:
        assert name not in everything
    assert not list((tmp_path / "out").glob("*.partial"))
