"""The layers of brief.md, read from the source: the two faces never import each
other, nothing below the faces imports a face, and the command line is one
package rather than loose modules beside the layers."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "fieldreport"
FACES = ("fieldreport.cli", "fieldreport.ui")
LAUNCHER = PACKAGE / "__main__.py"  # ``python -m fieldreport`` only starts the window


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _face(name: str) -> str | None:
    return next((f for f in FACES if name == f or name.startswith(f + ".")), None)


def test_no_face_imports_the_other_and_no_layer_imports_a_face():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = _face(_module(path))
        if path == LAUNCHER:
            continue
        for name in _imports(path):
            face = _face(name)
            if face is not None and face != own:
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_the_command_line_is_one_package():
    loose = sorted(p.name for p in PACKAGE.glob("cli*.py"))
    assert not loose, f"command-line modules outside fieldreport/cli/: {loose}"
    assert (PACKAGE / "cli" / "__main__.py").is_file()


def test_the_layer_check_sees_a_cross_import(tmp_path: Path):
    """The check above can fail: a window module importing the CLI is caught."""
    bad = tmp_path / "probe.py"
    bad.write_text("from fieldreport.cli.output import out\nimport fieldreport.ui.app\n")
    assert {_face(n) for n in _imports(bad)} >= {"fieldreport.cli", "fieldreport.ui"}
