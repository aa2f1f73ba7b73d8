"""Geocoding: an offline gazetteer and a context-aware resolver.

    from frontwatch.geo import get_gazetteer, import_geonames, Resolver, Mention
    gaz = get_gazetteer()                 # builds ~/.cache/frontwatch/gazetteer-*.sqlite once
    import_geonames("/data/geonames")     # UA.txt, alternateNamesV2.txt, admin1CodesASCII.txt…
    Resolver(gaz).resolve([Mention("Izyum"), Mention("Kharkiv", cue="admin1")])
"""

from .fold import plain_key, translit_key
from .gazetteer import Candidate, Gazetteer, get_gazetteer, import_geonames

__all__ = ["Candidate", "Gazetteer", "get_gazetteer", "import_geonames", "plain_key", "translit_key"]
