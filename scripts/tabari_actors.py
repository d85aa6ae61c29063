"""Reads TABARI/PETRARCH actor dictionaries (Phoenix.*.actors.txt, MIT, Open Event Data Alliance).

An entry is a primary name line, optional `+ALIAS` lines and optional indented `[CODE dates]` lines.
Words are joined by `_`; a trailing `_` marks a whole-word match. Comments start with `#`.
"""

import re

CODE = re.compile(r"\[([^\]]*)\]")


def clean_name(raw):
    """`+AYATOLLAH_KHOMEINI_ # c` -> `AYATOLLAH KHOMEINI` (upper case, single spaces)."""
    raw = raw.split("#", 1)[0]
    raw = CODE.sub(" ", raw)
    raw = raw.strip().lstrip("+").strip()
    raw = raw.replace("_", " ")
    raw = re.sub(r"\([^)]*\)", " ", raw)  # "(UNITED_STATES)" qualifiers
    raw = re.sub(r"\s+", " ", raw).strip()
    return raw


def parse_codes(line):
    """All `[CODE dates]` groups on a line as (code, dates) pairs."""
    out = []
    for group in CODE.findall(line.split("#", 1)[0]):
        parts = group.split(None, 1)
        if parts:
            out.append((parts[0], parts[1].strip() if len(parts) > 1 else ""))
    return out


def read_entries(path):
    """Yields dicts {names: [...], codes: [(code, dates)], comment: str, line: int}."""
    entry = None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#") or stripped.startswith("<!--"):
                if not stripped and entry is not None:
                    yield entry
                    entry = None
                continue
            if line[0] in " \t" and stripped.startswith("["):
                if entry is not None:
                    entry["codes"].extend(parse_codes(stripped))
                continue
            if stripped.startswith("+"):
                if entry is not None:
                    name = clean_name(stripped)
                    if name:
                        entry["names"].append(name)
                    entry["codes"].extend(parse_codes(stripped))
                continue
            if entry is not None:
                yield entry
            comment = stripped.split("#", 1)[1].strip() if "#" in stripped else ""
            entry = {"names": [clean_name(stripped)], "codes": parse_codes(stripped), "comment": comment,
                     "line": number}
    if entry is not None:
        yield entry


def latest_code(codes):
    """The code that holds last: an open range (`>date` or no date) wins over a closed one."""
    best, best_key = None, ""
    for code, dates in codes:
        if code in ("---", "") or code.startswith("~"):
            continue
        if not dates or dates.startswith(">"):
            key = "99999999"
        else:
            ends = re.findall(r"\d{6,8}", dates)
            key = ends[-1] if ends else "0"
            if len(key) == 6:  # YYMMDD with two-digit years: 00-29 -> 20xx
                key = ("20" if int(key[:2]) < 30 else "19") + key
        if key >= best_key:
            best, best_key = code, key
    return best, best_key
