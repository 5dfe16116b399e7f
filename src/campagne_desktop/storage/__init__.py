"""Persistence: typed SQLAlchemy 2 models over an encrypted SQLCipher database."""
