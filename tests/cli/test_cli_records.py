"""The record commands keep what the person did not mean to change, and say what they did."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import INCIDENT, write_json
from tests.media import samples


def _add(run, tmp_path: Path, kind: str, data: dict) -> str:
    code, out, err = run("add", kind, "--json", write_json(tmp_path, data, f"{kind}.json"))
    assert code == 0, err
    return out.strip()


def test_edit_with_a_partial_json_merges(initialised, tmp_path: Path):
    run = initialised
    rid = _add(run, tmp_path, "incident", INCIDENT)
    partial = write_json(tmp_path, {"description": "[TEST] more detail"}, "partial.json")
    code, out, err = run("edit", rid, "--json", partial)
    assert (code, out.strip()) == (0, f"{rid} revision 2"), err
    shown = json.loads(run("show", rid, "--json")[1])
    assert shown["title"] == INCIDENT["title"] and shown["categories"] == ["arson"]
    assert shown["status"] == "final" and shown["description"] == "[TEST] more detail"


def test_a_final_record_becomes_a_draft_only_when_the_json_says_so(initialised, tmp_path):
    run = initialised
    rid = _add(run, tmp_path, "incident", INCIDENT)
    code, _, err = run("edit", rid, "--json", write_json(tmp_path, {"categories": None}, "a.json"))
    assert code == 10 and "categories" in err
    draft = write_json(tmp_path, {"status": "draft", "categories": None}, "b.json")
    code, _, err = run("edit", rid, "--json", draft)
    assert code == 0 and "is a draft again (it was final)" in err


def test_a_stale_edit_has_its_own_exit_code(initialised, tmp_path: Path):
    run = initialised
    rid = _add(run, tmp_path, "incident", INCIDENT)
    shown = json.loads(run("show", rid, "--json")[1])
    run("edit", rid, "--json", write_json(tmp_path, {"notes": "[TEST] someone"}, "n.json"))
    shown["title"] = "[TEST] mine"
    stale = write_json(tmp_path, shown, "stale.json")
    for extra in ((), ("--replace",)):
        code, out, err = run("edit", rid, "--json", stale, *extra)
        assert code == 25 and out == "" and len(err.strip().splitlines()) == 1, err
        assert "saved again since revision 1" in err
    assert json.loads(run("show", rid, "--json")[1])["title"] == INCIDENT["title"]
    code, _, err = run(
        "edit", rid, "--json", write_json(tmp_path, {"title": "x"}, "r.json"), "--replace"
    )
    assert code == 2 and "revision" in err


def test_media_stay_attached_unless_detached_and_gps_goes_into_the_location(
    initialised, tmp_path: Path
):
    run = initialised
    rid = _add(run, tmp_path, "incident", INCIDENT)
    photo = samples.write(
        tmp_path / "in", "gps.jpg", samples.jpeg(samples.picture(), exif=samples.exif_block())
    )
    code, out, err = run("attach", rid, str(photo))
    assert code == 0, err
    media_id = out.split()[0]
    shown = json.loads(run("show", rid, "--json")[1])
    del shown["media"]
    code, _, err = run("edit", rid, "--json", write_json(tmp_path, shown, "nomedia.json"))
    assert code == 0, err
    assert json.loads(run("show", rid, "--json")[1])["media"] == [media_id]

    code, _, err = run("edit", rid[:8], "--location-from-media", media_id[:8])
    assert code == 0, err
    location = json.loads(run("show", rid, "--json")[1])["location"]
    assert location["settlement"] == "Kulundu" and location["precision"] == "exact"
    assert abs(location["lat"] - 52.504) < 0.01

    code, _, err = run("edit", rid, "--detach", media_id)
    assert code == 0 and f"Detached media {media_id}" in err
    assert "media" not in json.loads(run("show", rid, "--json")[1])
    code, _, err = run("edit", rid)
    assert code == 2 and "--json FILE" in err


def test_a_settlement_outside_the_gazetteer_is_saved_with_a_warning(initialised, tmp_path):
    run = initialised
    data = {**INCIDENT, "location": {"settlement": "Nowhere-on-the-map"}}
    code, out, err = run("add", "incident", "--json", write_json(tmp_path, data))
    assert code == 0 and len(out.strip()) == 36
    assert "warning: location.settlement: This settlement is not in the gazetteer" in err
    code, out, err = run("add", "incident", "--json", write_json(tmp_path, INCIDENT, "k.json"))
    assert code == 0 and "warning" not in err


def test_show_gives_links_both_ways_and_the_sync_state(initialised, tmp_path: Path):
    run = initialised
    incident = _add(run, tmp_path, "incident", INCIDENT)
    statement = _add(run, tmp_path, "statement", {"text": "[TEST] I saw it.", "links": [incident]})
    code, out, _ = run("show", incident)
    assert code == 0
    assert f"linked from: {statement}  statement" in out
    assert "sync: not yet sent" in out
    code, out, _ = run("show", statement)
    assert f"links to: {incident}  incident  {INCIDENT['title']}" in out
    code, out, err = run("list")
    assert "SYNC" in out and "not sent" in out and err.strip() == "2 records"
    rows = json.loads(run("list", "--json")[1])
    assert {(r["sync"], r["bundle"]) for r in rows} == {("not_sent", None)}


def test_a_short_id_says_how_many_characters_are_needed(initialised, tmp_path):
    run = initialised
    _add(run, tmp_path, "incident", INCIDENT)
    code, _, err = run("show", "ea")
    assert code == 11 and "at least its first 6 characters" in err
    photo = samples.write(tmp_path / "in", "a.jpg", samples.jpeg(samples.picture()))
    assert run("attach", "--unattached", str(photo))[0] == 0
    code, _, err = run("media", "show", "%%%%%%")
    assert code == 16 and "No media item with id %%%%%%." in err


def test_media_caption_sets_and_removes_a_caption(initialised, tmp_path):
    run = initialised
    photo = samples.write(tmp_path / "in", "c.jpg", samples.jpeg(samples.picture()))
    media_id = run("attach", "--unattached", str(photo))[1].split()[0]
    code, out, _ = run("media", "caption", media_id[:8], "  Roof of house 12, east side ")
    assert code == 0 and "caption set" in out
    shown = json.loads(run("media", "show", media_id, "--json")[1])
    assert shown["caption"] == "Roof of house 12, east side"
    code, out, _ = run("media", "caption", media_id, "")
    assert code == 0 and "caption removed" in out
    assert not json.loads(run("media", "show", media_id, "--json")[1]).get("caption")


def test_an_empty_passphrase_is_called_empty(initialised, monkeypatch):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "")
    code, _, err = initialised("list")
    assert code == 5 and "Empty passphrase" in err and "wrong" not in err.lower()


def test_the_top_level_help_names_the_environment_and_the_exit_codes(capsys):
    import pytest

    from fieldreport import cli

    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    for name in (
        "FIELDREPORT_VAULT",
        "FIELDREPORT_PASSPHRASE",
        "FIELDREPORT_NEW_PASSPHRASE",
        "FIELDREPORT_CENTRAL_STORE",
        "FIELDREPORT_CENTRAL_PASSPHRASE",
    ):
        assert name in text
    assert "exits with its own code" in text and "README" in text


def test_every_argument_and_group_has_help_text():
    import argparse

    from fieldreport import cli

    missing = []

    def walk(parser: argparse.ArgumentParser, where: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helped = {a.dest for a in action._choices_actions if a.help}
                for name, child in action.choices.items():
                    if name not in helped:
                        missing.append(f"{where} {name}")
                    walk(child, f"{where} {name}")
            elif not isinstance(action, argparse._HelpAction) and not action.help:
                missing.append(f"{where} {'/'.join(action.option_strings) or action.dest}")

    walk(cli.build_parser(), "fieldreport-cli")
    assert missing == []
