"""A national consultation in bundles: workshops run on separate laptops, one coordinator.

The coordinator prepares the example framework and sends it out as a kit; each
facilitator's laptop (its own database, its own device key) imports the kit,
runs a demo workshop (``create_demo`` with its own region, date and turnout)
and exports it as a bundle. The coordinator imports every bundle.
"""

from __future__ import annotations

from pathlib import Path

from sim_facilitator.domain.demo import _example_framework, create_demo
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import ImportReport, import_bundles
from sim_facilitator.export.bundle.writer import export_bundle

# (region, date, participants): five workshops of different sizes.
FIVE_WORKSHOPS: list[tuple[str, str, int]] = [
    ("Fès-Meknès", "2025-03-12", 12),
    ("Souss-Massa", "2025-04-02", 8),
    ("L'Oriental", "2025-05-20", 5),
    ("Marrakech-Safi", "2025-06-10", 10),
    ("Casablanca-Settat", "2025-06-24", 7),
]


def prepare_kit(coordinator: Store, folder: Path) -> Path:
    """The coordinator's framework as a kit bundle (its set-up workshop is marked a kit)."""
    framework, _ = _example_framework(coordinator)
    kit_workshop = coordinator.create(
        "workshop",
        {
            "title": "Kit national / العدة الوطنية",
            "framework_id": framework,
            "status": "draft",
            "is_kit": True,
        },
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kit.simbundle"
    export_bundle(coordinator, path, [kit_workshop], kit=True)
    return path


def workshop_bundle(
    folder: Path, index: int, kit: Path, region: str, date: str, participants: int
) -> Path:
    """One facilitator laptop: a fresh database imports the kit, runs a workshop, exports it."""
    laptop = Store(connect(folder / f"laptop-{index:03d}.db"))
    try:
        [report] = import_bundles(laptop, [kit], trust_new_devices=True)
        assert report.ok, report.message
        workshop = create_demo(laptop, region=region, date=date, participants=participants)
        path = folder / f"workshop-{index:03d}.simbundle"
        export_bundle(laptop, path, [workshop])
    finally:
        laptop.db.conn.close()
    return path


def make_bundles(
    coordinator: Store, folder: Path, specs: list[tuple[str, str, int]] = FIVE_WORKSHOPS
) -> list[Path]:
    """The bundles of these workshops, each made on its own laptop (files in ``folder``)."""
    kit = prepare_kit(coordinator, folder / "kit")
    out = folder / "bundles"
    out.mkdir(parents=True, exist_ok=True)
    laptops = folder / "laptops"
    laptops.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, (region, date, people) in enumerate(specs):
        made = workshop_bundle(laptops, n, kit, region, date, people)
        paths.append(made.rename(out / made.name))
    return paths


def build_national(
    coordinator: Store, folder: Path, specs: list[tuple[str, str, int]] = FIVE_WORKSHOPS
) -> list[ImportReport]:
    """Make the bundles and import them all into the coordinator's database."""
    paths = make_bundles(coordinator, folder, specs)
    reports = import_bundles(coordinator, paths, trust_new_devices=True)
    assert all(r.ok for r in reports), [r.message for r in reports]
    return reports
