"""Errors a user can cause. The CLI prints their message on one line and exits non-zero."""


class ClaimsError(Exception):
    """Base class: the message is meant for the user, as is."""


class InputError(ClaimsError):
    """An article file that cannot be read as text."""


class NotFound(ClaimsError):
    """An unknown claim or article id."""


class NoteExists(ClaimsError):
    """A note is already there and --replace was not given."""


class SearchSyntaxError(ClaimsError):
    """A full-text query the search engine cannot parse."""


class DatabaseError(ClaimsError):
    """The database cannot be opened, is locked, or is from a newer claims."""
