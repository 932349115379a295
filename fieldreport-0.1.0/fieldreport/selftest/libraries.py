"""Checks of the libraries and files the app cannot work without.

Each check returns a short detail (versions, what was tried) or raises; it
uses only data made on the spot, in memory.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable

from fieldreport import settings
from fieldreport.resources import resource_path, resources_dir

#: The first 16 bytes of every compiled Qt translation (.qm) file.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
#: Qt base translations the app ships itself (Qt has none for these languages).
SHIPPED_QT_BASE = ("ky",)


def check_resources() -> str:
    from fieldreport.domain.gazetteer import Gazetteer
    from fieldreport.domain.vocabularies import Vocabularies

    vocabularies = Vocabularies.from_file(resource_path("vocabularies.json"))
    gazetteer = Gazetteer.from_file(resource_path("gazetteer.json"))
    places = len(gazetteer.search(""))
    return (
        f"{len(vocabularies.names())} vocabularies, {places} gazetteer places "
        f"from {resources_dir()}"
    )


def check_translations() -> str:
    files = [f"fieldreport_{lang}.qm" for lang in settings.LANGUAGES if lang != "en"]
    files += [f"qtbase_{lang}.qm" for lang in SHIPPED_QT_BASE]
    for name in files:
        path = resource_path("translations", name)
        with open(path, "rb") as handle:
            if handle.read(len(QM_MAGIC)) != QM_MAGIC:
                raise ValueError(f"{name} is not a compiled Qt translation")
    return ", ".join(files)


def check_sqlcipher() -> str:
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        key = os.urandom(32).hex()
        connection.execute(f"PRAGMA key = \"x'{key}'\"")
        (version,) = connection.execute("PRAGMA cipher_version").fetchone() or (None,)
        if not version:
            raise RuntimeError("the SQLite library is not SQLCipher (no cipher_version)")
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.execute("INSERT INTO t VALUES ('self-test')")
        (value,) = connection.execute("SELECT x FROM t").fetchone()
        if value != "self-test":
            raise RuntimeError("a value written could not be read back")
        (provider,) = connection.execute("PRAGMA cipher_provider").fetchone() or ("?",)
    finally:
        connection.close()
    return f"SQLCipher {version} ({provider})"


def check_pyrage() -> str:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    secret = os.urandom(4096)
    sealed = pyrage.encrypt(secret, [identity.to_public()])
    if not sealed.startswith(b"age-encryption.org/v1\n"):
        raise RuntimeError("the output is not an age v1 file")
    if pyrage.decrypt(sealed, [identity]) != secret:
        raise RuntimeError("decryption did not give back what was encrypted")
    return "age v1 encrypt and decrypt (X25519)"


def check_pillow() -> str:
    import PIL
    from PIL import Image

    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "SelfTestCam"
    Image.new("RGB", (64, 48), (200, 120, 40)).save(buffer, "JPEG", exif=exif.tobytes())
    buffer.seek(0)
    with Image.open(buffer) as image:
        image.load()
        if image.size != (64, 48) or image.getexif().get(0x010F) != "SelfTestCam":
            raise RuntimeError("a JPEG written could not be read back with its EXIF")
    return f"Pillow {PIL.__version__}: JPEG with EXIF"


def check_heif() -> str:
    import pillow_heif
    from PIL import Image

    import fieldreport.domain.photos  # noqa: F401 - registers the HEIF opener as the app does

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(buffer, format="HEIF", quality=80)
    buffer.seek(0)
    with Image.open(buffer) as image:
        image.load()
        if image.format != "HEIF" or image.size != (64, 48):
            raise RuntimeError("a HEIF photo written could not be read back")
    return f"pillow-heif {pillow_heif.__version__}: HEIC encode and decode"


def check_centre_libraries() -> str:
    """The coordinator's reports and exports: PDF with its Cyrillic font, XLSX, names."""
    import xlsxwriter
    from anyascii import anyascii
    from fpdf import FPDF
    from rapidfuzz import fuzz

    from fieldreport.central.report_pdf import font_files

    regular, _bold = font_files()
    pdf = FPDF()
    pdf.add_font("PTSans", "", str(regular))
    pdf.add_page()
    pdf.set_font("PTSans", "", 12)
    pdf.cell(text="Кулканд, Баткен, Исфара: ңөү")
    if not bytes(pdf.output()).startswith(b"%PDF-"):
        raise RuntimeError("the PDF report could not be written")
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True}) as book:
        book.add_worksheet().write(0, 0, "self-test")
    if not buffer.getvalue().startswith(b"PK"):
        raise RuntimeError("the XLSX export could not be written")
    if anyascii("Кулканд") != "Kulkand" or fuzz.ratio("Kulkand", "Kulkant") < 80:
        raise RuntimeError("names cannot be compared across scripts")
    return "PDF with PT Sans (Cyrillic), XLSX, transliteration and name similarity"


LIBRARY_CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("resources", check_resources),
    ("translations", check_translations),
    ("SQLCipher", check_sqlcipher),
    ("age (pyrage)", check_pyrage),
    ("Pillow", check_pillow),
    ("HEIF photos (pillow-heif)", check_heif),
    ("reports and exports", check_centre_libraries),
]
