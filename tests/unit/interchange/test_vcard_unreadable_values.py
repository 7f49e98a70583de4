"""A value no parser can read (``http://[oops``) is kept as text and blocks nothing.

Issue 11, item 3: once such a URL was stored, every later import failed with
``unexpected error (ValueError('Invalid IPv6 URL'))``, and a file with one good card
and one such card imported neither.
"""

from __future__ import annotations

from pathlib import Path

from factories import make_contact
from helpers import run_cli

from netzwerk_app.app import AppContext
from netzwerk_app.domain.links import is_readable_url, profile_url_to_open
from netzwerk_app.gui.widgets.safe_links import check_url
from netzwerk_app.interchange import qr
from netzwerk_app.interchange.csv_io import read_contacts_csv
from netzwerk_app.interchange.keys import normalize_profile_url
from netzwerk_app.interchange.qr_payload import parse_payload
from netzwerk_app.interchange.vcard import read_vcards

BROKEN = "http://[oops"



def two_cards() -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Greta Gut\r\nURL:https://gut.example\r\nEND:VCARD\r\n"
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Bruch\r\nURL:{BROKEN}\r\nEND:VCARD\r\n"
    )


def test_a_stored_broken_url_blocks_no_import_search_export_or_show(tmp_path: Path) -> None:
    base = tmp_path / "data"
    added = run_cli(base, "contact", "add", "--name", "Anna Alt", "--url", BROKEN)
    assert added.returncode == 0, added.stderr
    cards = tmp_path / "two.vcf"
    cards.write_text(two_cards(), encoding="utf-8", newline="")

    imported = run_cli(base, "import", str(cards))
    assert imported.returncode == 0, imported.stderr
    assert "2 imported, 0 merged, 0 skipped, 0 failed" in imported.stdout
    assert "(Bruno Bruch): Its web address “http://[oops” is not a valid link" in imported.stdout

    found = run_cli(base, "search", "Bruno")
    assert found.returncode == 0 and "Bruno Bruch" in found.stdout, found.stderr
    for fmt, name in (("vcard3", "a.vcf"), ("vcard4", "b.vcf"), ("csv", "c.csv")):
        out = run_cli(base, "export", "--format", fmt, "-o", str(tmp_path / name))
        assert out.returncode == 0, out.stderr
        assert BROKEN in (tmp_path / name).read_text(encoding="utf-8")
    shown = run_cli(base, "show", "1")
    assert shown.returncode == 0 and BROKEN in shown.stdout, shown.stderr

    # the file written by our export comes back in full, the value unchanged
    again = read_vcards((tmp_path / "a.vcf").read_bytes())
    assert not again.failures and len(again.cards) == 3
    assert sorted(u.value for c in again.cards for u in c.contact.urls) == sorted(
        [BROKEN, BROKEN, "https://gut.example"]
    )


def test_a_broken_url_is_kept_flagged_and_never_opened(ctx: AppContext) -> None:
    assert not is_readable_url(BROKEN)
    assert is_readable_url("https://gut.example/ueber-uns")
    assert not check_url(BROKEN).ok
    assert not check_url("https://[oops/x").ok
    contact = make_contact(ctx, "Anna Alt", urls=[BROKEN])
    assert profile_url_to_open(BROKEN, contact) is None
    assert normalize_profile_url(BROKEN) == BROKEN  # compared as text, matches itself
    assert normalize_profile_url("https://[linkedin.com/in/x") != normalize_profile_url(
        "https://www.linkedin.com/in/x"
    )

    code = ctx.qr.code(ctx.qr.contact_data(contact.id), qr.ALL_FIELDS)
    assert BROKEN in code.payload
    payload = parse_payload("www.[oops")
    assert payload.kind in ("url", "text")


def test_a_keep_in_touch_period_too_large_to_store_costs_nothing(
    ctx: AppContext, tmp_path: Path
) -> None:
    """20 digits once failed the whole file (no SQLite integer); "²" counts as a digit."""
    lines = []
    for days in ("99999999999999999999", "²", "90"):
        lines.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tage {days}\r\n"
            f"X-NETZWERK-KEEP-IN-TOUCH-DAYS:{days}\r\nEND:VCARD\r\n"
        )
    path = tmp_path / "days.vcf"
    path.write_text("".join(lines), encoding="utf-8")
    result = ctx.importer.import_files([path])
    assert not result.failed and len(result.imported) == 3
    kept = {
        s.contact.formatted_name: s.contact.keep_in_touch_days for s in ctx.contacts.summaries()
    }
    assert kept.get("Tage 90") == 90

    table = "Full name,Keep in touch (days)\r\nA,²\r\nB,99999999999999999999\r\nC,30\r\n"
    assert [c.keep_in_touch_days for c in read_contacts_csv(table.encode())] == [None, None, 30]
