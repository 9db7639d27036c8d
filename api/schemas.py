"""What the API accepts, validated at the door so that bad input never reaches the database."""
from __future__ import annotations

import datetime as dt
import hashlib
import re

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from extraction.event_types import SUB_EVENT_TYPES

MAX_BODY_CHARS = 1_000_000
MAX_COUNT = 2**31 - 1  # the count columns' integer (a larger one failed in the JSON of the corrections, a 500)


class ReportIn(BaseModel):
    """One report. `text` is accepted as another name for `body`."""
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str | None = Field(default=None, max_length=500, description="the source's own id of the report")
    title: str | None = Field(default=None, max_length=10_000)
    body: str | None = Field(default=None, max_length=MAX_BODY_CHARS)
    text: str | None = Field(default=None, max_length=MAX_BODY_CHARS)
    url: str | None = Field(default=None, max_length=4_000)
    source: str | None = Field(default=None, max_length=500)
    published_at: dt.datetime | dt.date | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value):
        return str(value) if isinstance(value, int) else value

    @field_validator("title", "url", "source", "id")
    @classmethod
    def _blank_is_none(cls, value):
        return value or None

    @field_validator("url")
    @classmethod
    def _http_url_only(cls, value):
        # The URL is shown as a link on the map: only web addresses, never javascript: and the like.
        if value and not re.match(r"^https?://", value, re.IGNORECASE):
            raise ValueError("url must start with http:// or https://")
        return value or None

    @model_validator(mode="after")
    def _needs_text(self):
        if not self.body and self.text:
            self.body = self.text
        if not self.body:
            raise ValueError("a report needs its text: give 'body' (or 'text') with at least one character")
        return self

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published_at, dt.datetime):
            return self.published_at.date()
        return self.published_at

    @property
    def published_datetime(self) -> dt.datetime | None:
        value = self.published_at
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            value = dt.datetime.combine(value, dt.time(), tzinfo=dt.timezone.utc)
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)

    def content_hash(self) -> str:
        """The same report twice is stored once: identity is the text, whitespace folded."""
        folded = " ".join(f"{self.title or ''}\n{self.body}".split())
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class PlaceIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=500)
    aliases: list[str] = Field(default_factory=list, max_length=100)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    feature_class: str = Field(default="P", pattern=r"^[AHLPRSTUV]$")
    feature_code: str = Field(default="PPL", pattern=r"^[A-Z0-9]{1,10}$")
    country_code: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    admin1: str | None = Field(default=None, max_length=200)


Alias = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200, pattern=r"[^\W\d_]")]


class ActorIn(BaseModel):
    """An actor for the extraction alias table: a new one (with its ACLED inter code), or more aliases for a
    known one. The name is matched in reports too."""
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200, pattern=r"^[^{}]+$")
    inter: int | None = Field(default=None, ge=1, le=8)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    aliases: list[Alias] = Field(default_factory=list, max_length=100)
    air: list[Alias] = Field(default_factory=list, max_length=100,
                             description="aliases that name an air arm: their strikes are air strikes")


# a correction's count of people: none below 0, none above the count columns' integer
Count = Annotated[int | None, Field(ge=0, le=MAX_COUNT)]


# ACLED's codebook (extraction.event_types): an analyst's type outside it would match no filter or legend entry
EventType = Literal[tuple(SUB_EVENT_TYPES)]
SubEventType = Literal[tuple(sub for subs in SUB_EVENT_TYPES.values() for sub in subs)]


def sub_type_misfit(event_type: str | None, sub_event_type: str | None) -> str | None:
    """Why a sub-type cannot stand under a type (None when it can, or either is unknown)."""
    if event_type is None or sub_event_type is None:
        return None
    subs = SUB_EVENT_TYPES.get(event_type)
    if subs is None:  # (stored before types were checked)
        return f"event_type {event_type!r} is not one of ACLED's types: give one of {', '.join(SUB_EVENT_TYPES)}"
    if sub_event_type in subs:
        return None
    owner = next((t for t, owned in SUB_EVENT_TYPES.items() if sub_event_type in owned), None)
    where = f"belongs to {owner!r}, not to" if owner else "is not a sub-type of"
    return f"sub_event_type {sub_event_type!r} {where} {event_type!r}, whose sub-types are: {', '.join(subs)}"


class EventPatch(BaseModel):
    """An analyst's correction. Every field given here overrides the machine's value, for good."""
    model_config = ConfigDict(extra="forbid")

    status: str | None = Field(default=None, pattern=r"^(machine|reviewed|rejected)$")
    event_type: EventType | None = None
    sub_event_type: SubEventType | None = None
    actor1: str | None = None
    actor2: str | None = None
    actor1_inter: int | None = Field(default=None, ge=0, le=8)
    actor2_inter: int | None = Field(default=None, ge=0, le=8)
    killed_low: Count = None
    killed_best: Count = None
    killed_high: Count = None
    wounded_low: Count = None
    wounded_best: Count = None
    wounded_high: Count = None
    killed_civilians: Count = None
    missing_low: Count = None
    missing_best: Count = None
    missing_high: Count = None
    abducted_low: Count = None
    abducted_best: Count = None
    abducted_high: Count = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: int | None = Field(default=None, ge=1, le=5)
    location_name: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    location_precision: int | None = Field(default=None, ge=1, le=7)

    @model_validator(mode="after")
    def _point_whole(self):
        # judged by the fields given, not their values: {"lat": null} alone was let through and failed as a 500
        given = {"lat", "lon"} & self.model_fields_set
        if given and (given != {"lat", "lon"} or self.lat is None or self.lon is None):
            raise ValueError("give both lat and lon, as numbers, to move an event (its point can be moved, "
                             "not removed)")
        return self
