"""JSON encodings of the value objects stored inside a row.

Kept free of SQLAlchemy so that the fast read path of the CLI (plain sqlite3)
decodes rows exactly like the ORM does.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from netzwerk_app.domain.model import Email, Phone, PostalAddress, RawProperty, Url

T = TypeVar("T")

_TUPLE_FIELDS = {"types"}


def _to_jsonable(item: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in vars(item).items():
        if key == "params":
            out[key] = [[name, list(values)] for name, values in value]
        elif isinstance(value, tuple):
            out[key] = list(value)
        else:
            out[key] = value
    return out


def encode_list(items: list[Any]) -> str:
    return json.dumps([_to_jsonable(i) for i in items], ensure_ascii=False, separators=(",", ":"))


def _from_jsonable(cls: type[T], data: dict[str, Any]) -> T:
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key in _TUPLE_FIELDS:
            kwargs[key] = tuple(value)
        elif key == "params":
            kwargs[key] = tuple((name, tuple(values)) for name, values in value)
        else:
            kwargs[key] = value
    return cls(**kwargs)


def decode_list(cls: type[T], text: str | None) -> list[T]:
    if not text:
        return []
    return [_from_jsonable(cls, entry) for entry in json.loads(text)]


def encode_strings(items: list[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def decode_strings(text: str | None) -> list[str]:
    if not text:
        return []
    value = json.loads(text)
    return [str(v) for v in value]


VALUE_TYPES: dict[str, type[Any]] = {
    "phones": Phone,
    "emails": Email,
    "addresses": PostalAddress,
    "urls": Url,
    "extra_properties": RawProperty,
}
