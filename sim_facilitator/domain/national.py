"""The coordinator's national picture, computed from every workshop in the database.

Pure functions over the Store: the dashboard, the synthesis PDF and the tests
all read the same figures. Workshops are selected by a ``NationalFilter``
(region, theme, date range, framework version).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.engine.oplog import entity_ops
from sim_facilitator.engine.store import Store


@dataclass(frozen=True)
class NationalFilter:
    regions: frozenset[str] = frozenset()
    themes: frozenset[str] = frozenset()
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    framework_versions: frozenset[int] = frozenset()

    def accepts(self, workshop: dict[str, Any], framework_version: int | None) -> bool:
        if workshop.get("is_kit"):
            return False
        if self.regions and workshop.get("region") not in self.regions:
            return False
        if self.themes and workshop.get("theme") not in self.themes:
            return False
        date = workshop.get("date")
        if self.date_from and (date is None or date < self.date_from):
            return False
        if self.date_to and (date is None or date > self.date_to):
            return False
        return not (self.framework_versions and framework_version not in self.framework_versions)


@dataclass(frozen=True)
class Participation:
    workshops: int
    people: int
    organisations: int
    by_kind: dict[str, int]
    by_gender: dict[str, int]  # only where recorded
    gender_recorded: int
    by_workshop: dict[str, int] = field(default_factory=dict)  # people present per workshop


@dataclass(frozen=True)
class CoverageCell:
    ideas: int  # ideas (not merged away) mapped to the principle with strength > 0
    strength: int  # sum of strengths


@dataclass(frozen=True)
class PrincipleRef:
    id: str
    code: str | None
    names: dict[str, str | None]  # ar, fr, en


@dataclass
class NationalPicture:
    workshops: list[dict[str, Any]]
    participation: Participation
    principles: list[PrincipleRef]
    coverage: dict[str, dict[str, CoverageCell]]  # workshop id -> principle id -> cell
    actions_by_principle: dict[str, int]
    actions_by_owner: dict[str, int]
    actions_by_due_month: dict[str, int]
    principles_without_action: list[str]
    top_options: list[dict[str, Any]] = field(default_factory=list)


def selected_workshops(store: Store, flt: NationalFilter) -> list[dict[str, Any]]:
    versions = {f["id"]: f["version"] for f in store.list("framework")}
    return [
        w
        for w in store.list("workshop", order_by="date, title")
        if flt.accepts(w, versions.get(w["framework_id"]))
    ]


def participation(store: Store, workshop_ids: list[str]) -> Participation:
    people = [
        p
        for wid in workshop_ids
        for p in store.in_workshop("participant", wid)
        if p["present"] is not False
    ]
    organisations = {
        (p["organisation"] or "").strip().casefold() for p in people if p["organisation"]
    }
    genders = Counter(p["gender"] for p in people if p["gender"])
    present_in = Counter(p["workshop_id"] for p in people)  # one pass, not one per workshop
    return Participation(
        workshops=len(workshop_ids),
        people=len(people),
        organisations=len(organisations),
        by_kind=dict(sorted(Counter(p["kind"] or "other" for p in people).items())),
        by_gender=dict(sorted(genders.items())),
        gender_recorded=sum(genders.values()),
        by_workshop={wid: present_in.get(wid, 0) for wid in workshop_ids},
    )


def coverage(
    store: Store, workshop_ids: list[str]
) -> tuple[list[PrincipleRef], dict[str, dict[str, CoverageCell]]]:
    """Heat map cells (workshop x principle) from idea mappings; merged ideas count once."""
    frameworks_of = {w: store.require("workshop", w)["framework_id"] for w in workshop_ids}
    framework_ids = set(frameworks_of.values()) - {None}
    rows = {
        fid: store.list("principle", "framework_id = ?", [fid], order_by="position, id")
        for fid in sorted(framework_ids)
    }
    principle_ids_of = {fid: {p["id"] for p in ps} for fid, ps in rows.items()}
    principles = [
        PrincipleRef(p["id"], p["code"], {k: p[f"name_{k}"] for k in ("ar", "fr", "en")})
        for ps in rows.values()
        for p in ps
    ]
    cells: dict[str, dict[str, CoverageCell]] = {}
    for wid in workshop_ids:
        live_ideas = {i["id"] for i in store.in_workshop("idea", wid) if i["merged_into"] is None}
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for m in store.in_workshop("mapping", wid):
            if m["target_kind"] == "idea" and m["target_id"] in live_ideas and m["strength"]:
                counts[m["principle_id"]][0] += 1
                counts[m["principle_id"]][1] += m["strength"]
        own = principle_ids_of.get(frameworks_of[wid], set())
        # Principles of another framework are absent (not applicable), not zero.
        cells[wid] = {
            p.id: CoverageCell(*counts[p.id]) if p.id in counts else CoverageCell(0, 0)
            for p in principles
            if p.id in own
        }
    return principles, cells


def national_picture(store: Store, flt: NationalFilter | None = None) -> NationalPicture:
    flt = flt or NationalFilter()
    workshops = selected_workshops(store, flt)
    ids = [w["id"] for w in workshops]
    principles, cells = coverage(store, ids)
    actions = [a for wid in ids for a in store.in_workshop("action", wid)]
    by_principle = Counter(pid for a in actions for pid in set(a["principle_ids"] or []))
    by_owner = Counter((a["owner"] or "—").strip() for a in actions)
    by_month = Counter((a["due"] or "—")[:7] for a in actions)
    picture = NationalPicture(
        workshops=workshops,
        participation=participation(store, ids),
        principles=principles,
        coverage=cells,
        actions_by_principle={p.id: by_principle.get(p.id, 0) for p in principles},
        actions_by_owner=dict(sorted(by_owner.items(), key=lambda kv: (-kv[1], kv[0]))),
        actions_by_due_month=dict(sorted(by_month.items())),
        principles_without_action=[p.id for p in principles if not by_principle.get(p.id)],
    )
    picture.top_options = top_options(store, ids)
    return picture


def top_options(store: Store, workshop_ids: list[str], limit: int = 20) -> list[dict[str, Any]]:
    """Best options of every closed round, normalised by that round's ballots.

    A workshop of 40 voters gives more raw dots than one of 12; dividing each
    option's points by the ballots cast in its round (points per voter) lets
    workshops of different sizes compare fairly.
    """
    try:
        from sim_facilitator.domain.votes.results import round_results
    except ImportError:  # votes module not installed in this build
        return []
    rows: list[dict[str, Any]] = []
    for wid in workshop_ids:
        for rnd in store.in_workshop("round", wid):
            if rnd["status"] != "closed":
                continue
            results = round_results(store, rnd["id"], reveal=True)
            if not results.ballots_cast:
                continue
            for option in results.options:
                rows.append(
                    {
                        "workshop_id": wid,
                        "round_id": rnd["id"],
                        "method": results.method,
                        "option_id": option.option_id,
                        "label": option.label,
                        "points": option.points,
                        "ballots": results.ballots_cast,
                        "per_voter": option.points / results.ballots_cast,
                        "turnout": results.turnout,
                    }
                )
    rows.sort(key=lambda r: (-r["per_voter"], r["label"], r["option_id"]))
    return rows[:limit]


@dataclass(frozen=True)
class Source:
    """One workshop as the coordinator received it: which laptop made it, and when."""

    workshop_id: str
    workshop_title: str
    facilitator: str | None
    region: str | None
    date: str | None
    device_id: str
    device_fingerprint: str  # "" when the laptop's key is not known here
    trusted: bool  # the key was accepted here (or it is this laptop)
    own: bool  # made on this laptop
    received_ms: int | None  # latest import from that laptop; None: never imported


@dataclass(frozen=True)
class BundleSource:
    """One imported bundle file, from the import history."""

    bundle_id: str
    file_name: str
    device_id: str
    device_fingerprint: str
    imported_ms: int
    ops_sha256: str
    new: int
    updated: int


def _fingerprints(store: Store) -> tuple[dict[str, str], str]:
    from sim_facilitator.engine.trust import own_fingerprint, trusted_devices

    known = {d.device_id: d.fingerprint for d in trusted_devices(store)}
    return known, own_fingerprint(store)


def workshop_creators(store: Store) -> dict[str, str]:
    """workshop id -> the device that created it (the device of its earliest op)."""
    first: dict[str, tuple[int, str]] = {}
    for entity_id, body in entity_ops(store.db, "workshop", "body"):
        op = json.loads(body)
        stamp = (int(op["hlc"]), op["dev"])
        if entity_id not in first or stamp < first[entity_id]:
            first[entity_id] = stamp
    return {wid: dev for wid, (_, dev) in first.items()}


def sources(store: Store, flt: NationalFilter | None = None) -> list[Source]:
    """Every workshop of the national picture with the laptop it came from.

    A laptop whose key this database never accepted (its work reached here
    inside another laptop's bundle) is listed as not trusted, without fingerprint.
    """
    known, own = _fingerprints(store)
    received: dict[str, int] = {}
    for device_id, imported_ms in store.db.execute(
        "SELECT device_id, max(imported_ms) FROM import_history GROUP BY device_id"
    ):
        if device_id:
            received[device_id] = imported_ms
    creators = workshop_creators(store)
    result = []
    for w in selected_workshops(store, flt or NationalFilter()):
        device = creators.get(w["id"], "")
        is_own = device == store.device_id
        result.append(
            Source(
                workshop_id=w["id"],
                workshop_title=w["title"] or "",
                facilitator=w["facilitator"],
                region=w["region"],
                date=w["date"],
                device_id=device,
                device_fingerprint=own if is_own else known.get(device, ""),
                trusted=is_own or device in known,
                own=is_own,
                received_ms=None if is_own else received.get(device),
            )
        )
    return result


def bundle_sources(store: Store) -> list[BundleSource]:
    """The bundles imported into this database, oldest first, with their laptops' fingerprints."""
    known, own = _fingerprints(store)
    rows = []
    for bundle_id, file_name, device_id, imported_ms, summary in store.db.execute(
        "SELECT bundle_id, file_name, device_id, imported_ms, summary FROM import_history"
        " ORDER BY imported_ms, id"
    ):
        try:
            data = json.loads(summary or "{}")
        except ValueError:
            data = {}
        device = device_id or ""
        rows.append(
            BundleSource(
                bundle_id=bundle_id,
                file_name=file_name or "",
                device_id=device,
                device_fingerprint=own if device == store.device_id else known.get(device, ""),
                imported_ms=int(imported_ms or 0),
                ops_sha256=str(data.get("ops_sha256") or ""),
                new=int(data.get("new") or 0),
                updated=int(data.get("updated") or 0),
            )
        )
    return rows


def today_iso() -> str:
    return dt.date.today().isoformat()
