"""Reported speech: cues, their speakers, and where the reported words begin and end; one
pattern at a time, on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import attributed, claims_of

from claims.extract import extract


@pytest.mark.parametrize(
    ("text", "speaker", "wording"),
    [
        ("Ada Park said the pier will reopen in June.", "Ada Park", "the pier will reopen in June"),
        (
            "Ada Park said that the pier will reopen in June.",
            "Ada Park",
            "the pier will reopen in June",
        ),
        (
            "Ada Park told reporters on Friday that the pier will reopen in June.",
            "Ada Park",
            "the pier will reopen in June",
        ),
        (
            "The pier will reopen in June, Ada Park said.",
            "Ada Park",
            "The pier will reopen in June",
        ),
        (
            "The pier will reopen in June, said Ada Park.",
            "Ada Park",
            "The pier will reopen in June",
        ),
        (
            "According to Ada Park, the pier will reopen in June.",
            "Ada Park",
            "the pier will reopen in June",
        ),
        (
            "The pier will reopen in June, according to the harbor board.",
            "harbor board",
            "The pier will reopen in June",
        ),
        (
            "The pier will reopen in June according to the harbor board.",
            "harbor board",
            "The pier will reopen in June",
        ),
        (
            "The pier, according to the harbor board, will reopen in June.",
            "harbor board",
            "The pier, according to the harbor board, will reopen in June",
        ),
        (
            "Ada Park on Tuesday warned that the pier could close for good.",
            "Ada Park",
            "the pier could close for good",
        ),
        ("The harbor board has claimed that the pier is safe.", "harbor board", "the pier is safe"),
        (
            "Ada Park, the mayor, insisted the pier is safe for everyone.",
            "Ada Park",
            "the pier is safe for everyone",
        ),
        (
            "Ada Park, facing a recall vote in May, said the pier is safe for everyone.",
            "Ada Park",
            "the pier is safe for everyone",
        ),
        (
            "Ada Park — a sailor since 1990 — says the pier is safe for everyone.",
            "Ada Park",
            "the pier is safe for everyone",
        ),
        (
            "In a letter, one of the board’s lawyers, Ada Park, said the pier is safe.",
            "Ada Park",
            "the pier is safe",
        ),
        (
            "Ada Park said after the vote she would reopen the pier.",
            "Ada Park",
            "she would reopen the pier",
        ),
        (
            "As many sailors, including Ada Park, have pointed out, the pier is unsafe.",
            "many sailors",
            "the pier is unsafe",
        ),
        (
            "Ada Park suggested the pier could reopen in June.",
            "Ada Park",
            "the pier could reopen in June",
        ),
        (
            "Ada Park tweeted that the pier is safe for everyone.",
            "Ada Park",
            "the pier is safe for everyone",
        ),
        (
            "Ada Park cut the ribbon, saying the pier is safe for everyone.",
            "Ada Park",
            "the pier is safe for everyone",
        ),
        (
            "Ada Park said in a long talk with The Salem Tide that the pier is safe.",
            "Ada Park",
            "the pier is safe",
        ),
        (
            "Ada Park said the pier will reopen in June; repairs began last week.",
            "Ada Park",
            "the pier will reopen in June",
        ),
        (
            "Ada Park said the pier will reopen in June, and she left for Boston.",
            "Ada Park",
            "the pier will reopen in June",
        ),
        (
            "Ada Park said the pier will reopen in June, quietly ending a long dispute.",
            "Ada Park",
            "the pier will reopen in June",
        ),
        (
            "The old pier, Ada Park said, will reopen in June.",
            "Ada Park",
            "The old pier, Ada Park said, will reopen in June",
        ),
        (
            "The trouble with the pier, says Ada Park, a historian at the museum, is the cost.",
            "Ada Park",
            "The trouble with the pier, says Ada Park, a historian at the museum, is the cost",
        ),
        (
            "The trouble with the pier, says Ada Park, a historian at the museum.",
            "Ada Park",
            "The trouble with the pier",
        ),
    ],
)
def test_reported_speech(text: str, speaker: str, wording: str) -> None:
    ((kind, got_speaker, got_wording),) = attributed(text)
    assert kind == "indirect"
    assert got_speaker == speaker
    assert got_wording == wording


def test_an_inverted_attribution_inside_a_statement_with_a_quote() -> None:
    text = "Because the board set the schedule early, explained Ada Park, “the vote is over.”"
    assert attributed(text) == [("mixed", "Ada Park", text)]


def test_police_speak_without_an_article() -> None:
    text = "The pier was closed on Monday, police said."
    assert attributed(text) == [("indirect", "police", "The pier was closed on Monday")]


def test_paired_adjectives_stay_in_the_speaker() -> None:
    text = "The pier is failing, current and former harbor officials said."
    assert attributed(text) == [
        ("indirect", "current and former harbor officials", "The pier is failing")
    ]


def test_a_demonstrative_opens_a_speaker() -> None:
    text = "A source close to the board spoke first. That person said the vote was rigged."
    assert attributed(text) == [("indirect", "That person", "the vote was rigged")]


def test_people_close_to_someone_speak() -> None:
    assert attributed("Those close to her say the pier will reopen.") == [
        ("indirect", "Those close to her", "the pier will reopen")
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Those polled said the pier should reopen.", "Those polled"),
        ("A notice posted on the harbor website said the pier would reopen.", None),
        ("Organizers of the pier festival said the pier would reopen.", None),
        ("The clerk, a Democrat who asked not to be named, said the pier would reopen.", None),
        # The verb is finite after a name: the name alone speaks.
        ("Ada Park declined to say whether the pier would reopen.", "Ada Park"),
    ],
)
def test_a_subject_modified_before_its_cue(text: str, mention: str | None) -> None:
    (claim,) = [c for c in extract(text).claims if c.kind != "assertion"]
    assert claim.wording.startswith(("the pier", "whether the pier"))
    assert claim.mention is not None
    expected = mention or text.split(" said")[0].split(",")[0]  # the subject, modifier and all
    assert claim.mention.text == expected


def test_a_described_subject_before_a_plain_speech_verb() -> None:
    text = "The veteran harbor master says the pier will close."
    assert attributed(text) == [("indirect", "veteran harbor master", "the pier will close")]
    assert attributed("The big question is whether the pier will close.") == []


def test_a_claim_may_open_with_an_adverb() -> None:
    text = "Park campaign says slow ferries kept many sailors from the pier."
    assert attributed(text) == [
        ("indirect", "Park campaign", "slow ferries kept many sailors from the pier")
    ]
    text = "It was a rule that critics said was unfair to sailors."
    assert attributed(text) == [("indirect", "critics", "that critics said was unfair to sailors")]
    assert attributed("Park said in a statement.") == []


def test_reported_speech_around_a_nested_quote_is_one_claim() -> None:
    text = "Ada Park said that she called Lee to praise what she called “a fine pier.”"
    assert attributed(text) == [
        ("mixed", "Ada Park", "she called Lee to praise what she called “a fine pier.”")
    ]


def test_a_quote_with_its_own_speaker_keeps_it_before_according_to() -> None:
    text = "“The pier is safe for every boat,” the mayor said, according to a transcript."
    assert attributed(text) == [("direct", "mayor", "The pier is safe for every boat,")]


def test_shares_of_a_group_and_whose_clauses_speak() -> None:
    text = "About 85% of Democrats said the pier favors the wealthy."
    assert attributed(text)[0][2] == "the pier favors the wealthy"
    text = "Ada Park, whose boat sank, said the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    text = "Ada Park said in her first words to the board that the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]


def test_according_to_after_a_quote_owns_the_sentence() -> None:
    text = "Ada Park met Jo Min “to talk about the pier and the storm damage,” a log says."
    assert attributed(text)[0][:2] == ("mixed", "a log")
    text = "Ada Park met Jo Min “to talk about the pier and the storm,” according to a log."
    assert attributed(text) == [
        ("mixed", "a log", "Ada Park met Jo Min “to talk about the pier and the storm,”")
    ]


def test_compared_with_is_a_comparison() -> None:
    text = "Lee had 205 boats, compared with Park, who had 140, according to the harbor log."
    assert attributed(text) == [
        ("indirect", "harbor log", "Lee had 205 boats, compared with Park, who had 140")
    ]


def test_a_clause_after_a_quote_is_no_speaker() -> None:
    text = "As host of “Harbor Talk,” Ada Park often belittled the crew, show insiders say."
    (claim,) = extract(text).claims
    assert claim.mention is not None and claim.mention.text == "show insiders"


def test_a_document_states_that() -> None:
    text = "A notice on the harbor website states that boats must leave by May."
    assert attributed(text)[0][2] == "boats must leave by May"
    assert attributed("Voters in the swing states that Lee won are angry.") == []


def test_an_organisation_speaks_in_its_which_clause() -> None:
    text = "They asked the Harbor Police Department which reported “252 thefts” this year."
    assert attributed(text) == [("mixed", "Harbor Police Department", "“252 thefts” this year")]


def test_maintain_reports_only_with_a_that_clause() -> None:
    assert attributed("Ada Park maintained a large lead over Jo Lee in the polls.") == []
    text = "Ada Park maintained that the pier was never sold."
    assert attributed(text) == [("indirect", "Ada Park", "the pier was never sold")]


def test_a_court_rules_that() -> None:
    text = "The harbor court then ruled that the pier is “safe” for now."
    assert attributed(text) == [("mixed", "harbor court", "the pier is “safe” for now")]
    assert attributed("Park ruled out a new tax on the pier.") == []
    assert attributed("The party rules that could cut fees were dropped.") == []


def test_a_claim_ends_with_its_subordinate_clause_or_before_although() -> None:
    text = "When Ada Park noted that the pier is old, Lee said it was safe."
    assert [w for _, _, w in attributed(text)] == ["the pier is old", "it was safe"]
    # ... also when the clause ends inside a quote: '“the people’s pier,”'.
    text = "When Lee noted that Park calls it “the harbor’s jewel,” Ada Park said it was old."
    assert [w for _, _, w in attributed(text)] == [
        "Park calls it “the harbor’s jewel,”",
        "it was old",
    ]
    text = "Ada Park claimed that the pier was safe, although she later denied it."
    assert [w for _, _, w in attributed(text)] == ["the pier was safe"]
    # A cue inside the subordinate clause never reaches past its comma.
    assert attributed("When sailors ask for help, too few of their calls are heard.") == []
    assert attributed("Because the crews did not respond to the board, the pier closed.") == []


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Lee said the pier is safe, as was the case last year.", "the pier is safe"),
        ("Lee insisted the pier was safe, even as the board disagreed.", "the pier was safe"),
        (
            "Lee said Park, even as a candidate, had lied about the pier.",
            "Park, even as a candidate, had lied about the pier",
        ),
        ("Lee said she would visit, and to date has only sent a note.", "she would visit"),
        ("Lee said she was “glad to be here” as she toured the pier.", "she was “glad to be here”"),
        (
            "Lee railed at the “dock lobby” and cast herself as a newcomer.",
            "at the “dock lobby”",
        ),
        (
            "Lee said the fee was fair, and when pressed on why it rose, she left the room.",
            "the fee was fair",
        ),
        ("Lee called him a calm, patient and fair man.", "him a calm, patient and fair man"),
    ],
)
def test_where_the_writer_takes_over(text: str, wording: str) -> None:
    assert attributed(text)[0][2] == wording


def test_evidence_shows_without_that() -> None:
    text = "A new harbor poll shows Ada Park ahead of Jo Lee by five points."
    wording = "Ada Park ahead of Jo Lee by five points"
    assert attributed(text) == [("indirect", "A new harbor poll", wording)]
    assert attributed("The old photo showed the boat near the pier.") == []  # a picture
    text = "Dockside polling showed that Lee carried the fishing crews by a wide margin."
    wording = "Lee carried the fishing crews by a wide margin"
    assert attributed(text) == [("indirect", "Dockside polling", wording)]
    text = "A ferry survey of Bay Town published last week found Park well short of a majority."
    assert [w for _, _, w in attributed(text)] == ["Park well short of a majority"]
    text = "A memo obtained by the Harbor Wire shows the board knew of the losses."
    assert [w for _, _, w in attributed(text)] == ["the board knew of the losses"]


def test_a_claim_inside_a_relative_clause_opens_and_ends_with_it() -> None:
    text = "The vote, which she has often said was an error, cost her the race."
    assert attributed(text) == [("indirect", None, "which she has often said was an error")]
    text = "The yard now builds what Park said is the sturdiest hull on the coast."
    wording = "what Park said is the sturdiest hull on the coast"
    assert attributed(text) == [("indirect", "Park", wording)]
    # ... and holds a quote that follows its verb.
    text = "Lee ran the pier fund, which the audit said was “sloppy at best” but not a crime."
    wording = "which the audit said was “sloppy at best” but not a crime"
    assert attributed(text) == [("mixed", "audit", wording)]
    assert attributed("The fine harbor survey has opened the door to a pier.") == []


def test_a_claim_named_by_its_owner() -> None:
    text = "Critics pounced on Ada Park’s claim that the pier is “perfectly safe.”"
    assert attributed(text) == [("mixed", "Ada Park", "the pier is “perfectly safe.”")]
    text = "The board stood by its bold claim that the pier is safe."
    assert attributed(text) == [("indirect", "board", "the pier is safe")]
    assert attributed("The claim that the pier is safe was checked.") == []  # no owner
    text = "Video contradicts Avalon police’s earlier account that the pier was closed."
    assert attributed(text) == [("indirect", "Avalon police", "the pier was closed")]
    # A call made: "Park's call for X".
    text = "Harbor crews backed Ada Park’s call for an audit of the pier."
    assert attributed(text) == [("indirect", "Ada Park", "an audit of the pier")]
    assert attributed("There were few calls for a special inquiry.") == []  # no owner


def test_a_cue_word_heading_an_appositive_is_a_noun() -> None:
    # "show" ends the appositive as its noun: the speaker is the name before it.
    text = "Jo Lee, the host of Park's radio show, said the pier is safe."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier is safe")]
    text = "Park's new book argues that the pier is safe."  # (but an owner's book argues)
    assert attributed(text) == [("indirect", "Park's new book", "the pier is safe")]


def test_a_participle_after_a_second_clause_is_that_clause_subject_s() -> None:
    text = "The court fined the captain and Park dismissed her deputy, saying the pier failed."
    assert attributed(text)[-1] == ("indirect", "Park", "the pier failed")
    # Two objects, one clause: the sentence's subject still speaks.
    text = "Park fined the captain for fraud and Lee for theft, saying the pier failed."
    assert attributed(text)[-1] == ("indirect", "Park", "the pier failed")


def test_more_verbs_of_saying() -> None:
    assert attributed("“And the rest?” Lee barked.") == [("direct", "Lee", "And the rest?")]
    # A text speaks after its quote: "reads an editorial", "read the statement".
    text = "“The ferry plan is dead,” reads a Friday editorial in The Salem Ledger."
    assert attributed(text) == [("direct", "Salem Ledger", "The ferry plan is dead,")]
    assert attributed("The board recommended that the pier close in May.") == [
        ("indirect", "board", "the pier close in May")
    ]
    assert attributed("The board recommended a new captain.") == []  # no clause, no claim
    assert attributed("Jo Lee confided to a friend that the pier was failing.") == [
        ("indirect", "Jo Lee", "the pier was failing")
    ]
    assert attributed("Jo Lee commented that the pier was failing.") == [
        ("indirect", "Jo Lee", "the pier was failing")
    ]
    assert attributed("Jo Lee declined to comment.") == []  # no clause: nothing said
    assert attributed("“It is over,” Lee muttered.") == [("direct", "Lee", "It is over,")]


def test_a_person_noun_after_ex_or_co_is_a_person() -> None:
    text = "Her ex-husband nodded, but also contended that the pier should stay open."
    assert attributed(text) == [("indirect", "Her ex-husband", "the pier should stay open")]


def test_a_story_or_an_article_speaks_like_a_report() -> None:
    text = "In short, the harbor story suggests the board needs a new pier."
    assert attributed(text) == [("indirect", "harbor story", "the board needs a new pier")]


def test_who_after_one_or_his_and_a_person_noun_speaks() -> None:
    text = "“It hurt,” said one former sailor, who said she quit without regrets."
    assert attributed(text)[-1] == ("indirect", "one former sailor", "she quit without regrets")


def test_more_words_for_people_and_bodies_head_a_speaker() -> None:
    text = "The captain then recalled that the pier was unsafe."
    assert attributed(text) == [("indirect", "captain", "the pier was unsafe")]
    text = "The retired surgeon also said he would run for the board."
    assert attributed(text) == [("indirect", "retired surgeon", "he would run for the board")]
    text = "The prince called for Lee to quit the harbor board."
    assert attributed(text) == [("indirect", "prince", "Lee to quit the harbor board")]
    text = "The moderator then noted that the pier was closed."
    assert attributed(text) == [("indirect", "moderator", "the pier was closed")]


def test_many_and_a_plural_noun_with_a_participle_speak() -> None:
    text = "Many sailors interviewed at the pier said they had no quarrel with the plan."
    wording = "they had no quarrel with the plan"
    assert attributed(text) == [("indirect", "Many sailors interviewed at the pier", wording)]


def test_an_owner_before_a_plural_makes_a_noun_phrase() -> None:
    text = "Ada Park’s associates insist she will run again."
    wording = "she will run again"
    assert attributed(text) == [("indirect", "Ada Park’s associates", wording)]


def test_a_question_clause_after_the_person_spoken_to() -> None:
    text = "Jo Ham explained to reporters why the pier was closed."
    assert attributed(text) == [("indirect", "Jo Ham", "why the pier was closed")]


def test_people_named_by_a_plural_before_who_speak() -> None:
    text = "The plan alarmed some sailors and captains, who said the pier was unsafe."
    assert attributed(text) == [("indirect", "some sailors and captains", "the pier was unsafe")]
    text = "The plan angered local sailors, who said the pier was unsafe."
    assert attributed(text) == [("indirect", "local sailors", "the pier was unsafe")]


def test_a_which_clause_with_an_amount_inside_an_appositive() -> None:
    text = "Owners of the ferry line, which earned $30 million last year, say it will grow."
    assert attributed(text) == [("indirect", "Owners of the ferry line", "it will grow")]


def test_a_quote_without_a_cue_goes_to_the_person_the_sentence_before_was_about() -> None:
    text = (
        "Jo Lee said the fee is fair.\n\nOn the radio, Sen. Ada Park (Maine), who lost the "
        "race, named the storm as one reason. “The pier is old and the sea is rising.”"
    )
    assert attributed(text)[-1] == ("direct", "Ada Park", "The pier is old and the sea is rising.")
    # ... rather than the speaker of a quote before, in the same paragraph.
    text = text.replace("Jo Lee said the fee is fair.\n\n", "“The fee is fair,” Jo Lee said. ")
    assert attributed(text)[-1] == ("direct", "Ada Park", "The pier is old and the sea is rising.")


def test_a_work_speaks_in_its_that_clause() -> None:
    text = "Park released a letter from her physician on Monday that says she is fit to serve."
    assert attributed(text) == [("indirect", "a letter", "she is fit to serve")]
    text = "Park waved surveys that show her ahead of Lee."
    assert attributed(text) == [("indirect", "surveys", "her ahead of Lee")]


def test_an_adjective_in_ing_after_a_comma_is_no_aside() -> None:
    text = "Park said the storm did deep, lasting damage."
    assert attributed(text) == [("indirect", "Park", "the storm did deep, lasting damage")]
    text = "Park said the rules failed, leaving sailors without a berth."  # (an aside)
    assert attributed(text) == [("indirect", "Park", "the rules failed")]


def test_a_short_concession_inside_the_claim() -> None:
    text = "Park said a closure was conceivable, though hardly certain, before the winter."
    wording = "a closure was conceivable, though hardly certain, before the winter"
    assert attributed(text) == [("indirect", "Park", wording)]
    text = "Park said the pier was safe, though the board disagreed."  # the writer's clause
    assert attributed(text) == [("indirect", "Park", "the pier was safe")]


def test_a_condition_after_a_lone_dash_is_part_of_the_claim() -> None:
    text = "Park said the pier will stay open - unless the board cuts its budget."
    wording = "the pier will stay open - unless the board cuts its budget"
    assert attributed(text) == [("indirect", "Park", wording)]
    text = "Park said the board should act soon -- so the town can avoid a loss."
    assert attributed(text) == [("indirect", "Park", "the board should act soon")]


def test_a_list_of_acts_after_semicolons_is_one_claim() -> None:
    text = "Park said the crews had repaired the deck; painted the rails; and replaced the ramp."
    wording = "the crews had repaired the deck; painted the rails; and replaced the ramp"
    assert attributed(text) == [("indirect", "Park", wording)]
    assert attributed("Park said the pier was old; they learned of it later.") == [
        ("indirect", "Park", "the pier was old")
    ]


def test_people_told_are_no_part_of_the_claim() -> None:
    assert attributed("Ada Park told aides the ferry would stop.") == [
        ("indirect", "Ada Park", "the ferry would stop")
    ]
    assert attributed("Jo Lee told investigators that the hull had cracked.") == [
        ("indirect", "Jo Lee", "the hull had cracked")
    ]
    assert attributed("Jo Lee told the ferry board the hull had cracked.") == [
        ("indirect", "Jo Lee", "the hull had cracked")
    ]


def test_here_opening_a_sentence_is_a_place_not_a_speaker() -> None:
    text = "Here in Salem, Ada Park sharpened her attack on the board, saying the pier is unsafe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is unsafe")]


def test_a_quoted_title_in_the_addressee() -> None:
    text = "Lee tells the Harbor’s “Morning Show” on Friday that “the cause” is unknown."
    assert attributed(text) == [("mixed", "Lee", "“the cause” is unknown")]
    # Straight quotation marks, or two apostrophes, around the title: the same claim.
    for title in ('"Tide Talk"', "''Tide Talk''"):
        text = f"Lee said on Salem’s {title} on Sunday that the ferry had run aground."
        assert attributed(text) == [("indirect", "Lee", "the ferry had run aground")]


def test_a_day_after_the_cue_needs_no_comma() -> None:
    text = "Ada Park said Thursday her biggest worry is the pier."
    assert attributed(text) == [("indirect", "Ada Park", "her biggest worry is the pier")]


def test_an_appositive_holding_a_quoted_title() -> None:
    text = "Ada Park, the author of “Sails,” about the harbor, said the pier is unsafe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is unsafe")]


def test_called_again_for() -> None:
    text = "Ada Park called again for Lee to resign over the pier."
    assert attributed(text) == [("indirect", "Ada Park", "Lee to resign over the pier")]


def test_a_call_for_a_change_keeps_its_relative_clause() -> None:
    text = "Jo Lee has called for changing the rules that protect the pier."
    assert attributed(text) == [("indirect", "Jo Lee", "changing the rules that protect the pier")]


def test_expressed_concern_that() -> None:
    text = "At the dock, the crew boss, Jo Lee, expressed fear that the tide would rise."
    assert attributed(text) == [("indirect", "Jo Lee", "the tide would rise")]
    text = "Several skippers voiced quiet hope that the pier would reopen."
    assert attributed(text)[0][2] == "the pier would reopen"
    assert attributed("Jo Lee expressed her support for the pier.") == []  # no claim


def test_made_it_clear_and_made_the_case() -> None:
    text = "Lee made it clear that the pier would stay open."
    assert attributed(text) == [("indirect", "Lee", "the pier would stay open")]
    text = "Ada Park made the case that the fees were too high."
    assert attributed(text) == [("indirect", "Ada Park", "the fees were too high")]
    assert attributed("Lee made a fortune on the pier that year.") == []
    text = "The mayor has made clear she will not sign the pier bill."  # no "that"
    assert attributed(text) == [("indirect", "mayor", "she will not sign the pier bill")]
    text = "Park made it known that she would not run again."
    assert attributed(text) == [("indirect", "Park", "she would not run again")]
    assert attributed("Park made clear her opposition to the pier.") == []  # a noun: no claim


def test_complaints_are_speech() -> None:
    text = "Lee grumbled to the deckhands that the harbor board “never listens to us.”"
    assert attributed(text) == [("mixed", "Lee", "the harbor board “never listens to us.”")]


def test_bragged_is_spelled_with_two_gs() -> None:
    (claim,) = extract("Ada Park bragged about the “finest pier in the state.”").claims
    assert (claim.cue, claim.wording) == ("bragged", "the “finest pier in the state.”")


def test_warned_of_and_a_who_clause_after_any_noun() -> None:
    text = "The delegate warned of a “ferocious” fight that could split the party."
    assert attributed(text)[0][2] == "a “ferocious” fight that could split the party"
    text = "Lee disowned a remark by a ferry captain who said the pier is “a wreck.”"
    assert attributed(text) == [("mixed", "captain", "the pier is “a wreck.”")]


def test_a_promise_or_a_request_is_a_claim_a_threat_is_not() -> None:
    assert attributed("Ada Park vowed to rebuild the pier by May.") == [
        ("indirect", "Ada Park", "to rebuild the pier by May")
    ]
    assert attributed("Ada Park promised voters to rebuild the pier.") == [
        ("indirect", "Ada Park", "to rebuild the pier")
    ]
    assert attributed("Ada Park threatened to close the pier.") == []
    text = "Ada Park vowed to repeal the Pier Act, a harbor rule that bans most boats."
    assert attributed(text)[0][2] == "to repeal the Pier Act, a harbor rule that bans most boats"
    # A request is a claim with the ones asked: "urged voters to ...".
    assert attributed("Ada Park urged voters to back the pier.") == [
        ("indirect", "Ada Park", "voters to back the pier")
    ]
    assert attributed("Ada Park implored the harbor board to keep the pier.") == [
        ("indirect", "Ada Park", "the harbor board to keep the pier")
    ]
    assert attributed("Ada Park told him to leave the pier at once.") == [
        ("indirect", "Ada Park", "him to leave the pier at once")
    ]
    text = "Ada Park exhorted Democrats to “vote for the pier” on Tuesday."
    assert attributed(text) == [
        ("mixed", "Ada Park", "Democrats to “vote for the pier” on Tuesday")
    ]


def test_a_name_given_goes_on_after_and_when_more_names_follow() -> None:
    text = "Lee called the mayor “the worst pick in years” and someone who “hurt the pier.”"
    assert attributed(text)[0][2].endswith("someone who “hurt the pier.”")
    text = "Lee called the mayor a “liar” and accused her of neglect."
    assert [w for _, _, w in attributed(text)] == ["the mayor a “liar”", "her of neglect"]
    # After "and" a new subject with its verb, or after the comma a writer's aside: no name.
    text = "Jo Lee has called the ferry deal “a swindle,” and his crew has since sold its boat."
    assert [w for _, _, w in attributed(text)] == ["the ferry deal “a swindle,”"]
    text = "Lee, who has called the ferry “a floating disaster,” said he would vote against it."
    assert attributed(text) == [
        ("mixed", "Lee", "the ferry “a floating disaster,”"),
        ("indirect", "Lee", "he would vote against it"),
    ]
    text = "Lee called the ferry ''a relic,'' blaming it for ''lost trade'' and ''noise.''"
    assert [w for _, _, w in attributed(text)][0] == "the ferry ''a relic,''"


def test_two_apostrophes_as_a_quotation_mark_stay_out_of_the_speaker() -> None:
    text = (
        "The ferry runs at a loss. ''The fares pay for it in the end,'' Ms. Park said, "
        "describing how a city loan of $3 million would be repaid."
    )
    mentions = [c.mention.text for c in extract(text).claims if c.mention]
    assert mentions == ["Ms. Park", "Ms. Park"]


def test_referred_to_as_gives_a_name() -> None:
    text = "Lee referred to the old ferry as a floating museum of bad ideas."
    assert attributed(text) == [
        ("indirect", "Lee", "the old ferry as a floating museum of bad ideas")
    ]
    (claim,) = extract("Lee often refers to the pier as “the old lady.”").claims
    assert (claim.cue, claim.wording) == ("refers to", "the pier as “the old lady.”")


def test_a_name_given_needs_no_more_words() -> None:
    assert attributed("Ada Park called it “reckless.”") == [("mixed", "Ada Park", "it “reckless.”")]
    assert attributed("Ada Park called it reckless.") == [("indirect", "Ada Park", "it reckless")]
    assert attributed("Jo Lee called the harbor master unfit.") == [
        ("indirect", "Jo Lee", "the harbor master unfit")
    ]
    # ... but a name alone is someone telephoned.
    assert attributed("On Sunday night Jo Lee called Tom Reyes.") == []


@pytest.mark.parametrize(
    "verb", ["invoked", "referenced", "echoed", "likened", "assailed", "defended", "proposed"]
)
def test_more_verbs_that_report(verb: str) -> None:
    (claim,) = attributed(f"Ada Park {verb} the “harbor for everyone” plan in May.")
    assert claim[:2] == ("mixed", "Ada Park")


def test_verbs_that_portray_or_cite() -> None:
    text = "Ada Park portrayed the pier deal as a “disaster” for boats."
    assert attributed(text) == [("mixed", "Ada Park", "the pier deal as a “disaster” for boats")]
    text = "Ada Park endorsed Lee, citing her “long experience” on the water."
    assert attributed(text) == [("mixed", "Ada Park", "her “long experience” on the water")]


def test_a_document_set_off_by_a_participle_before_the_cue() -> None:
    # "filed", "sent": what the document went through, then what it says.
    text = "The complaint, filed Monday in state court, says the dock broke the law."
    assert attributed(text) == [("indirect", "complaint", "the dock broke the law")]
    text = "The letter, sent last week to the harbor board, says the dock is unsafe."
    assert attributed(text) == [("indirect", "letter", "the dock is unsafe")]
    text = "Jo Lee, known for her temper, said the dock is unsafe."
    assert attributed(text) == [("indirect", "Jo Lee", "the dock is unsafe")]


def test_a_reflexive_appositive_between_the_speaker_and_the_cue() -> None:
    text = "Ada Park, herself a sailor, said the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]


def test_an_appositive_naming_a_job_with_words_before_it() -> None:
    text = "Lee left. Ada Park, harbor operations director for the city, said: “We are ready.”"
    assert attributed(text)[-1] == ("direct", "Ada Park", "We are ready.")
    text = "Jo Lee, senior policy adviser to the mayor, said the pier must close."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier must close")]


def test_a_name_before_a_description_that_names_a_paper() -> None:
    text = "Jo Lee, the editor of the oldest paper in town, The Light, said the pier is safe."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier is safe")]
    text = "Earlier Tuesday, her deputy, Jo Lee, said the pier is safe."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier is safe")]


def test_the_subject_of_a_participle_cue_past_a_place_and_its_state() -> None:
    text = "Speaking in Salem, New Hampshire, Ada Park went after Lee, calling her plan a flop."
    assert attributed(text) == [("indirect", "Ada Park", "her plan a flop")]
    text = "At a rally in Salem, N.H., on Tuesday, Ada Park backed Lee, saying she will win."
    assert attributed(text) == [("indirect", "Ada Park", "she will win")]
    text = "Alongside calls for a new pier, Ada Park backed Lee, saying the old one must close."
    assert attributed(text) == [("indirect", "Ada Park", "the old one must close")]


def test_the_subject_of_a_participle_cue_past_a_participle_phrase() -> None:
    text = "Rattled by the reviews, Ada Park changed her plan, saying the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]


def test_the_subject_of_a_participle_cue_past_a_dateline_or_a_time_ago() -> None:
    text = "PORTVILLE (Harbor Wire) - Ada Park backed Lee on Monday, saying the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    text = "Lee spoke. Two days later, Ada Park backed her, saying the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    text = "Lee spoke. But a few weeks later, Ada Park backed her, saying the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    text = "Lee spoke. And a couple of years later, Ada Park backed her, saying it must close."
    assert attributed(text) == [("indirect", "Ada Park", "it must close")]
    text = "Lee spoke. First, Ada Park backed her, saying the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    text = "Lee spoke. Minutes later Ada Park backed her, saying the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]


def test_a_participle_cue_set_off_by_a_dash() -> None:
    text = "Ada Park reversed herself at the meeting – saying the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]


def test_a_quote_inside_the_verb_phrase_is_part_of_the_reported_claim() -> None:
    text = "Ada Park pledged to ban large ships from the pier “today, tomorrow, forever.”"
    assert attributed(text) == [
        ("mixed", "Ada Park", "to ban large ships from the pier “today, tomorrow, forever.”")
    ]
    text = "Ada Park said, “The pier is failing.”"  # set off by a comma: a quote of its own
    assert attributed(text) == [("direct", "Ada Park", "The pier is failing.")]


def test_who_after_a_person_described() -> None:
    text = "The last question came from a young sailor, who said the pier should stay open."
    assert attributed(text) == [("indirect", "a young sailor", "the pier should stay open")]
    text = "A retired teacher, who said the pier should stay open, left early."
    assert attributed(text)[0][1] == "A retired teacher"


def test_a_long_aside_in_parentheses_after_the_speaker() -> None:
    text = "Jo Lee (a sailor so young she was once mistaken for a deckhand) says the pier is safe."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier is safe")]


def test_a_clause_opening_with_it_or_there_after_an_adjunct() -> None:
    text = "Ada Park said in harbor work it takes years to build a pier."
    assert attributed(text) == [("indirect", "Ada Park", "it takes years to build a pier")]
    text = "Ada Park told reporters on Monday there is no plan for the pier."
    assert attributed(text) == [("indirect", "Ada Park", "there is no plan for the pier")]
    # ... but after "as" or "when" the clause says when, not what.
    assert attributed("Ada Park said Monday as she boarded the ferry.") == []
    text = "Ada Park said Monday when she boarded the ferry that the pier must stay open."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must stay open")]


def test_here_itself_and_a_when_clause_between_speaker_and_cue() -> None:
    text = "Harbor officials here said the engines failed twice in March."
    assert attributed(text)[0][2] == "the engines failed twice in March"
    assert attributed("The union itself said the deal was off.")[0][2] == "the deal was off"
    text = "Jo Lee, when reached by phone, said the pier held."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier held")]
    text = "Jo Lee, when asked about the storm, said the pier held."  # the aside asks
    assert attributed(text)[-1] == ("indirect", "Jo Lee", "the pier held")
    text = "Lee, asked about the storm, said the pier held."
    assert attributed(text) == [
        ("indirect", None, "the storm"),  # asked by someone the article does not name
        ("indirect", "Lee", "the pier held"),
    ]


def test_a_claim_may_open_with_an_approximate_figure() -> None:
    text = "The ferry office said roughly half the repair bill went to the engines."
    wording = "roughly half the repair bill went to the engines"
    assert attributed(text) == [("indirect", "ferry office", wording)]
    text = "Ada Park said around 40 sailors have asked for berths."
    assert attributed(text) == [("indirect", "Ada Park", "around 40 sailors have asked for berths")]


def test_adding_to_a_thing_is_no_speech() -> None:
    text = "Ada Park won the harbor vote, adding to her wins in Salem, Dover and Bath."
    assert attributed(text) == []
    text = "The leak adds to the trouble that has followed the ferry board for a year."
    assert attributed(text) == []
    # ... but what is added to someone was said to them.
    text = "“The pier will hold,” Park added to reporters."
    assert attributed(text) == [("direct", "Park", "The pier will hold,")]


def test_at_least_before_a_figure_opens_the_claim() -> None:
    text = "Ada Park said at least nine boats sank in the gale."
    assert attributed(text) == [("indirect", "Ada Park", "at least nine boats sank in the gale")]
    # Not an adjunct closing the sentence: the scene-setting before the speaker is no claim.
    text = "Late on Sunday, as the ferry docked, the Wire reported at least a third of it fell."
    assert attributed(text) == [("indirect", "Wire", "at least a third of it fell")]


def test_a_cue_in_a_relative_clause_inside_an_appositive() -> None:
    text = "Jo Lee, the head of a trust that urges sailors to moor in Salem, said the pier is safe."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier is safe")]


def test_a_speaker_inside_a_clause_opening_with_while_or_though() -> None:
    text = "While those surveyed said the mayor has the best plan, few trusted him."
    assert attributed(text) == [("indirect", "those surveyed", "the mayor has the best plan")]
    text = "Though sailors who sail with Jo Lee say they trust him, the board does not."
    assert attributed(text) == [("indirect", "sailors who sail with Jo Lee", "they trust him")]


def test_a_clause_opening_with_while_is_no_claim_of_the_main_clause() -> None:
    text = "While Park said the pier is safe, Lee disagreed."
    assert attributed(text) == [("indirect", "Park", "the pier is safe")]
    text = "If the pier closes, the town will suffer, Lee said."
    assert attributed(text) == [("indirect", "Lee", "If the pier closes, the town will suffer")]


def test_a_cue_word_inside_a_participle_aside_is_a_noun() -> None:
    text = "Jo Lee, facing a hard recall vote from the board, noted the pier rots."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier rots")]


def test_a_title_in_quotes_may_end_an_appositive() -> None:
    text = "Jo Lee, host of Harbor TV’s “Morning Pier,” suggested the mayor’s delay could cost him."
    assert attributed(text) == [("indirect", "Jo Lee", "the mayor’s delay could cost him")]


def test_an_inverted_pronoun_ends_its_clause() -> None:
    assert attributed("The pier is safe, said he.") == [("indirect", None, "The pier is safe")]
    text = (
        "Jo Lee, the founder of the Harbor Trust that urges sailors to moor in Salem, "
        "said he had seen decline."
    )
    assert not any(wording.startswith("Jo Lee") for _, _, wording in attributed(text))


def test_an_inverted_name_before_a_verb_opens_the_claim() -> None:
    # (and a job may be described at length between a name and its cue)
    text = (
        "Jo Lee, director of the Center for Harbor Studies and Coastal Policy at the Eagleton "
        "Institute of Marine Science at Salem State University, said Park is poised to win."
    )
    assert attributed(text) == [("indirect", "Jo Lee", "Park is poised to win")]
    assert attributed("The pier is safe, said Jo Lee.") == [
        ("indirect", "Jo Lee", "The pier is safe")
    ]


def test_an_aside_inside_the_first_words_of_a_claim_does_not_end_it() -> None:
    text = "The Harbor Bureau says sailors, numbering 75,000, outnumber fishermen."
    assert attributed(text) == [
        ("indirect", "Harbor Bureau", "sailors, numbering 75,000, outnumber fishermen")
    ]


def test_a_group_that_opens_the_sentence_speaks_for_its_second_verb() -> None:
    text = "Other sailors with no stake in the case chafed at the plan and said the pier was fine."
    assert attributed(text) == [("indirect", "Other sailors", "the pier was fine")]


def test_two_nouns_joined_by_and_are_one_speaker() -> None:
    text = "The harbor chair and former city treasurer said the pier needs a roof."
    ((_, speaker, wording),) = attributed(text)
    assert (speaker, wording) == ("harbor chair and former city treasurer", "the pier needs a roof")
    text = "Among sailors, 41 percent fault the crew and 17 percent say the tide is at fault."
    assert attributed(text)[-1] == ("indirect", "17 percent", "the tide is at fault")


def test_that_way_is_no_clause() -> None:
    assert attributed("They feel that way about the new pier.") == []
    assert attributed("Ada Park said that much in June.") == []


def test_a_that_clause_may_open_with_a_preposition() -> None:
    text = "Ada Park said that for years there was no sign of a leak."
    assert attributed(text) == [("indirect", "Ada Park", "for years there was no sign of a leak")]
    text = "Ada Park said that by June the pier would be closed."
    assert attributed(text) == [("indirect", "Ada Park", "by June the pier would be closed")]
    text = "The town described by the mayor is small."  # a passive agent, no claim
    assert attributed(text) == []


def test_a_subject_picked_out_by_a_who_clause() -> None:
    text = "But those who back her rivals say the pier is safe."
    assert attributed(text) == [("indirect", "those who back her rivals", "the pier is safe")]
    text = "Sailors who know Ada Park say the pier is safe."  # "know" is not the cue here
    assert attributed(text) == [("indirect", "Sailors who know Ada Park", "the pier is safe")]
    text = "Harbor pilots who have sailed the channel argue that the boat can pass."
    speaker = "Harbor pilots who have sailed the channel"
    assert attributed(text) == [("indirect", speaker, "the boat can pass")]
    text = "The skippers whose boats sank last winter say the warnings came late."
    assert attributed(text)[0][2] == "the warnings came late"
    # A longer phrase for people before "who"; the names inside the clause are not the speaker.
    text = "Current and former dock workers who spoke with the Harbor Wire said the ferry is late."
    speaker = "Current and former dock workers who spoke with the Harbor Wire"
    assert attributed(text) == [("indirect", speaker, "the ferry is late")]
    text = "Friends of Jo Lee who sailed with her say that the old boat has been sold."
    speaker = "Friends of Jo Lee who sailed with her"
    assert attributed(text) == [("indirect", speaker, "the old boat has been sold")]


def test_a_quantifier_after_a_cue_opens_the_claim_not_an_adjunct() -> None:
    text = "Lee said only ten boats came in, a record low for the pier."
    claim = "only ten boats came in, a record low for the pier"
    assert attributed(text) == [("indirect", "Lee", claim)]
    text = "Ada Park said all captains sign contracts, although she did not say more."
    assert attributed(text) == [("indirect", "Ada Park", "all captains sign contracts")]


def test_the_writers_aside_after_a_cue_opens_no_claim() -> None:
    text = "Park insisted, however, that the ferry would run on time."
    assert attributed(text) == [("indirect", "Park", "the ferry would run on time")]
    text = "Lee noted, though, the old pier could be saved."
    assert attributed(text) == [("indirect", "Lee", "the old pier could be saved")]


def test_a_dashed_aside_opening_a_claim_does_not_end_it() -> None:
    text = "Park said that — in her view — the ferry is always late."
    assert attributed(text) == [("indirect", "Park", "in her view — the ferry is always late")]


def test_words_opening_a_run_of_capitals_are_no_first_name() -> None:
    text = "Neither Park nor Lee would say when the ferry runs.\n\nPark said the pier is safe."
    assert attributed(text)[-1] == ("indirect", "Park", "the pier is safe")  # not "Neither Park"


def test_a_who_clause_after_a_quantifier_and_a_purpose_in_it() -> None:
    text = "Many sailors who came to Salem argue that they will back Lee."
    speaker = "Many sailors who came to Salem"
    assert attributed(text) == [("indirect", speaker, "they will back Lee")]
    # "to protest" says why they came: no speech of theirs.
    assert attributed("Sailors who came to Salem to protest the fares are tired.") == []


def test_a_bare_cue_after_an_auxiliary_and_an_adverb() -> None:
    text = "Jo Lee would later claim that the vote on the pier was rigged."
    assert attributed(text) == [("indirect", "Jo Lee", "the vote on the pier was rigged")]
    text = "Jo Lee is continuing to argue she will publish the logs."
    assert attributed(text) == [("indirect", "Jo Lee", "she will publish the logs")]


def test_yet_opening_a_sentence_is_no_part_of_its_subject() -> None:
    text = "Yet the harbor board conceded that the plan was not popular."
    assert attributed(text) == [("indirect", "harbor board", "the plan was not popular")]
    (claim,) = extract("Yet Ada Park said the ferry will run.").claims
    assert claim.mention is not None and claim.mention.text == "Ada Park"


def test_a_second_cue_carried_on_by_went_on_takes_its_own_quote() -> None:
    text = "Lee joked that the pier was old, but went on to say, “The harbor is not safe.”"
    assert attributed(text) == [
        ("indirect", "Lee", "the pier was old"),
        ("direct", "Lee", "The harbor is not safe."),
    ]


def test_a_cue_carried_on_by_went_on_or_continued() -> None:
    text = "Ada Park said the pier is old. She went on to say that it must close."
    assert attributed(text)[-1] == ("indirect", "Ada Park", "it must close")
    text = "Ada Park said the pier is old. She continued to insist it must close."
    assert attributed(text)[-1] == ("indirect", "Ada Park", "it must close")
    text = "Ada Park is expected to argue that the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    text = "Ada Park drew fire after she appeared to suggest that the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    text = "The late vote led harbor Chairman Tom Reyes to declare that the pier must close."
    assert attributed(text) == [("indirect", "Tom Reyes", "the pier must close")]
    text = "The storm prompted sailors to warn that the pier would close."
    assert attributed(text) == [("indirect", "sailors", "the pier would close")]
    text = "Ada Park took to her blog on Monday to argue that the pier must close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier must close")]
    assert attributed("Ada Park took the ferry to say goodbye to the crew.") == []


def test_a_cue_after_quick_to_or_at_pains_to_is_said_by_the_subject() -> None:
    text = "Ada Park was quick to point out that the ferry had never sunk."
    assert attributed(text) == [("indirect", "Ada Park", "the ferry had never sunk")]
    text = "The crews were all at pains to stress that the pier was safe."
    assert attributed(text) == [("indirect", "crews", "the pier was safe")]
    text = "Lee, who runs the yard, is always careful to say the hulls are sound."
    assert attributed(text) == [("indirect", "Lee", "the hulls are sound")]
    # Readiness with no cue after it is no statement.
    assert attributed("Ada Park was quick to leave the pier.") == []
    assert attributed("The crews were in pains to finish the hull.") == []


def test_a_subject_modified_by_a_participle_after_an_opening_word() -> None:
    text = "Sailors trying to save the old pier say it can be fixed."
    assert attributed(text) == [
        ("indirect", "Sailors trying to save the old pier", "it can be fixed")
    ]
    text = "Again, those surveyed said the pier should stay open."
    assert attributed(text) == [("indirect", "those surveyed", "the pier should stay open")]
    text = "In the harbor poll, those surveyed said the pier should stay open."
    assert attributed(text) == [("indirect", "those surveyed", "the pier should stay open")]
    # ... and before a quote.
    text = "Sailors marching down the pier chanted “Who pays the fee?” until dawn."
    assert attributed(text)[0][1] == "Sailors marching down the pier"


def test_more_nouns_for_organisations_speak() -> None:
    text = "Even so, the fund warned that the new pier will cost too much."
    assert attributed(text) == [("indirect", "fund", "the new pier will cost too much")]


def test_plurals_of_nouns_for_people_and_organisations_speak() -> None:
    text = "Even though fishing is allowed, the women say wardens still hand out fines."
    assert attributed(text) == [("indirect", "women", "wardens still hand out fines")]
    text = "Harbor groups say the new rules are unfair."
    assert attributed(text) == [("indirect", "Harbor groups", "the new rules are unfair")]
    text = "Court filings show that the pier was sold twice."
    assert attributed(text) == [("indirect", "Court filings", "the pier was sold twice")]


@pytest.mark.parametrize(
    "attribution",
    [
        ", Park said,",
        ", Park said Tuesday,",
        ", Park said in an interview,",
        ", Park told the Wire,",
    ],
)
def test_an_attribution_set_off_inside_a_sentence_leaves_it_whole(attribution: str) -> None:
    text = f"The ferry{attribution} is the fastest in the state."
    assert attributed(text) == [("indirect", "Park", text.rstrip("."))]


def test_a_claim_split_by_its_attribution_ends_before_a_participle_cue() -> None:
    text = "The ferry is the fastest in the state, Park said, adding that it is cheap."
    assert attributed(text) == [
        ("indirect", "Park", "The ferry is the fastest in the state"),
        ("indirect", "Park", "it is cheap"),
    ]
    # A time or a place may stand between the cue and the participle.
    text = "The harbor “is in better shape,” Park said in May 2019, citing its new pier."
    assert attributed(text)[-1] == ("indirect", "Park", "its new pier")


def test_a_dateline_is_no_part_of_a_claim_or_its_speaker() -> None:
    text = "SALEM, Ore. (AP) — The ferry will stop running next week, harbor officials said."
    assert attributed(text) == [
        ("indirect", "harbor officials", "The ferry will stop running next week")
    ]
    text = "SALEM — The ferry, harbor officials said Friday, will stop running next week."
    wording = "The ferry, harbor officials said Friday, will stop running next week"
    assert attributed(text) == [("indirect", "harbor officials", wording)]
    text = "PORTVILLE ― Harbor master Ada Park said the pier is safe."  # a horizontal bar
    (claim,) = extract(text).claims
    assert claim.mention is not None and claim.mention.text == "Harbor master Ada Park"


def test_a_dash_set_off_by_spaces_is_no_part_of_the_speaker() -> None:
    text = (
        "Closing the season with a formal speech -- slides and all -- Park told the crowd "
        "on Tuesday that “we close one chapter and begin another.”"
    )
    assert attributed(text) == [("direct", "Park", "we close one chapter and begin another.")]
    (claim,) = extract(text).claims
    assert claim.mention is not None and claim.mention.text == "Park"  # not "all -- Park"
    text = "NEW YORK - Harbor master Ada Park said the pier is safe."
    assert claims_of(text)[0][:2] == ("indirect", "Ada Park")


def test_a_speakers_words_never_cross_a_line_break_or_open_on_a_bullet() -> None:
    (claim,) = extract("A list of harbor voices.\n\n11\nAda Park said the pier is safe.").claims
    assert claim.speaker == "Ada Park"
    assert claim.mention is not None and claim.mention.text == "Ada Park"
    (claim,) = extract("Harbor reading.\n\n-Ada Park explains why the pier is safe.").claims
    assert claim.mention is not None and claim.mention.text == "Ada Park"


def test_a_quote_with_its_own_closing_attribution_is_not_swallowed() -> None:
    text = (
        "Ada Park weighed in as well, telling the Harbor News in an interview on Monday, "
        "“The pier is safe for every boat,” she said."
    )
    assert attributed(text) == [("direct", "Ada Park", "The pier is safe for every boat,")]


def test_a_relative_clause_after_a_quote_is_no_speaker() -> None:
    text = "Park is an “able skipper” who has won two regattas, the Ledger’s editors write."
    ((kind, speaker, wording),) = attributed(text)
    assert (kind, speaker) == ("mixed", "Ledger’s editors")
    assert wording == "Park is an “able skipper” who has won two regattas"


def test_according_to_inside_a_quote_is_the_speakers_own() -> None:
    text = "Lee said that “of the 700 boats, according to the harbor log, 300 are new.”"
    assert attributed(text) == [
        ("direct", "Lee", "of the 700 boats, according to the harbor log, 300 are new.")
    ]


def test_assume_reports_only_with_a_clause() -> None:
    assert attributed("Ada Park assumed the role of harbor master in 2019.") == []
    text = "Ada Park assumed that the pier would close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier would close")]


def test_a_description_then_the_name_of_the_speaker() -> None:
    text = "One harbor hopeful, Ada Park, says she plans to swim to the pier."
    assert attributed(text) == [("indirect", "Ada Park", "she plans to swim to the pier")]
    text = "One of the authors of that 2019 report, Ada Park, said the study will hold up."
    assert attributed(text) == [("indirect", "Ada Park", "the study will hold up")]
    text = "All three sailors have said they would rebuild the pier."
    assert attributed(text) == [("indirect", "All three sailors", "they would rebuild the pier")]


def test_as_reported_by_names_a_source_like_according_to() -> None:
    text = "As reported by the Harbor Wire, the pier was sold twice in one year."
    assert attributed(text) == [("indirect", "Harbor Wire", "the pier was sold twice in one year")]
    text = "The pier was sold twice in one year, as reported by the Harbor Wire."
    assert attributed(text)[0][1:] == ("Harbor Wire", "The pier was sold twice in one year")


def test_a_share_after_only_and_inside_a_while_clause() -> None:
    text = "While only 7 percent said the pier should close, most sailors want it fixed."
    assert attributed(text) == [("indirect", "only 7 percent", "the pier should close")]


def test_a_cue_word_used_as_a_noun_names_no_speaker() -> None:
    text = "In one tweet Friday, Lee said the pier is safe."
    assert attributed(text) == [("indirect", "Lee", "the pier is safe")]
    text = "Acts of protest, Lee said, are acts of love for the pier."
    assert attributed(text)[0][1] == "Lee"
    text = "Sailors and the harbor movement for speaking out were praised."
    assert all(c[1] != "harbor movement for" for c in attributed(text))
    text = (
        "Lee spoke.\n\n“Close the old pier before it falls,” Lee said. “What do we lose?”\n"
        "Editor’s note: it was sold in May."
    )
    assert attributed(text)[-1] == ("direct", "Lee", "What do we lose?")


def test_a_who_clause_between_dashes_reports_too() -> None:
    text = "Ada Park - who once said the pier would sink - now says it is safe."
    assert attributed(text) == [
        ("indirect", "Ada Park", "the pier would sink"),
        ("indirect", "Ada Park", "it is safe"),
    ]


def test_quoted_words_then_a_phrase_then_the_attribution() -> None:
    text = "“We are thrilled” about the vote, said Ada Park, director of the harbor union."
    assert attributed(text) == [("mixed", "Ada Park", "“We are thrilled” about the vote")]
    # A clause of the writer's after the attribution is no part of the statement.
    text = "The pier is “not a ruin,” said Mr. Reyes, but he has never sailed from it."
    assert attributed(text) == [("mixed", "Reyes", "The pier is “not a ruin,”")]


def test_a_which_clause_with_its_own_speaker_ends_the_claim_before_it() -> None:
    text = "Lee said the sailors kept their radios, which Park said were on when the boat sank."
    assert attributed(text) == [
        ("indirect", "Lee", "the sailors kept their radios"),
        ("indirect", "Park", "which Park said were on when the boat sank"),
    ]
    text = "Lee said the plan, which critics say is flawed, will pass."  # an aside
    assert attributed(text)[0][2] == "the plan, which critics say is flawed, will pass"


def test_a_call_for_something_in_quotes_is_no_name_given() -> None:
    text = "Ada Park called for more “flexibility” for harbor workers to help small boats."
    assert attributed(text) == [
        ("mixed", "Ada Park", "more “flexibility” for harbor workers to help small boats")
    ]


def test_short_answers_and_cues_of_manner() -> None:
    text = "Lee asked where the boats should go. “Ashton,” Ada Park answered."
    assert attributed(text)[-1] == ("direct", "Ada Park", "Ashton,")
    text = "“This is a fine pier!” beamed Ada Park, who sails from it daily."
    assert attributed(text) == [("direct", "Ada Park", "This is a fine pier!")]
    text = "“Keep your boats in the harbor,” Ada Park sings to the crowd."
    assert attributed(text) == [("direct", "Ada Park", "Keep your boats in the harbor,")]
    assert attributed("Ada Park sang the harbor song at the pier.") == []
    text = "Lee called the pier unsafe. Ada Park fired back that it has stood for a century."
    assert attributed(text)[-1] == ("indirect", "Ada Park", "it has stood for a century")


def test_a_new_subject_after_and_ends_the_reported_claim() -> None:
    text = "The board announced that it will close the pier, and the decision is drawing fire."
    assert attributed(text) == [("indirect", "board", "it will close the pier")]
    text = "Lee said the pier is old, and that its planks are rotting."  # still Lee's
    assert attributed(text)[0][2] == "the pier is old, and that its planks are rotting"
    text = "Park is promising lower fees and “boats, boats, boats,” but she has also grown tired."
    assert attributed(text) == [("mixed", "Park", "lower fees and “boats, boats, boats,”")]
    text = "Park said the harbor will not back Lee, as has Jo Moss, the mayor of Ashton."
    assert attributed(text) == [("indirect", "Park", "the harbor will not back Lee")]
    text = "Lee said the pier is staying open, and many won't sail there again."
    assert attributed(text) == [("indirect", "Lee", "the pier is staying open")]


def test_all_both_and_each_opening_a_sentence_speak() -> None:
    text = "In different ways, all agreed that the pier needs repair."
    assert attributed(text) == [("indirect", None, "the pier needs repair")]
    assert attributed("Both said the pier needs repair.")[0][2] == "the pier needs repair"
    assert attributed("All told, the town spent 2 million dollars on the pier.") == []


def test_told_reporters_then_the_claim() -> None:
    text = "Ada Park told reporters the pier is safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is safe")]
    # A "that" after the claim's own verb ends it, rather than opening it.
    text = "Ada Park told reporters they are mending the pier to stop that."
    assert attributed(text) == [("indirect", "Ada Park", "they are mending the pier to stop that")]


def test_a_statement_saying_speaks_for_who_issued_it() -> None:
    text = "Ada Park issued a statement saying the pier is safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is safe")]
    text = "The harbor board posted a series of tweets on Friday claiming the pier is safe."
    assert attributed(text) == [("indirect", "harbor board", "the pier is safe")]


@pytest.mark.parametrize(
    "speaker", ["40 percent of the crews", "about three in 10", "harbor pilots"]
)
def test_the_people_after_a_set_off_with_speak_in_its_participle(speaker: str) -> None:
    text = f"Most sailors backed the new pier, with {speaker} saying it would help the town."
    assert attributed(text) == [("indirect", speaker, "it would help the town")]
    # Not a "with" inside the clause before: the sentence's subject speaks.
    text = "Ada Park met with the crews and made statements saying the pier is safe."
    assert [w for _, _, w in attributed(text)] == ["the pier is safe"]


def test_participle_asides_and_quoted_as_saying() -> None:
    text = "Ada Park, speaking to reporters, insisted the pier is safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is safe")]
    text = "Ada Park, citing the survey, insisted the pier is safe."
    assert attributed(text)[-1] == ("indirect", "Ada Park", "the pier is safe")
    text = "Ada Park was quoted as saying the pier is safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is safe")]
    text = "The Harbor News quoted Ada Park as saying the pier is safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is safe")]


def test_a_lone_dash_ends_a_reported_claim_and_a_pair_does_not() -> None:
    text = "Lee said the town should fix piers whenever possible -- so boats can stay safe."
    assert attributed(text) == [("indirect", "Lee", "the town should fix piers whenever possible")]
    text = "Lee added that the piers — the old ones by the bay — need repair."
    assert attributed(text)[0][2] == "the piers — the old ones by the bay — need repair"


def test_on_condition_of_anonymity_is_no_part_of_the_claim() -> None:
    text = "A harbor official said the pier will close on condition of anonymity to avoid trouble."
    assert attributed(text) == [("indirect", "A harbor official", "the pier will close")]


def test_they_and_it_stand_for_a_group_or_an_organisation() -> None:
    text = (
        "The harbor board said the pier is safe. Ada Park said it is not. "
        "They insist the docks will hold."
    )
    assert attributed(text)[-1] == ("indirect", "harbor board", "the docks will hold")


def test_a_group_with_a_number_speaks_as_a_group() -> None:
    text = "Lee said the pier is safe. The two sailors, however, argue “the pier is failing.”"
    assert attributed(text)[-1] == ("direct", "two sailors", "the pier is failing.")


def test_an_adjunct_set_off_by_commas_after_a_description() -> None:
    text = "The ferry company, in a filing with regulators, acknowledged that two engines failed."
    assert attributed(text) == [("indirect", "ferry company", "two engines failed")]


def test_the_one_told_before_a_quote_is_no_part_of_a_claim() -> None:
    text = "As Lee told the harbor board, “The numbers do not add up.”"
    assert attributed(text) == [("direct", "Lee", "The numbers do not add up.")]
    text = "“Now that I can speak freely,” Lee told the host, “it was hard to work for the board.”"
    wording = "Now that I can speak freely,” Lee told the host, “it was hard to work for the board."
    assert attributed(text) == [("direct", "Lee", wording)]


def test_a_colon_after_a_cue_and_its_object_hands_over_to_the_quote() -> None:
    text = "Park recalled the moment: “Everyone on the pier was crying.”"
    assert attributed(text) == [("direct", "Park", "Everyone on the pier was crying.")]
    text = "Sen. Ada Park scolded him: “The experts are united against you.”"
    assert attributed(text) == [("direct", "Ada Park", "The experts are united against you.")]


def test_a_quote_after_a_colon_with_its_own_speaker_is_that_speakers() -> None:
    text = (
        "Nell Tam argued the ferry would never pay: "
        "“Once the tourists go home, nobody rides it,” Dov Ruiz said."
    )
    assert attributed(text) == [
        ("indirect", "Nell Tam", "the ferry would never pay"),
        ("direct", "Dov Ruiz", "Once the tourists go home, nobody rides it,"),
    ]


def test_a_named_subject_and_a_colon_introduce_a_short_utterance() -> None:
    assert attributed("Lee summed up the night: “We lost.”") == [("direct", "Lee", "We lost.")]
    assert attributed("Park’s answer was simple: “No.”") == [("direct", "Park", "No.")]
    text = "Park’s first questioners were hostile: “Is it time to change?”"
    assert attributed(text)[0][1] is None  # the questioners ask, not Park


def test_a_cue_form_after_an_article_and_a_name_is_a_noun() -> None:
    text = "Park, in a Facebook post, called the decision “a betrayal of every sailor in town.”"
    wording = "the decision “a betrayal of every sailor in town.”"
    assert attributed(text) == [("mixed", "Park", wording)]
    assert attributed("The Democrats argue that the pier is safe.")[0][1] == "Democrats"


def test_an_inverted_cue_before_a_compound_noun() -> None:
    text = "“It’s a mess,” said one dock worker, who asked not to be named."
    assert attributed(text) == [("direct", "one dock worker", "It’s a mess,")]
    assert attributed("Lee said the event stirred up old feelings.")[0][2] == (
        "the event stirred up old feelings"  # "event" is no speaker after "said"
    )


def test_an_inverted_description_ends_where_its_phrase_ends() -> None:
    # A plain word closing the sentence (or before a comma or "who") ends the description,
    # whether or not it is a noun the lexicon knows.
    text = "“The tide is early,” said the pilot."
    assert attributed(text) == [("direct", "pilot", "The tide is early,")]
    text = "“It’s done,” said one pilot, who asked not to be named."
    assert attributed(text) == [("direct", "one pilot", "It’s done,")]
    text = "“The tide is early,” said a harbor pilot who has worked the bay for years."
    assert attributed(text)[0][1] == "a harbor pilot"
    # "for" is no noun in -or, and a plain word after it names no one.
    text = "“The tide is early,” said a spokesman for the port."
    assert attributed(text)[0][1] == "a spokesman"
    assert attributed("Why do the crews feel this way?") == []


def test_a_description_then_a_name_before_the_cue() -> None:
    # "the harbor chief, Jo Lee, said": the name speaks, and the description is the title.
    for text in (
        "The pier will close, the harbor chief, Jo Lee, said on Monday.",
        "“The pier will close,” Salem’s harbor chief, Jo Lee, said.",
        "Salem Harbor Lines’ harbor chief, Jo Lee, said the pier will close.",
    ):
        (claim,) = [c for c in extract(text).claims if c.kind != "assertion"]
        assert claim.wording.rstrip(",") in ("The pier will close", "the pier will close")
        assert claim.speaker == "Jo Lee"
        assert claim.speaker_title is not None and claim.speaker_title.endswith("harbor chief")


def test_a_name_set_off_after_an_inverted_description_is_the_speaker() -> None:
    text = "“The tide is early,” said the port’s chief pilot, Ana B. Ruiz, on Monday."
    (claim,) = extract(text).claims
    assert (claim.speaker, claim.speaker_title) == ("Ana B. Ruiz", "port’s chief pilot")
    assert claim.mention is not None
    assert claim.mention.text == "the port’s chief pilot, Ana B. Ruiz"
    text = "The pier will close, said a former clerk of the Salem Harbor Board, Jo Lee."
    assert extract(text).claims[0].speaker == "Jo Lee"


def test_an_inverted_cue_before_lower_case_titles_and_a_name() -> None:
    text = "“The pier is safe for all boats,” said former secretary of state Ada Park, who sails."
    assert attributed(text) == [("direct", "Ada Park", "The pier is safe for all boats,")]
    text = "The pair had fished together for years, said ferry captain Tom Reyes."
    assert attributed(text) == [("indirect", "Tom Reyes", "The pair had fished together for years")]
    # ... and a word of description the lexicon does not know as a title
    text = "“The tide is early,” said dockhand Ana Ruiz, who is 40."
    (claim,) = extract(text).claims
    assert (claim.speaker, claim.speaker_title) == ("Ana Ruiz", "dockhand")


def test_a_sentence_opening_with_said_before_the_speaker() -> None:
    # "Said" opens the sentence: it is no part of the name, and an aside may follow it.
    text = "Said Park: “I doubt she cares about the pier at all.”"
    assert attributed(text) == [("direct", "Park", "I doubt she cares about the pier at all.")]
    text = "The pier was quiet. Said Ada Park, who fished there as a girl, “It smells of tar.”"
    assert attributed(text) == [("direct", "Ada Park", "It smells of tar.")]


def test_a_quote_split_by_a_speaker_and_an_appositive_is_one_claim() -> None:
    text = "“The ferry,” said Jo Lee, a pilot at the port, “has not left the dock in weeks.”"
    wording = "The ferry,” said Jo Lee, a pilot at the port, “has not left the dock in weeks."
    assert attributed(text) == [("direct", "Jo Lee", wording)]


def test_a_name_of_an_organisation_after_a_quote() -> None:
    text = "“The pier is safe for every boat,” former Gov. Jo Lewis of Maine said."
    assert attributed(text) == [("direct", "Jo Lewis", "The pier is safe for every boat,")]
    text = "“The pier is safe,” Jo Lewis of the Center for Harbor and Ocean Studies wrote."
    assert attributed(text) == [("direct", "Jo Lewis", "The pier is safe,")]


def test_a_bare_plural_or_a_body_after_a_quote() -> None:
    text = "“The damage to the harbor runs deep,” federal prosecutors wrote in a filing."
    assert attributed(text) == [
        ("direct", "federal prosecutors", "The damage to the harbor runs deep,")
    ]
    text = "Lee spoke. “The pier is closed for the winter,” police said."
    assert attributed(text)[-1] == ("direct", "police", "The pier is closed for the winter,")


def test_a_name_after_a_quote_with_words_of_description() -> None:
    text = "“The problem is the pier,” former harbor agent Ned Voss explained."
    assert attributed(text) == [("direct", "Ned Voss", "The problem is the pier,")]
    text = "“The pier is safe,” retired Navy captain Jo Lewis said."
    assert attributed(text) == [("direct", "Jo Lewis", "The pier is safe,")]


def test_a_bare_noun_appositive_after_the_speaker_is_not_part_of_the_claim() -> None:
    text = "“The pier is failing, and fast,” said Jo Lee, editor of the Harbor News."
    assert attributed(text) == [("direct", "Jo Lee", "The pier is failing, and fast,")]
    text = "“The pier is failing,” said Jo Lee, chief lawyer for the union, which sued."
    assert attributed(text) == [("direct", "Jo Lee", "The pier is failing,")]
    text = "Jo Lee, at a firm called Harbor Partners, argues “the pier will close soon.”"
    assert attributed(text) == [("direct", "Jo Lee", "the pier will close soon.")]


def test_a_quote_with_no_cue_belongs_to_the_name_opening_its_sentence() -> None:
    text = "“The pier is safe,” Lee said. Ada Park fired back “the docks are rotting away.”"
    assert attributed(text)[-1] == ("direct", "Ada Park", "the docks are rotting away.")
    text = "“The pier is safe,” Lee said. He went on: “The docks are fine, all of them.”"
    assert attributed(text)[-1] == ("direct", "Lee", "The docks are fine, all of them.")


def test_a_speaker_who_agrees_owns_the_quote_that_follows() -> None:
    text = "“The pier is failing,” said Jo Lee. Dana Ruiz agreed. “Boats need a new home.”"
    assert attributed(text)[-1] == ("direct", "Dana Ruiz", "Boats need a new home.")
    text = "“The old pier is failing us all,” Jo Lee said. “Boats need a new home.”"
    assert attributed(text)[-1] == ("direct", "Jo Lee", "Boats need a new home.")


def test_someone_characterised_as_quoted_words() -> None:
    text = "Ada Park went after Lee as a “pier wrecker” and a “boat thief.”"
    wording = "Lee as a “pier wrecker” and a “boat thief.”"
    assert attributed(text) == [("mixed", "Ada Park", wording)]
    text = "Officials began to portray the pier fire as a “harbor” issue."
    assert attributed(text) == [("mixed", "Officials", "the pier fire as a “harbor” issue")]
    assert attributed("The pier is known as “the long arm.”") == []  # no one says it
    text = "Ada Park cast herself as the fallback choice of the “boats first” crowd."
    assert attributed(text)[0][2] == "herself as the fallback choice of the “boats first” crowd"
    text = "Harbor officials searched their logs for words such as “sinking.”"
    assert attributed(text) == []  # examples, not a name given


def test_a_thing_called_by_a_name_reports_nothing() -> None:
    assert attributed("Lee founded a group called Harbor Watch, which has 900 members.") == []
    text = "Jo Lee, who runs a Facebook group called Save The Pier, said the pier was safe."
    assert attributed(text) == [("indirect", "Jo Lee", "the pier was safe")]
    text = "A new harbor group called Pier Watch is raising funds for a lawsuit."
    assert attributed(text) == []


def test_passives_report_nothing() -> None:
    assert attributed("Ada Park was officially declared the winner.") == []
    assert attributed("The town described by the mayor is the richest in the state.") == []
    assert attributed("Perhaps most damaging, sailors have been blamed for the leak.") == []


def test_a_verb_with_an_infinitive_closes_no_attribution() -> None:
    text = "Months later, when Park won a series of races, the board agreed to reopen the pier."
    assert attributed(text) == []
    text = "The pier is safe, Lee said to reporters."
    assert attributed(text) == [("indirect", "Lee", "The pier is safe")]
    assert attributed("Just after the storm hit the pier, Jo Lee was calling for change.") == []
    assert attributed("Then, last week, Jo Lee called.") == []


def test_a_cue_in_an_opening_clause_says_nothing_after_its_comma() -> None:
    assert attributed("After the sailors union objected, the hearing went to Salem.") == []
    text = "As Park said, the pier is safe."
    assert attributed(text) == [("indirect", "Park", "the pier is safe")]


def test_a_state_inside_an_appositive_is_no_speaker() -> None:
    text = "Ada Park, who sails out of Aurora, Colorado, in summer, said the pier is unsafe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is unsafe")]


def test_a_participle_after_a_closing_cue_speaks_for_that_cue() -> None:
    text = "Avalon kept quiet, a city official said, adding “the pier will close in May.”"
    assert attributed(text)[-1] == ("direct", "a city official", "the pier will close in May.")


def test_an_opening_phrase_is_no_claim_when_the_cue_has_a_that_clause() -> None:
    text = "Reaching for a reply, Ada Park said on the radio that the pier was safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier was safe")]


def test_a_relative_clause_inside_an_appositive_holds_no_claim_of_the_speaker() -> None:
    text = "Jo Lee, a sailor who argues for the pier, said the docks need work."
    assert attributed(text) == [("indirect", "Jo Lee", "the docks need work")]


def test_an_opening_time_is_neither_a_speaker_nor_a_claim() -> None:
    text = "Late last month, the harbor board wrote to the mayor, calling the report “unfair.”"
    assert attributed(text)[-1] == ("mixed", "harbor board", "the report “unfair.”")
    text = "Earlier this week, the harbor board also wrote to Park, urging a new vote."
    assert attributed(text) == [("indirect", "harbor board", "a new vote")]


def test_a_participle_speaks_for_a_described_subject_or_past_an_opening_time() -> None:
    text = "Her chief aide stepped up the attacks, saying the pier is unsafe."
    assert claims_of(text) == [("indirect", "Her chief aide", "the pier is unsafe")]
    text = "Earlier in the week, Ada Park toured the docks, saying the pier is unsafe."
    assert claims_of(text) == [("indirect", "Ada Park", "the pier is unsafe")]


def test_asking_someone_a_quoted_question() -> None:
    text = "Ada Park smiled at Lee before asking her, “Where do we go from here?”"
    assert attributed(text) == [("direct", "Ada Park", "Where do we go from here?")]
    # A quote opening the sentence does not hide its subject from a participle.
    text = "“Keep the pier open,” Ada Park sang to Lee before asking her, “Where do we go?”"
    assert attributed(text)[-1] == ("direct", "Ada Park", "Where do we go?")


def test_an_opening_time_needs_no_comma_before_the_subject() -> None:
    text = "On Monday the harbor board closed the pier, saying it is unsafe."
    assert attributed(text) == [("indirect", "harbor board", "it is unsafe")]


def test_a_participle_speaks_for_a_subject_named_after_a_lower_case_job() -> None:
    text = "Harbor board spokesman Jo Lee walked out, calling the plan “a mess.”"
    assert attributed(text) == [("mixed", "Jo Lee", "the plan “a mess.”")]


def test_a_participle_quote_leaves_the_main_clause_its_own_claim() -> None:
    text = (
        "The spokesman would not take questions but said the pier was safe, "
        "adding: “We will look again in May.”"
    )
    assert attributed(text) == [
        ("indirect", "spokesman", "the pier was safe"),
        ("direct", "spokesman", "We will look again in May."),
    ]


def test_a_relative_clause_with_its_own_cue_before_the_main_one() -> None:
    text = "Ada Park, who said the pier was safe last year, now says it must close."
    assert attributed(text) == [
        ("indirect", "Ada Park", "the pier was safe last year"),
        ("indirect", "Ada Park", "it must close"),
    ]


def test_plural_and_group_subjects_say_too() -> None:
    assert attributed("The candidates say they will debate in May.") == [
        ("indirect", "candidates", "they will debate in May")
    ]
    assert attributed("Some say the pier will never reopen.") == [
        ("indirect", None, "the pier will never reopen")
    ]
    assert attributed("Many other sailors say the pier is safe.") == [
        ("indirect", "Many other sailors", "the pier is safe")
    ]
    text = "Some critics, like Park and Lee, say the pier should stay open."
    assert attributed(text) == [("indirect", "Some critics", "the pier should stay open")]
    text = "Even the harbor’s biggest critics, like Park and Lee, say the pier should stay."
    assert attributed(text)[0][2] == "the pier should stay"
    text = "While one official says the channel is too shallow, another says it was dredged."
    assert attributed(text) == [
        ("indirect", "one official", "the channel is too shallow"),
        ("indirect", "another", "it was dredged"),
    ]


def test_poll_shares_descriptions_with_who_and_time_words_before_the_clause() -> None:
    text = "About four in 10 Iowa primary voters say the pier should reopen."
    assert attributed(text)[0][2] == "the pier should reopen"
    text = "The former mayor, who led a march in June, thinks the pier should reopen."
    assert attributed(text) == [("indirect", "former mayor", "the pier should reopen")]
    text = "At the harbor board meeting Mayor Ada Park said the pier will reopen."
    assert attributed(text) == [("indirect", "Ada Park", "the pier will reopen")]
    text = "Ada Park tweeted Tuesday night she would reopen the pier."
    assert attributed(text) == [("indirect", "Ada Park", "she would reopen the pier")]


def test_a_participle_cue_before_a_quote_speaks_for_the_sentence_subject() -> None:
    text = "Ada Park walked out on Monday, saying, “The pier is not safe.”"
    assert attributed(text) == [("direct", "Ada Park", "The pier is not safe.")]
    # A cue of the main clause is a claim of its own ("attacked the plan").
    text = "Ada Park attacked the plan on Monday, saying, “The pier is not safe.”"
    assert attributed(text)[-1] == ("direct", "Ada Park", "The pier is not safe.")


def test_a_participle_after_an_attributed_quote_keeps_its_speaker() -> None:
    text = "“The pier is safe,” Ada Park said, adding that the docks are “a mess.”"
    assert [(k, s) for k, s, _ in attributed(text)] == [
        ("direct", "Ada Park"),
        ("mixed", "Ada Park"),
    ]
    text = "The pier was built by Ada Park, who in 2010 said the docks were unsafe."
    assert attributed(text) == [("indirect", "Ada Park", "the docks were unsafe")]


def test_a_participle_after_a_preposition_or_a_quoted_phrase() -> None:
    text = "Ada Park stood out by saying the pier should close."
    assert attributed(text) == [("indirect", "Ada Park", "the pier should close")]
    text = "Ada Park attacked the “pier plan,” saying that it costs too much."
    assert attributed(text)[-1] == ("indirect", "Ada Park", "it costs too much")


@pytest.mark.parametrize(
    "opening",
    ["Likewise,", "Speaking on the radio,", "Moreover,", "Later, when asked about it,"],
)
def test_an_opening_word_is_no_speaker(opening: str) -> None:
    text = f"{opening} Ada Park went after Lee, saying “the pier needs a new board.”"
    assert attributed(text) == [("direct", "Ada Park", "the pier needs a new board.")]


def test_a_participle_after_several_opening_adjuncts() -> None:
    text = "Thursday, after a long silence, Ada Park backed Lee, saying “the pier needs her.”"
    assert attributed(text) == [("direct", "Ada Park", "the pier needs her.")]


def test_a_participle_after_a_sentence_opening_with_and_then() -> None:
    text = "And then Ada Park went on the attack, saying the board had failed."
    assert attributed(text) == [("indirect", "Ada Park", "the board had failed")]


def test_a_participle_cue_after_a_described_subject() -> None:
    text = "The harbor board voted on Monday, saying the pier must close."
    assert attributed(text) == [("indirect", "harbor board", "the pier must close")]


def test_a_statement_announced_with_a_colon_speaks_in_the_next_paragraph() -> None:
    text = (
        "Mayor Ada Park released the following statement:\n\n"
        "“The pier will reopen in June, and every boat will be welcome.”"
    )
    assert attributed(text) == [
        ("direct", "Ada Park", "The pier will reopen in June, and every boat will be welcome.")
    ]


def test_a_block_quote_after_a_colon_needs_no_quotation_marks() -> None:
    text = "Ada Park wrote:\n\nThe pier will reopen in June.\n\nBoats lined up early."
    assert attributed(text) == [("direct", "Ada Park", "The pier will reopen in June.")]
    text = "From the Harbor News:\n\nThe pier will reopen in June."
    assert attributed(text) == [("direct", "Harbor News", "The pier will reopen in June.")]
    assert attributed("4:40 p.m.:\n\nThe pier will reopen in June.") == []


def test_a_participle_or_a_name_alone_before_a_colon_names_the_next_speaker() -> None:
    said_first = "Jo Lee spoke first. “The pier is fine,” Lee said.\n\n"
    text = said_first + "The Harbor Times confirmed it, reporting:\n\n“The pier was shut.”"
    assert attributed(text)[-1] == ("direct", "Harbor Times", "The pier was shut.")
    text = said_first + "Rep. Ada Park (D-Ore.):\n\n“I have not heard that figure.”"
    assert attributed(text)[-1] == ("direct", "Ada Park", "I have not heard that figure.")
    # A heading is no speaker: the quote stays with the last one.
    text = said_first + "SHORT READS:\n\n“The pier was shut.”"
    assert attributed(text)[-1] == ("direct", "Jo Lee", "The pier was shut.")


def test_continued_reports_only_a_quote() -> None:
    assert attributed("Ada Park continued the repairs of the pier all week.") == []


def test_an_ordinal_in_a_description_after_the_quote() -> None:
    text = "Ada Park spoke first. “The pier is unsafe,” said the second official."
    assert attributed(text) == [("direct", "second official", "The pier is unsafe,")]


def test_a_cue_verb_with_a_particle_that_makes_it_another_verb() -> None:
    assert attributed("The repair bills added up to more than the pier was worth.") == []
    assert attributed("The harbor board has written off the old ferry loan.") == []
    assert attributed("Ada Park called off the vote on the pier.") == []


def test_a_cue_word_after_an_article_is_a_noun() -> None:
    assert attributed("The pier is “a danger to boats” - a charge that stung.") == []
    assert attributed("Ada Park called in to the radio show to talk about the pier.") == []
    assert attributed("Some calls to the harbor office went unanswered all week.") == []
    assert attributed("They filmed a short reel that ran on Friday night.") == []
    text = "A spokeswoman warns that the pier is closed."  # after a subject, a verb
    assert attributed(text) == [("indirect", "A spokeswoman", "the pier is closed")]
    text = "Ada Park told voters this weekend she would reopen the pier."
    assert attributed(text) == [("indirect", "Ada Park", "she would reopen the pier")]


def test_a_scene_between_speaker_and_cue() -> None:
    text = "Ada Park in her opening speech called the pier “a disgrace.”"
    assert attributed(text) == [("mixed", "Ada Park", "the pier “a disgrace.”")]
    text = "Ada Park called the pier unsafe and accused the board of neglect."
    assert attributed(text) == [
        ("indirect", "Ada Park", "the pier unsafe"),
        ("indirect", "Ada Park", "the board of neglect"),
    ]


def test_time_phrases_and_adverbs_between_speaker_and_cue() -> None:
    text = "Ada Park has in the past called the pier unsafe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier unsafe")]
    text = "Ada Park has nevertheless said the pier is safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is safe")]
    text = "Ada Park has since said the pier is safe."
    assert attributed(text) == [("indirect", "Ada Park", "the pier is safe")]


def test_an_object_ends_before_the_scene_of_the_act() -> None:
    assert attributed("Lee criticized Ruiz during a debate on Monday.") == [
        ("indirect", "Lee", "Ruiz")
    ]
    text = "Lee praised the plan in an interview with the Salem Post."
    assert attributed(text) == [("indirect", "Lee", "the plan")]
    assert attributed("Lee blasted the board on Twitter.") == [("indirect", "Lee", "the board")]
    # ... but not a clause, a name given or a reason that goes on after the scene.
    text = "Lee announced the pier would close during the winter."
    assert attributed(text)[0][2] == "the pier would close during the winter"
    text = "Lee praised the crew in a speech for its courage in the storm."
    assert attributed(text)[0][2] == "the crew in a speech for its courage in the storm"
    text = "Lee called the vote on Monday “a farce.”"
    assert attributed(text)[0][2] == "the vote on Monday “a farce.”"


def test_reported_speech_stops_where_another_speaker_begins() -> None:
    text = "Ada Park accused the board of neglect and Tom Reyes says the pier is safe."
    assert attributed(text) == [
        ("indirect", "Ada Park", "the board of neglect"),
        ("indirect", "Tom Reyes", "the pier is safe"),
    ]
    text = "Ada Park accused the board of neglect at a forum, in which she said it was over."
    assert attributed(text) == [
        ("indirect", "Ada Park", "the board of neglect"),  # where she did it is no part
        ("indirect", "Ada Park", "it was over"),
    ]


def test_two_nouns_joined_by_and_are_one_subject_inside_the_claim() -> None:
    # The 'and' joins the subject's nouns, not the reported clause and another speaker's.
    text = "Ada Park said her logs and two surveys show that sailors want the new pier."
    wording = "her logs and two surveys show that sailors want the new pier"
    assert attributed(text) == [("indirect", "Ada Park", wording)]
    text = "Jo Lee said the pier will shut because the board and Mayor Ham agreed to cut costs."
    wording = "the pier will shut because the board and Mayor Ham agreed to cut costs"
    assert attributed(text) == [("indirect", "Jo Lee", wording)]
    text = "Jo Lee argued that the votes in Salem and Avalon show Park is far ahead."
    wording = "the votes in Salem and Avalon show Park is far ahead"
    assert attributed(text) == [("indirect", "Jo Lee", wording)]


def test_a_second_cue_joined_by_and_or_but_keeps_the_speaker() -> None:
    assert attributed("Ada Park says the pier works and has said the board agrees.") == [
        ("indirect", "Ada Park", "the pier works"),
        ("indirect", "Ada Park", "the board agrees"),
    ]
    text = "Ada Park voiced doubts but has said she backs the pier plan."
    assert attributed(text) == [("indirect", "Ada Park", "she backs the pier plan")]
    text = "Ada Park praised Lee and said the board should hear him."  # "Lee" is no claim
    assert attributed(text) == [("indirect", "Ada Park", "the board should hear him")]
    # In a clause of time, the clause's subject speaks, and the claim ends with the clause.
    text = "The crowd booed, and when Ada Park thanked Salem and said it was home, Lee left."
    assert attributed(text) == [("indirect", "Ada Park", "it was home")]


def test_who_after_a_name_anywhere_in_the_sentence_speaks_for_that_name() -> None:
    text = "The pier plan is backed by Ada Park, who has said the docks are safe."
    assert attributed(text) == [("indirect", "Ada Park", "the docks are safe")]
    (claim,) = extract(text).claims
    assert claim.mention is not None and claim.mention.text == "Ada Park, who"


def test_restrictive_who_and_writer_asides() -> None:
    text = "There are some sailors who argue that the pier is unsafe."
    assert attributed(text) == [("indirect", "sailors", "the pier is unsafe")]
    assert attributed("(Having said that, the pier reopened in June 2020.)") == []
    text = "Recently, however, the board issued a memo, calling for a new pier."
    assert attributed(text) == [("indirect", "board", "a new pier")]


def test_an_attribution_set_off_by_commas_claims_the_whole_sentence() -> None:
    text = "Ada Park said the pier was closed. The old pier, she said, will reopen in June."
    assert attributed(text)[1] == (
        "indirect",
        "Ada Park",
        "The old pier, she said, will reopen in June",
    )


def test_mixed_reported_speech_quoting_a_few_words() -> None:
    text = "Park added that the old docks are “a danger to everyone” on the water."
    ((kind, speaker, wording),) = attributed(text)
    assert kind == "mixed" and speaker == "Park"
    assert wording == "the old docks are “a danger to everyone” on the water"
    ((kind, _, wording),) = attributed("The pier will be “a gift to everyone,” Park said.")
    assert kind == "mixed" and wording == "The pier will be “a gift to everyone,”"
    text = "The pier will be “a gift to everyone,” said Park, a longtime sailor."
    assert attributed(text)[0][2] == "The pier will be “a gift to everyone,”"
    text = "The new toll is “unfair,” said Park, a longtime sailor."  # one quoted word
    assert attributed(text) == [("mixed", "Park", "The new toll is “unfair,”")]
    text = "Ada Park told me the pier is “plainly unsafe” for boats."
    assert attributed(text) == [("mixed", "Ada Park", "the pier is “plainly unsafe” for boats")]
    text = "Ada Park said in a letter that the pier is “plainly unsafe” for boats."
    assert attributed(text) == [("mixed", "Ada Park", "the pier is “plainly unsafe” for boats")]
    text = "Park warned that “the pier is failing” and “the boats will be sold off soon.”"
    assert attributed(text) == [
        ("mixed", "Park", "“the pier is failing” and “the boats will be sold off soon.”")
    ]  # the second quote is no claim of its own
    ((kind, _, wording),) = attributed("Park has called for a “harbor for everyone” there.")
    assert kind == "mixed" and wording.startswith("a “harbor for everyone”")


def test_nouns_that_look_like_cues_report_nothing() -> None:
    assert attributed("The most telling promise Park made is that the pier stays open.") == []
    text = (
        "Rust Belt states Ohio and Michigan voted early. The Paris attacks changed the race. "
        "Ada Park spoke for an hour at the rally in Dayton."
    )
    assert attributed(text) == []


def test_an_opening_adjunct_is_not_what_the_speaker_said() -> None:
    assert attributed("In the end, the harbor board agreed.") == []
    assert attributed("A few weeks earlier, Ada Park had spoken to the board.") == []
    assert attributed("Like Mayor Park, I trust the judgment of sailors.") == []
    # Quoted words were said, in any quotation marks.
    text = "''The pier is fine'' like the old one, Jo Lee said."
    assert attributed(text) == [("mixed", "Jo Lee", "''The pier is fine'' like the old one")]


def test_according_to_plan_is_no_source() -> None:
    assert attributed("The pier was rebuilt last spring according to plan.") == []


def test_according_to_a_source_set_off_with_its_title_or_name() -> None:
    # What follows the source's comma says who the source is: no part of the claim.
    text = "The hull is sound, according to Ana Ruiz, the harbor chief."
    (claim,) = extract(text).claims
    assert (claim.wording, claim.speaker, claim.speaker_title) == (
        "The hull is sound",
        "Ana Ruiz",
        "harbor chief",
    )
    text = "The hull is sound, according to the harbor chief, Ana Ruiz."
    (claim,) = extract(text).claims
    assert (claim.wording, claim.speaker) == ("The hull is sound", "Ana Ruiz")
    # ... but a clause after it goes on with the claim.
    text = "In May, according to Ana Ruiz, the hull was sound."
    assert attributed(text)[0][2] == text.rstrip(".")
    text = "The hull, according to Ruiz, the harbor chief, is sound."
    assert attributed(text)[0][2] == text.rstrip(".")


def test_a_writers_reduced_relative_clause_is_no_attribution() -> None:
    # "…, a figure critics dispute.": the writer's words about the claim, not a speaker.
    text = "Ruiz has called the pier a hazard, a characterization Lee rejects."
    assert attributed(text) == [("indirect", "Ruiz", "the pier a hazard")]
    assert attributed("The port lost $4 million, a figure harbor critics dispute.") == []
    # ... but an article and an adjective before a name, or a count, is a speaker.
    text = "Asked about it, a terse Lee agreed that the pier was unsafe."
    assert attributed(text)[-1] == ("indirect", "Lee", "the pier was unsafe")
    text = "The pier is unsafe, a few sailors said."
    assert attributed(text) == [("indirect", "a few sailors", "The pier is unsafe")]


def test_saying_little_or_nothing_is_no_claim() -> None:
    text = "Ruiz has said little publicly about the pier but told friends it was unsafe."
    assert attributed(text) == [("indirect", "Ruiz", "it was unsafe")]
    assert attributed("Lee said nothing about the pier.") == []
    assert attributed("Lee said nothing, though he smiled.") == []
    # ... but "nothing" or "little" opening a clause is what was said.
    text = "Lee said nothing had changed at the pier."
    assert attributed(text) == [("indirect", "Lee", "nothing had changed at the pier")]


def test_a_work_written_or_a_byline_is_no_claim() -> None:
    assert attributed("Lee has written a new book about the pier.") == []
    assert attributed("Lee wrote a letter to the board last spring.") == []
    assert attributed("Jo Lee reported from Salem, and Ana Ruiz from Portland.") == []
    # ... but what the letter asks, and what is written or reported from a source, is.
    text = "Lee wrote a letter to the board asking that the pier close."
    ((_, speaker, wording),) = attributed(text)
    assert speaker == "Lee" and wording.endswith("asking that the pier close")
    text = "Lee wrote the pier is unsafe."
    assert attributed(text) == [("indirect", "Lee", "the pier is unsafe")]
    text = "The Post reported from records that the pier was unsafe."
    assert attributed(text) == [("indirect", "Post", "the pier was unsafe")]


def test_he_has_said_written_short_is_no_passive() -> None:
    text = "She’s said the pier is older than the town."
    assert attributed(text) == [("indirect", None, "the pier is older than the town")]
    assert attributed("She’s said to be the best sailor in town.") == []


def test_intentions_and_passives_are_not_speech() -> None:
    assert attributed("Park threatened to close the pier if the board refuses.") == []
    assert attributed("Park was told by the board to close the pier.") == []


def test_a_possessive_is_not_a_speaker() -> None:
    assert attributed("Editor’s note: the pier story was updated on Monday.") == []


def test_a_subject_the_walk_back_cannot_read_is_the_sentences_opening_words() -> None:
    assert attributed("Each crew said the other crew had caused the delay at the lock.") == [
        ("indirect", "Each crew", "the other crew had caused the delay at the lock")
    ]
    assert attributed("Harbor pilots from both ports said the channel had silted up.") == [
        ("indirect", "Harbor pilots from both ports", "the channel had silted up")
    ]
    # (the time before the cue is no part of the speaker)
    assert attributed("Two captains I met at the dock last week said the pier was unsafe.") == [
        ("indirect", "Two captains I met at the dock", "the pier was unsafe")
    ]
    # Words with a verb of their own are no subject: no claim rather than a wrong speaker.
    assert attributed("It is fair to say the pier is old.") == []
    assert (
        attributed("The grant went to the ferry line, which runs boats and says it needs more.")
        == []
    )


def test_say_after_a_noun_is_a_verb_unless_what_follows_is_what_it_is_a_say_in() -> None:
    assert attributed("Sailors who fixed the hull say the pier is failing.") == [
        ("indirect", "Sailors who fixed the hull", "the pier is failing")
    ]
    for text in (
        "The port wants the final say in the matter.",
        "Voters want a bigger say over the harbor budget.",
        "The mayor had the last say.",
    ):
        assert attributed(text) == []


def test_a_form_in_ed_between_a_count_and_a_plural_is_an_adjective() -> None:
    assert attributed("At the port, 35 reported leaks and four others were fixed.") == []
    assert attributed("Three promised ferries never came, Lee said.") == [
        ("indirect", "Lee", "Three promised ferries never came")
    ]
    # (a count that speaks keeps its cue)
    assert attributed("The 12 agreed that the pier is safe.") == [
        ("indirect", "12", "the pier is safe")
    ]


def test_a_claim_in_a_who_clause_set_off_by_commas_ends_before_the_main_verb() -> None:
    assert attributed("Ada Lee, who in 2010 said the pier would fail, is running again.") == [
        ("indirect", "Ada Lee", "the pier would fail")
    ]
    # A comma inside the reported clause, before its own verb, does not end it.
    assert attributed("Lee, who said the pier, built in 1910, is failing, has a plan.") == [
        ("indirect", "Lee", "the pier, built in 1910, is failing")
    ]


def test_a_closing_cue_with_an_object_after_for_reports_nothing_before_it() -> None:
    assert attributed("The pier must stay, the mayor argued for repairs.") == []
    assert attributed("The pier must stay, the board pleaded for a new pier.") == []
    # How long or how often it was said is no object.
    for text, cue_speaker in (
        ("The pier must stay, Lee argued for hours.", "Lee"),
        ("The pier must stay, Lee said for the third time.", "Lee"),
    ):
        assert attributed(text) == [("indirect", cue_speaker, "The pier must stay")]


def test_a_clause_without_who_after_the_speakers_noun_is_part_of_the_speaker() -> None:
    assert attributed("All the clerks I asked said the pier was safe.") == [
        ("indirect", "All the clerks I asked", "the pier was safe")
    ]
    assert attributed("Sailors I called told me the pier was safe.") == [
        ("indirect", "Sailors I called", "the pier was safe")
    ]


def test_a_long_phrase_of_a_preposition_before_the_speaker_is_no_claim() -> None:
    text = "In a long talk with the sailors of the three harbor towns, Park argued with them."
    assert attributed(text) == []
    # (a clause after the phrase's comma is one)
    assert attributed("In sum, the ferry line lost two million dollars, Lee said.") == [
        ("indirect", "Lee", "In sum, the ferry line lost two million dollars")
    ]


def test_advising_a_client_is_a_job_advising_someone_to_act_is_a_claim() -> None:
    assert attributed("The bank is advising the port on the lease of its docks.") == []
    assert attributed("Jo Park, a lawyer who advised Ada Lee on the lease, said it is safe.") == [
        ("indirect", "Jo Park", "it is safe")
    ]
    assert attributed("Lee advised voters to stay home on Tuesday.") == [
        ("indirect", "Lee", "voters to stay home on Tuesday")
    ]
    assert attributed("Lee advised that the pier be closed.") == [
        ("indirect", "Lee", "the pier be closed")
    ]


def test_according_to_opens_a_claim_after_but_or_a_colon() -> None:
    assert attributed("But according to harbor records, the ferry ran late.") == [
        ("indirect", "harbor records", "the ferry ran late")
    ]
    assert attributed("The math is simple: according to the census, 900 boats dock here.") == [
        ("indirect", "census", "900 boats dock here")
    ]
    # (a dash may close an aside: the source then closes the claim before it)
    text = "Most of the tide tables are off — some by hours — according to the pilots’ union."
    assert attributed(text) == [
        ("indirect", "pilots’ union", "Most of the tide tables are off — some by hours")
    ]


def test_the_writers_aside_between_a_speaker_and_the_cue() -> None:
    assert attributed("The board, however, said the pier could wait.") == [
        ("indirect", "board", "the pier could wait")
    ]
    assert attributed("Lee, though, said the pier could wait.") == [
        ("indirect", "Lee", "the pier could wait")
    ]


def test_two_modifiers_joined_by_and_stay_in_the_speaker() -> None:
    assert attributed("Several liberal and labor groups said the fee was unfair.") == [
        ("indirect", "Several liberal and labor groups", "the fee was unfair")
    ]
    # (two names joined by "and" are two speakers: the nearer one is kept)
    assert attributed("Jo Lee and Ada Park said the fee was unfair.") == [
        ("indirect", "Ada Park", "the fee was unfair")
    ]


def test_a_phrase_opening_with_along_with_is_no_speaker() -> None:
    # "Along with other charges": a preposition opens the phrase; the lawsuit speaks.
    text = "Along with other charges, the suit claims that Lee misled the pier board."
    assert attributed(text) == [("indirect", "suit", "Lee misled the pier board")]


def test_the_opening_words_up_to_a_relative_that_are_no_speaker() -> None:
    # "Lee apologized for a speech that said …": the words before "that said" hold a verb
    # of their own; they are no name, whatever the speech's speaker.
    text = "Lee apologized for a speech that said young sailors are reckless."
    assert [c.mention.text for c in extract(text).claims if c.mention] == []


@pytest.mark.parametrize(
    "text",
    [
        "But the sinking of the ferry renewed fears along the island's western coast.",
        "Pier owners face bigger questions after the budget vote, since most borrowed.",
        "Lee, 24, faces arson and other charges tied to the fire on Sunday.",
    ],
)
def test_a_plural_after_an_adjective_is_a_noun_not_a_cue(text: str) -> None:
    assert attributed(text) == []


def test_an_organisation_speaks_in_its_own_which_clause() -> None:
    text = "The fine came after a request by the Salem Post, which argued that the port owed money."
    assert attributed(text) == [("indirect", "Salem Post", "the port owed money")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the leak of the report, which found that she broke harbor rules, Lee's"
            " campaign contended that it hid nothing.",
            [("report", "she broke harbor rules"), ("Lee's campaign", "it hid nothing")],
        ),
        (
            "Ruiz, who has long criticized the ferry deal, offered her firmest promise yet.",
            [("Ruiz", "the ferry deal")],
        ),
    ],
)
def test_a_relative_clause_set_off_by_commas_ends_before_the_main_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, w) for _, s, w in attributed(text)] == expected


def test_an_addressee_and_a_time_after_a_closing_cue_are_no_claim() -> None:
    text = "The pier is safe, Harbor Chief Ana Ruiz told a city panel on Wednesday."
    assert attributed(text) == [("indirect", "Ana Ruiz", "The pier is safe")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Voters going to the polls said they back a ban.", "Voters going to the polls"),
        ("Another sailor who was there said he heard Lee.", "Another sailor who was there"),
    ],
)
def test_a_subject_with_a_short_participle_or_another(text: str, speaker: str) -> None:
    (claim,) = extract(text).claims
    assert claim.mention is not None and claim.mention.text == speaker


def test_a_description_holds_no_auxiliary() -> None:
    # "The plan would require harbor delegates" is no one: "challenge" has no speaker.
    text = "The plan would require harbor delegates to challenge the rules that bind them."
    assert attributed(text) == []


@pytest.mark.parametrize(
    "attribution",
    [
        "two people familiar with the plan said",
        "said two people familiar with the plan",
        "officials who spoke on condition of anonymity said",
        "said officials who spoke on condition of anonymity",
        "people briefed on the plan told the Salem Post",
        "said a person familiar with the plan, who spoke on condition of anonymity",
    ],
)
def test_people_picked_out_by_what_they_know_close_a_claim(attribution: str) -> None:
    (claim,) = attributed(f"The pier would close in May, {attribution}.")
    assert claim[2] == "The pier would close in May"
    assert claim[1] in attribution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The audit is late,” according to the report.", ("direct", "The audit is late,")),
        (
            "The audit is late, according to the report, which was leaked.",
            ("indirect", "The audit is late"),
        ),
        (
            "According to the report, which was leaked, the audit is late.",
            ("indirect", "the audit is late"),
        ),
    ],
)
def test_according_to_after_a_quote_and_before_a_clause_about_the_source(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(k, w) for k, _, w in attributed(text)] == [expected]
    assert {s for _, s, _ in attributed(text)} == {"report"}


@pytest.mark.parametrize(
    "text",
    [
        "But in July 2012, the firm failed as predicted.",
        "Pilots would enroll, train and then harbor chiefs could call on them for help.",
        "Feeds on our worst fears and hopes, about sailors and pilots.",
    ],
)
def test_no_speaker_in_words_that_merely_run_up_to_a_cue(text: str) -> None:
    assert attributed(text) == []


def test_words_around_a_speaker_that_are_no_part_of_the_claim_or_the_name() -> None:
    text = "The Harbor Police revealed Tuesday the drug was found in the car."
    assert attributed(text) == [("indirect", "Harbor Police", "the drug was found in the car")]
    text = "Ana Carter however said the ferry would keep running."
    assert attributed(text) == [("indirect", "Ana Carter", "the ferry would keep running")]
    # A claim named in an opening phrase ends with the phrase; the phrase names no one.
    text = "Contrary to his claim that sailors would learn nothing, the files are rich."
    assert [w for _, _, w in attributed(text)] == ["sailors would learn nothing"]
    text = "Despite Lee's claim that the pier is safe, the board closed it."
    assert attributed(text) == [("indirect", "Lee", "the pier is safe")]


def test_the_writers_summing_up_after_a_claim_is_no_part_of_it() -> None:
    text = "Lee said the pier would close in May, a decision that angered the pilots."
    assert attributed(text) == [("indirect", "Lee", "the pier would close in May")]
    # An appositive about someone in the claim is part of it.
    text = "Lee said he would appoint Ruiz, a lawyer who knows the port."
    assert attributed(text) == [("indirect", "Lee", text[9:-1])]


@pytest.mark.parametrize("text", ["Lee revealed", "The pier is safe. She revealed"])
def test_a_cue_that_ends_the_text_is_no_claim_and_no_error(text: str) -> None:
    assert attributed(text) == []
