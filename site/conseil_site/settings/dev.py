"""Local development: the embedded database, emails printed to the console."""

import os

from conseil_site.database import database_config

from .base import *  # noqa: F403

DATABASES = {"default": database_config()}

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
PORTAL_URL_SCHEME = "http"
PORTAL_URL_PORT = int(os.environ.get("PORTAL_URL_PORT", "8000"))
# Static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(exist_ok=True)  # noqa: F405
