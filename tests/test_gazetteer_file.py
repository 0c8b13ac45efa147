"""The curated organisation gazetteer: it parses, no form names two entries, and no form is a
common word, a country or a bare generic name that would turn running text into a false organisation."""

from __future__ import annotations

from collections import defaultdict

from kg.extract.orgnames import DEMONYMS, GAZETTEER, _variants, gazetteer, is_country_name

KINDS = {"un", "intergovernmental", "government", "ngo", "media"}

# Words and phrases that open sentences or headings in releases; the matcher is case-sensitive, but a
# capitalised common word ("Care", "Plan", "Goal") at the start of a sentence would still match.
COMMON = {
    "action", "aid", "alliance", "bank", "board", "care", "caritas international", "center", "centre",
    "commission", "committee", "concern", "conference", "council", "court", "department", "development",
    "education", "forum", "foundation", "fund", "goal", "government", "group", "health", "help", "home",
    "hope", "institute", "justice", "league", "mercy", "ministry", "mission", "office", "parliament",
    "partners", "peace", "plan", "programme", "program", "relief", "rescue", "secretariat", "service",
    "society", "solidarity", "the commission", "the council", "the union", "trust", "union", "united",
    "vision", "world", "general assembly", "human rights", "red cross", "red crescent",
    "ministry of health", "ministry of foreign affairs", "ministry of labour", "ministry of interior",
    "department of health", "european commission's", "security", "oxfam's", "amnesty", "save",
    "free", "open society", "global", "international", "national", "federal",
    "chamber of commerce", "article 19", "global citizen", "global citizens", "global fund", "parliament", "police", "army", "navy", "senate", "congress", "cabinet",
    "state", "agency", "the agency", "the bank", "the fund", "the mission", "commonwealth",
}
# Acronyms two well-known bodies share: an alias of neither.
AMBIGUOUS = {"ICC", "IDA", "CSO", "PCA", "ADF", "NDB", "CDC", "ISS", "IPA", "ESA", "ICS", "CSW", "CND", "CSIS", "CFR", "DRC", "DPO", "ISA", "PSI", "ITF", "ICA", "ILC", "AP", "CAF", "IPS", "CIM", "CPS", "CEB", "ICD", "FIND", "CMI", "BWI", "UPI", "IDS"}


def _entries():
    for n, line in enumerate(GAZETTEER.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        yield n, line


def test_every_line_parses():
    names = set()
    for n, line in _entries():
        parts = line.split("\t")
        assert len(parts) in (2, 3), f"line {n}: {line!r}"
        name, kind = parts[0], parts[1]
        assert name and name == name.strip(), f"line {n}"
        assert kind in KINDS, f"line {n}: kind {kind!r}"
        assert name not in names, f"line {n}: {name} twice"
        names.add(name)
        others = parts[2].split("|") if len(parts) == 3 and parts[2] else []
        for f in others:
            assert f and f == f.strip() and "  " not in f, f"line {n}: form {f!r}"
            assert f[0].isupper() or f[0].isdigit(), f"line {n}: {f!r} cannot match (forms start with a capital)"
    index, pattern = gazetteer()
    assert len(index) > 500 and pattern.search("The World Food Programme said")


def test_no_form_names_two_entries():
    owner: dict[str, set[str]] = defaultdict(set)
    for _, line in _entries():
        parts = line.split("\t")
        others = parts[2].split("|") if len(parts) == 3 and parts[2] else []
        for f in [parts[0], *others]:
            for v in _variants(f) if not f.isupper() else {f}:
                owner[v.casefold()].add(parts[0])
    shared = {f: sorted(e) for f, e in owner.items() if len(e) > 1}
    assert not shared, shared


def test_no_form_is_a_common_word_a_country_or_ambiguous():
    demonyms = {d.casefold() for d in DEMONYMS}
    for n, line in _entries():
        parts = line.split("\t")
        others = parts[2].split("|") if len(parts) == 3 and parts[2] else []
        for f in [parts[0], *others]:
            low = f.casefold()
            # All-capital forms match only in capitals ("WHO", "CARE"): the case-sensitive matcher keeps them apart.
            assert f.isupper() or low not in COMMON, f"line {n}: {f!r} is a common word"
            assert low not in demonyms and not is_country_name(f), f"line {n}: {f!r} is a country"
            assert f not in AMBIGUOUS, f"line {n}: {f!r} names more than one well-known body"
            assert len(f) >= 2, f"line {n}: {f!r}"
