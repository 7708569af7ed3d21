"""Advice bench: the advisors' dashboard, a busy dossier page and the CSV export.

Run from the repository root::

    .venv/bin/python bench/advice.py [--runs 20] [--csv-runs 3]

Like ``bench/provision.py``, it starts its own throwaway embedded PostgreSQL (unless
``DATABASE_URL`` is set) and uses the test settings. It provisions one portal and
bulk-creates 5,000 accepted dossiers (with their dashboard index rows), 20,000
recommendations and 50,000 messages; one dossier carries 40 recommendations (some
citing resource sheets, each answered) and 200 messages. A national advisor follows
every tenth dossier and the busy one.

Through ``django.test.Client`` on the portal's host, logged in as that advisor, it
times the dashboard list, the board, the busy dossier's page and the CSV export of all
5,000 dossiers (the streamed body consumed), and counts their SQL queries, apart
from the ``SET search_path`` django-tenants sends before each one. Targets: dashboard
100 ms and 15 queries, dossier page 80 ms and 20 queries, CSV 3 s with a constant
number of queries, the process under 200 MB.

It prints figures; it is not a test.
"""

import argparse
import resource
import shutil
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from provision import setup_django, start_throwaway_database  # noqa: E402

SLUG = "bench-advice"
DOMAIN = f"{SLUG}.localhost"
DOSSIERS = 5000
RECOMMENDATIONS = 20000
MESSAGES = 50000
BUSY_RECOMMENDATIONS = 40
BUSY_MESSAGES = 200
STATUSES = ["to_advise", "in_progress", "stuck", "paused", "done"]
ANSWERS = ["to_do", "in_progress", "blocked", "done", "not_relevant", "already_done"]


def make_people():
    from accounts.models import User
    from portals.roles.models import Role
    from portals.roles.services import grant_role

    advisor = User.objects.create_user(
        "conseiller@bench.test", "bench", first_name="Paul", last_name="Martin"
    )
    authors = [
        User.objects.create_user(f"auteur{n}@bench.test", "bench", first_name=f"A{n}")
        for n in range(10)
    ]
    grant_role(advisor, Role.ADVISOR)
    return advisor, authors


def make_sheets(count=5):
    from resources.models import ResourceIndexPage, ResourceSheet

    index = ResourceIndexPage.objects.get(locale__language_code="fr")
    sheets = []
    for number in range(count):
        sheet = ResourceSheet(
            title=f"Fiche {number}",
            slug=f"fiche-{number}",
            summary=f"Résumé de la fiche {number}.",
            kind="financement",
            body=[("text", "<p>Texte.</p>")],
            is_national=True,
            live=True,
        )
        index.add_child(instance=sheet)
        sheets.append(sheet)
    return sheets


