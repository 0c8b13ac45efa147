"""Fuzz the readers and extractors with mutated, real-looking releases, for a bounded time.

Each input is a release written from templates in the genre (headline,
dateline, speakers, quotes, bullets, contact block), then mutated: bytes
flipped, nasty strings inserted (quotes, brackets, control characters, bidi
marks, other scripts), lines cut or repeated, re-encoded. Every input goes
through read -> segment -> extract -> map -> serialise -> strict re-parse.
A crash is any exception other than a `ReadError` (a clear refusal is fine).

    python benchmarks/fuzz.py --seconds 60 [--seed 1] [--validate] [--seeds DIR ...]

With `--seeds`, inputs start from real releases (every .txt under the folders
given, e.g. tests/probe/releases) and are first re-laid out the ways scraped
pages differ: a line put in capitals or title case, paragraphs re-wrapped at
another width or joined, blank lines dropped, paragraphs dropped, repeated or
swapped. Template releases reach few of the rules; real text re-laid out
reaches them all (an all-capitals headline that calls for something once
stopped a release's extraction, and only real text found it).

It prints how many inputs were tried, how many were refused with a ReadError,
and every crash with the input saved under benchmarks/fuzz-crashes/.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import textwrap
import time
import traceback
from pathlib import Path

NASTY = [
    '"',
    "“",
    "”",
    "'",
    "<script>",
    "</script>",
    "\\",
    '"""',
    "}",
    "{",
    "SELECT * WHERE {",
    "DROP ALL",
    "\u202e",
    "\u200f",
    "\x00",
    "\x1b",
    "\x0c",
    "王小明",
    "Жанна",
    "مرحبا",
    "🙂",
    "@prefix",
    "_:b0",
    "^^",
    "#",
    "\t",
    "\r",
    "\r\n",
    "•",
    "·",
    "For further information, please contact:",
    "said",
    "(IOM)",
    "Mr.",
    "H.E.",
    "sponsored by",
    "organized by the",
    "Ministry of",
    "Conference on",
    ":",
    ";",
    "\n\n",
]
PEOPLE = [
    "Amina Diallo",
    "José Álvarez",
    "Ivan Petrov",
    "Mary O'Neil",
    "Nguyễn Văn An",
    "Sheikha Noor Al Thani",
]
TITLES = [
    "Director General",
    "Minister of Labour",
    "Chief of Mission",
    "Deputy Secretary General",
    "Ambassador",
]
ORGS = [
    "the International Organization for Migration (IOM)",
    "UNHCR",
    "the Government of Chile",
    "the Ministry of Interior",
    "Save the Children",
    "the European Union",
]
EVENTS = [
    "Regional Conference on Labour Migration",
    "a two-day workshop on border management",
    "the Global Forum on Migration and Development",
]
CITIES = ["GENEVA", "Bangkok", "Nairobi", "Buenos Aires", "Kyiv"]


def release_text(rng: random.Random) -> str:
    p, t, o, e, c = (rng.choice(x) for x in (PEOPLE, TITLES, ORGS, EVENTS, CITIES))
    bullets = "\n".join(
        f"• {rng.choice(['Ensure', 'Promote', 'Engage'])} {rng.choice(ORGS)} in action;"
        for _ in range(rng.randint(0, 4))
    )
    return (
        f"{e.title()} Opens\n\n{c}, {rng.randint(1, 28)} March {rng.randint(1990, 2030)} - {o}'s {t}, {p}, "
        f"opened {e} sponsored by {rng.choice(ORGS)} and {rng.choice(ORGS)}.\n\n"
        f'"We must act," said {p.split()[-1]}. "Now."\n\nRecommendations include:\n{bullets}\n\n'
        f"For further information, please contact: {rng.choice(PEOPLE)}, {o}, Tel: +41 22 717 9111, "
        f"Email: someone@example.org\n"
    )


