"""campagne replies review: the replies a person must read, and the decision on each number."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_campaign_commands import INIT, run


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def held(capsys, data_dir, tmp_path):
    assert run(capsys, data_dir, *INIT)[0] == 0
    answers = tmp_path / "recus.csv"
    answers.write_text(
        "Expéditeur;Message\n+33612345601;Qui êtes-vous ?\n+33612345602;OUI\n", encoding="utf-8"
    )
    status, out, _ = run(capsys, data_dir, "replies", "import", str(answers))
    assert status == 0 and "2 held" in out
    return data_dir


def test_review_lists_held_replies(capsys, held) -> None:
    status, out, _ = run(capsys, held, "replies", "review")
    assert status == 0
    assert "06 12 34 56 01" in out and "Qui êtes-vous ?" in out
    status, out, _ = run(capsys, held, "--json", "replies", "review")
    assert [r["phone"] for r in json.loads(out)["held"]] == ["+33612345601", "+33612345602"]


def test_review_decides_one_number(capsys, held) -> None:
    status, out, _ = run(capsys, held, "replies", "review", "--optout", "0612345601")
    assert status == 0 and "blocked" in out
    status, out, _ = run(capsys, held, "replies", "review", "--dismiss", "+33612345602")
    assert status == 0
    status, out, _ = run(capsys, held, "--json", "replies", "review")
    assert json.loads(out)["held"] == []
    status, out, _ = run(capsys, held, "--json", "optout", "list")
    assert "+33612345601" in out
    status, _, err = run(capsys, held, "replies", "review", "--consent", "0612345601")
    assert status == 1 and "waiting" in err


def test_one_decision_at_a_time(capsys, held) -> None:
    with pytest.raises(SystemExit) as usage:
        run(capsys, held, "replies", "review", "--optout", "0612345601", "--dismiss", "0612345602")
    assert usage.value.code == 2
