"""Speaker affiliations in the shapes releases write them (releases written here, invented names)."""

import pytest

from kg.extract import extract
from kg.model import Release
from kg.segment import segment

LEAD = (
    "Forum on fair recruitment\n\nLISBON, 3 May 2022 - The Forum on Fair Recruitment opened in Lisbon "
    "today.\n\n"
)


def affiliation(sentence: str, person: str):
    ex = extract(segment(Release(id="t", source="t.txt", text=LEAD + sentence + "\n")))
    assert person in {s.person for s in ex.speeches}
    a = next((a for a in ex.affiliations if a.person == person), None)
    return (a.role, a.organisation) if a else (None, None)


@pytest.mark.parametrize(
    ("sentence", "person", "role", "org"),
    [
        # A unit named by its topic belongs to the organisation after it.
        (
            '"Fees must go," said Lina Varga, Head of the Labour Mobility Unit at the Asian Development '
            "Bank.",
            "Lina Varga",
            "Head of the Labour Mobility Unit",
            "Asian Development Bank",
        ),
        # The full title comes before the honorific in an appositive before the name.
        (
            "The Permanent Representative of Moldova to the United Nations, Ambassador Ion Rusu, said the "
            "country would sign.",
            "Ion Rusu",
            "Permanent Representative",
            "Government of Moldova",
        ),
        # An organisation with no head word, after a staff title.
        (
            "Kofi Asante, CEO of Bright Harvest Ghana, said recruiters must be licensed.",
            "Kofi Asante",
            "CEO",
            "Bright Harvest Ghana",
        ),
        (
            "Rosa Lima, programme lead at CodeForAll Portugal, explained the new course.",
            "Rosa Lima",
            "programme lead",
            "CodeForAll Portugal",
        ),
        # The owner of a title, possessive with a bare apostrophe.
        (
            "Tejo Logistics' Chief Executive Officer, Marco Silva, announced a pledge.",
            "Marco Silva",
            "Chief Executive Officer",
            "Tejo Logistics",
        ),
        # A name before a lowercase title.
        (
            "Haki Europa executive director Ana Costa said the law must change.",
            "Ana Costa",
            "executive director",
            "Haki Europa",
        ),
        # The organisation a speaker represents, stated before the title.
        (
            "Representing the World Food Programme, Country Director Paulo Reis said aid would continue.",
            "Paulo Reis",
            "Country Director",
            "World Food Programme",
        ),
        # "who leads X at Y": the organisation after "at".
        (
            "Tom Berg, who leads the migration programme at the Danish Red Cross, said volunteers were "
            "ready.",
            "Tom Berg",
            None,
            "Danish Red Cross",
        ),
        # A possessive organisation right before the name: an organisation, no title.
        (
            "Amnesty International's Paula Melo said the report was alarming.",
            "Paula Melo",
            None,
            "Amnesty International",
        ),
        (
            "Luis Rocha, who represented the Government of Ghana, said the country supported the compact.",
            "Luis Rocha",
            None,
            "Government of Ghana",
        ),
        (
            '"We need data," said Joana Sá, who directs the Migration Policy Institute\'s Europe program.',
            "Joana Sá",
            "director",
            "Migration Policy Institute",
        ),
        # A title alone between commas, then an organisation with no head word.
        ("Rui Dias, CEO, Migrant Help UK, said demand had doubled.", "Rui Dias", "CEO", "Migrant Help UK"),
    ],
)
def test_affiliation_shapes(sentence, person, role, org):
    assert affiliation(sentence, person) == (role, org)


def test_portfolio_before_a_title_is_no_organisation():
    role, org = affiliation(
        "The District Health Officer for Braga, Rui Lopes, noted that cases had risen.", "Rui Lopes"
    )
    assert org is None


def test_a_country_unit_keeps_its_own_name():
    role, org = affiliation(
        "Also addressing the forum was Nuno Reis, Secretary of the Health Services Division of Portugal.",
        "Nuno Reis",
    )
    assert org == "Health Services Division of Portugal"


def test_named_unit_at_an_acronym_belongs_to_it():
    role, org = affiliation(
        "Rita Haddad, head of the Exploitation and Trafficking Unit at ABAAD, said complaints had doubled.",
        "Rita Haddad",
    )
    assert org == "ABAAD"


def test_organisation_name_does_not_run_into_the_next_person():
    ex = extract(
        segment(
            Release(
                id="t",
                source="t.txt",
                text=LEAD + "Other speakers included Pedro Nunes from the University of Coimbra and Maria "
                "Santos, a researcher with the Lisbon Migration Centre.\n",
            )
        )
    )
    names = {o.name for o in ex.organisations}
    assert "University of Coimbra" in names
    assert not any("Maria" in n for n in names)
    aff = {a.person: a.organisation for a in ex.affiliations}
    assert aff["Pedro Nunes"] == "University of Coimbra"
    assert aff["Maria Santos"] == "Lisbon Migration Centre"


def test_lecturer_is_a_title():
    role, org = affiliation(
        "Ana Cruz, lecturer at the University of Porto, presented findings on health access.", "Ana Cruz"
    )
    assert (role, org) == ("lecturer", "University of Porto")


