from __future__ import annotations

import stat

import pytest

from campagne_desktop.context import PassphrasePurpose
from campagne_desktop.domain.profile import ProfileError
from campagne_desktop.services import audit, campaign
from campagne_desktop.services.profile import get_profile, set_field
from campagne_desktop.storage.database import WrongKeyError
from tests.conftest import PASSPHRASE, sample_profile


def test_keyring_mode_stores_a_random_256_bit_key(ctx) -> None:
    db = campaign.create_campaign(ctx, sample_profile())
    db.close()
    stored = ctx.secrets.get(campaign.DATABASE_KEY_NAME)
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    assert campaign.key_mode(ctx) is campaign.KeyMode.KEYRING
    assert stored not in ctx.paths.campaign_file.read_text()
    reopened = campaign.open_campaign(ctx)
    assert get_profile(reopened).candidate == "Marie Exemple"
    reopened.close()


def test_missing_keyring_entry_is_explained(ctx) -> None:
    campaign.create_campaign(ctx, sample_profile()).close()
    ctx.secrets.delete(campaign.DATABASE_KEY_NAME)
    with pytest.raises(campaign.CampaignError, match="cannot be read from the system keyring"):
        campaign.open_campaign(ctx)


def test_passphrase_mode_when_keyring_is_not_trusted(passphrase_ctx) -> None:
    asked: list[PassphrasePurpose] = []

    def ask(purpose: PassphrasePurpose) -> str:
        asked.append(purpose)
        return PASSPHRASE

    passphrase_ctx.ask_passphrase = ask
    campaign.create_campaign(passphrase_ctx, sample_profile()).close()
    campaign.open_campaign(passphrase_ctx).close()
    assert asked == [PassphrasePurpose.CREATE, PassphrasePurpose.OPEN]
    assert campaign.key_mode(passphrase_ctx) is campaign.KeyMode.PASSPHRASE
    assert passphrase_ctx.secrets.get(campaign.DATABASE_KEY_NAME) is None


def test_wrong_passphrase(passphrase_ctx) -> None:
    campaign.create_campaign(passphrase_ctx, sample_profile()).close()
    passphrase_ctx.ask_passphrase = lambda _p: "this is not it"
    with pytest.raises(WrongKeyError):
        campaign.open_campaign(passphrase_ctx)


@pytest.mark.parametrize("answer", [None, "", "short"])
def test_missing_or_short_passphrase_refused(passphrase_ctx, answer) -> None:
    passphrase_ctx.ask_passphrase = lambda _p: answer
    with pytest.raises(campaign.CampaignError):
        campaign.create_campaign(passphrase_ctx, sample_profile())
    assert not passphrase_ctx.paths.database.exists()


def test_invalid_profile_creates_nothing(ctx) -> None:
    with pytest.raises(ProfileError):
        campaign.create_campaign(ctx, sample_profile(sender_id="123"))
    assert not ctx.paths.database.exists()
    assert ctx.secrets.get(campaign.DATABASE_KEY_NAME) is None


def test_second_campaign_in_same_folder_refused(db, ctx) -> None:
    with pytest.raises(campaign.CampaignError, match="already exists"):
        campaign.create_campaign(ctx, sample_profile())


def test_folders_owner_only(db, ctx) -> None:
    for folder in ctx.paths.all_dirs():
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in (ctx.paths.database, ctx.paths.campaign_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_profile_changes_are_validated_and_audited(db, ctx) -> None:
    with pytest.raises(ProfileError):
        set_field(db, "sender_id", "!!", actor="alice", now=ctx.clock())
    assert get_profile(db).sender_id == "MarieEx"
    set_field(db, "sender_id", "Marie26", actor="alice", now=ctx.clock())
    assert get_profile(db).sender_id == "Marie26"
    events = audit.list_events(db)
    assert [e.action for e in events] == ["profile.updated", "campaign.created"]
    assert events[0].actor == "alice" and events[0].fields == ("sender_id",)


def test_a_keyring_that_refuses_falls_back_to_a_passphrase(ctx) -> None:
    from campagne_desktop.storage.secrets import SecretStoreError

    class LockedKeyring:
        def get(self, name):
            return None

        def set(self, name, value):
            raise SecretStoreError("locked")

        def delete(self, name):
            return False

        def names(self):
            return []

    ctx.secrets = LockedKeyring()
    ctx.ask_passphrase = lambda _purpose: PASSPHRASE
    campaign.create_campaign(ctx, sample_profile()).close()
    assert campaign.key_mode(ctx) is campaign.KeyMode.PASSPHRASE
    campaign.open_campaign(ctx).close()
