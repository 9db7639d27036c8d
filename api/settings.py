"""Settings, read from the environment (prefix EVENTMAP_, plus the conventional DATABASE_URL)."""
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVENTMAP_", env_file=".env", extra="ignore")

    # No DATABASE_URL: eventmap runs its own PostGIS cluster in data_dir (the embedded default).
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "EVENTMAP_DATABASE_URL")
    )
    data_dir: Path = Path("data")
    embedded_port: int = 54329

    host: str = "127.0.0.1"
    port: int = 8000
    # Writes (ingest, places, corrections) need this key in the X-API-Key header; unset means
    # writes are refused, never silently open.
    api_key: str | None = None

    max_page_size: int = 10_000
    default_page_size: int = 1_000
    statement_timeout_ms: int = 15_000

    # Who may frame the pages (Content-Security-Policy frame-ancestors).
    embed_frame_ancestors: str = "*"
    main_frame_ancestors: str = "'none'"
    # Basemap: a tile URL template; unset means the offline country outlines only.
    tile_url: str | None = None
    tile_attribution: str = ""

    # Online geocoder used as a fallback for names the gazetteer lacks (geopy provider name), or none.
    geocoder: str | None = None
    geocoder_options: dict = Field(default_factory=dict)


@lru_cache
def get_settings() -> Settings:
    return Settings()
