"""What an evidence package says to people: the summary (en, ru, ky) and ``VERIFY.md``.

Nothing here reads a value the anonymised package withholds: titles come from
:func:`fieldreport.domain.present.title` (no identifying value) and pass the
name mask as well; device names are not shown in an anonymised package.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldreport.central.store import CentralStore
from fieldreport.crypto import signing
from fieldreport.domain.present import title
from fieldreport.verifier import minisign

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Evidence package",
        "organisation": "Organisation",
        "fingerprint": "Organisation fingerprint (compare it with one published elsewhere)",
        "minisign": "minisign key id (organisation.pub)",
        "created": "Package made",
        "package": "Package id",
        "records": "Records",
        "record": "Record",
        "kind": "Kind",
        "title": "Title",
        "revision": "Revision",
        "device": "Device",
        "saved": "Saved on the device",
        "entry": "Custody-log entry",
        "hash": "SHA-256 logged by the device",
        "media": "Photos, recordings and documents",
        "c2pa": "Photos with C2PA Content Credentials",
        "c2pa_text": "{count} photo(s) in data/published/ carry a C2PA manifest signed by the "
        "organisation ({signer}), asserting the hash of the original, its device and "
        "custody-log entry; any C2PA reader checks it. A reader trusts the signer "
        "once data/{root} (SHA-256 {fingerprint}) is in its trust list. In an "
        "anonymised package these are copies without the photo's metadata (EXIF, GPS "
        "position).",
        "size": "Size (bytes)",
        "devices": "Devices",
        "device_fp": "Device fingerprint",
        "entries": "Custody-log entries included",
        "identifying": "This package includes identifying information (names and contacts). "
        "Handle it as the organisation's policy for identifying data requires.",
        "anonymised": "This package is anonymised.",
        "removed": "Removed: every identifying field (names, contacts and owners of witnesses, "
        "victims and property), the address and coordinates where a person lives, the text of "
        "statements whose witness did not consent to anonymised publication, the file names, "
        "captions and metadata of media descriptions, and device names. Every known name or "
        "contact found in free text is replaced by •••.",
        "proof": "How the hashes still prove the rest: each device signed, in its custody log, "
        "the SHA-256 of every whole revision and of every original file. The originals of "
        "photos, recordings and documents are included bit for bit and match those hashes. An "
        "anonymised revision no longer matches its logged hash, so it carries that hash "
        "(logged_hash): the signed log proves that the revision existed on that device at "
        "that time and that the log is complete up to it; what the anonymised fields say is "
        "vouched for by the organisation's signature on this package. Each value left out is "
        "listed under withheld as SHA-256(salt ‖ value); the organisation can disclose a "
        "value with its salt later and so prove it was this one.",
        "verify": "To check this package, read VERIFY.md: stock tools (bagit, sha256sum, "
        "minisign) or fieldreport-verify.",
        "deleted": "deleted on the device; only its hash travels",
    },
    "ru": {
        "heading": "Пакет доказательств",
        "organisation": "Организация",
        "fingerprint": "Отпечаток организации (сравните с опубликованным в другом месте)",
        "minisign": "Идентификатор ключа minisign (organisation.pub)",
        "created": "Пакет создан",
        "package": "Идентификатор пакета",
        "records": "Записи",
        "record": "Запись",
        "kind": "Тип",
        "title": "Заголовок",
        "revision": "Редакция",
        "device": "Устройство",
        "saved": "Сохранено на устройстве",
        "entry": "Запись журнала хранения",
        "hash": "SHA-256 из журнала устройства",
        "media": "Фото, записи и документы",
        "c2pa": "Фотографии с учётными данными C2PA (Content Credentials)",
        "c2pa_text": "Фотографий в data/published/: {count}. Каждая несёт манифест C2PA, "
        "подписанный организацией ({signer}): хеш оригинала, устройство и запись его "
        "журнала цепочки хранения; его проверяет любая программа чтения C2PA. "
        "Программа доверяет подписи, когда data/{root} (SHA-256 {fingerprint}) "
        "добавлен в её список доверия. В обезличенном пакете это копии без метаданных"
        " фотографии (EXIF, GPS-координаты).",
        "size": "Размер (байт)",
        "devices": "Устройства",
        "device_fp": "Отпечаток устройства",
        "entries": "Записей журнала хранения в пакете",
        "identifying": "Пакет содержит идентифицирующие сведения (имена и контакты). "
        "Обращайтесь с ним так, как требуют правила организации для таких данных.",
        "anonymised": "Пакет обезличен.",
        "removed": "Удалено: все идентифицирующие поля (имена, контакты и владельцы — свидетелей, "
        "пострадавших и имущества), адрес и координаты места жительства, текст показаний, "
        "свидетель которых не дал согласия на обезличенную публикацию, имена файлов, подписи и "
        "метаданные описаний медиафайлов, названия устройств. Каждое известное имя или контакт "
        "в свободном тексте заменено на •••.",
        "proof": "Как хеши по-прежнему доказывают остальное: каждое устройство подписало в своём "
        "журнале хранения SHA-256 каждой редакции целиком и каждого исходного файла. Оригиналы "
        "фото, записей и документов включены бит в бит и совпадают с этими хешами. Обезличенная "
        "редакция больше не совпадает со своим хешем, поэтому она несёт этот хеш (logged_hash): "
        "подписанный журнал доказывает, что редакция существовала на этом устройстве в это "
        "время и что журнал до неё полон; за содержание обезличенных полей ручается подпись "
        "организации на пакете. Каждое удалённое значение указано в withheld как "
        "SHA-256(соль ‖ значение); организация может позже раскрыть значение вместе с солью и "
        "так доказать, что оно было именно таким.",
        "verify": "Как проверить пакет — в VERIFY.md: стандартными средствами (bagit, sha256sum, "
        "minisign) или программой fieldreport-verify.",
        "deleted": "удалён на устройстве; передан только его хеш",
    },
    "ky": {
        "heading": "Далилдер топтому",
        "organisation": "Уюм",
        "fingerprint": "Уюмдун манжа изи (башка жерде жарыяланган менен салыштырыңыз)",
        "minisign": "minisign ачкычынын идентификатору (organisation.pub)",
        "created": "Топтом түзүлгөн",
        "package": "Топтомдун идентификатору",
        "records": "Жазуулар",
        "record": "Жазуу",
        "kind": "Түрү",
        "title": "Аталышы",
        "revision": "Редакция",
        "device": "Түзмөк",
        "saved": "Түзмөктө сакталган",
        "entry": "Сактоо журналынын жазуусу",
        "hash": "Түзмөк журналындагы SHA-256",
        "media": "Сүрөттөр, жазмалар жана документтер",
        "c2pa": "C2PA тастыктамалары (Content Credentials) бар сүрөттөр",
        "c2pa_text": "data/published/ ичиндеги сүрөттөр: {count}. Ар биринде уюм кол койгон C2PA "
        "манифести бар ({signer}): түп нусканын хеши, түзмөк жана анын сактоо "
        "чынжырынын журналындагы жазуу; аны C2PA окуй алган каалаган программа "
        "текшерет. data/{root} (SHA-256 {fingerprint}) ишеним тизмесине кошулганда "
        "программа кол тамгага ишенет. Аты-жөнү жашырылган пакетте булар "
        "метамаалыматы (EXIF, GPS координаттары) жок көчүрмөлөр.",
        "size": "Өлчөмү (байт)",
        "devices": "Түзмөктөр",
        "device_fp": "Түзмөктүн манжа изи",
        "entries": "Топтомдогу сактоо журналынын жазуулары",
        "identifying": "Бул топтомдо инсанды аныктаган маалымат бар (аттар жана байланыштар). "
        "Аны уюмдун мындай маалыматтар боюнча эрежелерине ылайык колдонуңуз.",
        "anonymised": "Бул топтом жашырылган (анонимдештирилген).",
        "removed": "Алынып салынды: инсанды аныктаган бардык талаалар (күбөлөрдүн, "
        "жабырлануучулардын жана мүлк ээлеринин аттары, байланыштары), адамдын жашаган "
        "дареги жана координаттары, күбөсү анонимдүү жарыялоого макулдук бербеген "
        "көрсөтмөлөрдүн тексти, медиа сүрөттөмөлөрүнүн файл аттары, жазуулары жана "
        "метамаалыматтары, түзмөктөрдүн аттары. Эркин тексттеги ар бир белгилүү ат же "
        "байланыш ••• менен алмаштырылды.",
        "proof": "Хештер калганын кантип далилдейт: ар бир түзмөк өзүнүн сактоо журналында ар "
        "бир редакциянын толугу менен жана ар бир түпнуска файлдын SHA-256 хешине кол койгон. "
        "Сүрөттөрдүн, жазмалардын жана документтердин түпнускалары бит-битине чейин киргизилген "
        "жана ошол хештерге дал келет. Жашырылган редакция өз хешине дал келбейт, ошондуктан ал "
        "ошол хешти (logged_hash) камтыйт: кол коюлган журнал редакция ошол түзмөктө ошол "
        "убакта болгонун жана журнал ага чейин толук экенин далилдейт; жашырылган талаалардын "
        "мазмунуна уюмдун топтомдогу колу кепилдик берет. Алынып салынган ар бир маани withheld "
        "ичинде SHA-256(туз ‖ маани) катары көрсөтүлгөн; уюм кийин маанини тузу менен ачып, "
        "анын дал ушул маани болгонун далилдей алат.",
        "verify": "Топтомду текшерүү үчүн VERIFY.md окуңуз: стандарттык куралдар (bagit, "
        "sha256sum, minisign) же fieldreport-verify.",
        "deleted": "түзмөктө өчүрүлгөн; анын хеши гана берилди",
    },
}


@dataclass(frozen=True)
class Block:
    kind: str  # h1 | h2 | p | strong | table
    text: str = ""
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


def summary(
    index: dict[str, Any], store: CentralStore, mask: Callable[[str], str] | None, lang: str
) -> list[Block]:
    """What the summary says, in order; rendered as HTML here and as PDF (evidence_pdf)."""
    t = _TEXT[lang]
    org = index["organisation"]
    public = bytes.fromhex(org["signing_public_key"])
    blocks = [
        Block("h1", t["heading"]),
        Block(
            "table",
            headers=(t["organisation"], t["fingerprint"], t["minisign"], t["created"]),
            rows=(
                (
                    org["name"],
                    org["fingerprint"],
                    minisign.key_id_text(minisign.key_number(public)),
                    index["created_at"],
                ),
            ),
        ),
        Block("p", f"{t['package']}: {index['package_id']}"),
    ]
    if index["anonymised"]:
        blocks += [Block("strong", t["anonymised"]), Block("p", t["removed"])]
    else:
        blocks.append(Block("strong", t["identifying"]))
    blocks += [Block("p", t["proof"]), Block("h2", t["records"])]
    rows = []
    for record in index["records"]:
        for rev in record["revisions"]:
            row = store.db.execute(
                "SELECT kind, data, content_hash FROM revisions WHERE record_id = ? "
                "AND revision = ?",
                [record["id"], rev["revision"]],
            ).fetchone()
            label = title(row[0], json.loads(row[1]), lang)
            rows.append(
                (
                    record["id"],
                    row[0],
                    mask(label) if mask else label,
                    str(rev["revision"]),
                    rev["device"],
                    rev["saved_at"],
                    str(rev["log_seq"]),
                    row[2],
                )
            )
    blocks.append(
        Block(
            "table",
            headers=(t["record"], t["kind"], t["title"], t["revision"], t["device"], t["saved"])
            + (t["entry"], t["hash"]),
            rows=tuple(rows),
        )
    )
    media = tuple(
        (
            m["id"],
            m["sha256"] if m["file"] else f"{m['sha256']} ({t['deleted']})",
            str(m["size"]),
            m["device"],
            str(m["log_seq"]),
        )
        for m in index["media"]
    )
    blocks += [
        Block("h2", t["media"]),
        Block("table", headers=("id", "SHA-256", t["size"], t["device"], t["entry"]), rows=media),
        Block("h2", t["devices"]),
    ]
    devices = []
    for device in index["devices"]:
        key = store.db.execute(
            "SELECT public_key FROM devices WHERE id = ?", [device["id"]]
        ).fetchone()[0]
        devices.append((device["id"], signing.fingerprint(bytes(key)), str(device["entries"])))
    blocks.append(
        Block("table", headers=(t["device"], t["device_fp"], t["entries"]), rows=tuple(devices))
    )
    published = index.get("c2pa")
    if published:
        text = t["c2pa_text"].format(
            count=len(published["photos"]),
            signer=published["signer"],
            root=published["root_certificate"],
            fingerprint=published["root_fingerprint"],
        )
        blocks += [Block("h2", t["c2pa"]), Block("p", text)]
    blocks.append(Block("p", t["verify"]))
    return blocks


def _html_block(block: Block) -> str:
    if block.kind == "table":
        head = "".join(f"<th>{html.escape(h)}</th>" for h in block.headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in block.rows
        )
        return f"<table><tr>{head}</tr>{body}</table>"
    if block.kind == "strong":
        return f"<p><b>{html.escape(block.text)}</b></p>"
    return f"<{block.kind}>{html.escape(block.text)}</{block.kind}>"


def summary_html(blocks: list[Block], lang: str) -> str:
    style = (
        "body{font-family:sans-serif;max-width:70em;margin:2em auto}"
        "table{border-collapse:collapse;margin:1em 0}"
        "td,th{border:1px solid #999;padding:.3em;font-size:.9em;word-break:break-all}"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(blocks[0].text)}</title><style>{style}</style></head>"
        f"<body>{''.join(_html_block(b) for b in blocks)}</body></html>\n"
    )


def verify_md(index: dict[str, Any]) -> str:
    org = index["organisation"]
    return f"""# Verifying this evidence package

