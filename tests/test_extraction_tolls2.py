"""Who was killed by whom in conflict copy: later deaths among the wounded, doers told or inferred, the sides' dead."""
from tests.test_extraction_tolls import events
