"""How a follow-up's kind and channel are named in the window (German and English)."""

from __future__ import annotations

from netzwerk_app.domain.model import Channel, FollowUpKind, FollowUpStatus
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


def status_label(status: FollowUpStatus) -> str:
    translate = QApplication.translate
    return {
        FollowUpStatus.PENDING: translate("Today", "open"),
        FollowUpStatus.SNOOZED: translate("Today", "postponed"),
        FollowUpStatus.DONE: translate("Today", "done"),
        FollowUpStatus.SKIPPED: translate("Today", "skipped"),
        FollowUpStatus.WAITING: translate("Today", "waiting for the connection"),
    }.get(status, str(status))


def number_text(number: int) -> str:
    """A number as the window's language writes it (German 1.000, English 1,000)."""
    from netzwerk_app.gui.qt import QLocale

    app = QApplication.instance()
    german = app is not None and app.property("netzwerk_language") == "de"
    return QLocale(QLocale.Language.German if german else QLocale.Language.English).toString(number)
