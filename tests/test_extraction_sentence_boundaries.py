"""The sentence-boundary regex written one alternative per opening character matches as the plain form does."""
import random
import re

from extraction import sentences
