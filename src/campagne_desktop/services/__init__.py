"""Use cases: one module each; they own transactions and hand out plain dataclasses."""
