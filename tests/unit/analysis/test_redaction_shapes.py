"""Names and settings found by their shape and their place in the sentence.

The sentences here are written for these tests, not copied from the labelled
sets, so each checks a rule rather than one comment.
"""

from __future__ import annotations

import pytest

from voice.analysis import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aoife is autistic and loves trains.", "[name] is autistic and loves trains."),
        ("April is non verbal and uses PECS.", "[name] is non verbal and uses PECS."),
        ("ruby has epilepsy and the nurse is great", "[name] has epilepsy and the nurse is great"),
        ("KOFI was bullied on the bus.", "[name] was bullied on the bus."),
        ("Jaylen was put in isolation for a week.", "[name] was put in isolation for a week."),
        ("Ivy was refused a place again.", "[name] was refused a place again."),
        ("Siddharth screams at lunch.", "[name] screams at lunch."),
    ],
)
def test_a_sentence_about_what_only_a_person_is_or_has_names_its_subject(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May is when the review is due.",
        "Joy has been in short supply.",
        "Faith has autism friendly services.",
        "Summer was put in the too-hard box.",
        "Patience has run out.",
        "Kooth was useful for a while.",
        "Makaton is used in class.",
        "Admin needs sorting.",
        "Asthma was diagnosed at 3.",
        "Asthma started at age 3.",
        "Paperwork was refused.",
        "Nurture school was mentioned.",
    ],
)
def test_months_virtues_and_services_at_the_start_of_a_sentence_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niamh Ó Súilleabháin rang me", "[name] rang me"),
        ("Dr Máire Ní Chonaill said no", "[name] said no"),
        ("Khalid al-Hashimi's EHCP is late", "[name]'s EHCP is late"),
        ("Mr van der Berg listened", "[name] listened"),
    ],
)
def test_surnames_with_small_words_inside_them_are_one_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The support worker was Holly, she was kind.", "The support worker was [name], she was kind."),
        ("The EP, Fenella, wrote a good report.", "The EP, [name], wrote a good report."),
        ("my son jack is 8 and loves lego", "my son [name] is 8 and loves lego"),
        ("my keyworker ruby helps me", "my keyworker [name] helps me"),
        ("i feel safe when tom is there", "i feel safe when [name] is there"),
        ("im grace, mum of two", "im [name], mum of two"),
        ("iris is my name", "[name] is my name"),
        ("Sorry, Pat is my wife's name.", "Sorry, [name] is my wife's name."),
        ("Will and Grace are my twins.", "[name] and [name] are my twins."),
        ("Bryn and Ffion both go to the same school", "[name] and [name] both go to the same school"),
        ("The nurse took Adaeze under her wing.", "The nurse took [name] under her wing."),
        ("We want Hazel to stay, we want her in her own school.",
         "We want [name] to stay, we want her in her own school."),
        ("Contact for Tomasz is 07700 900321", "Contact for [name] is [phone]"),
    ],
)
def test_names_after_a_role_a_relation_or_a_verb_that_takes_a_person(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Dean of Students was helpful.",
        "My husband is Bengali and my son is bilingual.",
        "I want MPs to see us as people.",
        "Mixed bag. SALT excellent, OT non-existent, CAMHS a brick wall.",
        "Section F lists OT termly.",
        "my son will be 16 in May",
        "Hope and Faith are what keep us going",
        "May and June were awful months",
        "We want Ofsted to look at this.",
        "They took Makaton away from him.",
    ],
)
def test_roles_nationalities_and_services_in_those_places_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We were told Hollinwell was full.", "We were told [school] was full."),
        ("if Oakmeadows closes we have nothing", "if [school] closes we have nothing"),
        ("Thornbridge refused him a place.", "[school] refused him a place."),
        ("Our local school Ashcombe said no.", "Our local school [school] said no."),
        ("our nursery Little Stars has been great", "our nursery [school] has been great"),
        ("The school (Parkfield) said no.", "The school ([school]) said no."),
        ("She is doing well at The Cedars now.", "She is doing well at [school] now."),
        ("Both boys attend Meadowside.", "Both boys attend [school]."),
        ("She was at St Anne Line Academy until May.", "She was at [school] until May."),
        ("they go to Ysgol Bro Dinefwr and they love it", "they go to [school] and they love it"),
    ],
)
def test_settings_are_found_by_what_they_do_and_where_they_are_named(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The children's centre in Ashgrove closed last year.",
        "Rotherham closed its respite unit.",
        "Tesco refused him a job.",
        "Our local school SENCO is great.",
        "my school Maths teacher said",
        "The school (Ofsted) said so.",
    ],
)
def test_places_and_people_in_a_settings_position_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're in L15, ring me", "We're in [address], ring me"),
        ("we live in B23 now", "we live in [address] now"),
        ("Flat 3 Alder House Kiln Lane Leek ST13 5AB", "[address]"),
    ],
)
def test_postcode_districts_where_a_family_lives_and_whole_addresses(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["She is low in B12.", "he is in S2 for maths", "stuck on the M25 again",
     "I am in M25 traffic every day"],
)
def test_vitamins_sets_and_motorways_are_not_postcodes(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ebele won't eat at school.", "[name] won't eat at school."),
        ("Dimitrios started at a new school in May.", "[name] started at a new school in May."),
        ("Kaito uses a wheelchair.", "[name] uses a wheelchair."),
        ("Yerlan's speech is delayed.", "[name]'s speech is delayed."),
        ("we tried everything but Tariku won't sleep", "we tried everything but [name] won't sleep"),
        ("Thornfield were brilliant with him.", "[school] were brilliant with him."),
    ],
)
def test_what_a_child_does_or_has_names_a_word_no_dictionary_knows(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "River walks are his favourite.",
        "we took Brownies off his timetable",
        "the teacher will is not enough, we need a plan",
        "Rovers were awful on Saturday.",
        "Ofsted's report was damning.",
    ],
)
def test_nouns_groups_and_teams_in_those_places_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i live at 14 oak rd near the park", "i live at [address] near the park"),
        ("address is 22 Hill View, Crewe", "address is [address]"),
        ("We live at 3 Park Lane, Stoke-on-Trent.", "We live at [address]."),
        ("Bishop Challoner school let him down", "[school] let him down"),
        ("she loved Little Acorns nursery", "she loved [school]"),
        ("Tel: 01632 960 123", "Tel: [phone]"),
    ],
)
def test_lower_case_streets_closing_towns_and_settings_typed_in_lower_case(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Forest school is great", "Steiner school was an option", "Catholic school said no",
     "Mark school work every night", "Summer school helped", "2 days st"],
)
def test_kinds_of_school_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("please ring sarah on 07700 900111", "please ring [name] on [phone]"),
        ("my mum and tobiasz came to the meeting", "my mum and [name] came to the meeting"),
    ],
)
def test_lower_case_names_after_a_contact_verb_or_joined_to_a_relation(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pearl struggles with noise.", "[name] struggles with noise."),
        ("Victor started at Riverside in September.", "[name] started at [school] in September."),
        ("Don was refused transport.", "[name] was refused transport."),
    ],
)
def test_a_name_that_is_also_a_word_does_what_only_a_person_does(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Hope struggles on.", "Summer started at last.", "Art started at 9.", "Summer masks are hot."],
)
def test_the_word_itself_doing_those_things_survives(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Written by Nasrin on behalf of her son", "Written by [name] on behalf of her son"),
        ("Sibling: Esi", "Sibling: [name]"),
        ("I am writing on behalf of Kwame", "I am writing on behalf of [name]"),
    ],
)
def test_names_after_who_wrote_it_and_after_a_label(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", ["(typed by Nana)", "Written by Mum", "Child: Autism"])
def test_family_words_and_conditions_after_those_cues_survive(text: str) -> None:
    assert redact(text) == text


def test_a_month_that_has_been_waiting_for_years_is_a_child() -> None:
    assert redact("May has been waiting since May.") == "[name] has been waiting since May."


@pytest.mark.parametrize(
    "text", ["Summer is waiting for the holidays to end.", "Hope is waiting for us somewhere."]
)
def test_a_season_or_a_virtue_that_is_waiting_survives(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We visited Fernbrook and Hollins Park, neither could take him.",
         "We visited [school] and [school], neither could take him."),
        ("Our first choice was Ashworth but we got Brackenfield.",
         "Our first choice was [school] but we got [school]."),
        ("Applied to St Hilda's, St Oswald's and Holy Cross.", "Applied to [school], [school] and [school]."),
        ("Sandhurst Primary's SENCO is new.", "[school]'s SENCO is new."),
        ("Woodlands refused to take him.", "[school] refused to take him."),
        ("Thanks to Little Acorns pre-school for everything", "Thanks to [school] for everything"),
        ("he loves lyndale primary", "he loves [school]"),
    ],
)
def test_settings_in_lists_choices_and_lower_case(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["the FE college was good", "a good primary", "the day nursery", "Welsh primary",
     "I visited Manchester and Bolton", "we got Hope in the end", "teacher training college"],
)
def test_kinds_and_towns_in_those_places_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text", ["i want to go to a diffrent college", "Diffrent school is needed"]
)
def test_slips_on_common_words_before_a_setting_word_survive(text: str) -> None:
    assert redact(text) == text