Organisation: {org["name"]} ({org["id"]})
Organisation fingerprint: {org["fingerprint"]}
Compare it with the fingerprint the organisation published elsewhere (its
website, a letter): the key in `organisation.pub` is only worth what that
comparison is worth.

## With stock tools only

Run these in this folder.

1. **The files are complete and unchanged** (BagIt, RFC 8493):

       bagit.py --validate .

   or, without the bagit tool:

       sha256sum -c manifest-sha256.txt && sha256sum -c tagmanifest-sha256.txt

2. **The organisation signed them** (minisign, <https://jedisct1.github.io/minisign/>):

       minisign -Vm manifest-sha256.txt -p organisation.pub
       minisign -Vm tagmanifest-sha256.txt -p organisation.pub

   The first covers every file under `data/`, the second the files beside it
   (this file, `organisation.pub`, `bag-info.txt`). The key id minisign prints
   is also in `data/summary.html`.

3. **Each file is what a device recorded.** `data/evidence.json` names, for
   every record revision and media file, its device and the entry of that
   device's custody log (`data/devices/<device>/custody-log.json`) that
   recorded it. For an original:

       sha256sum data/media/<id>/original.jpg

   equals that entry's `content_hash` (a record revision: the SHA-256 of
   `data/records/<id>/<revision>.json`). Each entry's `entry_hash` is the
   SHA-256 of the RFC 8785 canonical JSON of its fields `seq, prev_hash, time,
   event, object, content_hash`, its `prev_hash` the `entry_hash` before it,
   and `signature` the device's Ed25519 signature over that canonical JSON,
   with the key in `data/devices/<device>/certificate.json` (signed by the
   organisation over the canonical JSON of its `body`). Receipts in
   `data/devices/<device>/receipts/` are the organisation's signed
   acknowledgements of the bundles that brought them. docs/custody-log.md and
   docs/sync-formats.md of FieldReport describe these formats exactly.

