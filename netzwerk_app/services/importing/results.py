"""What an import did, as plain data for the CLI and the GUI (all text in plain English)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.domain.wording import plural

DuplicatePolicy = Literal["merge", "skip", "keep-both"]
LinkedInNewPolicy = Literal["offer", "add", "skip"]
DUPLICATE_POLICIES: tuple[DuplicatePolicy, ...] = ("merge", "skip", "keep-both")

# on_progress(done, total): cards (or CSV rows) handled so far over all files.
ProgressCallback = Callable[[int, int], None]
# should_cancel() -> True stops the import; the file being read is rolled back.
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)  # 100,000 of them after a large import
class ImportedContact:
    contact_id: int
    name: str
    file: str
    line: int


@dataclass(frozen=True)
class MergedContact:
    """A card merged into an existing contact; ``merge_id`` undoes it."""

    contact_id: int
    merge_id: int
    name: str
    file: str
    line: int
    reason: str  # why it counts as the same person: "the same e-mail address ..."


@dataclass(frozen=True)
class SkippedCard:
    """A card not taken because ``existing_id`` is the same person."""

    file: str
    line: int
    name: str
    existing_id: int
    existing_name: str
    reason: str


@dataclass(frozen=True)
class PossibleDuplicate:
    """A card imported as its own contact that may be the same person as
    ``other_id``; listed for the user to merge or keep apart."""

    contact_id: int
    name: str
    other_id: int
    other_name: str
    file: str
    line: int
    reason: str


@dataclass(frozen=True)
class ImportFailure:
    """A card (or, with ``line`` 0, a whole file) that could not be imported."""

    file: str
    line: int
    name: str
    reason: str
    # The same reason as template and values (domain.errors), for the GUI to translate.
    problem: NetzwerkError | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of_file(cls, file: str, problem: NetzwerkError) -> ImportFailure:
        """A whole file that could not be imported, and why."""
        return cls(file, 0, "", str(problem), problem)


@dataclass(frozen=True)
class LinkedInUpdate:
    """A contact now marked as connected on LinkedIn."""

    contact_id: int
    name: str
    file: str
    line: int
    connected_on: date | None


@dataclass(frozen=True)
class LinkedInCandidate:
    """A LinkedIn connection that matches no contact, offered as a new contact."""

    file: str
    line: int
    first_name: str
    last_name: str
    company: str
    position: str
    email: str
    url: str
    connected_on: date | None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass
class ImportResult:
    imported: list[ImportedContact] = field(default_factory=list)
    merged: list[MergedContact] = field(default_factory=list)
    skipped: list[SkippedCard] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    linkedin_updated: list[LinkedInUpdate] = field(default_factory=list)
    linkedin_new: list[LinkedInCandidate] = field(default_factory=list)
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)
    cancelled: bool = False

    def extend(self, other: ImportResult) -> None:
        self.imported += other.imported
        self.merged += other.merged
        self.skipped += other.skipped
        self.failed += other.failed
        self.warnings += other.warnings
        self.linkedin_updated += other.linkedin_updated
        self.linkedin_new += other.linkedin_new
        self.possible_duplicates += other.possible_duplicates

    def summary(self) -> str:
        """One line such as "12 imported, 1 merged, 3 skipped, 1 failed"."""
        parts = [
            f"{len(self.imported)} imported",
            f"{len(self.merged)} merged",
            f"{len(self.skipped)} skipped",
            f"{len(self.failed)} failed",
        ]
        if self.linkedin_updated:
            marked = len(self.linkedin_updated)
            noun = "a LinkedIn connection" if marked == 1 else "LinkedIn connections"
            parts.append(f"{marked} marked as {noun}")
        if self.linkedin_new:
            unmatched = len(self.linkedin_new)
            verb = "matches" if unmatched == 1 else "match"
            parts.append(
                f"{plural(unmatched, 'LinkedIn connection', 'LinkedIn connections')} "
                f"{verb} no contact"
            )
        if self.possible_duplicates:
            found = len(self.possible_duplicates)
            parts.append(f"{plural(found, 'possible duplicate', 'possible duplicates')} to review")
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for failure in data["failed"]:
            del failure["problem"]  # the English ``reason`` says the same
        for candidate, out in zip(self.linkedin_new, data["linkedin_new"], strict=True):
            out["name"] = candidate.name
        return data


@dataclass(frozen=True)
class UndoResult:
    """An undone merge: the contact as before, and the merged card as its own contact."""

    contact_id: int
    name: str
    split_contact_id: int
    split_name: str
