from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def _ex(text):
    return extract(segment(Release(id="t", source="t", text=text)), ["organisations", "people"])


def test_speakers_roles_and_organisations():
    ex = _ex(
        "Water Forum Opens\n\nWFP Executive Director Maria Olsen opened the forum. "
        "Peter Brandt, Minister of the Interior, Norway, stressed the need for action. "
        "The forum thanked John Smith for his support.\n"
    )
    speakers = {s.person for s in ex.speeches}
    assert speakers == {"Maria Olsen", "Peter Brandt"}  # John Smith is only thanked
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Maria Olsen"] == ("Executive Director", "World Food Programme")
    assert aff["Peter Brandt"] == ("Minister of the Interior", "Government of Norway")
