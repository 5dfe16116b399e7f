"""Assistants (QWizard) and their pages."""
