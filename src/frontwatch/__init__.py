"""frontwatch: war news in, a verifiable record of events out."""

__version__ = "0.1.0"
