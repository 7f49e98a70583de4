"""Alembic environment: runs on the connection (and transaction) the app hands in.

``storage.migrate`` owns the transaction and the foreign-key switch; this file only
connects Alembic to it. Batch mode is on because SQLite rebuilds tables for most
ALTERs.
"""

from alembic import context

from netzwerk_app.storage.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("Netzwerk migrations run only through netzwerk_app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transactional_ddl=True,
    on_version_apply=config.attributes.get("on_version_apply"),
)
with context.begin_transaction():
    context.run_migrations()
