"""The ``campagne`` command line: argparse in front of the services; no business logic here."""
