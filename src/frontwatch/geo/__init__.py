"""Geocoding: an offline gazetteer and a context-aware resolver.

    from frontwatch.geo import get_gazetteer, import_geonames, Resolver, Mention
    gaz = get_gazetteer()                 # builds ~/.cache/frontwatch/gazetteer-<hash>.sqlite once
    import_geonames("/data/geonames")     # UA.txt, alternateNamesV2.txt, admin1CodesASCII.txt…
    Resolver(gaz).resolve([Mention("Izyum"), Mention("Kharkiv", cue="admin1")])

Modules: ``fold`` (name keys), ``index`` (building the embedded index),
``geonames`` (importing GeoNames dumps), ``gazetteer`` (lookups),
``resolver`` (choosing an entry with the article as context), ``finder``
(the words around a name, and names the NER missed).
"""

from .finder import FoundMention, find_mentions
from .fold import plain_key, translit_key
from .gazetteer import Candidate, Gazetteer, get_gazetteer, import_geonames
from .index import cache_dir, default_index_path
from .resolver import Mention, Resolver, haversine_km

__all__ = [
    "Candidate", "FoundMention", "Gazetteer", "Mention", "Resolver", "cache_dir", "default_index_path",
    "find_mentions", "get_gazetteer", "haversine_km", "import_geonames", "plain_key", "translit_key",
]
