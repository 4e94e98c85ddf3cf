"""The search language, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from conftest import Cli

from claims.errors import SearchSyntaxError
from claims.store.search import Term, fts5_query, parse

ARTICLE = (
    "“The ferry fares will rise by 12 percent in March,” Mayor Ada Park said.\n\n"
    "Councilman Ray Dunn said the ferry fleet is older than most riders.\n\n"
    "The harbor board said cartels do not use the ferries at all.\n"
)


@pytest.fixture
def harbor(cli: Cli) -> Cli:
    cli.ok("ingest", "-", input=ARTICLE)
    return cli


def ids(cli: Cli, query: str) -> set[int]:
    return {c["id"] for c in json.loads(cli.ok("search", query, "--format", "json").stdout)}


def test_parse() -> None:
    assert parse('ferry "harbor board" fare* OR cartels -rise') == [
        [Term("ferry")],
        [Term("harbor board", phrase=True)],
        [Term("fare", prefix=True), Term("cartels")],
        [Term("rise", negated=True)],
    ]
    assert fts5_query(parse("MS-13 NOT gangs")) == '"MS 13" NOT "gangs"'


@pytest.mark.parametrize("query", ['"open', "a OR", "OR a", "-only", "(a)", "  ", "NOT"])
def test_parse_refuses(query: str) -> None:
    with pytest.raises(SearchSyntaxError):
        parse(query)


def test_search_semantics(harbor: Cli) -> None:
    fares, fleet, cartels = 1, 2, 3
    assert ids(harbor, "ferry") == {fares, fleet, cartels}  # stemmed: ferries
    assert ids(harbor, "ferry fleet") == {fleet}
    assert ids(harbor, '"fares will rise"') == {fares}
    assert ids(harbor, "fare*") == {fares}
    assert ids(harbor, "fleet OR cartels") == {fleet, cartels}
    assert ids(harbor, "ferry -fleet") == {fares, cartels}
    assert ids(harbor, "Dunn") == {fleet}  # the speaker's name
    assert ids(harbor, "zeppelin") == set()


def test_a_common_word_lists_its_newest_matches(harbor: Cli, monkeypatch) -> None:
    import claims.store.search as search

    monkeypatch.setattr(search, "RANK_WINDOW", 2)  # "ferry" is in all three claims
    found = json.loads(harbor.ok("search", "ferry", "--format", "json").stdout)
    assert [c["id"] for c in found][:2] == [3, 2]  # newest first (all of them on PostgreSQL)
    assert ids(harbor, "fleet") == {2}  # a rarer word is still found and ranked
