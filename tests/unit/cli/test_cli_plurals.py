"""Counts in CLI sentences take the right noun form: "1 LinkedIn connection", "2 … connections"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import run_cli as run

from netzwerk_app.domain.wording import plural
from netzwerk_app.services.importing.results import (
    ImportResult,
    LinkedInCandidate,
    LinkedInUpdate,
)

LINKEDIN_CSV = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Anna,Heide,https://www.linkedin.com/in/anna,,Heide & Partner,Partnerin,15 Jun 2026\n"
    "Erika,Neu,https://www.linkedin.com/in/erika-neu,,Neu GmbH,Inhaberin,02 Sep 2026\n"
)


def test_plural_picks_the_form_by_count() -> None:
    assert plural(1, "contact", "contacts") == "1 contact"
    assert plural(0, "contact", "contacts") == "0 contacts"
    assert plural(2, "LinkedIn connection", "LinkedIn connections") == "2 LinkedIn connections"


def test_import_summary_says_one_linkedin_connection_in_the_singular() -> None:
    one = ImportResult(
        linkedin_updated=[LinkedInUpdate(1, "Anna Heide", "l.csv", 2, date(2026, 6, 15))],
        linkedin_new=[LinkedInCandidate("l.csv", 3, "Erika", "Neu", "Neu GmbH", "", "", "", None)],
    )
    assert one.summary().endswith(
        "1 marked as a LinkedIn connection, 1 LinkedIn connection matches no contact"
    )
    two = ImportResult(linkedin_new=one.linkedin_new * 2)
    assert two.summary().endswith("2 LinkedIn connections match no contact")


def test_cli_import_of_a_linkedin_export_prints_singular_counts(tmp_path: Path) -> None:
    base = tmp_path / "data"
    added = run(
        base, "contact", "add", "--name", "Anna Heide", "--url", "https://www.linkedin.com/in/anna"
    )
    assert added.returncode == 0, added.stderr
    csv = tmp_path / "Connections.csv"
    csv.write_text(LINKEDIN_CSV, encoding="utf-8")

    result = run(base, "import", str(csv))

    assert result.returncode == 0, result.stderr
    first_line = result.stdout.splitlines()[0]
    assert "1 marked as a LinkedIn connection," in first_line
    assert first_line.endswith("1 LinkedIn connection matches no contact")
