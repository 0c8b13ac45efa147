from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def test_contact_block():
    text = (
        "Water Forum Opens\n\nThe forum opened.\n\nFor further information, please contact:\nJo Bell\nIOM Geneva\n"
        'Tel: +41 22 717 9111\nE-mail: "mailto:jbell@iom.int">jbell@iom.int\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "contacts"])
    (c,) = ex.contacts
    assert c.name == "Jo Bell" and c.emails == ["jbell@iom.int"]
    assert c.organisation == "International Organization for Migration"
    assert c.phones == ["+41 22 717 9111"]
