"""Build configuration that pyproject.toml cannot say declaratively.

The shipped resources (vocabularies, gazetteer, compiled translations, icons)
stay in the checkout's top-level ``resources/`` folder, where translators and
organisations find them, and travel in the wheel as the data-only package
``fieldreport/_data``: every install (wheel, sdist, editable, frozen) finds
them beside the code through ``importlib.resources``. Everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["fieldreport", "fieldreport.*"]),
        "fieldreport._data",
        "fieldreport._data.translations",
        "fieldreport._data.icons",
    ],
    package_dir={"fieldreport._data": "resources"},
    package_data={
        "fieldreport": ["py.typed"],
        "fieldreport._data": ["*.json"],
        "fieldreport._data.translations": ["*.qm"],
        "fieldreport._data.icons": ["*.png", "*.ico", "*.svg"],
    },
    # Translation sources are for translators (in the checkout and the sdist), not for users.
    exclude_package_data={"fieldreport._data.translations": ["*.ts"]},
)
