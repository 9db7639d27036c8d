"""What geoparsing works out once per name or per run of words, not once per report: the same answers as
working it out each time, and forgotten when places are added."""
from geocoding import Gazetteer, Geoparser, Place
from geocoding.resolve import Resolver
