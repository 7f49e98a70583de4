"""Pure networking rules and entities: no Qt, no SQLAlchemy, no I/O."""
