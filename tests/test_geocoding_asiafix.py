"""A small place told with the town or local area it lies in ("Barangay San Jose, Sipalay City", "Nyaung Kone village,
Monywa Township", "the village of X in Y district") lies near that container: a namesake far off is another place."""
import pytest

from geocoding import Geoparser


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def placed(parser, text):
    return {t.name: (t.place.name if t.place else None, t.precision) for t in parser.parse(text)}
