"""Importing contacts: one package, one module per concern.

- ``service``: ``ImportService``, what the CLI and the GUI call (files, LinkedIn
  connections picked by the user, QR contacts, undoing a merge);
- ``job``: one file's cards inside one write transaction (new, merged, skipped);
- ``matching``: the index that finds the contacts a card may be, in near-linear
  time (the rules themselves are ``domain.duplicates``);
- ``merging``: a card merged into an existing contact by the field table's rules,
  and the snapshots that undo it;
- ``linkedin``: a LinkedIn ``Connections.csv`` marks contacts as connected;
- ``undo``: undoing an import merge;
- ``results``: what an import did, as plain data.
"""