def seed():
    """Everything the pages show; returns (advisor, busy dossier, counts, seconds)."""
    from django.db import transaction
    from django.utils import timezone

    from advice.models import (
        AdvisorProfile,
        DossierAdvisor,
        DossierIndex,
        Message,
        ProfileStatus,
        Recommendation,
        RecommendationAnswer,
    )
    from advice.signal_handlers import dossier_text
    from dossiers.models import Dossier, DossierEvent, DossierMember
    from geo.models import Commune

    started = time.perf_counter()
    now = timezone.now()
    with transaction.atomic():
        advisor, authors = make_people()
        AdvisorProfile.objects.create(
            user=advisor,
            organisation="DDT",
            is_national=True,
            status=ProfileStatus.ACCEPTED,
            decided_at=now,
        )
        sheets = make_sheets()
        communes = list(Commune.objects.select_related("department"))
        dossiers = Dossier.objects.bulk_create(
            [
                Dossier(
                    project_name=f"Projet {number} : réhabiliter la halle",
                    obstacles="Charpente fragile, pas d’ingénieur.",
                    help_wanted="Un diagnostic et des financements.",
                    commune=communes[number % len(communes)],
                    organisation_name=f"Mairie {number}",
                    organisation_kind="commune",
                    contact_first_name="Lucie",
                    contact_last_name=f"Moreau{number}",
                    contact_role="Maire",
                    contact_email=f"maire{number}@commune.test",
                    contact_phone="0477000000",
                    submission_key=uuid.uuid4(),
                    status=STATUSES[number % len(STATUSES)],
                    submitted_at=now,
                    owner=authors[number % len(authors)],
                )
                for number in range(DOSSIERS)
            ],
            batch_size=1000,
        )
        for number, dossier in enumerate(dossiers):
            dossier.commune = communes[number % len(communes)]
        DossierIndex.objects.bulk_create(
            [
                DossierIndex(
                    dossier=dossier,
                    text=dossier_text(dossier),
                    last_activity_at=now - timezone.timedelta(minutes=number),
                )
                for number, dossier in enumerate(dossiers)
            ],
            batch_size=2000,
        )
        busy = dossiers[0]
        others = dossiers[1:]
        DossierMember.objects.create(dossier=busy, user=authors[0], role="owner")
        DossierAdvisor.objects.bulk_create(
            [DossierAdvisor(dossier=d, user=advisor) for d in dossiers[::10]]
        )

        from functools import lru_cache

        from advice.markdown import render_markdown

        # As the product's save() does: bodies are stored rendered and sanitised.
        rendered = lru_cache(maxsize=None)(render_markdown)

        def recommendation(dossier, number, author):
            return Recommendation(
                dossier=dossier,
                author=author,
                title=f"Recommandation {number}",
                body=(
                    body
                    := f"Faire **ceci** ({number}), voir [le guide](https://example.org/)."
                ),
                body_html=rendered(body),
                position=number,
                status="published" if number % 4 else "draft",
                published_at=now if number % 4 else None,
                answer_status=ANSWERS[number % len(ANSWERS)] if number % 4 else "",
                sheet=sheets[number % len(sheets)] if number % 3 == 0 else None,
            )

        busy_recommendations = Recommendation.objects.bulk_create(
            [
                recommendation(busy, number, advisor)
                for number in range(1, BUSY_RECOMMENDATIONS + 1)
            ]
        )
        per_dossier = (RECOMMENDATIONS - BUSY_RECOMMENDATIONS) // len(others) + 1
        rows = [
            recommendation(dossier, number, advisor)
            for dossier in others
            for number in range(1, per_dossier + 1)
        ][: RECOMMENDATIONS - BUSY_RECOMMENDATIONS]
        Recommendation.objects.bulk_create(rows, batch_size=5000)
        RecommendationAnswer.objects.bulk_create(
            RecommendationAnswer(
                recommendation=r, author=authors[0], status=r.answer_status
            )
            for r in busy_recommendations
            if r.answer_status
        )

        def message(dossier, number):
            return Message(
                dossier=dossier,
                author=authors[number % len(authors)] if number % 3 else advisor,
                body=(
                    body
                    := f"Message {number} avec du *Markdown* et un [lien](https://example.org/)."
                ),
                body_html=rendered(body),
                is_private=number % 10 == 0,
            )

        Message.objects.bulk_create(
            [message(busy, number) for number in range(BUSY_MESSAGES)]
        )
        per_dossier = (MESSAGES - BUSY_MESSAGES) // len(others) + 1
        rows = [
            message(dossier, number)
            for dossier in others
            for number in range(per_dossier)
        ][: MESSAGES - BUSY_MESSAGES]
        Message.objects.bulk_create(rows, batch_size=5000)
        DossierEvent.objects.bulk_create(
            DossierEvent(dossier=busy, kind="recommended", actor=advisor, message="R")
            for _ in range(20)
        )
    counts = {
        "dossiers": Dossier.objects.count(),
        "recommendations": Recommendation.objects.count(),
        "messages": Message.objects.count(),
    }
    return advisor, busy, counts, time.perf_counter() - started


