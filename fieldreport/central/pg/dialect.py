"""The central modules' SQLite SQL, as PostgreSQL runs it.

The central modules write plain SQLite SQL (``?`` parameters, ``INSERT OR
IGNORE``, ``INSERT OR REPLACE``, ``IS ?``, ``LIKE`` without regard to case,
``rowid``, ``PRAGMA data_version``). :func:`translate` rewrites one statement
for PostgreSQL and says which parameters go into sealed columns (and, for a
revision, which parameter is the record, whose facts are kept beside it), so
:mod:`fieldreport.central.pg.database` can seal them before they leave the
process. A statement that would write a sealed column from anything but a
parameter (a literal, an expression) is refused: nothing identifying may reach
PostgreSQL in clear by a path the adapter did not see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fieldreport.central.pg.schema import SEALED

#: pg_advisory_xact_lock key every writing transaction takes ("FRCW"): one writer at a
#: time, as the embedded store's write lock (readers never wait for it).
WRITE_LOCK = 0x46524357
#: pg_advisory_xact_lock(DEVICE_LOCK, hashtext(device_id)): one import per device at a
#: time ("FRCD"); imports of different devices run at once, each taking WRITE_LOCK only
#: for its short global section (docs/central-postgresql.md, "Several programs at once").
DEVICE_LOCK = 0x46524344
#: Held shared (session) by every import in progress, exclusive (tried, never waited
#: for) by the sweep of what interrupted imports left: a sweep never meets the files
#: of an import that has not committed yet ("FRCS").
SWEEP_LOCK = 0x46524353
#: Columns PostgreSQL has that SQLite's ``SELECT *`` would not show.
HIDDEN = ("rowid", "facts")

_TOKEN = re.compile(
    r"""(?P<str>'(?:[^']|'')*')|(?P<ident>"(?:[^"]|"")*")|(?P<word>[A-Za-z_][A-Za-z0-9_.]*)"""
    r"""|(?P<param>\?)|(?P<space>\s+)|(?P<other>.)""",
    re.DOTALL,
)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    pk: tuple[str, ...]
    identity: str | None  # the column PostgreSQL numbers by itself (SQLite's rowid)


@dataclass
class Plan:
    """One statement for PostgreSQL, and what to do with its parameters."""

    sql: str
    seal: list[tuple[int, str, str]] = field(default_factory=list)  # (param, table, column)
    facts_from: int | None = None  # the parameter holding a revision's record
    identity: str | None = None  # an INSERT's numbered column, for lastrowid
    pragma: str | None = None  # a PRAGMA answered by the adapter itself


class UnsealableWrite(Exception):
    """A statement writes a sealed column in a way the adapter cannot seal."""


