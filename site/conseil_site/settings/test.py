"""Tests: a real PostgreSQL in a throwaway folder (or DATABASE_URL), locmem email."""

import atexit
import shutil
import tempfile
from pathlib import Path

from conseil_site.database import database_config

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
_scratch = Path(tempfile.mkdtemp(prefix="conseil-test-"))
# Registered before the embedded server starts, so it runs after the server has
# stopped and deleted its data (atexit runs in reverse order).
atexit.register(shutil.rmtree, _scratch, ignore_errors=True)
DATABASES = {"default": database_config(_scratch / "postgres", throwaway=True)}
MEDIA_ROOT = _scratch / "media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
PORTAL_URL_SCHEME = "http"
PORTAL_URL_PORT = 80
STATIC_ROOT = _scratch / "static"
STATIC_ROOT.mkdir()
