"""The database connection: the configured server, or the embedded cluster when none is set."""
from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event

from api.embedded import EmbeddedCluster
from api.settings import Settings, get_settings


def sqlalchemy_url(url: str) -> str:
    """Accept the usual postgres:// and postgresql:// forms and use the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


_BIND = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=256)
def psycopg_sql(sql: str) -> str:
    """SQLAlchemy's :name parameters as psycopg's %(name)s, for statements run on psycopg directly
    (the async serving pool, COPY)."""
    return _BIND.sub(r"%(\1)s", sql.replace("%", "%%"))


def database_url(settings: Settings) -> str:
    if settings.database_url:
        return sqlalchemy_url(settings.database_url)
    return EmbeddedCluster(settings.data_dir, settings.embedded_port).start()


def make_engine(url: str, settings: Settings) -> Engine:
    engine = create_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)
    timeout_ms = int(settings.statement_timeout_ms)

    @event.listens_for(engine, "connect")
    def _limit_statements(dbapi_connection, _record):
        # A runaway query must not hold the server: every statement gets a time limit.
        with dbapi_connection.cursor() as cur:
            cur.execute(f"SET statement_timeout = {timeout_ms}")
        dbapi_connection.commit()

    return engine


@lru_cache
def get_engine() -> Engine:
    settings = get_settings()
    return make_engine(database_url(settings), settings)
