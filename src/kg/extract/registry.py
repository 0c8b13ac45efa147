"""Named, swappable extraction components (in the manner of spaCy's pipeline).

A component is a plain function `(Document, Extraction) -> None` that adds
what it finds to the extraction. Components run in order, so later ones can
use what earlier ones found (speakers use organisations, recommendations use
speakers). Register your own with `@component("name")` and pass a list of
names to `extract()`.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Document, Extraction

Component = Callable[[Document, Extraction], None]

_REGISTRY: dict[str, Component] = {}


def component(name: str) -> Callable[[Component], Component]:
    def register(fn: Component) -> Component:
        _REGISTRY[name] = fn
        return fn

    return register


def get(name: str) -> Component:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(
            f"no extraction component named {name!r}; known: {', '.join(sorted(_REGISTRY))}"
        ) from None


def names() -> list[str]:
    return sorted(_REGISTRY)
