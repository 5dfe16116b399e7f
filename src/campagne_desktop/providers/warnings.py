"""What a campaign must know about its provider before sending (LEGAL.md §9).

``provider_warnings`` returns message keys (English source text, translated by the caller with
the "messages" context), shown in the batch compliance report as warnings, not refusals.
"""

from __future__ import annotations

from campagne_desktop.domain.messages import QT_TRANSLATE_NOOP

BREVO_POLITICS = QT_TRANSLATE_NOOP(
    "messages",
    "Brevo lists politics among the content it prohibits for marketing SMS to France: "
    "political SMS sent through Brevo may be blocked and the account suspended. Choose another "
    "provider, or get Brevo's written agreement first.",
)
SMSFACTOR_MODERATION = QT_TRANSLATE_NOOP(
    "messages",
    "SMSFactor holds new accounts for moderation: the first sending can wait for a manual check. "
    "Open the account and send a test to your own number well before the campaign.",
)
SMSFACTOR_STOP = QT_TRANSLATE_NOOP(
    "messages",
    "SMSFactor adds its own STOP mention (about 16 characters) to marketing SMS sent under a "
    "custom sender: a message close to a segment limit may cost one more segment.",
)
OVH_STOP_CLAUSE = QT_TRANSLATE_NOOP(
    "messages",
    "OVHcloud appends its own STOP clause to advertising SMS unless they are sent with "
    "noStopClause: a message close to a segment limit may cost one more segment.",
)
OVH_HOURS = QT_TRANSLATE_NOOP(
    "messages",
    "OVHcloud only sends advertising SMS from 08:00 to 20:00, Monday to Saturday: messages "
    "handed over at other times wait until the next allowed moment.",
)
OCTOPUSH_STOP = QT_TRANSLATE_NOOP(
    "messages",
    "Octopush reports STOP replies through a callback or its STOP list: import them into the "
    "opt-out list after every sending.",
)
TWILIO_OPTED_OUT = QT_TRANSLATE_NOOP(
    "messages",
    "Twilio refuses messages to numbers that replied STOP to your Twilio number (error 21610): "
    "record those numbers as opt-outs.",
)

_WARNINGS: dict[str, tuple[str, ...]] = {
    "brevo": (BREVO_POLITICS,),
    "smsfactor": (SMSFACTOR_MODERATION, SMSFACTOR_STOP),
    "ovh": (OVH_STOP_CLAUSE, OVH_HOURS),
    "octopush": (OCTOPUSH_STOP,),
    "twilio": (TWILIO_OPTED_OUT,),
}


def provider_warnings(provider: str) -> list[str]:
    """Message keys to show for ``provider`` (a ``PROVIDERS`` key; case-insensitive)."""
    return list(_WARNINGS.get(provider.strip().lower(), ()))
