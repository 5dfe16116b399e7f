"""campagne contacts add: a sign-up typed by hand, with the contract's exit statuses and keys."""

from __future__ import annotations

import json

from tests.cli.contract import ERROR_KEYS, Cli
from tests.cli.contract import campaign as campaign  # fixtures shared with the contract
from tests.cli.contract import cli as cli
from tests.cli.contract import files as files

ADDED_KEYS = {
    "consent",
    "consent_wording",
    "foreign",
    "id",
    "phone",
    "region",
    "source_description",
    "source_id",
    "source_kind",
}
PERSON = ["--first-name", "François", "--last-name", "Œuvray", "--commune", "Sèvres"]


def test_add_with_consent_prints_its_keys_and_keeps_the_names(campaign: Cli) -> None:
    added = campaign.expect(0, ADDED_KEYS, "contacts", "add", "--phone", "06 98 76 54 32",
                            *PERSON, "--consented", "--collected-by", "Jérôme")  # fmt: skip
    assert added["consent"] == "granted" and added["phone"] == "+33698765432"
    assert "STOP PROSPECTION" in added["consent_wording"]  # the campaign's wording, pre-filled
    shown = campaign.expect(0, None, "contacts", "show", "0698765432")
    assert (shown["first_name"], shown["last_name"], shown["commune"]) == (
        "François", "Œuvray", "Sèvres",
    )  # fmt: skip
    assert "Jérôme" in shown["consent_evidence"]


def test_add_without_consent_is_pending_and_json_after_the_action_works(campaign: Cli) -> None:
    status, out, _ = campaign.run(
        "contacts", "add", "--phone", "0690 12 34 56", "--method", "phone",
        "--consent-wording", "Lu au téléphone.", "--json", json_output=False,
    )  # fmt: skip
    added = json.loads(out)
    assert status == 0 and set(added) == ADDED_KEYS
    assert (added["consent"], added["region"], added["source_kind"]) == ("pending", "GP", "other")


def test_add_text_output_says_what_happened(campaign: Cli) -> None:
    status, out, _ = campaign.run("contacts", "add", "--phone", "0698765432", json_output=False)
    assert status == 0 and "without consent" in out and "06 98 76 54 32" in out


def test_a_duplicate_exits_1_and_an_opted_out_number_exits_3(campaign: Cli) -> None:
    duplicate = campaign.expect(1, ERROR_KEYS, "contacts", "add", "--phone", "0612345601")
    assert "already in the list" in duplicate["error"]
    campaign.expect(0, None, "optout", "add", "0698765431")
    refused = campaign.expect(
        3, ERROR_KEYS, "contacts", "add", "--phone", "0698765431", "--consented"
    )
    assert "opted out" in refused["error"] and "for good" in refused["error"]
    landline = campaign.expect(1, ERROR_KEYS, "contacts", "add", "--phone", "01 45 45 45 45")
    assert "landline" in landline["error"]
    empty = ("contacts", "add", "--phone", "0698765430", "--consented", "--consent-wording", "")
    assert "wording" in campaign.expect(1, ERROR_KEYS, *empty)["error"]


def test_bad_usage_exits_2(campaign: Cli) -> None:
    assert campaign.run("contacts", "add")[0] == 2  # --phone is required
    assert campaign.run("contacts", "add", "--phone", "0698765432", "--method", "fax")[0] == 2
    assert campaign.run(
        "contacts", "add", "--phone", "0698765432", "--collected-on", "3 mars"
    )[0] == 2  # fmt: skip


def test_contacts_list_by_reach(campaign: Cli) -> None:
    campaign.expect(0, None, "optout", "add", "0612345601")
    campaign.expect(0, None, "contacts", "add", "--phone", "0698765432")  # pending
    phones = {
        reach: [c["phone"] for c in campaign.expect(0, None, "contacts", "list", "--reach", reach)]
        for reach in ("campaign", "consent_request", "opted_out")
    }
    assert phones == {
        "campaign": ["+33612345602"],
        "consent_request": ["+33698765432"],
        "opted_out": ["+33612345601"],
    }
