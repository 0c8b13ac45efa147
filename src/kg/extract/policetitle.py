"""A police rank "of Police" with no organisation belongs to the release's one police force.

"Commissioner of Police Mr. A", "Assistant Commissioner of Police B": the rank names the service only by
its kind; when no rule tied the speaker to a body and the release names exactly one police force or police
service ("Lakeland Police Force", "Police Service of Lakeland"), the officer serves in it. A named unit or
a mission the text ties the officer to wins, since the rule only fills a missing organisation.
"""

from __future__ import annotations

from kg.model import Extraction

FORCE_HEADS = ("Police Force", "Police Service", "Constabulary")


def police_forces(ex: Extraction) -> None:
    """Give each "... of Police" speaker left without an organisation the release's one police force."""
    todo = [a for a in ex.affiliations if not a.organisation and a.role and a.role.endswith(" of Police")]
    if not todo:
        return
    forces = {o.name for o in ex.organisations if any(h in o.name for h in FORCE_HEADS)}
    if len(forces) != 1:
        return
    force = next(iter(forces))
    for a in todo:
        a.organisation = force
