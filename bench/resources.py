"""Resource sheets bench: search with filters and sheet page, at 500 and 5,000 sheets.

Run from the repository root::

    .venv/bin/python bench/resources.py [--runs 30] [--sizes 500 5000]

Like ``bench/provision.py``, it starts its own throwaway embedded PostgreSQL (unless
``DATABASE_URL`` is set), uses the test settings, provisions one portal per size and
loads that many published sheets with ``add_child`` (a fifth mention « friches », kinds
and territories rotate). It then times, through ``django.test.Client`` on the portal's
host, ``/ressources/?q=friche&kind=methode&department=42`` and one sheet's page, and
counts their SQL queries. Targets: search 30 ms, sheet page 50 ms, query counts the
same whatever the number of sheets.

It prints figures; it is not a test.
"""

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from provision import setup_django, start_throwaway_database  # noqa: E402

SEARCH = "/ressources/?q=friche&kind=methode&department=42"
KINDS = ["financement", "outil", "methode", "acteur", "reglementation"]
SUBJECTS = ["friches", "écoles", "ponts", "centres-bourgs", "zones humides"]


def body(number):
    return [
        ("text", f"<p>Présentation de la fiche numéro {number}.</p>"),
        (
            "section",
            {
                "heading": "Pour qui ?",
                "text": "<p>Les collectivités et leurs <b>partenaires</b>.</p>",
            },
        ),
        ("key_figure", {"value": "40 %", "label": "Taux d’aide", "detail": ""}),
        ("link", {"label": "Le site du programme", "url": "https://example.org/"}),
    ]


def load_sheets(count):
    """``count`` published sheets under the portal's index; returns seconds spent."""
    from django.db import transaction

    from geo.models import Department, Region
    from resources.models import ResourceIndexPage, ResourceSheet, ResourceTopic

    index = ResourceIndexPage.objects.get(locale__language_code="fr")
    topics = [
        ResourceTopic.objects.create(name=f"Thème {n}", slug=f"theme-{n}")
        for n in range(8)
    ]
    departments = list(Department.objects.order_by("code"))
    regions = list(Region.objects.order_by("code"))
    started = time.perf_counter()
    with transaction.atomic():
        for number in range(count):
            subject = SUBJECTS[number % len(SUBJECTS)]
            sheet = ResourceSheet(
                title=f"Fiche {number} : agir sur les {subject}",
                slug=f"fiche-{number}",
                summary=f"Comment agir sur les {subject}, fiche {number}.",
                kind=KINDS[number % len(KINDS)],
                body=body(number),
                is_national=number % 3 == 0,
                live=True,
            )
            sheet.topics = [topics[number % len(topics)]]
            if number % 3 == 1:
                sheet.departments = [departments[number % len(departments)]]
            elif number % 3 == 2:
                sheet.regions = [regions[number % len(regions)]]
            index.add_child(instance=sheet)
    analyse()
    return time.perf_counter() - started


def analyse():
    """Refresh the planner's statistics, as autovacuum does soon after a bulk load.

    Without it, PostgreSQL plans the search as if the tables were still empty.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client, path, runs):
    from django.db import connection

    for _ in range(3):
        assert client.get(path).status_code == 200, path
    # CaptureQueriesContext sees nothing here: each request starts with
    # reset_queries, which empties the log it reads.
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(path)
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(path)
        durations.append(time.perf_counter() - started)
    return {
        "median": statistics.median(durations),
        "queries": len(queries),
        "bytes": len(response.content),
    }


def bench_size(size, runs):
    from django.db import connection
    from django.test import Client

    from portals.provisioning import PortalSpec, ProvisionPortal
    from resources.models import ResourceSheet

    slug = f"bench-res-{size}"
    portal = ProvisionPortal(
        PortalSpec(slug=slug, name=f"Bench {size}", domain=f"{slug}.localhost")
    ).execute()
    with portal:
        load_seconds = load_sheets(size)
        sheet = ResourceSheet.objects.filter(kind="methode", is_national=True).first()
        found = ResourceSheet.objects.visible().count()
    connection.set_schema_to_public()
    client = Client(HTTP_HOST=f"{slug}.localhost")
    result = {
        "size": size,
        "load": load_seconds,
        "visible": found,
        "search": measure(client, SEARCH, runs),
        "sheet": measure(client, f"/ressources/{sheet.slug}/", runs),
    }
    connection.set_schema_to_public()
    return slug, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    args = parser.parse_args()

    scratch = start_throwaway_database()
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from portals.provisioning import DeletePortal
    from portals.setup import ensure_platform, ensure_template

    slugs, results = [], []
    try:
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
        ensure_platform()
        ensure_template()
        for size in args.sizes:
            slug, result = bench_size(size, args.runs)
            slugs.append(slug)
            results.append(result)
    finally:
        for slug in slugs:
            DeletePortal(slug).execute()
        media = Path(settings.MEDIA_ROOT)
        if media.parent.name.startswith("conseil-test-"):
            shutil.rmtree(media.parent, ignore_errors=True)

    print(f"Resource sheets bench ({args.runs} runs each, median)")
    print(
        "  database: "
        + (f"throwaway embedded PostgreSQL in {scratch}" if scratch else "DATABASE_URL")
    )
    print(f"  search: GET {SEARCH}")
    for result in results:
        print()
        print(
            f"  {result['size']} sheets (loaded in {result['load']:.1f} s, "
            f"{result['visible']} visible)"
        )
        for name, target in (("search", 30), ("sheet", 50)):
            figures = result[name]
            verdict = "ok" if figures["median"] * 1000 <= target else "MISSED"
            print(
                f"    {name:<7} {figures['median'] * 1000:6.1f} ms"
                f"  (target {target} ms, {verdict})"
                f"  {figures['queries']:3d} queries  {figures['bytes']} bytes"
            )
    counts = {
        name: {result[name]["queries"] for result in results}
        for name in ("search", "sheet")
    }
    same = all(len(values) == 1 for values in counts.values())
    print()
    print(
        "  query counts independent of the number of sheets: "
        + ("yes" if same else f"NO {counts}")
    )


if __name__ == "__main__":
    main()
