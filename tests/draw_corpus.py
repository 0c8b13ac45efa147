"""Hand-made extractions for the drawing tests and benchmark: no dependence on extraction quality.

`ndiaye_release` is the fixed person the browser test searches for;
`corpus` generates N seeded releases sharing people and organisations, so
the graph has hubs, co-sponsors and many small components like real ones.
"""

from __future__ import annotations

import random

from kg.mapping import to_quads
from kg.model import (
    Affiliation,
    Event,
    EventRole,
    Extraction,
    Organisation,
    Person,
    Recommendation,
    Release,
    Span,
    Speech,
)

BASE = "https://example.org/kg/id/"
EVIDENCE = "Ndioro Ndiaye, Deputy Director General of IOM, opened the Dakar Workshop on Labour Migration"
NASTY = "Evil </script><script>window.kgPwned=1</script> & <!-- Org"


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def ndiaye_release() -> Extraction:
    """A release with a person whose evidence text the browser test expects to see."""
    t = (
        "IOM opens Dakar workshop\n\n"
        f"DAKAR - {EVIDENCE} on 3 May, sponsored by the Government of Italy.\n\n"
        f"The {NASTY} also attended.\n"
    )
    ex = Extraction(
        Release(id="dakar-workshop", source="dakar-workshop.txt", text=t, title="IOM opens Dakar workshop")
    )
    ex.organisations += [
        Organisation(
            "International Organization for Migration",
            ["IOM"],
            kind="intergovernmental",
            spans=[_span(t, "IOM,")],
        ),
        Organisation(
            "Government of Italy",
            ["Italy"],
            kind="government",
            country="IT",
            spans=[_span(t, "Government of Italy")],
        ),
        Organisation(NASTY, spans=[_span(t, NASTY)]),
    ]
    ex.people.append(Person("Ndioro Ndiaye", spans=[_span(t, "Ndioro Ndiaye")]))
    ex.affiliations.append(
        Affiliation(
            "Ndioro Ndiaye",
            "Deputy Director General",
            "IOM",
            _span(t, "Ndioro Ndiaye, Deputy Director General of IOM"),
        )
    )
    ex.events.append(
        Event(
            "Dakar Workshop on Labour Migration",
            True,
            spans=[_span(t, "Dakar Workshop on Labour Migration")],
            kind="workshop",
            location="Dakar",
        )
    )
    ex.speeches.append(
        Speech("Ndioro Ndiaye", _span(t, EVIDENCE), event="Dakar Workshop on Labour Migration", verb="opened")
    )
    ex.event_roles += [
        EventRole(
            "Dakar Workshop on Labour Migration",
            "Government of Italy",
            "sponsor",
            _span(t, "sponsored by the Government of Italy"),
        ),
        EventRole("Dakar Workshop on Labour Migration", NASTY, "organiser", _span(t, NASTY)),
    ]
    return ex


FIRST = ["Amina", "Jean", "Maria", "Kofi", "Li", "Sara", "Omar", "Elena", "Raj", "Fatou", "Pedro", "Yuki"]
LAST = ["Diallo", "Martin", "Rossi", "Mensah", "Wei", "Haddad", "Silva", "Novak", "Kumar", "Sow", "Tanaka"]
ORGS = [
    "International Organization for Migration",
    "UNHCR",
    "European Commission",
    "African Union",
    "Government of Italy",
    "Government of Senegal",
    "Government of Norway",
    "World Bank",
    "ILO",
    "Red Cross",
    "UNICEF",
    "Government of Japan",
    "ECOWAS",
    "OSCE",
    "Save the Children",
]


def synthetic_release(i: int, rng: random.Random, people: int = 4) -> Extraction:
    """One generated release: an event, its sponsors and organiser, speakers with roles, a recommendation."""
    parts: list[str] = []

    def put(s: str) -> Span:
        start = sum(len(p) + 1 for p in parts)
        parts.append(s)
        return Span(start, start + len(s))

    event = f"Forum {i} on {rng.choice(['Labour', 'Health', 'Return', 'Border', 'Climate'])} Migration"
    ex = Extraction(Release(id=f"release-{i:04d}", source=f"release-{i:04d}.txt", text=""))
    orgs = rng.sample(ORGS, 3)
    ex.organisations += [Organisation(o) for o in orgs]
    ex.events.append(Event(event, True, spans=[put(event)]))
    ex.event_roles.append(EventRole(event, orgs[0], "organiser", put(f"organised by {orgs[0]}")))
    for o in orgs[1:]:
        ex.event_roles.append(EventRole(event, o, "sponsor", put(f"sponsored by {o}")))
    for _ in range(people):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if ex.person(name):
            continue
        org = rng.choice(orgs)
        ex.people.append(Person(name, spans=[put(name)]))
        ex.affiliations.append(Affiliation(name, "Director", org, put(f"{name}, Director of {org}")))
        ex.speeches.append(Speech(name, put(f"{name} addressed the {event}"), event=event))
    ex.recommendations.append(
        Recommendation("expand pathways", put("expand pathways"), by=orgs[0], addressee="states")
    )
    ex.release.text = "\n".join(parts)
    return ex


def load(store, extractions) -> None:
    for ex in extractions:
        quads = to_quads(ex, BASE)
        store.replace_graph(quads[0].graph_name.value, quads)


def corpus(n: int, seed: int = 1, people: int = 4) -> list[Extraction]:
    rng = random.Random(seed)
    return [synthetic_release(i, rng, people) for i in range(n)]
