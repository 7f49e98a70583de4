"""``netzwerk import`` lists what happened to each card, one titled list per outcome."""

from __future__ import annotations

from datetime import date

import pytest

from netzwerk_app.cli.interchange import print_import_result
from netzwerk_app.services.importing.results import (
    ImportFailure,
    ImportResult,
    LinkedInCandidate,
    LinkedInUpdate,
    MergedContact,
    PossibleDuplicate,
    SkippedCard,
)


def test_every_outcome_is_listed_under_its_title(capsys: pytest.CaptureFixture[str]) -> None:
    result = ImportResult(
        merged=[MergedContact(3, 7, "Jörg Weiß", "team.vcf", 12, "the same e-mail address")],
        skipped=[SkippedCard("team.vcf", 20, "Anna Berg", 4, "Anna Berg", "already there")],
        failed=[ImportFailure("broken.vcf", 0, "", "The file is not a vCard.")],
        warnings=["Connections.csv: 2 connections match no contact and were not added."],
        linkedin_updated=[
            LinkedInUpdate(5, "Özlem Yılmaz", "Connections.csv", 4, date(2025, 3, 1))
        ],
        linkedin_new=[
            LinkedInCandidate("Connections.csv", 6, "Søren", "Lund", "Lund ApS", "", "", "", None)
        ],
        possible_duplicates=[
            PossibleDuplicate(8, "Max Müller", 2, "Max Mueller", "team.vcf", 30, "similar name")
        ],
    )
    print_import_result(result)
    lines = capsys.readouterr().out.splitlines()[1:]  # after the summary line

    assert lines == [
        "Merged (undo with: netzwerk undo-merge MERGE-ID):",
        "  merge 7: team.vcf, line 12: Jörg Weiß into #3 (the same e-mail address)",
        "Skipped:",
        "  team.vcf, line 20 (Anna Berg): already there",
        "Possible duplicates, imported as their own contacts (review: netzwerk duplicates):",
        "  team.vcf, line 30: #8 Max Müller and #2 Max Mueller (similar name)",
        "Marked as LinkedIn connections:",
        "  #5 Özlem Yılmaz since 2025-03-01",
        "LinkedIn connections that match no contact (add them with --linkedin-new add):",
        "  Connections.csv, line 6: Søren Lund, Lund ApS",
        "Failed:",
        "  broken.vcf: The file is not a vCard.",
        "Warnings:",
        "  Connections.csv: 2 connections match no contact and were not added.",
    ]


def test_nothing_to_list_prints_only_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    print_import_result(ImportResult())
    assert len(capsys.readouterr().out.splitlines()) == 1
