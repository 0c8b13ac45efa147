from kg.extract import extract
from kg.extract.organisations import ensure_organisation
from kg.model import Extraction, Release, Span
from kg.segment import segment


def _ex(text):
    return extract(segment(Release(id="t", source="t", text=text)), ["organisations"])


def test_acronym_definition_gazetteer_and_governments():
    ex = _ex(
        "Fish Talks Close Today\n\nThe Northern Fisheries Council (NFC) met with the World Food Programme "
        "and the Norwegian and Danish governments. Delegates from Chile and Peru attended. "
        "Migrants from Nepal were discussed. WFP and NFC agreed.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "Northern Fisheries Council" in names and "World Food Programme" in names
    assert {
        "Government of Norway",
        "Government of Denmark",
        "Government of Chile",
        "Government of Peru",
    } <= names
    assert "Government of Nepal" not in names  # a place, not an actor
    assert ex.organisation("NFC").name == "Northern Fisheries Council"


def test_ensure_organisation_canonicalises_forms():
    ex = Extraction(release=Release(id="t", source="t", text=""))
    a = ensure_organisation(ex, "the Belarus government", Span(0, 1))
    b = ensure_organisation(ex, "Government of Belarus", Span(2, 3))
    c = ensure_organisation(ex, "Belarusian government", Span(4, 5))
    assert a is b is c and a.name == "Government of Belarus" and a.country == "BY"
    u = ensure_organisation(ex, "UN refugee agency", Span(6, 7))
    assert ensure_organisation(ex, "UNHCR's", Span(8, 9)) is u
    assert (
        ensure_organisation(ex, "IOM Geneva", Span(10, 11)).name == "International Organization for Migration"
    )
    assert len(ex.organisations) == 3


def test_offices_venues_and_scare_uses_are_not_new_organisations():
    ex = _ex(
        "Talks Held\n\nThe conference was held at the ECOSOC Chamber and IOM's office in Cairo helped. "
        "The Kenya Red Cross Society and the EU Delegation to the UN joined. "
        "Key UN conventions were recalled.\n"
    )
    names = sorted(o.name for o in ex.organisations)
    assert names == ["European Union", "International Organization for Migration", "Kenya Red Cross Society"]


def test_split_coordinated_governments():
    from kg.extract.organisations import split_coordinated

    assert split_coordinated("the Belgian, Italian and Greek governments") == [
        "Belgian government",
        "Italian government",
        "Greek government",
    ]
    assert split_coordinated("the Governments of Portugal and Spain") == [
        "Government of Portugal",
        "Government of Spain",
    ]
    assert split_coordinated("UNODC") == ["UNODC"]


def test_country_qualified_ministries_are_one_body_per_country():
    ex = _ex(
        "Health Talks\n\nThe forum was hosted by Ruritania's Ministry of Health and the Ministry of Water of "
        "Borduria. The Ministry of Health said it would report. The Freedonian Ministry of Labour attended.\n"
    )
    names = {o.name for o in ex.organisations}
    # Fictional countries are not countries: nothing is qualified.
    assert "Ministry of Health" in names or "Ruritania's Ministry of Health" in names
    ex = _ex(
        "Health Talks\n\nThe forum was hosted by Kenya's Ministry of Health and the Ministry of Water of "
        "Uganda. The Ministry of Health said it would report. The Danish Ministry of Labour attended.\n"
    )
    names = {o.name for o in ex.organisations}
    assert {"Kenya's Ministry of Health", "Ministry of Water of Uganda", "Danish Ministry of Labour"} <= names
    assert "Ministry of Health" not in names  # the bare re-mention is an alias
    assert ex.organisation("Ministry of Health").name == "Kenya's Ministry of Health"


def test_companies_described_ngos_embassies_and_acronym_initials():
    ex = _ex(
        "Grants Given\n\nPanels were donated by the Swedish company NordLys AB Holding Ltd and the "
        "local NGO Kids First. The Royal Danish Embassy in Nairobi and the Kenya Tea Growers and "
        "Packers Association (KTGPA) joined the Joint Committee on Tea. The Steering Group for Fair "
        "Trade (GDCE) met.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "NordLys AB Holding Ltd" in names and "Kids First" in names
    assert "Royal Danish Embassy in Nairobi" in names
    assert ex.organisation("KTGPA").name == "Kenya Tea Growers and Packers Association"
    assert ex.organisation("GDCE").name == "Steering Group for Fair Trade"
    assert "Local NGO Kids First" not in names and "Packers Association" not in names


def test_venues_short_forms_and_list_fragments():
    ex = _ex(
        "Awards Made\n\nThe ceremony, held at the Harbour Maritime Institute, was run by the Kestrel Trust "
        "for Girls. The Kestrel Trust said grants doubled. Funds came from the Global Fund to Fight AIDS, "
        "Tuberculosis and Malaria. Participants came from Chile, Peru and Bolivia.\n"
    )
    from kg.extract.organisations import ensure_organisation

    names = {o.name for o in ex.organisations}
    assert "Harbour Maritime Institute" not in names  # only a venue
    assert ex.organisation("Kestrel Trust").name == "Kestrel Trust for Girls"
    assert {"Government of Chile", "Government of Peru", "Government of Bolivia"} <= names
    n = len(ex.organisations)
    assert ensure_organisation(ex, "Tuberculosis and Malaria", Span(0, 1)).name.startswith("Global Fund")
    assert len(ex.organisations) == n


def test_named_kind_appositions_acronym_connectors_and_acting_country_lists():
    ex = _ex(
        "Workshop Held\n\nThe workshop was organized by Ghana's National Office for the Fight against "
        "Trafficking in Persons (NOFTIP). Hope Rising, a local NGO, ran sessions with Blue Water Trust, a "
        "Accra-based charity. Japan, Norway and Sweden provided funding. Migrants from Togo took part. "
        "Jane Akua, a local NGO worker, spoke.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "National Office for the Fight against Trafficking in Persons" in names
    assert {"Hope Rising", "Blue Water Trust"} <= names
    assert {"Government of Japan", "Government of Norway", "Government of Sweden"} <= names
    assert "Government of Togo" not in names and "Jane Akua" not in names


def test_acronym_spelt_compound_heads_but_not_groups_of_states():
    ex = _ex(
        "Talks\n\nThe Turkish Directorate General of Migration Management (DGMM) and the Abuja "
        "Process Member States (APMS) met.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "Directorate General of Migration Management" in names
    assert not any("Member States" in n for n in names)


def test_countries_acting_through_possessives_and_relative_clauses():
    ex = _ex(
        "Aid Grows\n\nNorway's contribution covers training. Costs rose in Peru's economy. The burden is "
        "shared with Chad and the Niger, which together host many refugees.\n"
    )
    names = {o.name for o in ex.organisations}
    assert {"Government of Norway", "Government of Chad", "Government of the Niger"} <= names or {
        "Government of Norway",
        "Government of Chad",
        "Government of Niger",
    } <= names
    assert "Government of Peru" not in names


def test_abbreviated_country_forms_give_the_short_name():
    ex = _ex("Talks\n\nThe US and the UK pledged support. Delegates from the U.S. attended.\n")
    names = {o.name for o in ex.organisations}
    assert "Government of the United States" in names and "Government of the United Kingdom" in names
    assert not any(n.endswith(("US", "UK", "U.S.")) for n in names)


def test_countries_listed_under_a_participants_intro():
    ex = _ex(
        "Meeting Closes\n\nA meeting closed today.\n\nParticipating countries:\n- Albania\n- Serbia\n\n"
        "Topics discussed:\n- Croatia and its border posts\n- migration from Kosovo\n"
    )
    names = {o.name for o in ex.organisations}
    assert names == {"Government of Albania", "Government of Serbia"}


def test_ministry_portfolio_lists_run_over_commas():
    ex = _ex(
        "Deal Signed\n\nThe deal was signed with Qatar's Ministry of Administrative Development, Labour and "
        "Social Affairs. The Ministry of Health, UNICEF and WHO attended.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "Qatar's Ministry of Administrative Development, Labour and Social Affairs" in names
    assert "Ministry of Health" in names and "United Nations Children's Fund" in names


def test_donor_and_host_countries_act_but_places_in_lists_do_not():
    ex = _ex(
        "Donors Meet\n\nDonors such as Japan and Norway pledged more. The host country Thailand opened the "
        "event. Many countries, including Chile and Peru, face drought.\n"
    )
    names = {o.name for o in ex.organisations}
    assert names == {"Government of Japan", "Government of Norway", "Government of Thailand"}


def test_possessive_owner_of_an_acronym_body_and_national_authorities():
    ex = _ex(
        "Panel Reports On Fisheries\n\nThe African Union's Group of Experts on Fisheries Labour (GEFL) today "
        "urged the Ghanaian authorities to inspect vessels. Officials met in Accra.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "African Union" in names
    assert "Group of Experts on Fisheries Labour" in names
    assert ex.organisation("GEFL").name == "Group of Experts on Fisheries Labour"
    assert "Government of Ghana" in names
    assert not any("Accra" in n for n in names)


def test_headless_acronym_name_counts_only_when_the_acronym_acts():
    ex = _ex(
        "Roundtable Held\n\nThe roundtable was run by Fair Harvest Watch Kenya (FHWK). A survey was "
        "presented by FHWK researcher Amina Noor. The Kenya Decent Work Agenda (KDWA) was discussed.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "Fair Harvest Watch Kenya" in names
    assert not any("Agenda" in n for n in names)
    ex = _ex("Study Out\n\nThe Fair Harvest Watch Kenya (FHWK) report was cited by officials.\n")
    assert not any("Harvest" in o.name for o in ex.organisations)


def test_known_multiword_name_followed_by_a_country_is_that_organisation():
    ex = Extraction(release=Release(id="t", source="t", text=""))
    assert ensure_organisation(ex, "UN Women Kenya", Span(0, 1)).name == "UN Women"
    assert ensure_organisation(ex, "World Food Programme Chad", Span(0, 1)).name == "World Food Programme"
    assert {o.name for o in ex.organisations} == {"UN Women", "World Food Programme"}


def test_acronym_definition_does_not_swallow_a_coordinated_body():
    ex = _ex(
        "Grant Signed\n\nFunding came from the Ministry of Fisheries and the Nordic Agency for Ocean "
        "Cooperation (NOC). The Ministry of Labour and Social Affairs (MTAS) attended.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "Nordic Agency for Ocean Cooperation" in names and "Ministry of Fisheries" in names
    assert ex.organisation("NOC").name == "Nordic Agency for Ocean Cooperation"
    assert ex.organisation("MTAS").name == "Ministry of Labour and Social Affairs"


def test_owner_of_a_named_unit_is_an_organisation_too():
    ex = _ex(
        "Study Out\n\nA study by the University of Lusaka's Centre for Labour Studies (CLS) came out today.\n"
    )
    names = {o.name for o in ex.organisations}
    assert {"University of Lusaka", "Centre for Labour Studies"} <= names
    assert ex.organisation("CLS").name == "Centre for Labour Studies"


def test_regional_centre_of_a_known_organisation_is_an_office():
    ex = Extraction(release=Release(id="t", source="t", text=""))
    undp = "United Nations Development Programme"
    assert ensure_organisation(ex, "UNDP Asia Regional Centre", Span(0, 1)).name == undp
    assert ensure_organisation(ex, f"{undp} (UNDP) Pacific Centre", Span(0, 1)).name == undp
    assert ensure_organisation(ex, "UNDP Innovation Centre", Span(0, 1)).name != undp  # a named unit


def test_ngo_followed_by_a_single_word_name():
    ex = _ex(
        "Report Out\n\nJuan Perez of the Chilean NGO Caminos said the law helps. The NGO Director left.\n"
    )
    names = {o.name for o in ex.organisations}
    assert "Caminos" in names
    assert not any("Director" in n or "NGO" in n for n in names)


def test_national_delegations_and_sides_act_but_a_side_of_a_border_does_not():
    ex = _ex(
        "Talks End\n\nThe Kenyan delegation was led by a minister, while the Ugandan side was headed by a "
        "deputy. Trucks wait on the Tanzanian side of the border.\n"
    )
    names = {o.name for o in ex.organisations}
    assert {"Government of Kenya", "Government of Uganda"} <= names
    assert "Government of Tanzania" not in names


def test_office_after_an_acronym_in_parentheses_is_that_organisation():
    ex = _ex(
        "Workshop Opens\n\nThe workshop was run by the United Nations Development Programme (UNDP) Africa "
        "Centre in Dakar. Staff of the UNDP Africa Centre spoke.\n"
    )
    assert {o.name for o in ex.organisations} == {"United Nations Development Programme"}


def test_name_between_the_and_its_kind():
    ex = _ex(
        "Visit Planned\n\nTrainees will visit a plant of the Voltana company. The Kenyan company and the "
        "Chief Executive's company were not named.\n"
    )
    assert {o.name for o in ex.organisations} == {"Voltana"}


def test_ministry_portfolio_list_runs_over_commas_but_not_into_other_names():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    ex = extract(
        segment(
            Release(
                id="t",
                source="t",
                text="Forest workshop\n\nDHAKA, 3 May 2022 - A workshop was held in Dhaka.\n\n"
                "Rafiq Ahmed, Secretary of the Ministry of Environment, Forest and Climate Change, said "
                "forests matter. Lina Das, Joint Secretary, Ministry of Labour, Employment and Skills, said "
                "jobs matter.\n\nThe Ministry of Health, UNICEF and WHO also attended.\n",
            )
        )
    )
    names = {o.name for o in ex.organisations}
    assert {
        "Ministry of Environment, Forest and Climate Change",
        "Ministry of Labour, Employment and Skills",
        "Ministry of Health",
    } <= names
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Rafiq Ahmed"] == ("Secretary", "Ministry of Environment, Forest and Climate Change")
    assert aff["Lina Das"] == ("Joint Secretary", "Ministry of Labour, Employment and Skills")


def test_ministry_portfolio_with_a_head_word_inside_and_a_title_in_it():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    ex = extract(
        segment(
            Release(
                id="t",
                source="t",
                text="Workshop\n\nLUSAKA, 14 November 2022 - Opening the workshop, Chanda Mwale, Permanent "
                "Secretary in the Ministry of Community Development and Social Services, said that it "
                "matters."
                "\n\nThe Ministry of Health Committee Meeting was postponed.\n",
            )
        )
    )
    names = {o.name for o in ex.organisations}
    assert "Ministry of Community Development and Social Services" in names
    assert not any("Meeting" in n for n in names)
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Chanda Mwale"] == (
        "Permanent Secretary",
        "Ministry of Community Development and Social Services",
    )


def test_a_headless_name_and_the_same_name_with_a_head_word_are_one():
    from kg.extract import extract
    from kg.extract.organisations import ensure_organisation
    from kg.model import Release, Span
    from kg.segment import segment

    text = (
        "Study launch\n\nNAIROBI, 3 May 2024 - A study by the Kenyan NGO Pamoja Safari Initiative was "
        "launched today.\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    ensure_organisation(ex, "Pamoja Safari Initiative", Span(0, 0))  # as the contact block names it
    names = [o.name for o in ex.organisations]
    assert "Pamoja Safari Initiative" in names
    assert "Pamoja Safari" not in names


def test_where_a_body_is_based_is_no_part_of_its_name():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Workshop\n\nLUSAKA, 14 November 2022 - A workshop was held.\n\nAnna Phiri, from the Lusaka-based "
        "Centre for Trade Policy and Development (CTPD), said exports fell.\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    assert [o.name for o in ex.organisations] == ["Centre for Trade Policy and Development"]
    assert ex.affiliations[0].organisation == "Centre for Trade Policy and Development"
