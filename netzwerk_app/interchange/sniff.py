"""Tell an import file's kind by its content, not by its name."""

from __future__ import annotations

import csv
import io
import re
from typing import Literal

from netzwerk_app.interchange.csv_io import HEADER_MARKERS
from netzwerk_app.interchange.linkedin import is_header as is_linkedin_header

FileKind = Literal["vcard", "linkedin_csv", "netzwerk_csv", "unknown"]

_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD", re.IGNORECASE | re.MULTILINE)


def _head_text(data: bytes) -> str:
    return _decode_head(data[:65536]).lstrip("\ufeff")


def _decode_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head[:200].count(b"\x00") * 3 > len(head[:200]):
        return head.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace")


def sniff(data: bytes) -> FileKind:
    """``vcard``, ``linkedin_csv``, ``netzwerk_csv`` (our own export) or ``unknown``."""
    text = _head_text(data)
    if _BEGIN.search(text):
        return "vcard"
    lines = text.splitlines()[:40]
    try:
        for row in csv.reader(io.StringIO("\n".join(lines))):
            # English or German header; a spreadsheet's re-save may use ";"
            if is_linkedin_header(row) or (len(row) == 1 and is_linkedin_header(row[0].split(";"))):
                return "linkedin_csv"
    except csv.Error:
        pass
    if lines:
        first = lines[0]
        delimiter = ";" if first.count(";") >= first.count(",") else ","
        header = next(csv.reader([first], delimiter=delimiter), [])
        if HEADER_MARKERS.issubset(cell.strip() for cell in header):
            return "netzwerk_csv"
    return "unknown"
