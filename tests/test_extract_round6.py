"""Quotes, speakers, recommendations and contacts on phrasings of scraped agency pages (round 6).

All sentences, names and organisations here are invented.
"""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment

MENU = (
    "-\nAbout Us\n"
    "ABOUT USFounded long ago, the Agency works with partners across the world on many different things "
    "and this blurb runs on for well over one hundred and fifty characters on one line.\n"
    "Programmes\nProgrammes\nDonate\nCareers\n"
)


def _doc(text: str):
    return segment(Release(id="t", source="t", text=text))


def _ex(text: str):
    return extract(segment(Release(id="t", source="t", text="Water Forum Ends\n\n" + text + "\n")))


def _quotes(ex) -> dict[str, str]:
    return {q.text: q.speaker for q in ex.quotes}


def test_hard_wrapped_body_under_a_long_line_menu_keeps_sentences_together():
    doc = _doc(
        MENU + "River Towns Train Volunteers to Read Flood Gauges\n"
        "Fifty volunteers from six river towns have finished a week of training\n"
        "on reading flood gauges, the Agency said.\n"
        '"A gauge read in time is worth more than a new wall," said the Agency\'s\n'
        "head of office in Lowtown, Petra Vankova, at the closing. \"Next year we\n"
        'will train the schools."\n'
    )
    paras = [doc.text[s.start : s.end] for s in doc.segments if s.kind == "paragraph"]
    assert any(p.startswith('"A gauge read') and p.endswith('schools."') for p in paras)
    heads = [doc.text[s.start : s.end] for s in doc.segments if s.kind == "headline"]
    assert heads == ["River Towns Train Volunteers to Read Flood Gauges"]
    ex = extract(doc)
    assert _quotes(ex).get("A gauge read in time is worth more than a new wall") == "Petra Vankova"
