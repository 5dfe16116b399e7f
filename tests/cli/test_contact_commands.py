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
