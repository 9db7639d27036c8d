"""Geocoding: people's names that some town also bears, in local crime and conflict news."""


def names(geoparser, text):
    return [t.name for t in geoparser.parse(text)]
