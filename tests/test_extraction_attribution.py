"""Who did it and to whom when the copy says it indirectly: men told by the group they are tied to, victims told as
members of a group, blame and claims, and where the doers went afterwards."""
from extraction import extract_events
from geocoding.model import Place
from tests.test_extraction_claims import MON, coded, events
from tests.test_extraction_events import toponym
