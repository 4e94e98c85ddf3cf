"""Assertions: the article's own check-worthy statements: one pattern at a time,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import attributed, claims_of

from claims.extract import extract


def test_checkable_statements_are_assertions_with_a_score() -> None:
    text = (
        "The harbor board voted 5-2 on Sunday to raise fares by 12 percent.\n\n"
        "It was a lovely evening by the water."
    )
    article = extract(text)
    assertions = [c for c in article.claims if c.kind == "assertion"]
    assert [c.wording for c in assertions] == [
        "The harbor board voted 5-2 on Sunday to raise fares by 12 percent."
    ]
    assert 0.5 <= assertions[0].score <= 1
    assert assertions[0].speaker is None


def test_opinion_and_questions_are_not_assertions() -> None:
    assert claims_of("Should the city raise fares again in 2027?", "assertion") == []
    assert claims_of("I think we should probably wait for the 2027 budget.", "assertion") == []


def test_extraction_is_deterministic_and_handles_odd_text() -> None:
    text = "\ufeffA\u00a0line with a no-break space.\r\n\r\n“Quote\u2014with dash,” Lee said.\r\n"
    assert extract(text).to_json() == extract(text).to_json()
    assert extract("").claims == []
    assert extract("   \n\n  ").claims == []


def test_a_question_quote_keeps_the_attribution_that_follows() -> None:
    text = "“Who will pay for the new pier?” Ray Dunn asked. The board did not answer."
    ((kind, speaker, wording),) = attributed(text)
    assert (kind, speaker, wording) == ("direct", "Ray Dunn", "Who will pay for the new pier?")
    # ... and so does a quote whose question is quoted inside it.
    text = "“Her answer was, ‘Who will pay for it?’” Ray Dunn told reporters."
    wording = "Her answer was, ‘Who will pay for it?’"
    assert attributed(text) == [("direct", "Ray Dunn", wording)]
    # The next sentence says something of its own: the question keeps the last speaker.
    text = "“We lost,” Ruiz said. “Who pays now?” Later, Ada Park told the board it was fine."
    assert attributed(text)[-1] == ("indirect", "Ada Park", "it was fine")


def test_questions_asked_are_claims() -> None:
    assert attributed("Ray Dunn asked whether the pier was ever inspected by the state.") == [
        ("indirect", "Ray Dunn", "whether the pier was ever inspected by the state")
    ]
    assert attributed("Ray Dunn asked host Jo Lee whether the pier was safe.") == [
        ("indirect", "Ray Dunn", "whether the pier was safe")
    ]
    text = "Asked by Jo Lee whether the pier was safe, the mayor smiled."
    assert attributed(text) == [("indirect", "Jo Lee", "whether the pier was safe")]
    (claim,) = attributed("When asked if the fares will rise, the mayor smiled at the crowd.")
    assert claim == ("indirect", None, "if the fares will rise")
    text = "Jo Lee opened the session by asking Park why she closed the pier."
    assert attributed(text) == [("indirect", "Jo Lee", "why she closed the pier")]
    text = "Harbor sailors are wondering if the pier is safe."  # not a passive
    assert attributed(text) == [("indirect", "Harbor sailors", "if the pier is safe")]
    text = "Park wondered whether the board would hear him out, citing old grudges."
    assert attributed(text) == [("indirect", "Park", "whether the board would hear him out")]
    # A question in an opening clause ends with the clause: the answer is another claim.
    text = "After the host asked Rey Oduya who would win, Kit Lamm replied, “I would bet on Rey.”"
    assert attributed(text) == [
        ("indirect", "host", "who would win"),
        ("direct", "Kit Lamm", "I would bet on Rey."),
    ]


def test_one_statement_split_by_its_attribution_is_one_claim() -> None:
    text = "“The pier is safe,” Park said, “and it will stay open all winter.” Then she left."
    ((kind, speaker, wording),) = attributed(text)
    assert (kind, speaker) == ("direct", "Park")
    assert wording == "The pier is safe,” Park said, “and it will stay open all winter."
    text = "“I like the pier,” Park said, pointing at it, “but it will close in winter.”"
    ((kind, speaker, wording),) = attributed(text)
    assert (kind, speaker) == ("direct", "Park")
    assert wording.endswith("“but it will close in winter.")
    text = "“I like the pier,” Park said, but “it will not stay open all winter.”"
    ((kind, speaker, wording),) = attributed(text)
    assert (kind, speaker) == ("mixed", "Park")
    assert wording == "“I like the pier,” Park said, but “it will not stay open all winter.”"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fares will not rise for families who ride daily, analysts say.", "analysts"),
        ("The pier needs 40 new pilings before winter, the harbor report said.", "harbor report"),
        ("About four in 10 said the ferries run late too often.", "About four in 10"),
        ("One in five say that the ferries will not return.", "One in five"),
        ("Three in 10 sailors said the ferries run late.", "Three in 10 sailors"),
        ("Pier rights advocates said the ruling made the fight urgent.", "Pier rights advocates"),
        ("52 percent of registered sailors say fees are high.", "52 percent of registered sailors"),
        ("Nearly a third say the fees are too high.", "Nearly a third"),
        ("A third of sailors, 33%, say the fees are high.", "A third of sailors, 33%"),
        ("Just over half said the fees are too high.", "Just over half"),
        ("Sure, official data suggest that fees rose in 2013.", "official data"),
        ("Official figures show that the fees rose in 2013.", "Official figures"),
        ("Sources near her crew say the fees are high.", "Sources near her crew"),
        (
            "A source familiar with Park’s hopes said the fees are high.",
            "A source familiar with Park’s hopes",
        ),
        ("Aides loyal to the mayor said the fees are too high.", "Aides loyal to the mayor"),
        ("Those around him acknowledge that the fees are high.", "Those around him"),
    ],
)
def test_groups_documents_and_shares_speak(text: str, speaker: str) -> None:
    ((_, got, _),) = attributed(text)
    assert got == speaker


def test_a_show_after_a_possessive_is_no_claim_and_its_day_no_speaker() -> None:
    text = (
        "Jo Lee said the pier was fine. "
        "On Harbor TV’s “Morning Pier” Tuesday, he said, “I was never glad of it.”"
    )
    assert attributed(text)[-1] == ("direct", "Jo Lee", "I was never glad of it.")


def test_a_show_told_in_quotes_is_not_a_claim() -> None:
    text = "“The pier is safe for every boat,” Lee told “Harbor Live,” adding that it will open."
    assert [c[2] for c in attributed(text)] == [
        "The pier is safe for every boat,",
        "it will open",
    ]


def test_a_credit_line_in_quotes_is_not_a_claim() -> None:
    text = "“The pier is safe,” Lee said.\n\n“Follow Jo Park on Twitter @jopark.”"
    assert attributed(text) == [("direct", "Lee", "The pier is safe,")]


def test_a_title_in_quotes_is_not_a_claim() -> None:
    text = "The mayor watched “Saturday Night Live” and “The Harbor Master Returns” on Monday."
    assert attributed(text) == []
    # The title of a podcast in an opening phrase: not the speaker's words.
    text = (
        "In an interview on his podcast “The Pier Files,” Ada Park said "
        "her crews are going into overdrive."
    )
    assert attributed(text) == [("indirect", "Ada Park", "her crews are going into overdrive")]
    # ... after an owner, with a small word in lower case; after a work and a comma.
    text = "On Harbor TV’s “Noon with Jo Marsh,” Park said the pier was “a disgrace.”"
    assert attributed(text) == [("mixed", "Park", "the pier was “a disgrace.”")]
    text = "Park poured “scorn on the plan,” she wrote in her memoir, “Salt and Rope.”"
    assert [w for _, _, w in attributed(text)] == ["Park poured “scorn on the plan,”"]


def test_an_assertion_starts_past_the_datelines_of_wire_copy() -> None:
    text = "Pier vote\n\nSALEM, Ore. (AP) — The Salem council delayed its pier vote by 3 weeks."
    (claim,) = extract(text).claims
    assert claim.kind == "assertion"
    assert claim.wording == "The Salem council delayed its pier vote by 3 weeks."