def _run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def test_its_title_refers_to_the_organisation_named_before():
    ex = _run(
        LEAD + "Vozes, a Portuguese NGO, welcomed the charter but warned that agents remain unregulated. "
        'Its executive director, Marta Pinto, said: "Workers still arrive in debt."\n'
    )
    assert "Vozes" in {o.name for o in ex.organisations}
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Marta Pinto"] == ("executive director", "Vozes")


def test_a_bare_minister_is_not_the_donor_government_of_a_release_from_elsewhere():
    ex = _run(
        "Charter signed\n\nKUALA LUMPUR, 4 March 2024 - Malaysian employers signed a charter on fair "
        "recruitment at a ceremony organised with support from the Government of Canada.\n\n"
        "Human Resources Minister Adam Rahim said the government would strengthen enforcement.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Adam Rahim"][1] != "Government of Canada"


def test_a_bare_minister_serves_the_one_government_of_the_host_country():
    ex = _run(
        "Charter signed\n\nOTTAWA, 4 March 2024 - Employers signed a charter on fair recruitment at a "
        "ceremony hosted by the Government of Canada.\n\n"
        "Labour Minister Adam Rahim said the government would strengthen enforcement.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Adam Rahim"] == ("Labour Minister", "Government of Canada")


def test_a_unit_named_by_its_topic_is_no_organisation_of_its_own():
    ex = _run(
        LEAD + '"Fees must go," said Lina Varga, Head of the Labour Migration Unit at the Asian Development '
        "Bank.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "Asian Development Bank" in names
    assert "Labour Migration Unit" not in names


def test_owner_of_a_title_is_no_surname_across_a_paragraph():
    ex = _run(
        LEAD
        + "The course is funded by the Lantern Foundation.\n\nBrightwave's founder and CEO, Priya Raman, "
        'said: "Talent is everywhere."\n'
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Priya Raman"] == ("founder and CEO", "Brightwave")


def test_managing_director_of_a_possessive_owner_with_inner_capital():
    ex = _run(LEAD + "BlueHarbor Crewing's managing director, Lito Santos, announced a refund of fees.\n")
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Lito Santos"] == ("managing director", "BlueHarbor Crewing")
    assert "Welfare Department" not in {o.name for o in ex.organisations}


@pytest.mark.parametrize(
    ("sentence", "person", "role", "org"),
    [
        (
            "The European Commission was represented by Eva Lund, Head of Unit for Legal Migration, who said "
            "the pool would open in 2025.",
            "Eva Lund",
            "Head of Unit for Legal Migration",
            "European Commission",
        ),
        (
            "On behalf of the Government of Kenya, Principal Secretary Ruth Wanjiru said the country would "
            "ratify the protocol.",
            "Ruth Wanjiru",
            "Principal Secretary",
            "Government of Kenya",
        ),
        (
            "Amadou Ba, speaking on behalf of the African Union, said the continent needed free movement.",
            "Amadou Ba",
            None,
            "African Union",
        ),
        (
            "Clara Diaz, Senior Vice President at Paymundo, said digital wallets would cut costs.",
            "Clara Diaz",
            "Senior Vice President",
            "Paymundo",
        ),
        (
            "Mei Lin, Global Head of Sustainability at Fabrikon, said audits had found fees.",
            "Mei Lin",
            "Global Head of Sustainability",
            "Fabrikon",
        ),
    ],
)
def test_affiliation_from_the_represented_body_and_at(sentence, person, role, org):
    assert affiliation(sentence, person) == (role, org)


@pytest.mark.parametrize(
    ("sentence", "person", "role", "org"),
    [
        (
            '"We must act now," said Ana Reis, who is the Executive Director of the Lantern Foundation.',
            "Ana Reis",
            "Executive Director",
            "Lantern Foundation",
        ),
        (
            "Ana Reis, who was recently appointed Director of the Tagus Migration Foundation, said the fund "
            "would double.",
            "Ana Reis",
            "Director",
            "Tagus Migration Foundation",
        ),
        (
            "Ana Reis, who serves as Chief of Staff at the International Organization for Migration, said "
            "reforms were underway.",
            "Ana Reis",
            "Chief of Staff",
            "International Organization for Migration",
        ),
    ],
)
def test_who_is_clause_is_an_appositive(sentence, person, role, org):
    assert affiliation(sentence, person) == (role, org)


def test_who_clause_that_is_no_title_gives_no_role():
    role, org = affiliation("Ana Reis, who is leading the campaign, said it would go on.", "Ana Reis")
    assert role is None


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        (
            "The Lantern Foundation announced new grants today. The foundation's president, Ana Reis, said "
            "the grants would target coastal towns.",
            "president",
            "Lantern Foundation",
        ),
        (
            'The Baobab Trust opened a new shelter. "We are full," said Ana Reis, the organisation\'s '
            "director.",
            "director",
            "Baobab Trust",
        ),
    ],
)
def test_the_kinds_title_refers_to_the_organisation_named_before(text, role, org):
    assert affiliation(text, "Ana Reis") == (role, org)


def test_united_arab_emirates_is_no_person():
    role, org = affiliation(
        "Huda Saleh, Minister of State for Foreign Affairs of the United Arab Emirates, said the dialogue "
        "would continue.",
        "Huda Saleh",
    )
    assert org == "Government of the United Arab Emirates"
