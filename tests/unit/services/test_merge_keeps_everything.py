"""A card merged into a contact drops nothing either had: the TYPE values and labels of
the same phone, e-mail or URL are united, and the same postal address written with
a country (or in other case and spacing) stays one address."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.services.importing.results import ImportResult

IMPORT_DAY = date(2026, 11, 28)

# The contact as the user's address book had it (an iPhone export).
ADDRESS_BOOK = (
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Anna Müller",
    "N:Müller;Anna;;;",
    "ORG:Müller & Söhne Beratung GmbH",
    "item1.TEL;TYPE=work:+49 89 123456",
    "item1.X-ABLabel:Büro",
    "TEL;TYPE=cell:+49 171 1111111",
    "EMAIL;TYPE=work:anna@mueller-soehne.example",
    "item2.URL:https://www.mueller-soehne.example",
    "item2.X-ABLabel:_$!<HomePage>!$_",
    "ADR;TYPE=work:;;Leopoldstraße 12;München;;80802;",
    "ADR;TYPE=home:;;Ainmillerstraße 3;München;;80801;",
    "END:VCARD",
)
# The same person's card from an Android phone, days later.
INCOMING = (
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Anna Müller",
    "N:Müller;Anna;;;",
    "item1.TEL;TYPE=CELL,VOICE:089 123456",
    "item1.X-ABLabel:Zentrale",
    "EMAIL;TYPE=INTERNET,pref:Anna@Mueller-Soehne.example",
    "URL;TYPE=work:https://www.mueller-soehne.example",
    "ADR;TYPE=postal:;;leopoldstraße  12;MÜNCHEN;Bayern;80802;Deutschland",
    "ADR;TYPE=home:;;Ainmillerstraße 5;München;;80801;Deutschland",
    "END:VCARD",
)


def import_card(
    ctx: AppContext, path: Path, lines: tuple[str, ...], policy: str = "merge"
) -> ImportResult:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    return ctx.importer.import_files([path], on_duplicate=policy, today=IMPORT_DAY)  # type: ignore[arg-type]


def stored_then_merged(ctx: AppContext, tmp_path: Path) -> tuple[m.Contact, m.Contact, int]:
    (first,) = import_card(ctx, tmp_path / "iphone.vcf", ADDRESS_BOOK).imported
    before = ctx.contacts.get(first.contact_id)
    (merged,) = import_card(ctx, tmp_path / "android.vcf", INCOMING).merged
    assert merged.contact_id == first.contact_id
    return before, ctx.contacts.get(first.contact_id), merged.merge_id


def test_the_same_phone_keeps_both_cards_types_and_labels(ctx: AppContext, tmp_path: Path) -> None:
    _, after, _ = stored_then_merged(ctx, tmp_path)

    assert after.phones == [
        m.Phone("+49 89 123456", ("work", "cell", "voice"), "Büro / Zentrale"),
        m.Phone("+49 171 1111111", ("cell",)),
    ]


def test_the_same_email_and_url_keep_both_cards_types(ctx: AppContext, tmp_path: Path) -> None:
    _, after, _ = stored_then_merged(ctx, tmp_path)

    assert after.emails == [
        m.Email("anna@mueller-soehne.example", ("work", "internet", "pref")),
    ]
    assert after.urls == [m.Url("https://www.mueller-soehne.example", ("work",), "HomePage")]


def test_the_same_address_with_a_country_is_one_address(ctx: AppContext, tmp_path: Path) -> None:
    _, after, _ = stored_then_merged(ctx, tmp_path)

    assert after.addresses == [
        # Written differently (case, spacing) and completed with region and country.
        m.PostalAddress(
            street="Leopoldstraße 12",
            locality="München",
            region="Bayern",
            postal_code="80802",
            country="Deutschland",
            types=("work", "postal"),
        ),
        m.PostalAddress(
            street="Ainmillerstraße 3", locality="München", postal_code="80801", types=("home",)
        ),
        # Another house number is another address: both are kept.
        m.PostalAddress(
            street="Ainmillerstraße 5",
            locality="München",
            postal_code="80801",
            country="Deutschland",
            types=("home",),
        ),
    ]


def test_nothing_the_contact_had_is_dropped(ctx: AppContext, tmp_path: Path) -> None:
    before, after, _ = stored_then_merged(ctx, tmp_path)

    assert after.organization == before.organization
    for kind in ("phones", "emails", "urls", "addresses"):
        for old in getattr(before, kind):
            kept = [
                new
                for new in getattr(after, kind)
                if set(old.types) <= set(new.types)
                and old.label in new.label
                and all(
                    getattr(old, part) in ("", getattr(new, part))
                    for part in ("value", "street", "locality", "postal_code", "country")
                    if hasattr(old, part)
                )
            ]
            assert kept, (kind, old)


def test_the_export_carries_the_united_types_and_labels(ctx: AppContext, tmp_path: Path) -> None:
    stored_then_merged(ctx, tmp_path)
    out = tmp_path / "out.vcf"

    ctx.exporter.export(out, "vcard3")

    text = out.read_text(encoding="utf-8")
    assert "TEL;TYPE=work,cell,voice:+49 89 123456" in text
    assert "X-ABLabel:Büro / Zentrale" in text
    assert "ADR;TYPE=work,postal:;;Leopoldstraße 12;München;Bayern;80802;Deutschland" in text
    assert text.count("Leopoldstraße 12") == 1


def test_merging_the_same_card_again_brings_nothing_new(ctx: AppContext, tmp_path: Path) -> None:
    _, after, _ = stored_then_merged(ctx, tmp_path)

    again = import_card(ctx, tmp_path / "android.vcf", INCOMING)  # the same file, once more

    assert not again.merged
    (skipped,) = again.skipped
    assert skipped.reason.endswith("the card brings nothing new.")
    again_stored = ctx.contacts.get(after.id or 0)
    for kind in ("phones", "emails", "urls", "addresses"):  # no label doubled, no type added
        assert getattr(again_stored, kind) == getattr(after, kind), kind


def test_undoing_the_merge_gives_back_the_types_and_labels_of_before(
    ctx: AppContext, tmp_path: Path
) -> None:
    before, after, merge_id = stored_then_merged(ctx, tmp_path)

    ctx.importer.undo_merge(merge_id)

    restored = ctx.contacts.get(after.id or 0)
    assert restored.phones == before.phones and restored.addresses == before.addresses
    assert restored.emails == before.emails and restored.urls == before.urls
