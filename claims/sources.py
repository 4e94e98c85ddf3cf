"""Reading articles from files or stdin: text, Markdown or HTML, with optional metadata.

Every failure is an InputError with a one-line message naming the file.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, fields, replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from claims.errors import InputError

METADATA_FIELDS = ("title", "url", "publisher", "published", "byline")


@dataclass(frozen=True)
class ArticleInput:
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    byline: str | None = None
    source_path: str | None = None


def read_article(path: str, **metadata: str | None) -> ArticleInput:
    """Read PATH ('-' for stdin). Metadata comes from PATH's .json sidecar, then `metadata`."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
        sidecar: dict = {}
    else:
        file = Path(path)
        name = path
        if not file.exists():
            raise InputError(f"{path}: no such file")
        if file.is_dir():
            raise InputError(f"{path}: is a folder, not an article file")
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        sidecar = _read_sidecar(file)
    text = decode(data, name)
    suffix = Path(path).suffix.lower()
    title = None
    if suffix in (".html", ".htm") or re.match(r"\s*<(!doctype html|html)", text, re.I):
        title, text = html_to_text(text)
    elif suffix in (".md", ".markdown"):
        title, text = markdown_to_text(text)
    if not text.strip():
        raise InputError(f"{name}: no article text in it")
    article = ArticleInput(text=text, title=title, source_path=None if path == "-" else path)
    values = {**sidecar, **{k: v for k, v in metadata.items() if v is not None}}
    return _with_metadata(article, values, name)


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def _read_sidecar(file: Path) -> dict:
    """seeds/x.txt may have seeds/x.json beside it with the article's metadata."""
    sidecar = file.with_suffix(".json")
    if file.suffix == ".json" or not sidecar.is_file():
        return {}
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise InputError(f"{sidecar}: not valid JSON metadata ({exc})") from None
    if not isinstance(values, dict):
        raise InputError(f"{sidecar}: metadata must be a JSON object")
    return {k: v for k, v in values.items() if k in METADATA_FIELDS and v not in (None, "")}


def _with_metadata(article: ArticleInput, values: dict, name: str) -> ArticleInput:
    known = {f.name for f in fields(ArticleInput)}
    clean: dict = {k: v for k, v in values.items() if k in known}
    if isinstance(clean.get("published"), str):
        try:
            clean["published"] = date.fromisoformat(clean["published"])
        except ValueError:
            raise InputError(
                f"{name}: published date {clean['published']!r} is not a date like 2017-07-18"
            ) from None
    return replace(article, **clean)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> tuple[str | None, str]:
    """Drop Markdown markup but keep the words; a first '# heading' becomes the title."""
    title = None
    lines = []
    for line in text.splitlines():
        heading = re.match(r"\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            if title is None and not any(x.strip() for x in lines):
                title = heading.group(1)
                continue
            line = heading.group(1)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return title, "\n".join(lines).strip() + "\n"


class _HTMLText(HTMLParser):
    BLOCKS = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "section",
        "article",
        "header",
        "footer",
    }
    SKIP = {"script", "style", "noscript", "nav", "aside", "form", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str | None, str]:
    """Paragraph text of an HTML page; scripts, styles and navigation dropped."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
    return parser.title or None, "\n\n".join(p for p in paragraphs if p) + "\n"
