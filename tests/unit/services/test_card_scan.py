"""The card-scan service on a real database: a stack of photos read by the real OCR
child, and reviewed cards stored through the import path (duplicate rules, the event,
the kept card photo)."""

from __future__ import annotations

import io
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy.exc import IntegrityError

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.card_reading import MOBILE, CardReading, ReadAddress, ReadPhone
from netzwerk_app.domain.errors import NotFoundError, ValidationError
from netzwerk_app.services.card_scan import ScannedPhoto, expand_stack

BREAKFAST = datetime(2026, 11, 24, 6, 45, tzinfo=UTC)
CARDS = Path(__file__).resolve().parents[2] / "data" / "cards"
PHOTO = CARDS / "21-kaya.jpg"  # one card with a LinkedIn profile


def card_jpeg(seed: int) -> bytes:
    """A small JPEG that stands for the cut-out card (its bytes differ by seed)."""
    noise = random.Random(seed).randbytes(64 * 40 * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (64, 40), noise).save(out, "JPEG", quality=95)
    return out.getvalue()


def baerbel(**changes: object) -> CardReading:
    reading = CardReading(
        file="IMG_2041.jpg",
        formatted_name="Dr. Bärbel Großmann",
        prefix="Dr.",
        given_name="Bärbel",
        family_name="Großmann",
        title="Geschäftsführerin",
        organization="Großmann Druck & Medien GmbH",
        emails=["b.grossmann@grossmann-druck.de"],
        phones=[ReadPhone("+49 89 5551234")],
        urls=["https://grossmann-druck.de", "https://www.linkedin.com/in/baerbel-grossmann"],
        addresses=[ReadAddress("Lindwurmstraße 12a", "80337", "München")],
        confidence=0.93,
        image=card_jpeg(1),
    )
    for name, value in changes.items():
        setattr(reading, name, value)
    return reading


@pytest.fixture
def event_id(ctx: AppContext) -> int:
    event = ctx.events.create_event(
        "Unternehmerfrühstück", BREAKFAST, BREAKFAST + timedelta(hours=2), "BNI Isartal"
    )
    assert event.id is not None
    return event.id


def count_contacts(ctx: AppContext) -> int:
    return ctx.contacts.count()


# --- storing a reviewed card --------------------------------------------------------------


def test_a_new_card_becomes_a_contact_with_its_photo(ctx: AppContext) -> None:
    added = ctx.card_scan.add(baerbel())

    assert (added.outcome, added.met, added.name) == ("added", False, "Dr. Bärbel Großmann")
    contact = ctx.contacts.get(added.contact_id)
    assert contact.source is m.Source.CARD_SCAN
    assert contact.gdpr_note == "Read from a business card photo (IMG_2041.jpg) on 2026-11-28"
    assert (contact.prefix, contact.given_name, contact.family_name) == (
        "Dr.",
        "Bärbel",
        "Großmann",
    )
    assert contact.addresses[0].postal_code == "80337"
    assert ctx.card_scan.card_photos(added.contact_id) == [(card_jpeg(1), "image/jpeg")]


def test_at_an_event_the_card_is_met_there_with_follow_ups(ctx: AppContext, event_id: int) -> None:
    added = ctx.card_scan.add(baerbel(), event_id)

    assert added.met
    assert [c.id for _enc, c in ctx.events.event(event_id).encounters] == [added.contact_id]
    planned = ctx.contacts.details(added.contact_id).followups
    assert planned and all(f.event_id == event_id for f in planned)


def test_a_known_person_is_skipped_merged_or_kept_apart(ctx: AppContext, event_id: int) -> None:
    first = ctx.card_scan.add(baerbel())
    again = baerbel(phones=[ReadPhone("+49 171 2345678", MOBILE)], image=card_jpeg(2))

    skipped = ctx.card_scan.add(again, event_id)  # the default: skip, but met at the event
    assert (skipped.outcome, skipped.contact_id, skipped.met) == ("skipped", first.contact_id, True)
    assert skipped.reason.startswith(f"Already there as #{first.contact_id} Dr. Bärbel Großmann")
    assert count_contacts(ctx) == 1
    assert [p.value for p in ctx.contacts.get(first.contact_id).phones] == ["+49 89 5551234"]
    assert len(ctx.card_scan.card_photos(first.contact_id)) == 1  # a skipped card is not taken

    merged = ctx.card_scan.add(again, on_duplicate="merge")
    assert (merged.outcome, merged.contact_id) == ("merged", first.contact_id)
    assert merged.merge_id is not None
    phones = [p.value for p in ctx.contacts.get(first.contact_id).phones]
    assert phones == ["+49 89 5551234", "+49 171 2345678"]
    assert ctx.card_scan.card_photos(first.contact_id) == [
        (card_jpeg(1), "image/jpeg"),
        (card_jpeg(2), "image/jpeg"),
    ]

    both = ctx.card_scan.add(again, on_duplicate="keep-both")
    assert both.outcome == "kept_both" and both.contact_id != first.contact_id
    assert count_contacts(ctx) == 2
    assert ctx.card_scan.card_photos(both.contact_id) == [(card_jpeg(2), "image/jpeg")]


