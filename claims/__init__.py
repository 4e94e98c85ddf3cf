"""claims: a claim-tracking database for fact-checkers."""

__version__ = "0.1.0"