def relayout(rng: random.Random, text: str) -> str:
    """One change of layout that keeps the text a plausible release."""
    paras = [p for p in text.split("\n\n") if p.strip()] or [text]
    op = rng.randrange(7)
    i = rng.randrange(len(paras))
    if op == 0:  # a line in capitals (headlines and names often are)
        lines = paras[i].split("\n")
        k = 0 if rng.random() < 0.5 else rng.randrange(len(lines))
        lines[k] = lines[k].upper()
        paras[i] = "\n".join(lines)
    elif op == 1:
        paras[i] = paras[i].title() if rng.random() < 0.5 else paras[i].lower()
    elif op == 2:  # hard-wrapped at another width
        width = rng.randint(40, 90)
        paras = [textwrap.fill(" ".join(p.split()), width) for p in paras]
    elif op == 3:  # wrapped lines joined
        paras = [" ".join(p.split("\n")) for p in paras]
    elif op == 4:  # no blank lines
        return "\n".join(paras)
    elif op == 5 and len(paras) > 1:
        del paras[i]
    else:
        j = rng.randrange(len(paras))
        if rng.random() < 0.5:
            paras[i], paras[j] = paras[j], paras[i]
        else:
            paras.insert(j, paras[i])
    return "\n\n".join(paras)


def mutate(rng: random.Random, text: str) -> bytes:
    for _ in range(rng.randint(0, 6)):
        op = rng.randrange(5)
        pos = rng.randrange(len(text) + 1)
        if op == 0:
            text = text[:pos] + rng.choice(NASTY) + text[pos:]
        elif op == 1:
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[rng.randrange(len(lines))])
            text = "\n".join(lines)
        elif op == 2:
            text = text[: rng.randrange(len(text) + 1)]
        elif op == 3:
            text = text[:pos] + text[pos + rng.randint(1, 40) :]
        else:
            text = text.upper() if rng.random() < 0.5 else text.replace(" ", "\n")
    encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.2 and data:
        buf = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        data = bytes(buf)
    return data


def wrap(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    """Present the same content as one of the formats the readers take."""
    kind = rng.choice(["txt", "txt", "md", "html", "json"])
    if kind == "html":
        body = data.decode("utf-8", errors="replace").replace("\n\n", "</p><p>")
        return "html", f"<html><head><title>x</title></head><body><nav>Who we are</nav><p>{body}</p>".encode()
    if kind == "json":
        text = data.decode("utf-8", errors="replace")
        record = {"title": text[:40], "text": text} if rng.random() < 0.8 else {"title": text[:40]}
        return "json", json.dumps(record).encode()
    return kind, data


def run_one(path: Path, validate: bool) -> str:
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.extract import extract
    from kg.mapping import to_quads
    from kg.read import ReadError, read_release
    from kg.segment import segment

    try:
        releases = read_release(path)
    except ReadError:
        return "refused"
    for release in releases:
        quads = to_quads(extract(segment(release)), "https://fuzz.example/id/")
        data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
        Graph().parse(data=data, format="nt")
        if validate:
            from kg.validate import validate_quads

            report = validate_quads(quads, release.id)
            if not report.conforms:
                raise AssertionError(report.text())
    return "ok"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--validate", action="store_true", help="also require every graph to conform to the shapes"
    )
    ap.add_argument(
        "--seeds",
        nargs="*",
        type=Path,
        default=[],
        help="folders of real .txt releases to start from instead of templates",
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = [f.read_text(encoding="utf-8") for d in args.seeds for f in sorted(d.rglob("*.txt"))]
    crashes_dir = Path(__file__).with_name("fuzz-crashes")
    counts = {"ok": 0, "refused": 0, "crash": 0}
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        while time.monotonic() < deadline:
            if seeds:
                text = rng.choice(seeds)
                for _ in range(rng.randint(1, 4)):
                    text = relayout(rng, text)
                data = mutate(rng, text) if rng.random() < 0.3 else text.encode("utf-8")
                kind, data = wrap(rng, data) if rng.random() < 0.3 else ("txt", data)
            else:
                kind, data = wrap(rng, mutate(rng, release_text(rng)))
            path = Path(tmp) / f"fuzz{n}.{kind}"
            path.write_bytes(data)
            try:
                counts[run_one(path, args.validate)] += 1
            except Exception:  # noqa: BLE001 - a crash is what we are looking for
                counts["crash"] += 1
                crashes_dir.mkdir(exist_ok=True)
                (crashes_dir / path.name).write_bytes(data)
                print(f"CRASH on {path.name}:\n{traceback.format_exc()}", file=sys.stderr)
            path.unlink()
            n += 1
    total = sum(counts.values())
    source = f"{len(seeds)} real releases re-laid out" if seeds else "templates"
    print(
        f"fuzz ({source}): {total} inputs in {args.seconds:.0f} s (seed {args.seed}): {counts['ok']} built, "
        f"{counts['refused']} refused with a clear ReadError, {counts['crash']} crashed"
    )
    return 1 if counts["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