def test_known_tells_before_anything_is_stored(ctx: AppContext) -> None:
    assert ctx.card_scan.known(baerbel()) is None
    first = ctx.card_scan.add(baerbel())
    known = ctx.card_scan.known(baerbel(phones=[]))
    assert known is not None
    assert (known.contact_id, known.name) == (first.contact_id, "Dr. Bärbel Großmann")
    assert count_contacts(ctx) == 1


def test_the_stack_s_kept_duplicate_index_follows_every_change_of_the_contacts(
    ctx: AppContext,
) -> None:
    """The cards of a stack share one duplicate index (one look-up per card, not a
    read of every stored contact); whatever changes the contacts in between - a card
    stored, a contact typed in by hand, one edited or trashed - is seen by the next card."""
    assert ctx.card_scan.known(baerbel()) is None  # the index is built and kept
    first = ctx.card_scan.add(baerbel())
    # the card just stored is in the kept index: the same person again is known
    again = ctx.card_scan.add(baerbel(phones=[], image=card_jpeg(2)))
    assert (again.outcome, again.contact_id) == ("skipped", first.contact_id)
    # typed in by hand between two cards
    typed = ctx.contacts.create(
        m.Contact(formatted_name="Kai Quast", emails=[m.Email("kai@quast-werkstatt.de")])
    )
    kai = CardReading(file="IMG_2042.jpg", given_name="Kai", family_name="Quast",
                      emails=["kai@quast-werkstatt.de"])
    known = ctx.card_scan.known(kai)
    assert known is not None and known.contact_id == typed.id
    # an e-mail changed by hand, on a clock set back (NTP) by a minute: the old
    # address no longer points at the contact
    ctx.clock.advance(timedelta(minutes=-1))  # type: ignore[attr-defined]
    typed.emails = [m.Email("kai.quast@example.org")]
    ctx.contacts.update(typed)
    assert ctx.card_scan.known(kai) is None
    # trashed: no longer a duplicate of a new card
    assert ctx.card_scan.known(baerbel()) is not None
    ctx.contacts.trash([first.contact_id])
    assert ctx.card_scan.known(baerbel()) is None
    assert ctx.card_scan.add(baerbel()).outcome == "added"


def test_the_same_photo_merged_twice_is_kept_once(ctx: AppContext) -> None:
    first = ctx.card_scan.add(baerbel())
    ctx.card_scan.add(baerbel(title="Inhaberin"), on_duplicate="merge")
    assert len(ctx.card_scan.card_photos(first.contact_id)) == 1


def test_card_photos_are_kept_by_the_setting(ctx: AppContext) -> None:
    ctx.settings.keep_card_photos = False
    off = ctx.card_scan.add(baerbel())
    assert ctx.card_scan.card_photos(off.contact_id) == []

    asked = ctx.card_scan.add(
        baerbel(emails=["info@schreinerei-koenig.de"], formatted_name="Jonas König"),
        keep_photo=True,
    )
    assert len(ctx.card_scan.card_photos(asked.contact_id)) == 1

    ctx.settings.keep_card_photos = True
    declined = ctx.card_scan.add(
        baerbel(emails=["mail@ute-berg.de"], formatted_name="Ute Berg"), keep_photo=False
    )
    assert ctx.card_scan.card_photos(declined.contact_id) == []


def test_an_empty_card_or_unknown_event_stores_nothing(ctx: AppContext) -> None:
    back_side = CardReading(file="IMG_2042.jpg", lines=["Ihr Partner für Druck"], image=b"x")
    with pytest.raises(ValidationError, match="no name, organisation, e-mail or phone"):
        ctx.card_scan.add(back_side)
    with pytest.raises(NotFoundError):
        ctx.card_scan.add(baerbel(), event_id=4711)
    assert count_contacts(ctx) == 0


