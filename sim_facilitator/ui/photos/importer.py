"""Adding picture files as photos without freezing the screen.

Making a picture safe (``images.safe_image``: decode, turn upright, re-encode)
takes up to a second for a 12-megapixel phone photo, so it runs on a pool
thread; only the short transaction that stores the result
(``records.store_photo``) runs on the UI thread, where the Store lives. Each
file is its own transaction: a refused file is named with its reason (in the
user's language) and the others are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QThreadPool, Signal
from shiboken6 import isValid

from sim_facilitator.domain.photos.images import SafeImage, safe_image
from sim_facilitator.domain.photos.records import TARGETS, store_photo
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.background_job import BackgroundJob, Cancel, Progress
from sim_facilitator.ui.common.error_message import error_text

PICTURE_PATTERNS = "*.jpg *.jpeg *.png *.webp"


def picture_filter() -> str:
    """The file dialog's filter (translated)."""
    return QCoreApplication.translate("Photos", "Pictures ({patterns})").format(
        patterns=PICTURE_PATTERNS
    )


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (anything else, such as ideas, is not for photos)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


@dataclass
class ImportOutcome:
    """What happened to the files: the photos stored, and one line per refused file."""

    added: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    said_added: str = ""  # "2 photos added." in the user's language (PhotoImporter)

    def message(self) -> str:
        return "\n".join(([self.said_added] if self.added else []) + self.problems)


# What the pool thread hands back per file: the safe picture, or why it was refused.
Made = tuple[str, SafeImage | DomainError | OSError]


def _make_safe(paths: list[Path]) -> list[Made]:
    made: list[Made] = []
    for path in paths:
        try:
            made.append((path.name, safe_image(path.read_bytes(), path.name)))
        except (DomainError, OSError) as error:
            made.append((path.name, error))
    return made


class PhotoImporter(QObject):
    """Adds files to one table, question or cluster (or to the workshop alone)."""

    finished = Signal(object)  # ImportOutcome, on the UI thread

    def __init__(self, store: Store, workshop_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: BackgroundJob | None = None

    def busy(self) -> bool:
        return self.job is not None

    def add(self, paths: list[Path], key: str | None = None, target_id: str | None = None) -> bool:
        """Start adding ``paths`` attached to ``key`` = ``target_id`` (a field of
        ``records.TARGETS``); False if files are being added already."""
        if self.job is not None or not paths:
            return False
        if key is not None and key not in TARGETS:
            raise ValueError(key)
        files = list(paths)

        def work(_progress: Progress, _cancel: Cancel) -> list[Made]:
            return _make_safe(files)

        job = BackgroundJob(work)
        self.job = job
        job.signals.done.connect(lambda made: self._store(made, key, target_id))
        job.signals.failed.connect(self._failed)
        self.pool.start(job)
        return True

    def wait(self) -> None:
        """Block until the pool thread is done (closing a window, tests)."""
        self.pool.waitForDone()

    def _store(self, made: list[Made], key: str | None, target_id: str | None) -> None:
        self.job = None
        outcome = ImportOutcome()
        target = {key: target_id} if key and target_id else {}
        for name, result in made:
            if isinstance(result, OSError):
                outcome.problems.append(f"{name}: {result.strerror or result}")
                continue
            if isinstance(result, DomainError):
                outcome.problems.append(error_text(result))
                continue
            try:
                photo_id, _new = store_photo(self.store, self.workshop_id, result, **target)
            except DomainError as error:  # the question or cluster went meanwhile
                outcome.problems.append(f"{name}: {error_text(error)}")
            else:
                outcome.added.append(photo_id)
        if isValid(self):  # stored either way; told only while the screen is there
            outcome.said_added = self.tr("%n photo(s) added.", "", len(outcome.added))
            self.finished.emit(outcome)

    def _failed(self, error: Exception) -> None:
        self.job = None
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        self.finished.emit(ImportOutcome(problems=[text]))
