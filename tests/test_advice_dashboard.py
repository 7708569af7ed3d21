"""The advisors' dashboard and its CSV export."""

import csv
import io
import uuid

import pytest
from django.db import connection
from django.utils import timezone

from advice.models import DossierAdvisor, DossierIndex, Recommendation
from advice.signal_handlers import dossier_text
from dossiers.models import Dossier, DossierStatus
from geo.models import Commune
from portals.roles.models import Role
from tests.factories_advice import accepted_dossier, make_advisor, put_on_dossier

CSV_HEADER = (
    "id;projet;statut;commune;code INSEE;département;organisation;"
    "type d'organisation;déposé le;dernière activité;recommandations publiées;"
    "suivi par moi"
)
STATUSES = [
    DossierStatus.TO_ADVISE,
    DossierStatus.IN_PROGRESS,
    DossierStatus.STUCK,
    DossierStatus.PAUSED,
    DossierStatus.DONE,
]


def add_dossiers(portal, count, *, advisor=None):
    """``count`` accepted dossiers with their index rows, bulk-created; a few are
    followed by ``advisor`` and carry a published recommendation."""
    communes = list(Commune.objects.filter(insee_code__in=["42218", "69123", "59350"]))
    now = timezone.now()
    with portal:
        dossiers = Dossier.objects.bulk_create(
            Dossier(
                project_name=f"Projet {number}",
                obstacles="-",
                help_wanted="-",
                commune=communes[number % len(communes)],
                organisation_name=f"Commune {number}",
                organisation_kind="commune",
                contact_first_name="Lucie",
                contact_last_name="Moreau",
                contact_role="Maire",
                contact_email="maire@commune.test",
                contact_phone="0477000000",
                submission_key=uuid.uuid4(),
                status=STATUSES[number % len(STATUSES)],
                submitted_at=now,
            )
            for number in range(count)
        )
        for dossier in dossiers:
            dossier.commune = communes[dossiers.index(dossier) % len(communes)]
        DossierIndex.objects.bulk_create(
            DossierIndex(dossier=d, text=dossier_text(d), last_activity_at=now)
            for d in dossiers
        )
        Recommendation.objects.bulk_create(
            Recommendation(
                dossier=d, title="R", body="-", status="published", published_at=now
            )
            for d in dossiers[::10]
        )
        if advisor is not None:
            DossierAdvisor.objects.bulk_create(
                DossierAdvisor(dossier=d, user=advisor) for d in dossiers[::7]
            )
    return dossiers


def count_queries(client, path):
    """SQL queries of one request, the streamed body included.

    django-tenants sends ``SET search_path`` before each query; those are not counted.
    """
    executed = []

    def note(execute, sql, params, many, context):
        if not sql.startswith("SET search_path"):
            executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(note):
        response = client.get(path)
        assert response.status_code == 200, path
        if response.streaming:
            b"".join(response.streaming_content)
    return len(executed)


DASHBOARD_PAGES = [
    "/conseil/",
    "/conseil/?vue=tableau",
    "/conseil/export.csv",
    "/conseil/?q=projet&status=to_advise&status=stuck&activity=7&scope=territory",
    "/conseil/export.csv?scope=mine",
]


@pytest.mark.parametrize("viewer", ["national advisor", "staff"])
def test_dashboard_query_count_is_the_same_with_50_and_2000_dossiers(
    portal_a, client_for, make_user, viewer
):
    person = make_user("viewer@ddt.test")
    if viewer == "staff":
        from portals.roles.services import grant_role

        with portal_a:
            grant_role(person, Role.STAFF)
    else:
        make_advisor(portal_a, person, national=True)
    client = client_for(portal_a, person)

    add_dossiers(portal_a, 50, advisor=person)
    for path in DASHBOARD_PAGES:  # warm the caches (reference data) first
        count_queries(client, path)
    with_50 = {path: count_queries(client, path) for path in DASHBOARD_PAGES}
    add_dossiers(portal_a, 1950, advisor=person)
    with_2000 = {path: count_queries(client, path) for path in DASHBOARD_PAGES}

    assert with_2000 == with_50
    assert max(with_50.values()) <= 15
    board = client.get("/conseil/?vue=tableau").content.decode()
    assert "(400)" in board  # each status column counts all its dossiers


def test_csv_export_opens_in_excel_and_cannot_run_formulas(
    portal_a, client_for, make_user
):
    advisor = make_user("advisor@ddt.test")
    make_advisor(portal_a, advisor, departments=["42"])
    formula = accepted_dossier(
        portal_a, project_name="=SUM(A1)", organisation_name="@commune"
    )
    plain = accepted_dossier(portal_a, project_name="Halle de Saint-Étienne")
    put_on_dossier(portal_a, plain, advisor)
    accepted_dossier(portal_a, project_name="Ailleurs", department="69")

    response = client_for(portal_a, advisor).get("/conseil/export.csv")
    raw = b"".join(response.streaming_content)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response["Content-Disposition"]
    assert raw.startswith("\ufeff".encode())
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == CSV_HEADER
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    by_id = {int(row["id"]): row for row in rows}
    assert set(by_id) == {formula.pk, plain.pk}
    assert by_id[formula.pk]["projet"] == "'=SUM(A1)"
    assert by_id[formula.pk]["organisation"] == "'@commune"
    assert by_id[plain.pk]["projet"] == "Halle de Saint-Étienne"
    assert by_id[plain.pk]["commune"] == "Saint-Étienne"
    assert by_id[plain.pk]["département"] == "42"
    assert by_id[plain.pk]["suivi par moi"] == "oui"
    assert by_id[formula.pk]["suivi par moi"] == "non"


def test_dashboard_text_filter_folds_accents_and_case(portal_a, client_for, make_user):
    advisor = make_user("advisor@ddt.test")
    make_advisor(portal_a, advisor, national=True)
    accepted_dossier(portal_a, project_name="Écoquartier des Forges")
    accepted_dossier(portal_a, project_name="Pont de la Loire")

    page = client_for(portal_a, advisor).get("/conseil/?q=ECOQUARTIER+forges")

    listed = [dossier.project_name for dossier in page.context["dossiers_page"]]
    assert listed == ["Écoquartier des Forges"]


def test_unread_marker_goes_once_the_advisor_opened_the_dossier(
    portal_a, client_for, make_user
):
    advisor = make_user("advisor@ddt.test")
    make_advisor(portal_a, advisor)
    dossier = accepted_dossier(portal_a, project_name="Halle")
    client = client_for(portal_a, advisor)

    before = client.get("/conseil/").content.decode()
    client.get(f"/dossiers/{dossier.pk}/")
    after = client.get("/conseil/").content.decode()

    assert "badge--unread" in before
    assert "badge--unread" not in after
