"""The file layout each provider's import takes, and how to upload it.

Every provider file has one row per message and two columns: the recipient's number and the
*whole* text we froze for them (personalised body + a footer that depends on the contact's
source). Provider web imports are built for one common text sent to a list, so the text travels
as a personalisation column and the campaign text is just a reference to that column.

Sources, checked in 2026 (re-check before a campaign; providers change their imports):

``generic``
    UTF-8, comma-separated, header ``phone,message``, numbers in E.164 (``+33612345678``).
    For any tool that takes a number and a text per row.

``ovh`` — OVHcloud SMS
    Semicolon-separated, header ``number;message``, numbers as ``+33612345678``.
    As documented by OVHcloud on "Liste de destinataires SMS" (column ``number``, international
    form ``+33612345678``, separator ";") and "API SMS Cookbook", section "Publipostage" (the
    message names a column between hashes: ``#message#``). Upload steps: OVHcloud Control Panel
    > Telecom > SMS > your SMS account > Contacts > "Create a contact list", import the file;
    then create a campaign with your validated sender and the text ``#message#``.
    Caution, also from "Liste de destinataires SMS": OVHcloud says accented characters are not
    accepted in an imported file. French texts often have accents (é, è, à are GSM-7 but still
    "accents"), so the control-panel import may refuse rows; the mail-merge is documented for
    the API (``POST /sms/{service}/jobs`` with a receivers CSV). That the control panel applies
    ``#message#`` to a contact list is our best understanding and should be checked with a test
    send to your own number first.

``smsfactor`` — SMSFactor
    Semicolon-separated, header ``numero;message``, numbers without "+" (``33612345678``).
    The number form is the one in SMSFactor's API reference (lists and ``/send`` recipients use
    ``"value": "33612345678"``; list contacts carry extra fields ``info1`` … ``info4``). The web
    platform's file import and how its personalisation menu names a column are our best
    understanding, not found in SMSFactor's published pages: import the file as a contact list
    (SMSFactor > Contacts > import), map ``numero`` to the number and ``message`` to a free
    field, and write the campaign text as that field only. Check with a test send first.

``octopush`` — Octopush
    Semicolon-separated, header ``phone_number;message``, numbers as ``+33612345678``.
    As documented by Octopush on "Envoi de sms personnalisés (Publipostage)": recipients are
    ``phone_number`` in international form, and the mail-merge fields (``{first_name}``,
    ``{param1}`` … ``{param5}``) hold **at most 50 characters each**, too short for a whole
    message. The same page says personalisation done on the sender's side means one request per
    number. So this file cannot be turned into a single Octopush campaign whose text is
    ``{param1}``: it is the list for sending one message per recipient (the API adapter does
    that), or to hand to Octopush support. We found no Octopush web import that takes a full
    text per row.

``brevo`` — Brevo
    Semicolon-separated, header ``SMS;MESSAGE``, numbers as ``+33612345678``.
    As documented by Brevo on "Create a file to import your contacts" / "Format your contact
    import file": CSV with ";", "," or tab, UTF-8 or Windows-1252, the ``SMS`` default attribute
    for the mobile number with its country code. Upload steps: Brevo > Contacts > Import
    contacts, map ``SMS`` to SMS and ``MESSAGE`` to a new text attribute ``MESSAGE``; then an SMS
    campaign to that list whose text is ``{{ contact.MESSAGE }}``. That SMS campaigns accept
    ``{{ contact.MESSAGE }}`` and how long a text attribute may be are our best understanding;
    check with a test send. **Brevo lists politics as prohibited content for marketing SMS to
    France**: read the provider warning before using it at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ExportFormat(StrEnum):
    GENERIC = "generic"
    OVH = "ovh"
    SMSFACTOR = "smsfactor"
    OCTOPUSH = "octopush"
    BREVO = "brevo"


def e164(phone: str) -> str:
    """``+33612345678`` as is."""
    return phone


def digits_only(phone: str) -> str:
    """``+33612345678`` → ``33612345678`` (country code, no plus, no leading zero)."""
    return phone[1:]


@dataclass(frozen=True)
class FormatSpec:
    """How one export format writes its file."""

    header: tuple[str, str]
    delimiter: str
    phone: Callable[[str], str]
    # What to type as the campaign text in the provider's editor ("" when none is needed or
    # the provider's syntax is unknown; see the module docstring).
    campaign_text: str
    encoding: str = "utf-8"


FORMATS: dict[ExportFormat, FormatSpec] = {
    ExportFormat.GENERIC: FormatSpec(("phone", "message"), ",", e164, ""),
    ExportFormat.OVH: FormatSpec(("number", "message"), ";", e164, "#message#"),
    ExportFormat.SMSFACTOR: FormatSpec(("numero", "message"), ";", digits_only, ""),
    ExportFormat.OCTOPUSH: FormatSpec(("phone_number", "message"), ";", e164, ""),
    ExportFormat.BREVO: FormatSpec(("SMS", "MESSAGE"), ";", e164, "{{ contact.MESSAGE }}"),
}
