"""Where data lives: platformdirs by default, overridden by --db or SIM_FACILITATOR_DB."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine is imported only when a store is opened (start-up time)
    from sim_facilitator.engine.store import Store

APP_NAME = "sim-facilitator"
ENV_DB = "SIM_FACILITATOR_DB"


def default_db_path() -> Path:
    import platformdirs  # only when no path is given (~4 ms at start otherwise)

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "sim-facilitator.db"


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB])
    return default_db_path()


def open_store(path: Path) -> Store:
    """Open (creating if needed) the database at ``path`` and return a Store."""
    from sim_facilitator.engine.storage import connect
    from sim_facilitator.engine.store import Store

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return Store(connect(path))


def store_for_args(args: argparse.Namespace) -> Store:
    """The Store named by a parsed command line (--db before or after the subcommand)."""
    return open_store(resolve_db_path(getattr(args, "sub_db", None) or getattr(args, "db", None)))
