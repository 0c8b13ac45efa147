from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def test_contact_block():
    text = (
        "Water Forum Opens\n\nThe forum opened.\n\n"
        "For further information, please contact:\nJo Bell\nIOM Geneva\n"
        'Tel: +41 22 717 9111\nE-mail: "mailto:jbell@iom.int">jbell@iom.int\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "contacts"])
    (c,) = ex.contacts
    assert c.name == "Jo Bell" and c.emails == ["jbell@iom.int"]
    assert c.organisation == "International Organization for Migration"
    assert c.phones == ["+41 22 717 9111"]


def test_contacts_on_one_line_with_offices_and_domains():
    text = (
        "Water Forum Opens\n\nThe forum opened.\n\nFor more information on this topic, please contact:\n"
        "In Nairobi, Ann Mwangi, mwangi@unhcr.org, +254 735 337 608\n"
        "Communications Officer, Regional Office for Asia\nIn Geneva, Paul Roux, roux[at]unhcr.org\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "contacts"])
    got = [(c.name, c.office, c.emails, c.phones, c.organisation) for c in ex.contacts]
    unhcr = "United Nations High Commissioner for Refugees"
    assert got == [
        ("Ann Mwangi", "Nairobi", ["mwangi@unhcr.org"], ["+254 735 337 608"], unhcr),
        ("Paul Roux", "Geneva", ["roux@unhcr.org"], [], unhcr),
    ]