def _tokens(sql: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(sql):
        kind = m.lastgroup or "other"
        out.append((kind, m.group()))
    return out


def _words(tokens: list[tuple[str, str]]) -> list[int]:
    """Indexes of the significant tokens (not spaces)."""
    return [i for i, (kind, _) in enumerate(tokens) if kind != "space"]


def translate(sql: str, tables: dict[str, Table]) -> Plan:
    stripped = sql.strip().rstrip(";")
    upper = stripped.upper()
    if upper.startswith("PRAGMA"):
        return Plan("", pragma=stripped[6:].strip())
    tokens = _tokens(stripped)
    plan = Plan("")
    conflict = ""
    sig = _words(tokens)
    first = tokens[sig[0]][1].upper() if sig else ""
    if first == "INSERT":
        conflict = _insert(tokens, sig, tables, plan)
    elif first == "UPDATE":
        _update(tokens, sig, plan)
    elif first == "DELETE" or first == "SELECT" or first == "WITH":
        pass
    _rewrite_comparisons(tokens)
    text = "".join(_emit(kind, value) for kind, value in tokens) + conflict
    target = _insert_target(tokens, sig) if first == "INSERT" else None
    if target in tables and not conflict.endswith("DO NOTHING") and "RETURNING" not in upper:
        plan.identity = tables[target].identity
    plan.sql = text
    return plan


def _emit(kind: str, value: str) -> str:
    if kind == "param":
        return "%s"
    if kind == "facts":
        return ", %s::jsonb)"
    return value.replace("%", "%%")


def _rewrite_comparisons(tokens: list[tuple[str, str]]) -> None:
    """``LIKE`` → ``ILIKE`` (SQLite's ignores case); ``IS ?`` / ``IS NOT ?`` → DISTINCT FROM."""
    sig = _words(tokens)
    for n, i in enumerate(sig):
        kind, value = tokens[i]
        if kind != "word":
            continue
        word = value.upper()
        if word == "LIKE":
            tokens[i] = ("word", "ILIKE")
        elif word == "IS" and n + 1 < len(sig):
            nxt = tokens[sig[n + 1]]
            if nxt[0] == "param":
                tokens[i] = ("word", "IS NOT DISTINCT FROM")
            elif nxt[1].upper() == "NOT" and n + 2 < len(sig) and tokens[sig[n + 2]][0] == "param":
                tokens[i] = ("word", "IS DISTINCT FROM")
                tokens[sig[n + 1]] = ("space", "")


def _bare(name: str) -> str:
    name = name.strip('"')
    return name.split(".", 1)[1] if name.lower().startswith("main.") else name


def _insert_target(tokens: list[tuple[str, str]], sig: list[int]) -> str | None:
    for n, i in enumerate(sig):
        if tokens[i][1].upper() == "INTO" and n + 1 < len(sig):
            return _bare(tokens[sig[n + 1]][1])
    return None


def _insert(
    tokens: list[tuple[str, str]], sig: list[int], tables: dict[str, Table], plan: Plan
) -> str:
    """Rewrite ``INSERT OR …``; note the sealed parameters. Returns the ON CONFLICT tail."""
    mode = ""
    if len(sig) > 2 and tokens[sig[1]][1].upper() == "OR":
        mode = tokens[sig[2]][1].upper()
        tokens[sig[1]] = tokens[sig[2]] = ("space", "")
    into = next(n for n, i in enumerate(sig) if tokens[i][1].upper() == "INTO")
    table = _bare(tokens[sig[into + 1]][1])
    tokens[sig[into + 1]] = ("word", table)
    at = into + 2
    columns: list[str] | None = None
    close_cols: int | None = None
    if at < len(sig) and tokens[sig[at]][1] == "(":
        columns, at = _name_list(tokens, sig, at)
        close_cols = sig[at - 1]
    known = tables.get(table)
    if columns is None and known is not None:
        columns = [c for c in known.columns if c not in HIDDEN]
    sealed = SEALED.get(table, frozenset())
    is_values = at < len(sig) and tokens[sig[at]][1].upper() == "VALUES"
    if is_values and columns is not None:
        groups = _values_groups(tokens, sig, at + 1)
        params_before = 0
        for group, _close in groups:
            if len(group) != len(columns):
                raise UnsealableWrite(f"INSERT INTO {table}: columns and values differ")
            for column, expr in zip(columns, group, strict=True):
                params = [t for t in expr if t[0] == "param"]
                if column in sealed:
                    if [t[0] for t in expr if t[0] != "space"] == ["param"]:
                        plan.seal.append((params_before, table, column))
                    elif not (len(expr) == 1 and expr[0][1].upper() == "NULL"):
                        raise UnsealableWrite(f"{table}.{column} written without a parameter")
                if column == "data" and table == "revisions" and params:
                    plan.facts_from = params_before
                params_before += len(params)
        if plan.facts_from is not None:
            if close_cols is None or len(groups) != 1:
                raise UnsealableWrite("a revision is inserted one row at a time, columns named")
            tokens[close_cols] = ("other", ", facts)")
            tokens[groups[0][1]] = ("facts", "")  # one more parameter: the facts, last
    elif (
        sealed
        and not is_values
        and any(kind == "param" for kind, _ in tokens)
        and set(columns or ()) & sealed
    ):
        # INSERT … SELECT copies values already in the database (sealed as they are);
        # a parameter could be a clear value going into a sealed column.
        raise UnsealableWrite(f"INSERT INTO {table} … SELECT with parameters")
    if mode == "IGNORE":
        return " ON CONFLICT DO NOTHING"
    if mode == "REPLACE":
        if known is None or columns is None:
            raise UnsealableWrite(f"INSERT OR REPLACE INTO {table}: unknown table")
        extra = ["facts"] if plan.facts_from is not None else []
        updates = [c for c in [*columns, *extra] if c not in known.pk]
        keys = ", ".join(known.pk)
        if not updates:
            return f" ON CONFLICT ({keys}) DO NOTHING"
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in updates)
        return f" ON CONFLICT ({keys}) DO UPDATE SET {sets}"
    return ""


