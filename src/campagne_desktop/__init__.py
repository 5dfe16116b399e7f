"""Campagne Desktop: compliant political SMS campaigns for local candidates."""

__version__ = "0.1.0"
