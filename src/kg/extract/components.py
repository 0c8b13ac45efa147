"""The default extraction components, in the order they run.

Importing this module registers every component with the registry.
"""

from __future__ import annotations

from kg.extract import (  # noqa: F401
    contacts,
    eventceremonies,
    eventlaunchsettings,
    eventlaunchwords,
    eventparts,
    events,
    links,
    metadata,
    organisations,
    orgsplits,
    orgunits,
    people,
    quotes,
    recommendations,
    thanks,
    titleacronym,
)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "organisations",
    "org_refine",
    "people",
    "quotes",
    "events",
    "speaker_acronyms",
    "speech_events",
    "thanked_hosts",
    "recommendations",
    "event_parts",
    "event_ceremony_places",
    "event_launch_settings",
    "event_launch_words",
    "contacts",
    "org_units",
    "metadata",
)
