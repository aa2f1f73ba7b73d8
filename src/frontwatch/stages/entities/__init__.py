"""The entities stage (``entities.py``) and the helpers only it uses: canonical names
(``_canonical.py``) and metonyms (``_metonymy.py``)."""

from .entities import FALLBACK_LANGUAGES, Entities

__all__ = ["FALLBACK_LANGUAGES", "Entities"]
