"""Synthetic press releases for benchmarks: any count, seeded, with the answer key.

Each release is rebuilt from (seed, index) alone, so a benchmark can write a
hundred thousand files and later recover any release's true `Extraction`
from its id (`oracle_extract`) without keeping anything in memory. Names come
from fixed pools, so people and organisations recur across releases the way
they do in a real archive (the same Director General opens many events).

    python benchmarks/generate.py 10000 /tmp/releases --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kg.model import (  # noqa: E402
    Affiliation,
    Contact,
    Event,
    EventRole,
    Extraction,
    Organisation,
    Person,
    Quote,
    Recommendation,
    Release,
    Span,
    Speech,
)

FIRST = (
    "Amina Ana Bruno Carla Chen David Elena Fatima Gabriel Hana Ibrahim Ingrid Jorge Kofi Laila Mateo "
    "Nadia Olga Pedro Priya Rafael Sara Tomas Ulla Vikram Wei Yusuf Zainab Aiko Bilal Chiara Dmitri"
).split()
LAST = (
    "Abebe Alvarez Bakr Costa Dubois Eriksen Fernandes Gupta Haddad Ivanova Jensen Kamau Lindqvist "
    "Mensah Nakamura Okafor Petrov Quispe Rahman Santos Tanaka Umarov Valdez Wojcik Xu Yilmaz Zapata "
    "Moreau Novak Osei Park Rossi"
).split()
TITLES = (
    "Director General",
    "Deputy Director General",
    "Chief of Mission",
    "Regional Director",
    "Minister of Labour",
    "Minister of the Interior",
    "Ambassador",
    "Head of Programmes",
    "Special Envoy",
    "Executive Director",
)
ORGS = (
    ("International Organization for Migration", "IOM", "intergovernmental", None),
    ("United Nations Development Programme", "UNDP", "un", None),
    ("United Nations High Commissioner for Refugees", "UNHCR", "un", None),
    ("International Labour Organization", "ILO", "un", None),
    ("World Health Organization", "WHO", "un", None),
    ("European Union", "EU", "intergovernmental", None),
    ("African Union", "AU", "intergovernmental", None),
    ("Government of Norway", "Norway", "government", "NO"),
    ("Government of Japan", "Japan", "government", "JP"),
    ("Government of Canada", "Canada", "government", "CA"),
    ("Government of Kenya", "Kenya", "government", "KE"),
    ("Government of Colombia", "Colombia", "government", "CO"),
    ("Government of the Philippines", "Philippines", "government", "PH"),
    ("Danish Refugee Council", "DRC", "ngo", None),
    ("Save the Children", "SCF", "ngo", None),
    ("Vital Voices", "VV", "ngo", None),
    ("Mercy Corps", "MC", "ngo", None),
    ("University of Nairobi", "UoN", "university", None),
    ("Asian Development Bank", "ADB", "intergovernmental", None),
    ("World Bank", "WB", "intergovernmental", None),
)
CITIES = (
    "Geneva Nairobi Bangkok Dakar Bogota Manila Vienna Cairo Amman Lima Tunis Kampala Jakarta Kyiv "
    "Brussels Panama"
).split()
EVENT_KINDS = ("Conference", "Forum", "Workshop", "Meeting", "Dialogue", "Summit", "Training")
TOPICS = (
    "Safe Migration",
    "Labour Mobility",
    "Counter-Trafficking",
    "Migrant Health",
    "Climate and Displacement",
    "Border Management",
    "Diaspora Engagement",
    "Return and Reintegration",
    "Migration Data",
    "Remittances",
)
REGIONS = ("Regional", "International", "Ministerial", "Technical", "High-Level", "Annual")
ACTIONS = (
    "expand legal pathways for labour migration",
    "strengthen cooperation between countries of origin and destination",
    "invest in reliable migration data",
    "protect the rights of migrant workers",
    "ensure access to health services for migrants",
    "prosecute traffickers and protect victims",
    "support the reintegration of returning migrants",
    "lower the cost of sending remittances",
)
ADDRESSEES = (
    "states",
    "governments",
    "donors",
    "employers",
    "countries of destination",
    "the private sector",
)
QUOTES = (
    "We must act now to make migration safe, orderly and regular",
    "No country can manage migration alone",
    "Migrants are part of the solution, not the problem",
    "Today we take a concrete step towards protecting the most vulnerable",
    "Data must guide our policies, not fear",
    "Partnership is the only way forward",
)
VERBS = ("opened", "addressed", "told", "chaired", "welcomed")
MONTHS = ("January February March April May June July August September October November December").split()


@dataclass
class _Text:
    """Text built piece by piece, remembering where each piece landed."""

    parts: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, s: str) -> Span:
        self.parts.append(s)
        start = self.length
        self.length += len(s)
        return Span(start, self.length)

    def text(self) -> str:
        return "".join(self.parts)


def release_id(seed: int, index: int) -> str:
    return f"gen{seed}-{index:07d}"


def parse_id(rid: str) -> tuple[int, int]:
    head, index = rid.split("-", 1)
    return int(head[3:]), int(index)


def make(seed: int, index: int) -> Extraction:
    """The release (text) and its true extraction, from the seed and index alone."""
    rnd = random.Random(seed * 1_000_003 + index)
    rid = release_id(seed, index)
    t = _Text()
    city = rnd.choice(CITIES)
    year = 2000 + rnd.randrange(25)
    month = rnd.randrange(12)
    day = 1 + rnd.randrange(28)
    date = f"{year}-{month + 1:02d}-{day:02d}"
    kind = rnd.choice(EVENT_KINDS)
    event_name = f"{rnd.choice(REGIONS)} {kind} on {rnd.choice(TOPICS)}"
    orgs = rnd.sample(ORGS, 3)
    host, sponsor, second = orgs
    n = rnd.randint(2, 3)
    # Distinct surnames, so "Ms. Surname" is never ambiguous within a release.
    people = [f"{rnd.choice(FIRST)} {last}" for last in rnd.sample(LAST, n)]
    titles = rnd.sample(TITLES, len(people))

    ex = Extraction(release=Release(id=rid, source="", text=""))
    org_objs = {o[0]: Organisation(o[0], [o[1]], kind=o[2], country=o[3]) for o in (host, sponsor, second)}
    ex.organisations += org_objs.values()
    person_objs = {p: Person(p, [f"Ms. {p.split()[1]}"]) for p in people}
    ex.people += person_objs.values()

    title = f"{host[1]} {rnd.choice(('Calls for', 'Urges', 'Welcomes'))} Action on {rnd.choice(TOPICS)}"
    t.add(f"{title}\n\n")
    t.add(f"{city.upper()} - {day} {MONTHS[month]} {year} - ")
    # Lead paragraph: speaker with title, event, sponsor.
    verb = rnd.choice(VERBS)
    role_span = t.add(f"The {titles[0]} of the ")
    host_span = t.add(host[0])
    t.add(f" ({host[1]}), ")
    p0 = t.add(people[0])
    t.add(f", {verb} the ")
    ev_span = t.add(event_name)
    t.add(f" in {city} today, ")
    sp_span = t.add(f"sponsored by the {sponsor[0]}")
    t.add(".\n\n")
    org_objs[host[0]].spans.append(host_span)
    person_objs[people[0]].spans.append(p0)
    org_objs[sponsor[0]].spans.append(Span(sp_span.end - len(sponsor[0]), sp_span.end))
    ex.affiliations.append(Affiliation(people[0], titles[0], host[0], Span(role_span.start, p0.end)))
    ex.events.append(Event(event_name, True, [ev_span], kind=kind.lower(), location=city, start_date=date))
    ex.speeches.append(Speech(people[0], Span(p0.start, p0.end + 2 + len(verb)), event_name, verb))
    ex.event_roles.append(EventRole(event_name, sponsor[0], "sponsor", sp_span))
    # Other speakers.
    for person, ptitle in zip(people[1:], titles[1:], strict=True):
        ps = t.add(person)
        t.add(", ")
        t.add(f"{ptitle} of the ")
        os_ = t.add(second[0])
        t.add(", also addressed the participants and ")
        org_span = t.add(f"thanked the {host[0]} for organising")
        t.add(" the meeting.\n\n")
        person_objs[person].spans.append(ps)
        org_objs[second[0]].spans.append(os_)
        ex.affiliations.append(Affiliation(person, ptitle, second[0], Span(ps.start, os_.end)))
        ex.speeches.append(Speech(person, Span(ps.start, os_.end), event_name, "addressed"))
        if not any(r.role == "organiser" for r in ex.event_roles):
            ex.event_roles.append(EventRole(event_name, host[0], "organiser", org_span))
    # Quotes.
    for person in people[: rnd.randint(1, len(people))]:
        t.add('"')
        q = rnd.choice(QUOTES)
        qs = t.add(q)
        t.add(f'," said Ms. {person.split()[1]}.\n\n')
        ex.quotes.append(Quote(q, qs, speaker=person))
    # Recommendations.
    t.add("The participants recommended that:\n")
    for action in rnd.sample(ACTIONS, rnd.randint(2, 4)):
        who = rnd.choice(ADDRESSEES)
        t.add("- ")
        rs = t.add(f"{who} {action}")
        t.add("\n")
        ex.recommendations.append(Recommendation(f"{who} {action}", rs, by=host[0], addressee=who))
    t.add("\n")
    t.add(
        f"The {event_name} brought together {rnd.randint(20, 300)} participants from "
        f"{rnd.randint(3, 40)} countries. " * rnd.randint(1, 3)
    )
    t.add("\n\nFor further information, please contact: ")
    contact = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    cs = t.add(contact)
    phone = f"+41 22 {rnd.randrange(100, 999)} {rnd.randrange(1000, 9999)}"
    email = f"{contact.split()[0][0].lower()}{contact.split()[1].lower()}@{host[1].lower()}.int"
    t.add(f", {host[1]} {city}, Tel: {phone}, Email: {email}\n")
    if ex.person(contact) is None:
        ex.people.append(Person(contact, spans=[cs]))
    ex.contacts.append(Contact(contact, cs, host[0], f"{host[1]} {city}", [phone], [email]))
    ex.release.text = t.text()
    ex.release.title = title
    ex.release.date = date
    return ex


def text_of(seed: int, index: int) -> str:
    return make(seed, index).release.text


def oracle_extract(release: Release) -> Extraction:
    """The true extraction of a generated release (the "perfect extractor" used by benchmarks)."""
    ex = make(*parse_id(release.id))
    if ex.release.text != release.text:
        raise ValueError(f"{release.id}: text differs from the generated release")
    ex.release = release
    release.title, release.date = release.title or ex.release.title, release.date or ex.release.date
    return ex


def write(count: int, out: str | Path, seed: int = 1, per_folder: int = 1000) -> Path:
    """Write `count` releases as .txt files under `out` (folders of `per_folder`)."""
    out = Path(out)
    for i in range(count):
        folder = out / f"{i // per_folder:04d}"
        if i % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{release_id(seed, i)}.txt").write_text(text_of(seed, i), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("count", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    write(args.count, args.out, args.seed)
    print(f"wrote {args.count} releases to {args.out}")


if __name__ == "__main__":
    main()
