"""The `claims` command: a thin layer over claims.store and claims.extract.

Each command parses its options, calls one library function inside one transaction,
and renders the result. SQLAlchemy and Alembic are imported inside the commands that
need them, so `claims --help` starts fast.
"""

import functools
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

import typer

from claims import __version__
from claims.errors import ClaimsError

app = typer.Typer(
    name="claims",
    help="Track the claims of news articles: who said what, where, and its source note.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: importing rich would double the start-up time
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
db_app = typer.Typer(
    help="Schema migrations of the database.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(db_app, name="db")


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Kind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"
    assertion = "assertion"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output: table (default), json, jsonl or csv.")
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="CLAIMS_DB",
        show_envvar=True,
        help="SQLite file (default ./claims.db) or a database URL.",
    ),
]

# Filters shared by the commands that select claims.
ArticleOption = Annotated[int | None, typer.Option(help="Only this article id.")]
SpeakerOption = Annotated[str | None, typer.Option(help="Any part of the speaker's name.")]
NotedOption = Annotated[
    bool | None, typer.Option("--noted/--unnoted", help="Only claims with / without a note.")
]
MinScoreOption = Annotated[
    float | None, typer.Option(help="Only claims at least this check-worthy (0-1).")
]

_state: dict[str, Any] = {"db": None}


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def command(app_: typer.Typer = app, **kwargs: Any) -> Callable:
    """Register a command whose user errors print one line on stderr and exit 1."""

    def decorate(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args: Any, **kw: Any) -> Any:
            try:
                return func(*args, **kw)
            except ClaimsError as exc:
                fail(str(exc))
            except KeyboardInterrupt:
                fail("interrupted; nothing from the unfinished step was written", 130)

        return app_.command(**kwargs)(wrapper)

    return decorate


def session():  # type: ignore[no-untyped-def]
    """One transaction for a command that writes (SQLAlchemy, BEGIN IMMEDIATE)."""
    from claims.db import open_session

    return open_session(_state["db"], write=True)


def reader():  # type: ignore[no-untyped-def]
    """A plain connection for a command that only reads: no SQLAlchemy to import."""
    from claims.reader import open_reader

    return open_reader(_state["db"])


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: DbOption = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    _state["db"] = db


# --- articles ---------------------------------------------------------------------------