def measure(client, path, runs):
    from django.db import connection

    def fetch():
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if response.streaming:
            return len(b"".join(response.streaming_content))
        return len(response.content)

    fetch()
    queries, search_paths = [], []

    def count(execute, sql, params, many, context):
        (search_paths if sql.startswith("SET search_path") else queries).append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        size = fetch()
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        fetch()
        durations.append(time.perf_counter() - started)
    return {
        "median": statistics.median(durations),
        "queries": len(queries),
        "search_paths": len(search_paths),
        "bytes": size,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--csv-runs", type=int, default=3)
    args = parser.parse_args()

    scratch = start_throwaway_database()
    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from portals.provisioning import DeletePortal, PortalSpec, ProvisionPortal
    from portals.setup import ensure_platform, ensure_template

    provisioned = False
    try:
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
        ensure_platform()
        ensure_template()
        portal = ProvisionPortal(
            PortalSpec(slug=SLUG, name="Bench conseil", domain=DOMAIN)
        ).execute()
        provisioned = True
        with portal:
            advisor, busy, counts, seed_seconds = seed()
            # Fresh statistics, as autovacuum would gather soon after the bulk load.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            client = Client(HTTP_HOST=DOMAIN)
            client.force_login(advisor)
        connection.set_schema_to_public()
        pages = [
            ("dashboard list", "/conseil/", args.runs, 100, 15),
            ("dashboard board", "/conseil/?vue=tableau", args.runs, 100, 15),
            ("dossier page", f"/dossiers/{busy.pk}/", args.runs, 80, 20),
            ("CSV export", "/conseil/export.csv", args.csv_runs, 3000, None),
        ]
        results = [
            (name, path, target, query_target, measure(client, path, runs))
            for name, path, runs, target, query_target in pages
        ]
        csv_small = measure(client, "/conseil/export.csv?q=projet+1", 1)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        connection.set_schema_to_public()
        if provisioned:
            DeletePortal(SLUG).execute()
        media = Path(settings.MEDIA_ROOT)
        if media.parent.name.startswith("conseil-test-"):
            shutil.rmtree(media.parent, ignore_errors=True)

    print(f"Advice bench ({args.runs} runs, CSV {args.csv_runs} runs, median)")
    print(
        "  database: "
        + (f"throwaway embedded PostgreSQL in {scratch}" if scratch else "DATABASE_URL")
    )
    print(
        f"  seeded {counts['dossiers']} dossiers, {counts['recommendations']} "
        f"recommendations, {counts['messages']} messages in {seed_seconds:.1f} s"
    )
    print(
        f"  busy dossier: {BUSY_RECOMMENDATIONS} recommendations, "
        f"{BUSY_MESSAGES} messages"
    )
    print()
    for name, path, target, query_target, figures in results:
        milliseconds = figures["median"] * 1000
        verdict = "ok" if milliseconds <= target else "MISSED"
        queries = f"{figures['queries']:3d} queries"
        if query_target is not None:
            ok = figures["queries"] <= query_target
            queries += f" (target {query_target}, {'ok' if ok else 'MISSED'})"
        print(
            f"  {name:<16} {milliseconds:8.1f} ms (target {target} ms, {verdict})"
            f"  {queries}  +{figures['search_paths']} SET search_path"
            f"  {figures['bytes']} bytes  {path}"
        )
    same = csv_small["queries"] == results[-1][-1]["queries"]
    print(
        f"  CSV query count the same for a few rows and all 5,000: "
        f"{'yes' if same else 'NO'} ({csv_small['queries']} vs "
        f"{results[-1][-1]['queries']})"
    )
    verdict = "ok" if peak_mb <= 200 else "MISSED"
    print(f"  peak memory (ru_maxrss) {peak_mb:.0f} MB (target 200 MB, {verdict})")


if __name__ == "__main__":
    main()
