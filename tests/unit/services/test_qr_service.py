"""The QR service on a real database: codes of my card and contacts, reading pictures,
adding the people found to an event (duplicate check, follow-ups)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NotFoundError, ValidationError
from netzwerk_app.interchange.qr import encode
from netzwerk_app.interchange.qr_decode import QrImageError, decode_image
from netzwerk_app.services.qr import current_event

START = datetime(2026, 11, 24, 6, 45, tzinfo=UTC)


@pytest.fixture
def event_id(ctx: AppContext) -> int:
    event = ctx.events.create_event(
        "Unternehmerfrühstück", START, START + timedelta(hours=2), "BNI Chapter Isartal"
    )
    assert event.id is not None
    return event.id


def save_my_card(ctx: AppContext) -> m.MyCard:
    return ctx.my_card.save(
        m.MyCard(
            given_name="Bärbel",
            family_name="Großmann",
            organization="Großmann Druck & Medien",
            title="Inhaberin",
            phones=[m.Phone("+49 89 555 1234", ("WORK",))],
            emails=[m.Email("baerbel@grossmann-druck.de")],
            website="https://grossmann-druck.de",
            linkedin_url="https://www.linkedin.com/in/baerbel-grossmann",
            xing_url="https://www.xing.com/profile/Baerbel_Grossmann",
        )
    )


def test_my_card_code_png_and_svg(ctx: AppContext, tmp_path: Path) -> None:
    save_my_card(ctx)
    card = ctx.qr.my_card_data()
    code = ctx.qr.code(card, ["name", "organization", "email"])
    assert code.fields == ("name", "organization", "email")
    assert "TEL" not in code.payload and "FN:Bärbel Großmann" in code.payload
    png = ctx.qr.export(card, tmp_path / "me.png", ["name", "organization", "email"])
    assert Image.open(png).size[0] >= 1200
    assert decode_image(png.read_bytes()) == [code.payload]
    svg = ctx.qr.export(card, tmp_path / "me.svg", url_only=True)
    assert "<svg" in svg.read_text(encoding="utf-8")
    assert ctx.qr.code(card, [], url_only=True).payload == card.linkedin_url
    with pytest.raises(ValidationError, match=r"\.png or \.svg"):
        ctx.qr.export(card, tmp_path / "me.jpg")


def test_contact_code_holds_the_contact(ctx: AppContext) -> None:
    from netzwerk_app.services.contacts import new_contact

    contact = ctx.contacts.create(
        new_contact("Jörg Weiß", "Weiß IT", ["joerg@weiss-it.de"], [], ["https://weiss-it.de"])
    )
    assert contact.id is not None
    code = ctx.qr.code(ctx.qr.contact_data(contact.id), ["name", "email", "website"])
    assert "EMAIL" in code.payload and "URL:https://weiss-it.de" in code.payload
    with pytest.raises(NotFoundError):
        ctx.qr.contact_data(9999)


def picture(text: str, tmp_path: Path, name: str = "code.png") -> Path:
    path = tmp_path / name
    path.write_bytes(encode(text).png(min_pixels=400))
    return path


def test_read_preview_then_add_to_event_with_followups(
    ctx: AppContext, tmp_path: Path, event_id: int
) -> None:
    vcard = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller\r\nN:Müller;Jürgen;;;\r\n"
        "EMAIL:juergen@mueller-steuer.de\r\n"
        "URL:https://www.linkedin.com/in/juergen-mueller\r\nEND:VCARD\r\n"
    )
    preview = ctx.qr.read_file(picture(vcard, tmp_path))
    assert [c.display_name for c in preview.contacts] == ["Jürgen Müller"]
    assert preview.text == vcard and preview.message == ""
    assert ctx.contacts.count() == 0  # a preview stores nothing

    added = ctx.qr.add(preview, event_id)
    [new_id] = [c.contact_id for c in added.result.imported]
    assert added.met == [new_id]
    details = ctx.contacts.details(new_id)
    assert details.contact.source == m.Source.QR_CODE
    assert "QR code (code.png)" in details.contact.gdpr_note
    assert [ev.id for _enc, ev in details.encounters] == [event_id]
    assert details.followups, "met at an event: a follow-up is planned like any encounter"

    # The same code again: the duplicate check finds the person; nothing is doubled.
    again = ctx.qr.add(ctx.qr.read_file(picture(vcard, tmp_path, "again.png")), event_id)
    assert again.result.imported == [] and [s.existing_id for s in again.result.skipped] == [new_id]
    assert ctx.contacts.count() == 1
    assert len(ctx.contacts.details(new_id).followups) == len(details.followups)


def test_url_and_mecard_codes_become_contacts(ctx: AppContext, tmp_path: Path) -> None:
    url = ctx.qr.read_file(picture("https://www.xing.com/profile/Anna_Schaefer", tmp_path))
    mecard = ctx.qr.read_file(picture("MECARD:N:Köhler,Elif;TEL:+49 40 123;;", tmp_path, "m.png"))
    added = ctx.qr.add(url, None)
    added_m = ctx.qr.add(mecard, None)
    names = [c.name for c in added.result.imported + added_m.result.imported]
    assert names == ["Anna Schaefer", "Elif Köhler"]
    xing = ctx.contacts.get(added.result.imported[0].contact_id)
    assert xing.profile_url(m.Platform.XING) == "https://www.xing.com/profile/Anna_Schaefer"


def test_text_only_and_garbage(ctx: AppContext, tmp_path: Path) -> None:
    preview = ctx.qr.read_file(picture("Gutschein: 10 % auf alles", tmp_path))
    assert preview.contacts == [] and preview.text == "Gutschein: 10 % auf alles"
    assert preview.message == "No contact found in this code."
    with pytest.raises(ValidationError, match="No contact found"):
        ctx.qr.add(preview, None)
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(QrImageError):
        ctx.qr.read_file(junk)
    with pytest.raises(QrImageError, match="could not be read"):
        ctx.qr.read_file(tmp_path / "missing.png")
    blank = io.BytesIO()
    Image.new("L", (300, 300), 255).save(blank, format="PNG")
    with pytest.raises(QrImageError, match="No QR code was found"):
        ctx.qr.read_bytes(blank.getvalue(), "clipboard")


def test_unknown_event_stores_nothing(ctx: AppContext, tmp_path: Path) -> None:
    preview = ctx.qr.read_file(picture("https://www.linkedin.com/in/someone", tmp_path))
    with pytest.raises(NotFoundError):
        ctx.qr.add(preview, 4242)
    assert ctx.contacts.count() == 0


def test_current_event_is_the_one_running_now(ctx: AppContext, event_id: int) -> None:
    events = ctx.events.list_events()
    assert current_event(events, START + timedelta(minutes=30)) == event_id
    assert current_event(events, START + timedelta(hours=5)) == event_id  # earlier today
    assert current_event(events, START + timedelta(days=3)) is None
