"""Production: every secret and host comes from the environment."""

import os

import dj_database_url

from .base import *  # noqa: F403

if "DATABASE_URL" not in os.environ:
    raise RuntimeError("DATABASE_URL must be set in production.")
DATABASES = {
    "default": {
        **dj_database_url.config(conn_max_age=60),
        "ENGINE": "django_tenants.postgresql_backend",
    }
}

if not SECRET_KEY:  # noqa: F405
    raise RuntimeError("SECRET_KEY must be set in production.")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
