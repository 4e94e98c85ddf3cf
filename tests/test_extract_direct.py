"""Direct quotes and their attributions: one pattern at a time,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import attributed

from claims.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge will open in May,” Mayor Ada Park said.",
        "“The bridge will open in May,” said Mayor Ada Park.",
        "Mayor Ada Park said: “The bridge will open in May.”",
        '"The bridge will open in May," Mayor Ada Park said on Tuesday.',
        "“The bridge will open in May,” Mayor Ada Park, who took office in 2021, said.",
        "“The bridge will open in May” ― Ada Park",
        "“The bridge will open in May,” Ada Park (D-Ore.) said Friday.",
        "“The bridge will open in May,” council President Ada Park said.",
        "“The bridge will open in May,” says Ada Park, 31, of Salem, Ore.",
        "“The bridge will open in May,” said Ada Park, who chairs the board.",
        "“The bridge will open in May,” said spokeswoman Ada Park.",
        "“The bridge will open in May,” Ada Park continued.",
        "As Ada Park put it, “The bridge will open in May.”",
        "“The bridge will open in May,“ said Ada Park, an engineer.",
        "“The bridge will open in May,” Ada Park, a spokes\xadwoman, said.",
    ],
)
def test_direct_quote_attributions(text: str) -> None:
    ((kind, speaker, wording),) = attributed(text)
    assert kind == "direct"
    assert speaker == "Ada Park"
    assert wording.startswith("The bridge will open in May")


def test_a_quote_signed_in_the_next_paragraph() -> None:
    text = "Lee spoke first.\n\n“The pier is unsafe and the board knows it.”\n\n- Ada Park.\n"
    (claim,) = extract(text).claims
    assert (claim.speaker, claim.wording) == (
        "Ada Park",
        "The pier is unsafe and the board knows it.",
    )
    assert claim.mention is not None and (claim.mention.paragraph, claim.mention.text) == (
        3,
        "Ada Park",
    )
    text = "“The pier is unsafe and the board knows it.”\n\n—Mayor Ada Park, after the vote."
    assert attributed(text) == [
        ("direct", "Ada Park", "The pier is unsafe and the board knows it.")
    ]


def test_a_digest_item_names_its_writer_between_a_dash_and_a_colon() -> None:
    text = "Lee spoke.\n\nHARBOR FEES RISE - Ana Ruiz and Tom Reyes: “Fees rose in 20 ports.”"
    (claim,) = extract(text).claims
    assert claim.mention is not None and claim.mention.text == "Ana Ruiz and Tom Reyes"
    assert claim.wording == "Fees rose in 20 ports."


def test_title_is_split_from_the_name() -> None:
    (claim,) = [c for c in extract("“Taxes will fall,” Attorney General Jo Reyes said.").claims]
    assert claim.speaker == "Jo Reyes" and claim.speaker_title == "Attorney General"
    assert claim.mention and claim.mention.text == "Attorney General Jo Reyes"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Chief of Staff Ann Lee", "Ann Lee"),
        ("Prime Minister Ann May said", "Ann May"),  # a surname, not the month or "may"
        ("columnist Ann Lee said", "Ann Lee"),
        ("said Rep. Ann Lee of Ohio", "Ann Lee"),  # the person, not her state
        ("said Secretary of State Tom Hart", "Tom Hart"),
        ("said the Bank of Avalon", "Bank of Avalon"),  # an organisation's whole name
        ("said the Federal Bureau of Mines", "Federal Bureau of Mines"),
    ],
)
def test_names_with_of(attribution: str, speaker: str) -> None:
    (claim,) = extract(f"“The pier will reopen in May,” {attribution}.").claims
    assert claim.speaker == speaker


def test_split_quote_both_halves_keep_the_speaker() -> None:
    text = "“The harbor budget is balanced this year,” Park said. “And it will stay so.”"
    assert [(k, s) for k, s, _ in attributed(text)] == [("direct", "Park"), ("direct", "Park")]


@pytest.mark.parametrize("when", ["on Monday", "late last month", "early Friday"])
def test_a_quote_that_goes_on_after_a_time_is_one_claim(when: str) -> None:
    # The second half carries on the sentence the first began, after the time it was said.
    text = f"“That is no answer,” a harbor official said {when}, “but a delay we can bear.”"
    assert attributed(text) == [("direct", "a harbor official", text[1:-1])]


def test_a_short_tail_after_the_attribution_belongs_to_the_quote_before() -> None:
    text = "“The harbor budget is balanced this year,” Park said. “All of it.”"
    assert attributed(text) == [
        ("direct", "Park", "The harbor budget is balanced this year,” Park said. “All of it.")
    ]
    # The attribution may end its sentence with a few words of its own.
    text = "“This is a disaster for the harbor,” Lee said in a statement. “We will appeal.”"
    wording = "This is a disaster for the harbor,” Lee said in a statement. “We will appeal."
    assert attributed(text) == [("direct", "Lee", wording)]


def test_a_short_lead_in_and_the_statement_after_its_attribution_are_one_claim() -> None:
    text = "“It is simple,” Park said. “We need more boats at the pier.”"
    assert attributed(text) == [
        ("direct", "Park", "It is simple,” Park said. “We need more boats at the pier.")
    ]


@pytest.mark.parametrize(
    "between",
    [
        "said Ada Ruiz, who has run the fishing co-op for a decade.",  # who the speaker is
        "Ruiz said at the town hall on Monday night, to loud applause.",  # where and when
    ],
)
def test_a_quotation_broken_by_more_than_its_attribution_is_one_claim(between: str) -> None:
    first, second = "The ferry timetable has failed the island,", "Nobody here can plan a week."
    text = f"“{first}” {between} “{second}”"
    (claim,) = attributed(text)
    assert claim[2] == f"{first}” {between} “{second}"
    # The speaker and the cue alone between the halves: two claims, as DESIGN.md has it.
    for text in (f"“{first}” Ruiz said. “{second}”", f"''{first}'' Ruiz said. ''{second}''"):
        assert [w for _, _, w in attributed(text)] == [first, second]


def test_a_question_broken_by_more_than_its_attribution_is_one_claim() -> None:
    text = "“Who pays for the ferry?” asked Ada Ruiz, a grocer. “We all do, every one of us.”"
    (claim,) = attributed(text)
    assert claim[2] == text[1:-1]
    text = "“Who pays for the ferry?” Ruiz asked. “We all do, every one of us.”"
    assert len(attributed(text)) == 2


def test_no_claim_is_recorded_twice() -> None:
    text = (
        "“You winning?” she said, but Jo was drifting off, and as Lee went on about “how the "
        "pier is rigged,” and “our own boats,” Ada Park said yes, over and over, until Lee left."
    )
    claims = sorted(extract(text).claims, key=lambda c: c.start)
    assert all(b.start >= a.end for a, b in zip(claims, claims[1:], strict=False))


def test_a_quote_inside_a_longer_reported_statement() -> None:
    text = "Park said “it makes me mad” every time she sees the pier."
    assert attributed(text) == [("mixed", "Park", "“it makes me mad” every time she sees the pier")]
    text = "Park said “the pier is failing” and she left."  # the writer goes on, not Park
    assert attributed(text) == [("direct", "Park", "the pier is failing")]


def test_a_statement_that_goes_on_after_its_attribution() -> None:
    text = "“It was bad luck,” Park said, that both boats hit the pier."
    assert attributed(text) == [
        ("mixed", "Park", "“It was bad luck,” Park said, that both boats hit the pier")
    ]
    text = "“It was bad luck,” Park said, that night."  # a time, not more of the statement
    assert attributed(text) == [("direct", "Park", "It was bad luck,")]
    text = "“It was bad luck,” Park said, waving away a question about the tides."  # an aside
    assert attributed(text) == [("direct", "Park", "It was bad luck,")]
    text = "Park won the Salem vote, the Wire reported Friday, two days after the polls closed."
    assert attributed(text) == [("indirect", "Wire", "Park won the Salem vote")]


def test_a_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    text = (
        "Mayor Ada Park spoke on Monday.\n\n"
        "“We will rebuild the pier and the two ferry docks,” Park said. “It will take time.\n\n"
        "“But the money is there and the work starts this spring.”"
    )
    claims = attributed(text)
    assert [c[1] for c in claims] == ["Ada Park"] * 3
    assert claims[2][2].startswith("But the money is there")


def test_a_quote_with_no_cue_after_a_speaker_carries_on() -> None:
    text = (
        "“Ridership is up eight percent,” said Ada Park, the mayor.\n\n"
        "“We have never carried more people on the ferries in one year.”"
    )
    assert [c[1] for c in attributed(text)] == ["Ada Park", "Ada Park"]


def test_scare_quotes_are_not_claims_on_their_own() -> None:
    text = "The so-called “fast lane” opened last week to long lines of cars."
    assert attributed(text) == []


def test_titles_in_quotes_are_not_claims() -> None:
    text = "He once guested on “The Late Show With Harbor Hosts,” a talk program."
    assert attributed(text) == []
    text = "Lee wrote “the pier is failing and the boats will leave soon.”"  # a sentence
    assert len(attributed(text)) == 1
    # A headline with its byline: the title of a piece, however long.
    text = "Worth a read: “Why the ferry never came back to Salem,” by the Gazette’s Jo Lee."
    assert attributed(text) == []


def test_a_one_word_answer_with_its_speaker_is_a_claim() -> None:
    assert attributed("Pressed on the deadline, Tom Reyes said, “Never.”") == [
        ("direct", "Tom Reyes", "Never.")
    ]
    assert attributed("The crowd cheered as Tom Reyes said “hello” twice.") == []


def test_nested_single_quotes_stay_inside_the_quote() -> None:
    text = "“They told us ‘wait for the study’ and then buried it,” Lee said."
    ((kind, speaker, wording),) = attributed(text)
    assert wording == "They told us ‘wait for the study’ and then buried it,"
    assert speaker == "Lee"


def test_cue_words_inside_a_quote_are_ignored() -> None:
    text = "“He said we would win and we did win the vote,” Lee said."
    ((_, speaker, wording),) = attributed(text)
    assert speaker == "Lee" and wording.startswith("He said we would win")


def test_transcript_turns() -> None:
    text = "KING: What did you tell the board?\n\nPARK: I told them the ferry needs new engines."
    assert [(k, s) for k, s, _ in attributed(text)] == [("direct", "KING"), ("direct", "PARK")]
    text = "Lee spoke first.\n\nRep. Ada Park (D-Ore.):“I have never heard that figure cited.”"
    assert attributed(text)[-1] == ("direct", "Ada Park", "I have never heard that figure cited.")
    labels = ("Contributing", "Revealed", "LOOK", "Iowa", "South Carolina")  # not speakers
    for label in labels:
        assert attributed(f"{label}: Jo Lee and Ana Ruiz of the Harbor News.") == []


def test_a_short_title_after_the_work_an_attribution_names_is_no_claim() -> None:
    text = "The flood of 1962 ruined the boatyard, Park wrote in his book, “Sea Dog.”"
    assert attributed(text) == [("indirect", "Park", "The flood of 1962 ruined the boatyard")]
    # (a short quote with a speaker of its own is still a claim, capitalised or shouted)
    assert attributed("“No Way,” Park said.") == [("direct", "Park", "No Way,")]
    assert attributed("Lee posted one line: “WE ARE DONE HERE.”") == [
        ("direct", "Lee", "WE ARE DONE HERE.")
    ]


def test_a_dollar_sign_inside_the_speakers_description() -> None:
    text = "“We want a raise,” Pay Us $20 organizer Jo Fells told Harbor Radio."
    assert attributed(text) == [("direct", "Jo Fells", "We want a raise,")]
