"""eventmap's app for `uvicorn --app-dir bench serve_eventmap:app` (workers need an import string)."""
import os

from api.app import create_app
from api.database import make_engine, sqlalchemy_url
from api.settings import get_settings

app = create_app(make_engine(sqlalchemy_url(os.environ["DATABASE_URL"]), get_settings()))
