"""Pure rules: no Qt, no SQLAlchemy, no clock, no I/O."""
