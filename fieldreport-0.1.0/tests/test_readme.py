"""The README's promises match the code."""

from __future__ import annotations

import re
from pathlib import Path

from fieldreport.errors import EXIT_CODES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def test_exit_code_table_matches_the_code():
    table = re.findall(r"^\| (\d+) \| (.+?) \|$", README, flags=re.MULTILINE)
    assert [(int(code), text) for code, text in table] == EXIT_CODES


def test_readme_shows_the_two_commands_ci_runs():
    assert "make run" in README and "make test" in README
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text("utf-8")
    assert "make test" in ci


def test_every_cli_command_in_the_readme_exists():
    import argparse

    from fieldreport.cli import build_parser

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    shown = set(re.findall(r"^fieldreport-cli ([\w-]+)", README, flags=re.MULTILINE))
    assert shown and shown <= set(sub.choices)


def test_every_image_the_readme_shows_exists():
    root = Path(__file__).resolve().parent.parent
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert images
    for image in images:
        assert (root / image).is_file(), image
