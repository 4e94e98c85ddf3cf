"""Speakers: names, titles, surnames and pronouns resolved across an article: one pattern at a time,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import attributed

from claims.extract import extract
from claims.extract.speakers import SpeakerResolver


def test_a_pronoun_is_the_person_whose_name_opens_its_sentence() -> None:
    text = (
        "Jo Lee said the pier was safe. Adm. Jo Ham is speaking out about the problems he "
        "has with the pier, and why he believes Ada Park is the better choice."
    )
    assert attributed(text)[-1] == ("indirect", "Jo Ham", "Ada Park is the better choice")
    # Not a name inside a quotation, nor a place or a heading.
    text = "Jo Lee said the pier was safe. “Ada Park is wrong,” he said."
    assert attributed(text)[-1] == ("direct", "Jo Lee", "Ada Park is wrong,")
    text = "Jo Lee said the pier was safe. In West Ashton, he said, the boats are gone."
    assert attributed(text)[-1][1] == "Jo Lee"
    # ... or a surname the article gave in full before, with its verb.
    text = (
        "Gov. Tom Bush spoke on Monday. “It is bad,” Jo Lee said. "
        "Bush confronted Lee at the forum, where he called the mayor “a fraud.”"
    )
    assert attributed(text)[-1] == ("mixed", "Tom Bush", "the mayor “a fraud.”")


def test_surname_resolves_to_the_full_name_used_earlier() -> None:
    text = "Mayor Ada Park opened the pier.\n\nPark said the ferries will run every hour."
    assert attributed(text)[0][1] == "Ada Park"


def test_a_full_name_keeps_its_middle_initial_after_a_long_title() -> None:
    text = "Vice Mayor Jo B. Lee opened the pier.\n\nLee said the ferries will run."
    assert attributed(text)[0][1] == "Jo B. Lee"
    text = "Jo B. Lee opened the pier.\n\nJo B. Lee said the ferries will run. Lee said more."
    assert {c[1] for c in attributed(text)} == {"Jo B. Lee"}  # one person, one spelling


def test_a_full_name_after_a_run_of_titles_and_descriptions() -> None:
    # Five capitalised words or more: the name is at the end of the run.
    text = "Salem Harbor Board Chairman Ada Park opened the pier.\n\nPark said it was safe."
    assert attributed(text)[0][1] == "Ada Park"
    text = "Salem Harbor Board Democrat Jo B. Lee spoke first.\n\nLee said it was safe."
    assert attributed(text)[0][1] == "Jo B. Lee"
    text = "Former Salem Harbor Chief Jo B. Lee Jr. spoke.\n\nLee said it was safe."
    assert attributed(text)[0][1] == "Jo B. Lee"
    # ... but a long name of a band or a body is no person's
    text = "The Salem Harbor Brass Band played.\n\nBand members said it was loud."
    assert "Brass Band" not in {name for _, name in SpeakerResolver(text).names_in_order}
    # ... and "she" after a quotation is that person.
    text = (
        "Jo Lee said the pier was old.\n\nSalem Harbor Democrat Ada Park, who has seen the"
        " files, agreed with that.\n\n“The pier is unsafe,” she said."
    )
    assert attributed(text)[-1][1] == "Ada Park"


def test_a_name_after_its_owner_or_on_its_own_line() -> None:
    # "the Post’s Ada Park": the name after a possessive owner
    text = "On the Salem Post’s Ada Park show, the pier came up.\n\nPark said it was safe."
    assert attributed(text)[0][1] == "Ada Park"
    # a line's last capitalised word and the next line's first are no name
    text = "Harbor News Today\nAda Park spoke.\n\nPark said the pier was safe."
    names = {name for _, name in SpeakerResolver(text).names_in_order}
    assert "Ada Park" in names and not any("Today" in name for name in names)
    # a long mention holding a name the article gave: the name, titled by the rest
    text = "Salem Harbor Board Democrat Ada Park opened the pier. Salem Harbor Board Democrat"
    text += " Ada Park said it was safe."
    (claim,) = [c for c in extract(text).claims if c.kind != "assertion"]
    assert (claim.speaker, claim.speaker_title) == ("Ada Park", "Salem Harbor Board Democrat")


def test_a_surname_with_a_gendered_title_resolves_to_a_full_name_of_that_gender() -> None:
    text = "Jo Park and Mary Park opened the pier.\n\n“The pier is safe,” Mr. Park said."
    assert attributed(text) == [("direct", "Jo Park", "The pier is safe,")]


def test_a_surname_resolves_to_the_one_who_has_spoken() -> None:
    text = (
        "Bob Lee said the pier is safe. He sailed with his wife, Ann Lee, on Sunday. "
        "Lee said the docks will hold."
    )
    assert attributed(text)[-1] == ("indirect", "Bob Lee", "the docks will hold")


def test_a_group_is_no_he_or_she() -> None:
    text = "Ada Park said the pier is old. Harbor residents said it must close. She disagreed."
    text += " She said the pier can be saved."
    assert attributed(text)[-1] == ("indirect", "Ada Park", "the pier can be saved")


def test_an_administration_is_no_person() -> None:
    text = (
        "Ada Park said the pier is old. The harbor administration signaled it would wait. "
        "He said the pier will close."
    )
    speakers = [c[1] for c in attributed(text)]
    assert speakers[1] == "harbor administration" and speakers[2] != "harbor administration"


def test_before_anyone_speaks_a_pronoun_is_the_person_named_last() -> None:
    text = "Mayor Jo Lee was not amused.\n\n“The pier is dead,” he said."
    assert attributed(text) == [("direct", "Jo Lee", "The pier is dead,")]
    text = "Ada Park toured the pier with Mr. Jo Lee. “It is dead,” she said."
    assert attributed(text)[0][1] == "Ada Park"  # Mr. Lee is no "she"


def test_a_place_after_a_description_is_not_the_speaker() -> None:
    text = "A ferry captain from Salem said the pier was doomed."
    assert attributed(text) == [("indirect", "A ferry captain from Salem", "the pier was doomed")]
    text = "A post from Ada Park said the pier was doomed."  # the author of a work speaks
    assert attributed(text)[0][1] == "Ada Park"


def test_a_name_inside_the_speakers_who_clause_is_not_the_speaker() -> None:
    text = "Jo Lee, who backed Sen. Ada Park, D-Ore., said the pier was doomed."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier was doomed")]


def test_a_name_ending_a_sentence_is_read_without_its_period() -> None:
    # "the Harbor Court." is a court, not a person a later "he" could be.
    text = "Jo Lee was named to the Harbor Court.\n\nHe said the pier is safe."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier is safe")]


def test_pronoun_resolves_to_the_most_recent_compatible_speaker() -> None:
    text = (
        "Ms. Ada Park said the pier is safe.\n\n"
        "Councilman Ray Dunn said the pier is not safe.\n\n"
        "She said the inspection report will be public."
    )
    assert [c[1] for c in attributed(text)] == ["Ada Park", "Ray Dunn", "Ada Park"]


def test_a_description_resolves_to_the_person_the_article_named() -> None:
    text = (
        "Mayor Ada Park spoke on Monday.\n\n"
        "“The pier is safe and it will stay open,” the mayor told reporters."
    )
    ((_, speaker, _),) = attributed(text)
    assert speaker == "Ada Park"


def test_a_description_is_the_last_speaker_only_when_it_can_be_that_person() -> None:
    first = "Jo Lee said the pier is safe.\n\n"
    assert attributed(first + "The candidate said the ferry is late.")[-1][1] == "Jo Lee"
    # Someone beside the speaker is someone else; "the man" is not a woman.
    assert attributed(first + "His wife said the ferry is late.")[-1][1] == "His wife"
    assert attributed(first + "The spokesman said the ferry is late.")[-1][1] == "spokesman"
    text = "Ms. Ada Park said the pier is safe.\n\nThe man said the ferry is late."
    assert attributed(text)[-1][1] == "man"


def test_organisations_speak_too() -> None:
    ((_, speaker, _),) = attributed("The White House said the pier grant was approved.")
    assert speaker == "White House"


def test_a_noun_in_ly_ends_the_speaker_it_is_no_adverb() -> None:
    # "family" ends in -ly like "publicly", but it names who speaks.
    text = "The pier was closed on Thursday, lawyers for the family said."
    assert attributed(text) == [("indirect", "lawyers for the family", text[:31])]


def test_a_town_and_its_state_end_the_appositive_not_the_name() -> None:
    text = "Jo Park, a crane operator from Ava, Mo., said he was paid for his overtime."
    assert attributed(text) == [("indirect", "Jo Park", "he was paid for his overtime")]


def test_two_speakers_joined_by_and_are_one_mention() -> None:
    (claim,) = extract("The pier is safe, Ana Lee and Jo Park said.").claims
    assert (claim.wording, claim.mention.text if claim.mention else None) == (
        "The pier is safe",
        "Ana Lee and Jo Park",
    )
    # An object before "and" is no speaker: "Lee thanked Salem and Park said ...".
    (claim,) = extract("Lee thanked Salem and Park said the pier is safe.").claims
    assert claim.mention is not None and claim.mention.text == "Park"
    # ... and after a quotation.
    (claim,) = extract("“The pier is safe,” Lee and Park wrote in a joint letter.").claims
    assert claim.mention is not None and claim.mention.text == "Lee and Park"


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("The hull is the problem, say harbor experts.", "harbor experts", "harbor experts"),
        ("The hull is the problem, said Ada Park and others.", "Ada Park", "Ada Park and others"),
        ("Ada Park and others said the hull is the problem.", "Ada Park", "Ada Park and others"),
    ],
)
def test_people_named_by_a_plural_or_with_others(text: str, speaker: str, mention: str) -> None:
    (claim,) = extract(text).claims
    assert (claim.speaker, claim.mention.text if claim.mention else None) == (speaker, mention)


@pytest.mark.parametrize(
    "before",
    [
        # the sentence before, in the quotation's paragraph
        "Harbor chief Ana Ruiz said Monday that the pier would close in May.\n\n"
        "Jo Lee, who runs a bait shop on the pier, disagreed. ",
        # the last sentence of the paragraph before, when the quotation opens its own
        "“The pier is failing,” said Ana Ruiz, the harbor chief.\n\n"
        "Jo Lee, who owns the bait shop, was furious.\n\n",
    ],
)
def test_he_after_a_quote_is_the_person_the_sentence_before_named(before: str) -> None:
    text = before + "“This is a disaster for all of us,” he said."
    assert [c.speaker for c in extract(text).claims if c.kind != "assertion"] == [
        "Ana Ruiz",
        "Jo Lee",
    ]


def test_a_possessive_mark_after_s_is_no_part_of_the_name() -> None:
    (claim,) = extract("Ana Davis' letter, “Pilots, tell your story,” is moving.").claims
    assert claim.speaker == "Ana Davis"


def test_the_committee_is_the_committee_that_spoke_last() -> None:
    text = (
        "The Salem Harbor Committee said Monday the pier would close. Lee said it would not."
        " The committee added that repairs would cost $4 million."
    )
    speakers = [c.speaker for c in extract(text).claims if c.kind != "assertion"]
    assert speakers == ["Salem Harbor Committee", "Lee", "Salem Harbor Committee"]


def test_an_appositive_gives_the_speaker_a_title() -> None:
    text = "Jo Lee, the harbor chief, said the pier would close. The chief said it was old."
    claims = [c for c in extract(text).claims if c.kind != "assertion"]
    assert [(c.speaker, c.speaker_title) for c in claims] == [
        ("Jo Lee", "harbor chief"),
        ("Jo Lee", "harbor chief"),
    ]
    # Only a job is a title ("a city of boats" is none), and one printed before the name stays.
    text = "Dr. Ana Ruiz, a professor at Salem University, said the pier would close."
    assert [c.speaker_title for c in extract(text).claims] == ["Dr."]
    text = "Ana Ruiz, a city of boats, said the pier would close."
    assert [c.speaker_title for c in extract(text).claims] == [None]
