"""A full export read back by another database keeps how a person is addressed and
what kind of event they were met at; an export for others carries neither."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from factories import make_contact

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.storage.repository import Repository

TUESDAY_BREAKFAST = datetime(2026, 11, 24, 5, 45, tzinfo=UTC)


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4"])
def test_salutation_form_language_and_event_kind_survive_a_full_export(
    ctx: AppContext, tmp_path: Path, fmt: str
) -> None:
    person = make_contact(
        ctx,
        "Käthe Schön",
        salutation=m.Salutation.FRAU,
        address_form=m.AddressForm.SIE,
        language=m.Language.EN,
    )
    assert person.id is not None
    event = ctx.events.create_event(
        "Unternehmerfrühstück", TUESDAY_BREAKFAST, TUESDAY_BREAKFAST + timedelta(hours=2)
    )
    assert event.id is not None
    with ctx.db.write() as session:
        Repository(session).get(m.Event, event.id).kind = m.EventKind.BREAKFAST
    ctx.events.record_encounter(event.id, person.id, pitch="Steuern für Gründer")
    full, shared = tmp_path / "full.vcf", tmp_path / "shared.vcf"
    ctx.exporter.export(full, fmt, contact_ids=[person.id], include_private=True)  # type: ignore[arg-type]
    ctx.exporter.export(shared, fmt, contact_ids=[person.id])  # type: ignore[arg-type]

    assert "X-NETZWERK-SALUTATION" not in shared.read_text(encoding="utf-8")
    other = open_app(under_basedir(tmp_path / "other"))
    try:
        result = other.importer.import_files([full])
        (imported,) = result.imported
        details = other.contacts.details(imported.contact_id)
        c = details.contact
        assert (c.salutation, c.address_form, c.language) == (
            m.Salutation.FRAU,
            m.AddressForm.SIE,
            m.Language.EN,
        )
        ((_encounter, met_at),) = details.encounters
        assert met_at.kind == "breakfast"
    finally:
        other.close()