def test_a_hyphenated_setting_name_goes_whole() -> None:
    assert redact("she goes to Al-Noor Primary and likes it") == "she goes to [school] and likes it"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're at number 12, Hawthorn Way.", "We're at [address]."),
        ("21 Heol y Coed, Cardiff CF14 6AA", "[address]"),
    ],
)
def test_house_numbers_said_in_words_and_welsh_streets_with_small_words(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


def test_a_name_in_capitals_after_a_relation_goes() -> None:
    assert redact("our son TEODOR has autism") == "our son [name] has autism"


@pytest.mark.parametrize(
    "text", ["my son CAMHS referral", "my daughter SEMH needs", "my son PDA", "my son OT is late"]
)
def test_acronyms_in_capitals_after_a_relation_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    ["Hypermobility was diagnosed at 9.", "Deafblindness was diagnosed late.",
     "Gastrostomy needs changing daily.", ". gastrostomy was refused a review"],
)
def test_conditions_that_are_diagnosed_or_refused_are_not_names(text: str) -> None:
    assert redact(text) == text


def test_a_name_after_names_is_found() -> None:
    assert redact("His name's Jack.") == "His name's [name]."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PC Hargreaves came round.", "[name] came round."),
        ("Matron Joyce was kind.", "[name] was kind."),
        # A kin word used as a title goes with the name, as "Mrs" does.
        ("Auntie Funmi helps with pickups.", "[name] helps with pickups."),
    ],
)
def test_job_titles_before_a_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text", ["PC World sold us a laptop", "Ofsted Inspector Report", "the inspector came"]
)
def test_job_titles_before_ordinary_words_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", ["tel 0117-496-0456", "ph 07700 900123", "wk 0117 496 0456"])
def test_labels_before_a_phone_number_survive(text: str) -> None:
    assert redact(text) == text.split()[0] + " [phone]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tsitsi plays the drums at home.", "[name] plays the drums at home."),
        ("Our eldest Yonatan loves buses.", "Our eldest [name] loves buses."),
        ("The OT, Gowtham, came twice.", "The OT, [name], came twice."),
        ("Nnamdi and Ioana share a taxi.", "[name] and [name] share a taxi."),
    ],
)
def test_given_names_from_many_communities_are_names(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patience is very sociable at clubs.", "[name] is very sociable at clubs."),
        ("Treasure has sickle cell anaemia.", "[name] has sickle cell anaemia."),
        ("Honour has a stutter when tired.", "[name] has a stutter when tired."),
        ("Wisdom has Down syndrome and a big smile.", "[name] has Down syndrome and a big smile."),
        ("Comfort has been on the SEN register for years.",
         "[name] has been on the SEN register for years."),
        ("Our son Brave has asthma.", "Our son [name] has asthma."),
        ("will has been excluded again.", "[name] has been excluded again."),
        ("Harmony was diagnosed with dyspraxia at six.", "[name] was diagnosed with dyspraxia at six."),
    ],
)
def test_an_everyday_word_before_what_only_a_person_is_or_has_is_a_name(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Everyone has a stammer at times.",
        "Anxiety was diagnosed last spring.",
        "Funding is deaf to need.",
        "Help is the name they gave the service.",
        "Nobody is very sociable on a Monday.",
        "We've had an EHCP since year 2.",
        "The hunter-gatherer idea was mentioned.",
        "Likewise our son was on a list.",
        "Today our youngest is at home.",
    ],
)
def test_ordinary_words_in_those_places_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please pass this to Nurse Oyin.", "Please pass this to [name]."),
        ("Sister Agnes runs the chapel club.", "[name] runs the chapel club."),
        ("Uncle Tariq takes him swimming.", "[name] takes him swimming."),
        ("my nurse Oyin is lovely", "my nurse [name] is lovely"),
        ("Gran (Ruth Evans) has the key.", "Gran ([name]) has the key."),
    ],
)
def test_kin_and_care_titles_go_with_the_name_but_a_relation_stays(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At home we call her Bubbles.", "At home we call her [name]."),
        ("Button is his real name, honestly.", "[name] is his real name, honestly."),
        ("Star is the name she uses now.", "[name] is the name she uses now."),
        ("School use her mum's surname, Lindqvist, not ours.",
         "School use her mum's surname, [name], not ours."),
        ("Theodora (Teddy to us) is nine.", "[name] ([name] to us) is nine."),
        ("Frank Oduya is the chair of governors.", "[name] is the chair of governors."),
        ("Gentle our youngest can't stand noise.", "[name] our youngest can't stand noise."),
        ("This is her real name.", "This is her real name."),
    ],
)
def test_names_read_from_how_they_are_introduced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thornbury is a special school near us.", "[school] is a special school near us."),
        ("The Larches Pupil Referral Unit took him.", "The [school] took him."),
        ("Kingsmead UTC said yes.", "[school] said yes."),
        ("WE WANT ASHCOMBE HIGH SCHOOL NOT THIS ONE", "WE WANT [school] NOT THIS ONE"),
        ("pinewell free school was full", "[school] was full"),
        ("church lane juniors said no", "church lane juniors said no"),
        ("ferry road juniors said no", "[school] said no"),
        ("Flat 2, 14 Mill Street, Leeds LS6 2AB", "[address]"),
        ("The Old Forge, 3 Mill Lane, Ripon HG4 1AA", "[address]"),
    ],
)
def test_settings_and_addresses_by_their_shape(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "THE LOCAL SCHOOL SAID NO",
        "WE NEED MORE SEMH SCHOOL PLACES",
        "HE NEEDS AN EHCP SCHOOL PLACE",
        "FE COLLEGE SAID HE IS TOO COMPLEX",
        "HE WAITED OUTSIDE SCHOOL FOR AN HOUR",
        "the Pupil Referral Unit was good",
        "a UTC might suit him",
        "Bristol is a good college town",
    ],
)
def test_ordinary_setting_words_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The letter has her name spelt as Katrinka again.", "The letter has her name spelt as [name] again."),
        ("His name is wrong: the register said Yusif.", "His name is wrong: the register said [name]."),
        ("The register said Tuesday.", "The register said Tuesday."),
        ("Her name was on the list as Reception.", "Her name was on the list as Reception."),
    ],
)
def test_a_misspelt_name_in_a_comment_about_names(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zubeyda is in Year 4 now.", "[name] is in Year 4 now."),
        ("Swimming is in Year 4 now.", "Swimming is in Year 4 now."),
        ("She started at Highgates last week.", "She started at [school] last week."),
        ("Coach Marek runs the Saturday session.", "[name] runs the Saturday session."),
    ],
)
def test_year_groups_setting_endings_and_coaches(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Post it to Ivy Cottage, 2 Ford Lane, Wem SY4 5XX", "Post it to [address]"),
        ("We live on Larkspur Close near the shops.", "We live on [address] near the shops."),
        ("They moved to Tanner Street in May.", "They moved to [address] in May."),
        ("We live in the High Street area.", "We live in the High Street area."),
        ("We moved on quickly.", "We moved on quickly."),
    ],
)
def test_house_names_and_streets_where_a_family_lives(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peace is 9 and has dyslexia.", "[name] is 9 and has dyslexia."),
        ("Major is 14 and autistic.", "[name] is 14 and autistic."),
        ("Homework is 20 and rising.", "Homework is 20 and rising."),
        ("her TA miss zuleikha is kind", "her TA [name] is kind"),
        ("the TA miss understood", "the TA miss understood"),
    ],
)
def test_an_age_before_what_only_a_person_has_and_lower_case_miss(
    text: str, expected: str
) -> None:
    assert redact(text) == expected
