"""Score the extraction alone (no RDF, no store) against gold files, for fast iteration.

It turns each `Extraction` into the rows the named queries return and hands
them to the official scorer's own matching code, so the figures agree with
`score.py` run through the CLI (which remains the reference).

    python scripts/devscore.py [--shared ../shared] [--only seed,r001] [--misses 40] [--cat speakers]
    python scripts/devscore.py --releases tests/probe/releases --gold tests/probe/gold   # our own probe set
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from kg.extract import extract
from kg.model import Extraction
from kg.read import read_release
from kg.segment import segment


def rows(ex: Extraction) -> dict[str, list[dict]]:
    def label(o):
        return f"{o.name} ({o.acronym})" if o.acronym else o.name  # as the named queries show it

    def org(name):
        o = ex.organisation(name)
        return label(o) if o else name

    def person(name):
        p = ex.person(name)
        return p.name if p else name

    out: dict[str, list[dict]] = {
        c: []
        for c in [
            "speakers",
            "organisations",
            "events",
            "sponsors",
            "organisers",
            "recommendations",
            "quotes",
            "contacts",
        ]
    }
    out["organisations"] = [{"name": label(o)} for o in ex.organisations]
    seen = set()
    for s in ex.speeches:
        name = person(s.person)
        if name in seen:
            continue
        seen.add(name)
        aff = next((a for a in ex.affiliations if person(a.person) == name), None)
        out["speakers"].append(
            {
                "name": name,
                "role": aff.role if aff else "",
                "organisation": org(aff.organisation) if aff and aff.organisation else "",
            }
        )
    for e in ex.events:
        date = e.start_date or ""
        if e.end_date and e.end_date != e.start_date:
            date = f"{date}/{e.end_date}"
        out["events"].append({"name": e.name, "location": e.location or "", "date": date})
    for r in ex.event_roles:
        col = "sponsor" if r.role == "sponsor" else "organiser"
        out[col + "s"].append({"event": r.event, col: org(r.organisation)})
    out["recommendations"] = [{"text": r.text, "by": org(r.by) if r.by else ""} for r in ex.recommendations]
    out["quotes"] = [{"speaker": person(q.speaker) if q.speaker else "", "text": q.text} for q in ex.quotes]
    out["contacts"] = [
        {
            "name": c.name,
            "organisation": org(c.organisation) if c.organisation else "",
            "email": c.emails[0] if c.emails else "",
        }
        for c in ex.contacts
    ]
    return out


def print_attribution(score, rid: str, gold: dict, predicted: dict[str, list[dict]]) -> None:
    """Matched speakers whose role or organisation the scorer does not accept, pred vs gold."""
    orgs = score.Orgs(gold.get("organisations", []))
    golds = gold.get("speakers", [])
    preds = score.dedupe(predicted["speakers"], "name")

    def names(g):
        return [g["name"], *g.get("aliases", [])]

    pairs = score.match(
        preds,
        golds,
        lambda p, g: any(score.same_person(p.get("name"), n) for n in names(g)),
        lambda p, g: any(score.person_tokens(p.get("name")) == score.person_tokens(n) for n in names(g)),
    )
    for pi, gi in pairs:
        p, g = preds[pi], golds[gi]
        role_ok = score.same_role(p.get("role"), g.get("role"))
        org_ok = orgs.same(p.get("organisation"), g.get("organisation"))
        if not (role_ok and org_ok):
            print(
                f"  attr | {rid} | {p['name']} | role {p.get('role')!r} vs {g.get('role')!r}"
                f" | org {p.get('organisation')!r} vs {g.get('organisation')!r}"
            )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--only")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--cat", help="print misses of this category only")
    ap.add_argument("--releases", type=Path, help="releases folder (default: the shared dev corpus)")
    ap.add_argument("--gold", type=Path, help="gold folder (default: the shared dev corpus)")
    ap.add_argument(
        "--attr", action="store_true", help="print matched speakers whose role or organisation is off"
    )
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    import json

    gold_dir = args.gold or args.shared / "corpus" / "dev" / "gold"
    rel_dir = args.releases or args.shared / "corpus" / "dev" / "releases"
    only = set(args.only.split(",")) if args.only else None
    tallies = {c: score.Tally() for c in score.CATEGORIES + ["speaker+role+org"]}
    misses: list = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        rid = gold_path.stem
        if only and rid not in only:
            continue
        gold = json.loads(gold_path.read_text())
        gold.setdefault("id", rid)
        rel_path = next(rel_dir.glob(rid + ".*"))
        release = read_release(rel_path)[0]
        ex = extract(segment(release))
        predicted = rows(ex)
        score.score_release(gold, predicted, tallies, misses)
        if args.attr:
            print_attribution(score, rid, gold, predicted)
    headline = []
    print(f"{'category':<18}{'P':>6}{'R':>6}{'F1':>6}  {'attr':>5}  tp/fp/fn")
    for cat, tl in tallies.items():
        p, r, f = tl.prf()
        attr = tl.attr_ok / tl.attr_n if tl.attr_n else None
        a = f"{attr:5.2f}" if attr is not None else "    -"
        print(f"{cat:<18}{p:6.2f}{r:6.2f}{f:6.2f}  {a}  {tl.tp}/{tl.fp}/{tl.fn}")
        if cat != "speakers":
            headline.append(f)
    shown = [m for m in misses if not args.cat or m[1] == args.cat]
    for m in shown[: args.misses]:
        print("  ", *m, sep=" | ")
    print(f"macro F1 {sum(headline) / len(headline):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
