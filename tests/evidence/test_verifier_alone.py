"""The verifier stands alone: of FieldReport it imports only fieldreport.crypto, and no Qt."""

from __future__ import annotations

from pathlib import Path

from tests.test_layers import PACKAGE, _imports

ALLOWED_THIRD_PARTY = {"cryptography", "rfc8785"}


def test_the_verifier_imports_only_crypto_and_the_standard_library() -> None:
    import sys

    wrong = []
    for path in sorted((PACKAGE / "verifier").rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if name.startswith("fieldreport."):
                if not name.startswith(("fieldreport.verifier", "fieldreport.crypto")):
                    wrong.append(f"{path.name} imports {name}")
            elif top not in sys.stdlib_module_names and top not in ALLOWED_THIRD_PARTY:
                wrong.append(f"{path.name} imports {name}")
    assert not wrong, wrong


def test_the_crypto_it_uses_stays_small() -> None:
    """fieldreport.crypto's canonical and signing modules import no other layer either."""
    for name in ("canonical.py", "signing.py", "__init__.py"):
        found = _imports(Path(PACKAGE / "crypto" / name))
        assert not [n for n in found if n.startswith("fieldreport.")], (name, found)
