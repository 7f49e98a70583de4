"""A connection request written from the shipped templates (shared by the draft tests)."""

from __future__ import annotations

from netzwerk_app.domain import drafts as d
from netzwerk_app.domain import model as m
from netzwerk_app.services.templates import shipped_templates

TEMPLATES = list(shipped_templates())


def request(
    context: d.DraftContext,
    limits: d.ChannelLimits | None = None,
    channel: m.Channel = m.Channel.LINKEDIN,
    templates: list[m.Template] | None = None,
) -> d.Draft:
    """The connection request for ``context`` (one is always written)."""
    draft = d.write_draft(
        TEMPLATES if templates is None else templates,
        m.FollowUpKind.CONNECTION_REQUEST,
        channel,
        context,
        limits or d.ChannelLimits(),
    )
    assert draft is not None
    return draft