@command(help="Extract the claims of articles and store them (.txt, .md, .html; - for stdin).")
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Article files; - reads standard input.")],
    title: Annotated[str | None, typer.Option(help="Headline of the article.")] = None,
    url: Annotated[str | None, typer.Option(help="Where the article was published.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
) -> None:
    from claims.sources import read_article
    from claims.store import ingest_article

    # Read and check every file first: one bad file means nothing is written.
    sources = [
        read_article(p, title=title, url=url, publisher=publisher, published=published)
        for p in paths
    ]
    if len(sources) > 1 and any(v for v in (title, url, published)):
        fail("--title, --url and --published describe one article; give one file with them")
    with typer.progressbar(
        sources, label="Ingesting", file=sys.stderr, hidden=len(sources) < 2
    ) as bar:
        results = []
        for source in bar:
            with session() as s:
                results.append((source, ingest_article(s, source)))
    for source, result in results:
        name = source.source_path or "<stdin>"
        if not result.created:
            typer.echo(
                f"{name}: already stored as article {result.article_id}; nothing added", err=True
            )
            continue
        counts = ", ".join(
            f"{result.counts[k]} {k}" for k in ("direct", "indirect", "mixed", "assertion")
        )
        typer.echo(
            f"{name}: article {result.article_id}, {result.total} claims ({counts})", err=True
        )
        typer.echo(result.article_id)


@command(help="Extract claims from an article without storing anything.")
def extract(
    path: Annotated[str, typer.Argument(help="Article file; - reads standard input.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="json or table.")] = Format.table,
) -> None:
    import json

    from claims.extract import extract as extract_claims
    from claims.render import render
    from claims.sources import read_article

    article = extract_claims(read_article(path).text)
    if format == Format.json:
        json.dump(article.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    rows = [
        c.to_json() | {"speaker_mention": c.mention.text if c.mention else None}
        for c in article.claims
    ]
    render(
        rows,
        format.value,
        ["paragraph", "kind", "speaker", "speaker_mention", "cue", "wording", "score"],
    )


@command(help="Re-run the current extractor over stored articles; notes are never lost.")
def reextract(
    article: ArticleOption = None,
) -> None:
    from claims.store.reextract import reextract as reextract_articles

    with session() as s:
        results = reextract_articles(s, article)
    for r in results:
        typer.echo(
            f"article {r.article_id}: {r.kept} kept, {r.added} added, {r.flagged} no longer "
            f"found (flagged stale, kept with their notes), {r.unflagged} found again",
            err=True,
        )


@command(help="List the stored articles with their claim counts.")
def articles(format: FormatOption = Format.table) -> None:
    from claims.render import render
    from claims.store.queries import list_articles

    with reader() as s:
        rows = list_articles(s)
    render(
        rows,
        format.value,
        ["id", "title", "publisher", "published", "paragraphs", "claims", "noted"],
    )


# --- claims -----------------------------------------------------------------------------

CLAIM_TABLE = ["id", "article", "paragraph", "kind", "speaker", "wording", "note"]


@command(name="list", help="List claims, filtered.")
def list_(
    article: ArticleOption = None,
    speaker: SpeakerOption = None,
    kind: Annotated[Kind | None, typer.Option(help="Only this kind of claim.")] = None,
    paragraph: Annotated[int | None, typer.Option(help="Only this paragraph (1-based).")] = None,
    noted: NotedOption = None,
    verdict: Annotated[str | None, typer.Option(help="Only claims with this verdict.")] = None,
    min_score: MinScoreOption = None,
    stale: Annotated[
        bool | None,
        typer.Option(
            "--stale/--current", help="Only claims the extractor no longer finds / finds."
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many claims.")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many claims first.")] = 0,
    format: FormatOption = Format.table,
) -> None:
    from claims.render import render
    from claims.store.queries import ClaimFilter, list_claims

    where = ClaimFilter(
        article=article,
        speaker=speaker,
        kind=kind.value if kind else None,
        paragraph=paragraph,
        noted=noted,
        verdict=verdict,
        min_score=min_score,
        stale=stale,
        limit=limit,
        offset=offset,
    )
    with reader() as s:
        rows = list_claims(s, where)
    render(rows, format.value, CLAIM_TABLE)


@command(
    help='Full-text search over wording, speaker and note: words, "a phrase", prefix*, OR, -word.'
)
def search(
    query: Annotated[str, typer.Argument(help="Words to find, e.g. MS-13 or 'sanctuary cities'.")],
    limit: Annotated[int, typer.Option(min=1, help="At most this many claims.")] = 20,
    format: FormatOption = Format.table,
) -> None:
    from claims.render import render
    from claims.store.queries import ClaimFilter
    from claims.store.search import search_claims

    with reader() as s:
        rows = search_claims(s, query, ClaimFilter(limit=limit))
    render(rows, format.value, CLAIM_TABLE)


@command(help="Show one claim: speaker, paragraph with the claim marked, note and history.")
def show(
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    format: FormatOption = Format.table,
) -> None:
    from claims.render import render_claim
    from claims.store.queries import show_claim

    with reader() as s:
        claim = show_claim(s, claim_id)
    render_claim(claim, format.value)


@command(help="List speakers with how many claims they made and how many are noted.")
def speakers(format: FormatOption = Format.table) -> None:
    from claims.render import render
    from claims.store.queries import list_speakers

    with reader() as s:
        rows = list_speakers(s)
    render(rows, format.value, ["id", "name", "title", "claims", "noted"])


@command(help="Counts: claims noted and unnoted, per kind, per verdict, top speakers and articles.")
def stats(
    top: Annotated[int, typer.Option(min=1, help="How many speakers and articles to list.")] = 10,
    format: FormatOption = Format.table,
) -> None:
    from claims.render import render
    from claims.store.queries import stats as claim_stats

    with reader() as r:
        rows = claim_stats(r, top)
    render(rows, format.value, ["group", "value", "claims"])


def default_reviewer() -> str:
    import getpass

    try:
        return os.environ.get("CLAIMS_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@command(help="Fill a claim's source-note slot (every version is kept in its history).")
def note(
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    text: Annotated[str | None, typer.Argument(help="The source note.")] = None,
    source_url: Annotated[str | None, typer.Option(help="URL of the source.")] = None,
    verdict: Annotated[
        str | None,
        typer.Option(
            help="true, mostly-true, half-true, misleading, mostly-false, false or unsupported."
        ),
    ] = None,
    reviewer: Annotated[
        str | None,
        typer.Option(help="Who writes the note (default: $CLAIMS_REVIEWER, else your login)."),
    ] = None,
    replace: Annotated[bool, typer.Option(help="Replace a note that is already there.")] = False,
    clear: Annotated[bool, typer.Option(help="Empty the slot.")] = False,
    copy_from: Annotated[
        int | None, typer.Option(help="Copy the note, source and verdict of this claim.")
    ] = None,
) -> None:
    from claims.store import clear_note, copy_note, set_note

    who = reviewer or default_reviewer()
    if [clear, text is not None, copy_from is not None].count(True) != 1:
        fail("give the note text, --copy-from ID or --clear")
    with session() as s:
        if clear:
            clear_note(s, claim_id, reviewer=who)
        elif copy_from is not None:
            copy_note(s, copy_from, claim_id, reviewer=who, replace=replace)
        else:
            assert text is not None
            set_note(
                s,
                claim_id,
                text,
                reviewer=who,
                source_url=source_url,
                verdict=verdict,
                replace=replace,
            )
    typer.echo(f"claim {claim_id}: note {'cleared' if clear else 'saved'} by {who}", err=True)


@command(help="Walk the unnoted claims one at a time, most check-worthy first, and note them.")
def review(
    article: ArticleOption = None,
    speaker: SpeakerOption = None,
    min_score: MinScoreOption = None,
    reviewer: Annotated[
        str | None, typer.Option(help="Who writes the notes (default: $CLAIMS_REVIEWER).")
    ] = None,
) -> None:
    from claims.review import review as run_review
    from claims.store.queries import ClaimFilter

    if not sys.stdin.isatty():
        fail(
            "claims review asks questions: run it in a terminal "
            "(for scripts, use claims export and claims import-notes)"
        )
    where = ClaimFilter(
        article=article,
        speaker=speaker,
        min_score=min_score,
        noted=False,
        stale=False,
        most_worthy_first=True,
    )
    try:
        run_review(_state["db"], where, reviewer or default_reviewer())
    except EOFError:
        typer.echo("", err=True)


@command(help="Claims with the same or nearly the same wording (same speaker), with their notes.")
def similar(
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    threshold: Annotated[
        int, typer.Option(min=0, max=100, help="Lowest similarity to list, 0-100.")
    ] = 85,
    format: FormatOption = Format.table,
) -> None:
    from claims.render import render
    from claims.store.similar import similar_claims

    with reader() as r:
        rows = similar_claims(r, claim_id, threshold)
    render(rows, format.value, ["id", "similarity", "article", "speaker", "wording", "note"])


@command(name="export", help="Claims as a spreadsheet to fill: one row each, note columns empty.")
def export(
    article: ArticleOption = None,
    speaker: SpeakerOption = None,
    noted: NotedOption = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="csv (default), json, jsonl.")
    ] = Format.csv,
) -> None:
    from claims.render import render
    from claims.store.queries import ClaimFilter
    from claims.store.spreadsheet import EXPORT_COLUMNS, export_rows

    with reader() as r:
        rows = export_rows(r, ClaimFilter(article=article, speaker=speaker, noted=noted))
    render(rows, format.value, EXPORT_COLUMNS)


@command(name="import-notes", help="Write the filled rows of an exported spreadsheet as notes.")
def import_notes(
    path: Annotated[str, typer.Argument(help="The CSV file (from `claims export`).")],
    reviewer: Annotated[str | None, typer.Option(help="Who wrote the notes.")] = None,
) -> None:
    from pathlib import Path

    from claims.errors import InputError
    from claims.store.spreadsheet import import_notes as apply_notes
    from claims.store.spreadsheet import parse_notes

    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    rows = parse_notes(file.read_bytes(), path)
    who = reviewer or default_reviewer()
    with session() as s:
        result = apply_notes(s, rows, who, path)
    typer.echo(
        f"{path}: {_count(len(result.applied), 'note')} written by {who}, "
        f"{result.unchanged} rows already as in the database",
        err=True,
    )
    if result.conflicts:
        lines = ", ".join(map(str, result.conflicts))
        typer.echo(
            f"{path}: {_count(len(result.conflicts), 'conflict')} not applied (noted by someone "
            f"else since the export): lines {lines}",
            err=True,
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# --- the database -----------------------------------------------------------------------


def _engine():  # type: ignore[no-untyped-def]
    from claims.db import database_url, make_engine

    return make_engine(database_url(_state["db"]), write=True)


@command(db_app, help="Upgrade the schema (to the newest revision by default).")
def upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    from claims import migrate

    migrate.upgrade(_engine(), revision)
    current()


@command(db_app, help="Downgrade the schema to REVISION (base: drop everything).")
def downgrade(revision: Annotated[str, typer.Argument(help="Target revision, or base.")]) -> None:
    from claims import migrate

    migrate.downgrade(_engine(), revision)
    current()


@command(db_app, help="Print the database's schema revision.")
def current() -> None:
    from claims.db import current_revision
    from claims.schema_version import HEAD

    revision = current_revision(_engine())
    state = "up to date" if revision == HEAD else f"newest is {HEAD}"
    typer.echo(f"{revision or '(empty)'} ({state})")


@command(db_app, help="Check that the models and the migrations agree.")
def check() -> None:
    from claims import migrate
    from claims.db import ensure_schema

    engine = _engine()
    ensure_schema(engine)
    try:
        migrate.check(engine)
    except Exception as exc:  # alembic's AutogenerateDiffsDetected
        fail(str(exc).splitlines()[0])
    typer.echo("models and migrations agree")


def main() -> None:
    app()
