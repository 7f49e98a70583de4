"""Connection requests from people the user has never met: ask why, offer to follow, or ignore."""

from __future__ import annotations

import enum

from netzwerk_app.domain.lint import LINK_PATTERN, SALES_PATTERN


class StrangerReply(enum.StrEnum):
    ASK_WHY = "ask_why"
    OFFER_FOLLOW = "offer_follow"
    IGNORE = "ignore"


# Shown next to "ignore" so that the user need not fear being rude.
IGNORE_NOTE = {
    "de": "Ignorieren: Die Person wird nicht benachrichtigt.",
    "en": "Ignore: the sender is not notified.",
}


def suggest_reply(message: str) -> StrangerReply:
    """The suggested way to answer a stranger's request, from the note they sent.

    A note that sells or carries links → ignore (nobody is notified); no note at all →
    ask why they want to connect; a personal note → offer that they follow instead,
    which is friendly without opening one's network to someone unknown.
    """
    text = message.strip()
    if SALES_PATTERN.search(text) or LINK_PATTERN.search(text):
        return StrangerReply.IGNORE
    if not text:
        return StrangerReply.ASK_WHY
    return StrangerReply.OFFER_FOLLOW