def test_a_card_is_stored_whole_or_not_at_all(ctx: AppContext, event_id: int) -> None:
    # A real SQLite trigger makes keeping the photo fail (as a full disk would) after
    # the contact was written in the same transaction.
    raw = ctx.db.raw()
    raw.execute(
        "CREATE TRIGGER photo_fails BEFORE INSERT ON card_photos "
        "BEGIN SELECT RAISE(ABORT, 'no room for the photo'); END"
    )
    raw.commit()
    with pytest.raises(IntegrityError, match="no room for the photo"):
        ctx.card_scan.add(baerbel(), event_id)
    assert count_contacts(ctx) == 0
    assert ctx.events.event(event_id).encounters == []

    raw.execute("DROP TRIGGER photo_fails")
    raw.commit()
    raw.close()
    # The stack's duplicate index did not keep the card that was rolled back.
    added = ctx.card_scan.add(baerbel(), event_id)
    assert (added.outcome, added.met, added.photo_kept) == ("added", True, True)
    assert count_contacts(ctx) == 1


def test_merging_two_contacts_moves_the_card_photos_and_undo_takes_them_back(
    ctx: AppContext,
) -> None:
    kept = ctx.card_scan.add(baerbel())
    other = ctx.card_scan.add(
        baerbel(emails=["baerbel@privat.example"], phones=[], urls=[], image=card_jpeg(3)),
        on_duplicate="keep-both",
    )
    merge = ctx.duplicates.merge(kept.contact_id, other.contact_id)

    assert len(ctx.card_scan.card_photos(kept.contact_id)) == 2
    split = ctx.importer.undo_merge(merge.merge_id)
    assert ctx.card_scan.card_photos(kept.contact_id) == [(card_jpeg(1), "image/jpeg")]
    assert ctx.card_scan.card_photos(split.split_contact_id) == [(card_jpeg(3), "image/jpeg")]


# --- the stack -------------------------------------------------------------------------------


def test_a_stack_is_read_photo_by_photo_and_a_bad_one_says_why(
    ctx: AppContext, tmp_path: Path
) -> None:
    truth = json.loads((CARDS / "truth.json").read_text(encoding="utf-8"))[PHOTO.name][0]
    junk = tmp_path / "Urlaub.jpg"
    junk.write_text("Liebe Grüße aus Mallorca", encoding="utf-8")
    seen: list[ScannedPhoto] = []

    photos = ctx.card_scan.scan(
        [PHOTO, junk, PHOTO], on_photo=seen.append, cancelled=lambda: len(seen) == 2
    )

    assert [p.path for p in photos] == [p.path for p in seen] == [PHOTO, junk]  # then cancelled
    good, bad = photos
    [card] = good.readings
    assert (card.file, card.given_name, card.family_name) == (
        PHOTO.name,
        truth["given_name"],
        truth["family_name"],
    )
    assert card.emails == truth["emails"] and card.image.startswith(b"\xff\xd8")
    assert good.error == "" and bad.readings == []
    assert bad.error.endswith(".") and "\n" not in bad.error and bad.error_template
    assert ctx.contacts.count() == 0  # reading stores nothing


def test_an_iphone_s_heic_photo_is_read_like_a_jpeg(ctx: AppContext) -> None:
    # The photo of 01-mueller.jpg saved as HEIC (what an iPhone takes; see the README
    # of tests/data/card-heic for how it was made).
    heic = CARDS.parent / "card-heic" / "01-mueller.heic"
    assert heic.read_bytes()[4:12] == b"ftypheic"

    [photo] = ctx.card_scan.scan([heic])

    assert photo.error == ""
    [card] = photo.readings
    assert (card.given_name, card.family_name) == ("Anna", "Müller")
    assert card.emails == ["a.mueller@mueller-soehne.de"]
    assert card.image.startswith(b"\xff\xd8")  # the card kept with the contact is a JPEG


def test_a_folder_gives_its_pictures_by_name(tmp_path: Path) -> None:
    stack = tmp_path / "Stapel"
    (stack / "inner").mkdir(parents=True)
    for name in ("b.JPG", "a.png", "notes.txt", "c.heic", "inner/d.jpg"):
        (stack / name).write_bytes(b"x")
    single = tmp_path / "scan.pdf"

    photos = expand_stack([single, stack])

    assert [p.name for p in photos] == ["scan.pdf", "a.png", "b.JPG", "c.heic"]


def test_a_failed_photo_keeps_its_sentence_to_translate() -> None:
    from netzwerk_app.interchange.card_image import CardScanError

    photo = ScannedPhoto.failed(
        Path("x.jpg"),
        CardScanError("The picture is {size} MB; pictures over 50 MB are not read.", size="61"),
    )
    assert photo.error == "The picture is 61 MB; pictures over 50 MB are not read."
    assert photo.error_template.startswith("The picture is {size} MB")
    assert photo.error_params == {"size": "61"}
