"""Where the shipped resources (vocabularies, gazetteer, translations, icons) live.

In the checkout they are the top-level ``resources/`` folder. A wheel, an sdist
install and the frozen app carry the same files as the data-only package
``fieldreport/_data`` (``setup.py`` maps one onto the other; the PyInstaller spec
collects them to the same place), found through :mod:`importlib.resources`.
An editable install and a checkout on ``sys.path`` have no ``_data`` folder and
read ``resources/`` beside the package instead.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from fieldreport.errors import FieldReportError

#: The name the resources carry inside the installed package.
PACKAGED = "_data"


class ResourcesMissing(FieldReportError):
    """The installation lacks its resources: a broken package or frozen build."""

    exit_code = 1


@cache
def resources_dir() -> Path:
    """The folder holding ``vocabularies.json``, ``gazetteer.json``, ``translations/``…"""
    # files() gives the package's real folder for a wheel, an sdist install and
    # PyInstaller's frozen importer alike (none of them is zipped).
    packaged = Path(str(resources.files("fieldreport"))) / PACKAGED
    if (packaged / "vocabularies.json").is_file():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "vocabularies.json").is_file():
        return checkout
    raise ResourcesMissing(
        f"FieldReport's resources are missing (looked in {packaged} and {checkout}): "
        "this installation is incomplete; reinstall it."
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
