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


def test_several_contacts_on_the_lead_line():
    text = (
        "Workshop Ends\n\nThe workshop ended.\n\nFor more information please contact IOM Geneva: "
        "Jean-Paul Chaux, Tel: +41 22 717 9361, Email: jpc@iom.int or Jemima Pandit, Email: jp@iom.int\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "contacts"])
    assert [(c.name, c.emails) for c in ex.contacts] == [
        ("Jean-Paul Chaux", ["jpc@iom.int"]),
        ("Jemima Pandit", ["jp@iom.int"]),
    ]


def test_honorific_line_title_after_name_and_postcodes():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Water Deal Signed Today\n\nThe deal was signed.\n\n"
        "For further information, contact:\nMs Anna Berg\nPress Officer\nWHO Regional Office for Europe\n"
        "Main Street 8, DK-2100 Copenhagen, Denmark\nE-mail: aberg@who.int\n\n"
        "Contact: Tomas Reyes, Communications Analyst, UNDP Chile, treyes@undp.org\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "contacts"])
    assert [c.name for c in ex.contacts] == ["Ms Anna Berg", "Tomas Reyes"]
    assert ex.contacts[0].emails == ["aberg@who.int"]


def test_a_later_contact_line_does_not_lend_its_organisation():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Report Launched Today\n\nThe report was launched.\n\n"
        "Media contacts: Amy Chan, achan@ilo.org; Bob Stone, Senior Communications Officer, bstone@ilo.org\n"
        "Contact: IOM Press Office, +41 22 717 9111, media@iom.int\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "contacts"])
    got = {c.name: (c.organisation, c.emails) for c in ex.contacts}
    assert got["Bob Stone"] == ("International Labour Organization", ["bstone@ilo.org"])
    assert set(got) == {"Amy Chan", "Bob Stone"}
