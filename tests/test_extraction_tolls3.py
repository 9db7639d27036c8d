"""Casualty phrasing in wire and local conflict copy: victims listed with their kin and companions, families, and
counts told in other shapes."""
from tests.test_extraction_tolls import events
