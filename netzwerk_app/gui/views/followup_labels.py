"""How a follow-up's kind and channel are named in the window (German and English)."""

from __future__ import annotations

from netzwerk_app.domain.model import Channel, FollowUpKind
from netzwerk_app.gui.qt import QApplication


def kind_label(kind: FollowUpKind) -> str:
    translate = QApplication.translate
    return {
        FollowUpKind.CONNECTION_REQUEST: translate("Today", "Connection request"),
        FollowUpKind.FOLLOW_INSTEAD: translate("Today", "Follow instead of connecting"),
        FollowUpKind.WELCOME_AND_OFFER_HELP: translate("Today", "Welcome and offer help"),
        FollowUpKind.BIRTHDAY_GREETING: translate("Today", "Birthday greeting"),
        FollowUpKind.COFFEE: translate("Today", "Meet for coffee"),
        FollowUpKind.REVIEW_WEBSITE: translate("Today", "Look at their website and profiles"),
        FollowUpKind.ANSWER_REQUEST: translate("Today", "Answer a connection request"),
    }.get(kind, str(kind))


def channel_label(channel: Channel) -> str:
    translate = QApplication.translate
    return {
        Channel.LINKEDIN: "LinkedIn",
        Channel.XING: "XING",
        Channel.EMAIL: translate("Today", "E-mail"),
        Channel.PHONE: translate("Today", "Phone"),
    }[channel]
