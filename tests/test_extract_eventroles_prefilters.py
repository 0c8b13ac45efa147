"""The shortcuts in eventroles find exactly what the full patterns find."""

from kg.extract import eventcues as er

TEXTS = [
    "UNDP will be hosting the workshop, which was funded by the EU.",
    "The Government of Kenya has  been  jointly  organising the forum with IOM.",
    "IOM and UNHCR yesterday co-hosted a dialogue; it was hosted by the Ministry.",
    "It was held  \n in partnership with the ILO, at the invitation of the Government.",
    "Organisations to be hosting   the summit: none. Sponsors of the event included X and Y.",
    "İt was supported by the EU and the ſponsorship of Z; UNICEF was to have also convened a panel.",
    "The Ministry, going to host the meeting, is now bringing together partners, hosted by nobody.",
    "Nothing here matches at all.",
]


def test_active_matches_equal_finditer():
    for text in TEXTS:
        want = [(m.span(), m.group("verb")) for m in er.ACTIVE.finditer(text)]
        assert [(m.span(), m.group("verb")) for m in er.active_matches(text)] == want, text


def test_clause_prefilters_drop_nothing():
    for text in TEXTS:
        low = text.lower()
        odd = not text.isascii() and er.FOLD_ODD.search(text) is not None
        full = [
            *er.BY.finditer(text),
            *er.WITH.finditer(text),
            *er.PROVIDED.finditer(text),
            *er.PARTNER.finditer(text),
        ]
        got = er.clause_matches(text, low, odd)
        assert [(m.re, m.span()) for m in got] == [(m.re, m.span()) for m in full], text
