"""The one place the rest of the app imports vCard reading and writing from."""

from netzwerk_app.interchange.vcard_read import (
    CardFailure,
    NotAVCardError,
    ParsedCard,
    VCardReadResult,
    iter_vcards,
    parse_birthday,
    read_vcards,
)
from netzwerk_app.interchange.vcard_write import write_vcard, write_vcard_file, write_vcards

__all__ = [
    "CardFailure",
    "NotAVCardError",
    "ParsedCard",
    "VCardReadResult",
    "iter_vcards",
    "parse_birthday",
    "read_vcards",
    "write_vcard",
    "write_vcard_file",
    "write_vcards",
]
