from kg.model import Release
from kg.segment import segment

NAV = "-\nWho we are\nWHO WE AREThe Agency (XYZ) helps people.\nTake Action\nGet involved\n- 2030 Agenda\n"


def _doc(text):
    return segment(Release(id="t", source="t", text=text))


def test_navigation_headline_and_hard_wrapped_paragraphs():
    text = (
        NAV
        + "Ministers Meet on Fisheries\nThe meeting opened today in\nthe capital city.\n"
        + "A second paragraph starts here and\ncontinues on this longer line.\n"
    )
    doc = _doc(text)
    kinds = [s.kind for s in doc.segments]
    assert kinds[:6] == ["navigation"] * 6
    assert doc.segment_text(doc.of_kind("headline")[0]) == "Ministers Meet on Fisheries"
    assert len(doc.of_kind("paragraph")) == 2


def test_dateline_bullets_contact_caption():
    text = (
        "Talks on Water Open\n\n© Agency/J.Doe\n\nLISBON, 3 May 2012 (ABC) – Delegates met today.\n\n"
        "Speakers included:\n• Ana Lima, Minister of Water;\n• Rui Costa, Mayor.\n\n"
        "For further information, please contact:\nJo Bell\nTel: +1 555 1234\n"
    )
    doc = _doc(text)
    assert doc.segment_text(doc.of_kind("dateline")[0]).startswith("LISBON, 3 May 2012")
    assert doc.of_kind("caption")
    bullets = doc.of_kind("bullet")
    assert len(bullets) == 2 and doc.segment_text(doc.segments[bullets[0].intro]) == "Speakers included:"
    assert doc.of_kind("contact")


def test_dash_inside_sentence_is_not_a_bullet():
    text = "Title Here Now\n\nThe rise of the sea\n– evident in floods – will matter.\n"
    assert not _doc(text).of_kind("bullet")


def test_long_site_menu_of_dash_items_is_navigation():
    menu = "-\nOur work\n- Arms control\n- Border management\n-\nCountries\n- Albania\n- Andorra\n"
    doc = _doc(
        menu + "Secretary General Meets Minister\nVIENNA, 3 March 2022 – The meeting took place today.\n"
    )
    assert not doc.of_kind("bullet")
    assert doc.segment_text(doc.of_kind("headline")[0]) == "Secretary General Meets Minister"


def test_first_paragraph_closing_a_quote_is_no_headline():
    from kg.model import Release
    from kg.segment import segment

    text = (
        'Brief\n\nThe minister called the plan "a model that other districts can copy."\n\n'
        "More text follows.\n"
    )
    doc = segment(Release(id="t", source="t", text=text))
    assert [s.kind for s in doc.segments if s.kind == "headline"] == []


def test_separator_menus_section_labels_and_page_tails_are_navigation():
    from kg.model import Release
    from kg.segment import segment

    text = (
        "City Daily\nHome / News / Sport / Contact\nBusiness Desk\n\n"
        "Port workers sign new safety agreement with shipping firms\n\n"
        "LAGOS, 2 May 2020 - Port workers signed an agreement today.\n\n"
        "Press contact: Ada Obi, +234 1 000 0000, ada@example.org\n\n"
        "Share this: Facebook | Twitter | Email\nRelated news\n"
    )
    doc = segment(Release(id="t", source="t", text=text))
    kinds = {doc.text[s.start : s.end].split("\n")[0]: s.kind for s in doc.segments}
    assert kinds["Home / News / Sport / Contact"] == "navigation"
    assert kinds["Business Desk"] == "navigation"
    assert kinds["Port workers sign new safety agreement with shipping firms"] == "headline"
    assert kinds["Share this: Facebook | Twitter | Email"] == "navigation"


def test_letterhead_over_the_headline():
    from kg.model import Release
    from kg.segment import segment

    text = (
        "MINISTRY OF FISHERIES\n\nRepublic of Atlantis\n\nPRESS RELEASE\n1 May 2020\n\n"
        "Ministry and unions agree on new rules for deep-sea crews\n\n"
        "PORT ROYAL - The ministry and the unions agreed on new rules today.\n"
    )
    doc = segment(Release(id="t", source="t", text=text))
    heads = [doc.text[s.start : s.end] for s in doc.segments if s.kind == "headline"]
    assert heads == ["Ministry and unions agree on new rules for deep-sea crews"]