def _name_list(tokens: list[tuple[str, str]], sig: list[int], at: int) -> tuple[list[str], int]:
    """The names in ``( a, b, c )`` starting at sig[at]; returns them and the index after."""
    names = []
    at += 1
    while tokens[sig[at]][1] != ")":
        if tokens[sig[at]][1] != ",":
            names.append(tokens[sig[at]][1].strip('"'))
        at += 1
    return names, at + 1


def _values_groups(
    tokens: list[tuple[str, str]], sig: list[int], at: int
) -> list[tuple[list[list[tuple[str, str]]], int]]:
    """Each ``( expr, expr )`` after VALUES: its expressions and its closing token's index."""
    groups = []
    n = at
    while n < len(sig) and tokens[sig[n]][1] == "(":
        depth = 0
        exprs: list[list[tuple[str, str]]] = []
        current: list[tuple[str, str]] = []
        n += 1
        while True:
            kind, value = tokens[sig[n]]
            if value == "(":
                depth += 1
            elif value == ")":
                if depth == 0:
                    break
                depth -= 1
            if value == "," and depth == 0:
                exprs.append(current)
                current = []
            else:
                current.append((kind, value))
            n += 1
        exprs.append(current)
        groups.append((exprs, sig[n]))
        n += 1
        if n < len(sig) and tokens[sig[n]][1] == ",":
            n += 1
        else:
            break
    return groups


def _update(tokens: list[tuple[str, str]], sig: list[int], plan: Plan) -> None:
    """Note the parameters of ``UPDATE t SET col = ?`` that go into sealed columns."""
    table = _bare(tokens[sig[1]][1])
    tokens[sig[1]] = ("word", table)
    sealed = SEALED.get(table, frozenset())
    if not sealed:
        return
    params_before = 0
    n = next(k for k, i in enumerate(sig) if tokens[i][1].upper() == "SET") + 1
    depth = 0
    while n < len(sig):
        kind, value = tokens[sig[n]]
        if depth == 0 and kind == "word" and value.upper() in ("WHERE", "RETURNING"):
            break
        if value == "(":
            depth += 1
        elif value == ")":
            depth -= 1
        if depth == 0 and kind == "word" and n + 1 < len(sig) and tokens[sig[n + 1]][1] == "=":
            column = value.strip('"')
            expr = []
            k, inner = n + 2, 0
            while k < len(sig):
                kk, vv = tokens[sig[k]]
                if (vv == "," and inner == 0) or (kk == "word" and vv.upper() == "WHERE"):
                    break
                inner += {"(": 1, ")": -1}.get(vv, 0)
                expr.append((kk, vv))
                k += 1
            if column in sealed:
                if _parameter_or_kept(expr, column):
                    plan.seal.append((params_before, table, column))
                elif not (len(expr) == 1 and expr[0][1].upper() == "NULL"):
                    raise UnsealableWrite(f"{table}.{column} written without a parameter")
            params_before += sum(1 for t in expr if t[0] == "param")
            n = k
            continue
        n += 1


def _parameter_or_kept(expr: list[tuple[str, str]], column: str) -> bool:
    """``?``, or ``coalesce(?, column)`` (the new value if given, else the sealed one kept)."""
    shape = [value.lower() if kind == "word" else kind for kind, value in expr]
    return shape == ["param"] or shape == [
        "coalesce", "other", "param", "other", column.lower(), "other"
    ] and [v for k, v in expr if k == "other"] == ["(", ",", ")"]  # fmt: skip
