"""What to do with an exported file on each provider's site, in plain words (the export step
shows them). The facts and their sources are in formats.py; where a provider does not publish a
step, the text says so and asks for a test instead of guessing.

Each step is a message key ("messages" context); ``{phone}``, ``{message}`` and ``{text}`` are
the file's two column names and the campaign text the provider's form needs (formats.FORMATS).
"""

from __future__ import annotations

from ..domain.messages import QT_TRANSLATE_NOOP
from .formats import FORMATS, ExportFormat
from .warnings import BREVO_POLITICS

TEST_FIRST = QT_TRANSLATE_NOOP(
    "messages",
    "Send a test to your own number first and read it on your phone (accents, legal notice, "
    "STOP mention); only then send to everyone.",
)

_STEPS: dict[ExportFormat, tuple[str, ...]] = {
    ExportFormat.GENERIC: (
        QT_TRANSLATE_NOOP(
            "messages",
            "In your SMS tool, import this file as the list of recipients: column “{phone}” "
            "holds the number, column “{message}” the whole message, legal notice included.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Send each row its own text: a common text typed in the tool would replace the "
            "personalised messages.",
        ),
    ),
    ExportFormat.OVH: (
        QT_TRANSLATE_NOOP(
            "messages",
            "In the OVHcloud Control Panel: Telecom > SMS > your SMS account > Contacts > "
            "Create a contact list, and import this file (column “{phone}”: the number; column "
            "“{message}”: the whole message).",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Then create a campaign to that list with your validated sender, and type exactly "
            "this as its text: {text}",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Accents: OVHcloud's help says an imported file may not contain accented "
            "characters, so its web import may refuse these rows or change the letters. Write "
            "the template in standard characters only (and leave “Keep accents in names” off), "
            "or send through OVHcloud's API instead (Send… on the Sendings page, or "
            "campagne batch send).",
        ),
    ),
    ExportFormat.SMSFACTOR: (
        QT_TRANSLATE_NOOP(
            "messages",
            "In SMSFactor, import this file as a contact list: column “{phone}” is the number "
            "(without +), column “{message}” the whole message, to put in a free field; the "
            "campaign text is that field only.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "SMSFactor does not publish these import steps: if its screens differ, send through "
            "its API instead (Send… on the Sendings page, or campagne batch send).",
        ),
    ),
    ExportFormat.OCTOPUSH: (
        QT_TRANSLATE_NOOP(
            "messages",
            "Octopush's personalised fields hold at most 50 characters each: its web platform "
            "cannot send these whole messages as one campaign. Send through Octopush's API "
            "instead (Send… on the Sendings page, or campagne batch send), or hand this file "
            "(column “{phone}”: the "
            "number; column “{message}”: the message) to Octopush's support.",
        ),
    ),
    ExportFormat.BREVO: (
        BREVO_POLITICS,
        QT_TRANSLATE_NOOP(
            "messages",
            "In Brevo: Contacts > Import contacts, choose this file, map column “{phone}” to the "
            "SMS attribute and column “{message}” to a new text attribute MESSAGE.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Then create an SMS campaign to that list whose text is exactly: {text}",
        ),
    ),
}


def upload_steps(fmt: ExportFormat) -> tuple[tuple[str, dict[str, str]], ...]:
    """The steps for ``fmt``, test send last: (message key, its parameters) pairs."""
    spec = FORMATS[fmt]
    params = {"phone": spec.header[0], "message": spec.header[1], "text": spec.campaign_text}
    return tuple((key, params) for key in (*_STEPS[fmt], TEST_FIRST))