def test_contact_heading_alone_on_its_line():
    text = (
        "Clinic Opens in Town\n\nThe clinic opened today in the town centre and will serve families.\n\n"
        "Contact\nJana Novak\nSpokesperson\nHealth Trust\nPhone: +420 222 333 444\njana@example.org\n"
    )
    doc = _doc(text)
    assert "Jana Novak" in doc.segment_text(doc.of_kind("contact")[0])
    menu = "Home\nAbout us\nContact\n\nClinic Opens in Town\n\nThe clinic opened today in the town centre.\n"
    assert not _doc(menu).of_kind("contact")


def test_lettered_items_are_bullets_and_a_full_stop_after_semicolon_items_ends_the_list():
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Lima, 3 May 1999\n\nDelegates met in Lima to discuss clean water for towns in the region.\n"
        "In their statement, delegates recommended that towns:\n"
        "(a) test wells every month;\n"
        "(b) publish the results in the local\npress;\n"
        "(c) train two technicians in every district office.\n"
        "The statement will go to ministers next year, who meet in\nQuito in the spring.\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    bullets = [text[s.start : s.end] for s in doc.segments if s.kind == "bullet"]
    assert bullets == [
        "test wells every month;",
        "publish the results in the local\npress;",
        "train two technicians in every district office.",
    ]
    assert any(
        s.kind == "paragraph" and text[s.start : s.end].startswith("The statement") for s in doc.segments
    )


def _headlines(text):
    doc = _doc(text)
    return [doc.text[s.start : s.end] for s in doc.segments if s.kind == "headline"]


def test_masthead_labels_give_way_to_the_headline_after_them():
    # a publisher's name over a release label, then a headline with its subtitle
    assert _headlines(
        "Lakeland Water Agency\nMEDIA RELEASE\n\nTowns along the lake agree to share pumping costs\n"
        "Joint fund to open in the spring\n\nLAKETOWN, 2 June 2011 - Mayors of six towns agreed today.\n"
    ) == ["Towns along the lake agree to share pumping costs\nJoint fund to open in the spring"]
    # a numbered label line, then a centred, hard-wrapped headline in capitals
    assert _headlines(
        "FOR IMMEDIATE RELEASE                 Press Release No. 04/221/XYZ\n\n"
        "            RIVER COMMISSION OPENS TALKS ON\n        SHARED IRRIGATION CANALS\n\n"
        "OLDPORT, May 3, 2004 -- Delegates from four basin states met today.\n"
    ) == ["RIVER COMMISSION OPENS TALKS ON\n        SHARED IRRIGATION CANALS"]
    # a headline that merely starts with a label keeps its place
    assert _headlines(
        "Press release: Lakeland Water Agency opens two new pumping stations\n\n"
        "Supply to rise by a fifth\n\nLAKETOWN, 2 June 2011 - The agency opened two stations today.\n"
    ) == ["Press release: Lakeland Water Agency opens two new pumping stations"]


def test_headline_wrapped_before_its_last_word_stays_one_headline():
    text = (
        "News\nGlobal\n\n"
        "Lakeland and Elaria Open Regional Talks on River Fisheries in North\nElaria\n\n"
        "PORT ELARA – Officials from both countries met today to agree on catch limits for the\n"
        "river's northern reaches.\n"
    )
    doc = _doc(text)
    assert doc.segment_text(doc.of_kind("headline")[0]) == (
        "Lakeland and Elaria Open Regional Talks on River Fisheries in North\nElaria"
    )
    assert not any(doc.segment_text(p) == "Elaria" for p in doc.of_kind("paragraph"))


def test_a_byline_under_a_headline_is_no_part_of_it():
    text = (
        "Lakeland and Elaria Open Regional Talks on River Fisheries Today\nBy Jane Doe\n\nThe talks began.\n"
    )
    doc = _doc(text)
    assert doc.segment_text(doc.of_kind("headline")[0]) == (
        "Lakeland and Elaria Open Regional Talks on River Fisheries Today"
    )
