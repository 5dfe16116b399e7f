"""Test set-up: headless Qt, a throw-away keyring and data folders for every test."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Must happen before Qt is imported anywhere; xcb-marked tests run under xvfb-run instead.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.pop("CAMPAGNE_PASSPHRASE", None)

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).parent / "fixtures"

# Property tests: a small random run while developing; in CI (.ci/test sets
# HYPOTHESIS_PROFILE=ci) a fixed budget of fixed examples, the same on every run, so a failure
# reproduces and the fuzzing stays within about a minute.
settings.register_profile(
    "dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
):
    """Point every XDG folder (and so platformdirs and keyrings.alt) at a temporary tree."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_DOCUMENTS_DIR", "Documents"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    # The system's temporary folder too: a demonstration or an export never lands in /tmp.
    (home / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))  # gettempdir() caches it
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.delenv("CAMPAGNE_PASSPHRASE", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    return home


# What the app could leave in the real home if a test escaped its isolated one (keyrings.alt's
# file, a default campaign, a kept file). The real /tmp is not watched: other programs write
# campagne-demo-* folders there at any time, and every test already has its own TMPDIR.
REAL_HOME = Path.home()
LEAK_PATTERNS = (
    (REAL_HOME, "campagne*"),
    (REAL_HOME, "certificat-effacement*"),
    (REAL_HOME, "ledger*.csv"),
    (REAL_HOME / ".local" / "share", "CampagneDesktop"),
    (REAL_HOME / ".local" / "share", "python_keyring/*"),
    (REAL_HOME / ".local" / "state", "CampagneDesktop"),
    (REAL_HOME / ".config", "CampagneDesktop"),
    (REAL_HOME / ".cache", "CampagneDesktop"),
    (REAL_HOME / "Documents", "certificat-effacement*"),
)


def _leak_snapshot() -> dict[Path, float]:
    """Each matching path with its modification time: a file rewritten counts too."""
    found: dict[Path, float] = {}
    for folder, pattern in LEAK_PATTERNS:
        for path in folder.glob(pattern):
            try:
                found[path] = path.stat().st_mtime
            except OSError:
                continue
    return found


@pytest.fixture(scope="session", autouse=True)
def nothing_left_in_the_real_home() -> Iterator[None]:
    """Fail the run if a test wrote into the real home. Files there before the run are compared,
    never blamed; set CAMPAGNE_TESTS_SHARED_MACHINE=1 where other programs write those paths
    during the run (a shared machine) to skip the check."""
    before = _leak_snapshot()
    yield
    if os.environ.get("CAMPAGNE_TESTS_SHARED_MACHINE"):
        return
    after = _leak_snapshot()
    left = sorted(str(p) for p, mtime in after.items() if before.get(p) != mtime)
    if left:
        pytest.fail("the tests left files in the real home: " + ", ".join(left))


@pytest.fixture(autouse=True)
def english_interface(request: pytest.FixtureRequest) -> None:
    """Qt tests see the English interface as users do, plural catalogue included ("2 days").

    Installed once for the session's QApplication, so that no test depends on whether an
    earlier one happened to start the app (which installs the catalogue too)."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        return
    if request.config.stash.get(_ENGLISH_INSTALLED, None) is not None:
        return
    from campagne_desktop.gui.formatting import apply_interface_locale
    from campagne_desktop.gui.translation import install_translators

    app = request.getfixturevalue("qapp")
    request.config.stash[_ENGLISH_INSTALLED] = install_translators(app, "en")
    apply_interface_locale("en")  # "€0.40", "3,000", "Mon": as the English interface writes


_ENGLISH_INSTALLED = pytest.StashKey[list]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked xcb need a real display: skip them unless one is there."""
    if os.environ.get("QT_QPA_PLATFORM") == "xcb" and os.environ.get("DISPLAY"):
        return
    skip = pytest.mark.skip(reason="needs a real X display: run with `xvfb-run` (see README)")
    for item in items:
        if "xcb" in item.keywords:
            item.add_marker(skip)


sys.dont_write_bytecode = True


PASSPHRASE = "correct horse battery staple"


class Clock:
    """A clock the test moves by hand (``ctx.clock``): time is always passed in."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def sample_profile(**changes):
    from datetime import date

    from campagne_desktop.domain.enums import ElectionKind
    from campagne_desktop.domain.profile import CampaignProfile

    profile = CampaignProfile(
        candidate="Marie Exemple",
        election=ElectionKind.MUNICIPALES,
        round1=date(2026, 3, 15),
        round2=date(2026, 3, 22),
        rights_contact="donnees@exemple.fr",
        purpose="vous informer sur la campagne",
        sender_id="MarieEx",
        stop_number="36111",
        privacy_url="https://exemple.fr/vie-privee",
    )
    return profile.with_changes(**changes) if changes else profile


# The keyring situations every CLI and window path must survive (PYTHON_KEYRING_BACKEND).
KEYRING_SITUATIONS = {
    "none": "keyring.backends.fail.Keyring",  # a headless Linux: NoKeyringError everywhere
    "insecure": "keyrings.alt.file.PlaintextKeyring",  # usable, not secure: passphrase mode
    "secure": "tests.fake_keyring.SecureKeyring",  # a working secure one: key in the keyring
}
REPOSITORY = Path(__file__).parent.parent


def subprocess_env(**changes: str) -> dict[str, str]:
    """The environment for running the app in a subprocess: this test's XDG folders and
    keyring, and the repository on the path so ``tests.fake_keyring`` can be loaded."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPOSITORY), env.get("PYTHONPATH", "")) if p
    )
    env.update(changes)
    return env


@pytest.fixture(params=list(KEYRING_SITUATIONS))
def keyring_situation(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test once per keyring situation: "none", "insecure", "secure"."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", KEYRING_SITUATIONS[request.param])
    return str(request.param)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "campagne"


@pytest.fixture
def ctx(data_dir: Path):
    """A context whose database key lives in the (test) keyring, treated as trusted."""
    from campagne_desktop.context import AppContext
    from campagne_desktop.paths import AppPaths

    return AppContext.build(AppPaths.under(data_dir), trust_keyring=True)


@pytest.fixture
def passphrase_ctx(data_dir: Path):
    """A context with no trusted keyring: the key comes from a passphrase."""
    from campagne_desktop.context import AppContext
    from campagne_desktop.paths import AppPaths

    return AppContext.build(
        AppPaths.under(data_dir), trust_keyring=False, ask_passphrase=lambda _p: PASSPHRASE
    )


@pytest.fixture
def db(ctx):
    """An open campaign database with the sample profile."""
    from campagne_desktop.services.campaign import create_campaign

    database = create_campaign(ctx, sample_profile())
    yield database
    database.close()
