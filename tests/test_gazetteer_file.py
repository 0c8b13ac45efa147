"""The curated organisation gazetteer: it parses, no form names two entries, and no form is a
common word, a country or a bare generic name that would turn running text into a false organisation."""

from __future__ import annotations

from collections import defaultdict

from kg.extract.countrywords import DEMONYMS
from kg.extract.orgnames import GAZETTEER, _variants, gazetteer, is_country_name

KINDS = {"un", "intergovernmental", "government", "ngo", "media"}

# Words and phrases that open sentences or headings in releases; the matcher is case-sensitive, but a
# capitalised common word ("Care", "Plan", "Goal") at the start of a sentence would still match, and
# "Global Fund" would swallow the head of "Global Fund for Women" or any invented "Global Fund to ...".
COMMON = {
    "action",
    "agency",
    "aid",
    "alliance",
    "amnesty",
    "army",
    "article 19",
    "bank",
    "board",
    "cabinet",
    "care",
    "caritas international",
    "center",
    "centre",
    "chamber of commerce",
    "commission",
    "committee",
    "commonwealth",
    "concern",
    "conference",
    "congress",
    "council",
    "court",
    "department",
    "department of health",
    "development",
    "education",
    "european commission's",
    "federal",
    "forum",
    "foundation",
    "free",
    "fund",
    "general assembly",
    "global",
    "global citizen",
    "global citizens",
    "global fund",
    "goal",
    "government",
    "group",
    "health",
    "help",
    "home",
    "hope",
    "human rights",
    "institute",
    "international",
    "justice",
    "league",
    "mercy",
    "ministry",
    "ministry of foreign affairs",
    "ministry of health",
    "ministry of interior",
    "ministry of labour",
    "mission",
    "national",
    "navy",
    "office",
    "open society",
    "oxfam's",
    "parliament",
    "partners",
    "peace",
    "plan",
    "police",
    "program",
    "programme",
    "red crescent",
    "red cross",
    "relief",
    "rescue",
    "save",
    "secretariat",
    "security",
    "senate",
    "service",
    "society",
    "solidarity",
    "state",
    "the agency",
    "the bank",
    "the commission",
    "the council",
    "the fund",
    "the mission",
    "the union",
    "trust",
    "union",
    "united",
    "vision",
    "world",
}
# Acronyms two well-known bodies share (ICC: Criminal Court and Chamber of Commerce): an alias of neither.
AMBIGUOUS = {
    "ADF",
    "AP",
    "BWI",
    "CAF",
    "CDC",
    "CEB",
    "CFR",
    "CIM",
    "CMI",
    "CND",
    "CPS",
    "CSIS",
    "CSO",
    "CSW",
    "DPO",
    "DRC",
    "ESA",
    "FIND",
    "ICA",
    "ICC",
    "ICD",
    "ICS",
    "IDA",
    "IDS",
    "ILC",
    "IPA",
    "IPS",
    "ISA",
    "ISS",
    "ITF",
    "NDB",
    "PCA",
    "PSI",
    "UPI",
}


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
            assert f[0].isupper() or f[0].isdigit(), f"line {n}: {f!r} cannot match (no leading capital)"
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
            # All-capital forms match only in capitals ("WHO", "CARE"): the case-sensitive matcher
            # keeps them apart from the word.
            assert f.isupper() or low not in COMMON, f"line {n}: {f!r} is a common word"
            assert low not in demonyms and not is_country_name(f), f"line {n}: {f!r} is a country"
            assert f not in AMBIGUOUS, f"line {n}: {f!r} names more than one well-known body"
            assert len(f) >= 2, f"line {n}: {f!r}"
