"""Writing many new contacts at once, as an import does.

The ORM's unit of work costs about three times the SQLite insert itself per contact
(change tracking, identity map, RETURNING batches). An import only inserts brand-new
rows and drops them from the session afterwards, so it writes them here through the
same connection and transaction, with the very column values the ORM would write:
each value passes the column type's own bind processing, and a ``None`` is left
out (the column's default applies), as the ORM does.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, Dialect, Integer, cast, func, inspect, select
from sqlalchemy.orm import Session, configure_mappers
from sqlalchemy.orm.instrumentation import ClassManager, manager_of_class

from netzwerk_app.domain import model as m
from netzwerk_app.storage.schema import contacts, map_entities

# (attribute, column name, bind processor or None) of every column but the id
_Plan = list[tuple[str, str, Callable[[Any], Any] | None]]
_plans: dict[str, _Plan] = {}


def _plan(dialect: Dialect) -> _Plan:
    plan = _plans.get(dialect.name)
    if plan is None:
        mapper = inspect(m.Contact)
        plan = []
        for column in contacts.columns:
            if column.primary_key:
                continue
            assert isinstance(column, Column)
            key = mapper.get_property_by_column(column).key
            plan.append(
                (key, column.name, column.type.dialect_impl(dialect).bind_processor(dialect))
            )
        _plans[dialect.name] = plan
    return plan


def insert_new_contacts(session: Session, new: Sequence[m.Contact]) -> None:
    """Insert contacts that are in no session yet and give each its id.

    One statement per contact (a few microseconds each in SQLite): the caller keeps
    batches small, so that other threads get the interpreter in between.
    """
    if not new:
        return
    plan = _plan(session.get_bind().dialect)
    conn = session.connection().connection.driver_connection
    assert conn is not None
    statements: dict[tuple[str, ...], str] = {}
    empty: dict[str, Any] = {}  # column -> how an empty list is stored there
    for contact in new:
        names: list[str] = []
        values: list[Any] = []
        # a new contact holds every field in its dict (unsaved_contact, Contact());
        # reading it there skips the ORM's attribute descriptor, 40 times per row
        state = contact.__dict__
        for key, name, process in plan:
            value = state[key] if key in state else getattr(contact, key)
            if value is None:
                continue  # the column's default, as the ORM leaves it out
            names.append(name)
            if process is None:
                values.append(value)
            elif value == [] and type(value) is list:  # most lists of a card are empty
                values.append(empty.get(name) or empty.setdefault(name, process([])))
            else:
                values.append(process(value))
        shape = tuple(names)
        sql = statements.get(shape)
        if sql is None:
            columns = ", ".join(f'"{n}"' for n in shape)
            marks = ", ".join("?" * len(shape))
            sql = statements[shape] = f"INSERT INTO contacts ({columns}) VALUES ({marks})"
        contact.id = conn.execute(sql, values).lastrowid


def contacts_mark(session: Session) -> tuple[Any, ...]:
    """A fingerprint of the contacts table that changes when a contact is added,
    edited (its time stamp), trashed, restored or deleted: an import compares it
    to tell whether what it knows about the contacts is still true."""
    c = contacts.c
    # The sum of every time stamp (in ms, exact as an integer) and not only the latest:
    # an edit after the system clock was set back leaves the maximum as it was.
    stamps = func.sum(cast((func.julianday(c.updated_at) - 2440587.5) * 86_400_000, Integer))
    row = session.execute(
        select(
            func.count(), func.max(c.id), func.max(c.updated_at), stamps, func.count(c.deleted_at)
        )
    ).one()
    return tuple(row)


# (field, its default value or None, its default factory or MISSING), in field order
_FIELDS = [
    (f.name, None if f.default is dataclasses.MISSING else f.default, f.default_factory)
    for f in dataclasses.fields(m.Contact)
]
_NAMES = frozenset(name for name, _, _ in _FIELDS)


@functools.cache
def _manager() -> ClassManager[m.Contact]:
    map_entities()
    configure_mappers()  # the attributes work only then (m.Contact() would see to it)
    return manager_of_class(m.Contact)


def unsaved_contact(**values: Any) -> m.Contact:
    """The same new contact as ``m.Contact(**values)``, about 20 times cheaper.

    The mapped class's ``__init__`` fires one ORM change event per field (33 of
    them, most of the cost of reading a small card). This fills the instance's dict
    directly, as the ORM does for the objects it loads; an INSERT of a new object
    takes its values from that dict, so storing it is unchanged.
    """
    unknown = values.keys() - _NAMES
    if unknown:
        raise TypeError(f"Contact has no field {sorted(unknown)[0]!r}")
    contact = _manager().new_instance()
    state = contact.__dict__
    for name, default, factory in _FIELDS:
        if name in values:
            state[name] = values[name]
        elif factory is not dataclasses.MISSING:
            state[name] = factory()
        else:
            state[name] = default
    return contact
