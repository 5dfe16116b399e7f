"""campagne import: the rules on sources, said in words."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_campaign_commands import INIT, run


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("CAMPAGNE_PASSPHRASE", PASSPHRASE)


def _import(capsys, data_dir, tmp_path, *extra: str, json_output: bool = False):
    path = tmp_path / "loue.csv"
    path.write_text("tel\n0612345678\n", encoding="utf-8")
    first = ["--json"] if json_output else []
    return run(capsys, data_dir, *first, "import", str(path), *extra)


def test_rented_import_without_wording_exits_3_with_the_rule(capsys, data_dir, tmp_path) -> None:
    assert run(capsys, data_dir, *INIT)[0] == 0
    status, _, err = _import(
        capsys, data_dir, tmp_path, "--source-kind", "rented", "--source", "liste louée à X"
    )
    assert status == 3
    assert "--wording" in err and "political" in err


def test_import_report_prints_the_footer_line_of_the_description(
    capsys, data_dir, tmp_path
) -> None:
    assert run(capsys, data_dir, *INIT)[0] == 0
    status, out, _ = _import(
        capsys, data_dir, tmp_path,
        "--source-kind", "purchased", "--source", "fichier Société Y, 3 mars",
        "--wording", "Vos données pourront servir à des fins politiques.",
    )  # fmt: skip
    assert status == 0
    assert "Fichier acheté : fichier Société Y, 3 mars" in out
    status, out, _ = _import(
        capsys, data_dir, tmp_path,
        "--source-kind", "other", "--source", "abonnés de la lettre", json_output=True,
    )  # fmt: skip
    assert json.loads(out)["footer_line"] == "Source : abonnés de la lettre"


def test_consent_expired_lists_then_erases(capsys, data_dir, tmp_path, monkeypatch) -> None:
    from datetime import UTC, datetime

    from campagne_desktop.context import AppContext

    clock = {"now": datetime(2026, 3, 3, 13, 0, tzinfo=UTC)}
    real_build = AppContext.build

    def build(*args, **kwargs):
        ctx = real_build(*args, **kwargs)
        ctx.clock = lambda: clock["now"]
        return ctx

    monkeypatch.setattr(AppContext, "build", build)
    assert run(capsys, data_dir, *INIT)[0] == 0
    people = tmp_path / "loue.csv"
    people.write_text("prenom,tel\nJeanne,0734567801\nPaul,0734567802\n", encoding="utf-8")
    assert run(
        capsys, data_dir, "import", str(people), "--source-kind", "rented",
        "--source", "liste louée à X", "--wording", "fins politiques",
    )[0] == 0  # fmt: skip
    body = tmp_path / "accord.txt"
    body.write_text("Bonjour {{ prenom }}, acceptez-vous nos SMS ?", encoding="utf-8")
    run(capsys, data_dir, "template", "add", "accord", "--file", str(body), "--kind", "consent")
    assert run(capsys, data_dir, "template", "approve", "accord")[0] == 0
    assert run(capsys, data_dir, "batch", "create", "--template", "accord")[0] == 0
    out = tmp_path / "c.csv"
    status, _, err = run(
        capsys, data_dir, "batch", "export", "1", "--format", "generic", "--out", str(out)
    )
    assert status == 0, err
    assert run(capsys, data_dir, "consent", "grant", "0734567801", "--evidence", "OUI")[0] == 0

    clock["now"] = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    status, out_text, _ = run(capsys, data_dir, "--json", "consent", "expired")
    assert status == 0
    assert [e["phone"] for e in json.loads(out_text)["expired"]] == ["+33734567802"]
    status, out_text, _ = run(capsys, data_dir, "consent", "expired", "--erase")
    assert status == 0 and "1 contact erased" in out_text
    status, out_text, _ = run(capsys, data_dir, "--json", "consent", "expired")
    assert json.loads(out_text)["expired"] == []