An anonymised package (`"anonymised": true` in `data/evidence.json`) shows
revisions with names and contacts taken out; such a revision cannot match its
logged hash, and carries it as `logged_hash` instead (see `data/summary.html`).

4. **Nothing was removed at the centre since.** `data/transparency/checkpoint.txt`
   is the centre's checkpoint (C2SP signed note, <https://c2sp.org/tlog-checkpoint>):
   the number of entries in the centre's custody log and the RFC 6962 Merkle
   root over them, signed by the organisation's key (origin and key name
   `fieldreport/<organisation id>`). `leaf-hashes.txt` holds every leaf hash
   (SHA-256 of 0x00 and the entry's canonical JSON), so the root can be
   recomputed; `centre-log.json` holds the entries this package relies on (the
   import of each bundle, the approval of each device) with their inclusion
   proofs. Given a checkpoint the organisation published earlier,
   `fieldreport-verify . --since earlier.txt` checks that the log only grew
   since: nothing was rewritten or dropped.

## With the verifier

    pip install fieldreport
    fieldreport-verify .
    fieldreport-verify . --since checkpoint-published-earlier.txt

It runs every check above (and each device signature and receipt), prints a
verdict per record in plain words, and exits with a non-zero code naming the
file and the check on any failure. It needs no account, no passphrase and no
network.
""" + _c2pa_md(index.get("c2pa"))


def _c2pa_md(published: dict[str, Any] | None) -> str:
    """VERIFY.md's part on the photos with C2PA Content Credentials (``--c2pa``), if any."""
    if not published:
        return ""
    return f"""
## Photos with C2PA Content Credentials

`data/published/` holds {len(published["photos"])} photo(s) for publication, each with
a C2PA manifest embedded (<https://c2pa.org>), signed by {published["signer"]}:
in an anonymised package a copy without the photo's metadata (EXIF, GPS
position; the manifest's actions say so), else the original itself. Any C2PA
reader shows and checks it, for example

    c2patool data/published/<id>.c2pa.jpg

The manifest asserts the SHA-256 of the original (`org.fieldreport.capture`,
equal to the device's logged `content_hash`) and the device's custody-log
entry (`org.fieldreport.custody`). A reader calls the credential valid when
the photo and manifest are intact; it calls it trusted only when the
signer's root is in its trust list: the root is `data/{published["root_certificate"]}`
(SHA-256 fingerprint {published["root_fingerprint"]}), to compare with the one
the organisation published.
"""
