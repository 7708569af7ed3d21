"""The rules table: who may see and do what on a dossier's advice.

The expected table below is the README's ("Who may see and do what"), written as
data. Every cell is checked through the pages and forms a person would use, each in
a savepoint rolled back afterwards, so that one cell's effect (a join, a removal)
does not change the next one's answer.
"""

from dataclasses import dataclass

from django.db import transaction

from advice.models import DossierAdvisor, Message, Recommendation, RecommendationAnswer
from portals.roles.models import Role
from tests.factories_advice import (
    accepted_dossier,
    make_advisor,
    make_message,
    make_recommendation,
    put_on_dossier,
)

ROLES = (
    "anonymous",
    "owner",
    "member",
    "advisor",
    "observer",
    "territory_advisor",
    "outside_advisor",
    "staff",
    "admin",
)

Y, N = True, False

# Columns in the order of ROLES: anonymous, applicant owner, applicant member,
# advisor of the dossier, observer, advisor of the portal whose territory covers the
# dossier but not on it, advisor of the portal outside the territory, staff, admin.
RULES = {
    "view_dossier_page": (N, Y, Y, Y, Y, Y, N, Y, Y),
    "see_conversation": (N, Y, Y, Y, Y, N, N, Y, Y),
    "see_private_notes": (N, N, N, Y, Y, N, N, Y, Y),
    "see_draft_recommendations": (N, N, N, Y, Y, N, N, Y, Y),
    "post_message": (N, Y, Y, Y, Y, N, N, Y, Y),
    "post_private_note": (N, N, N, Y, Y, N, N, Y, Y),
    "join": (N, N, N, N, N, Y, N, N, N),
    "leave": (N, N, N, Y, Y, N, N, N, N),
    "create_and_publish_recommendation": (N, N, N, Y, N, N, N, N, N),
    "reorder_recommendations": (N, N, N, Y, N, N, N, N, N),
    "answer_recommendation": (N, Y, Y, N, N, N, N, N, N),
    "add_advisor": (N, N, N, N, N, N, N, Y, Y),
    "remove_advisor": (N, N, N, N, N, N, N, Y, Y),
    "open_dashboard": (N, N, N, Y, Y, Y, Y, Y, Y),
    "find_dossier_on_dashboard": (N, N, N, Y, Y, Y, N, Y, Y),
    "find_dossier_in_csv_export": (N, N, N, Y, Y, Y, N, Y, Y),
}

PROJECT = "Réhabiliter la halle aux grains"
PUBLIC_MESSAGE = "Bienvenue sur le fil du dossier"
PRIVATE_NOTE = "Entre nous : le maire hésite"
DRAFT_TITLE = "Piste encore en réflexion"


@dataclass
class World:
    portal: object
    dossier: object
    first: object
    second: object
    advisor: object
    spare_advisor: object

    def path(self, suffix=""):
        return f"/dossiers/{self.dossier.pk}/{suffix}"

    def count(self, queryset):
        with self.portal:
            return queryset.count()


def _page(client, world):
    response = client.get(world.path())
    return response.content.decode() if response.status_code == 200 else ""


def view_dossier_page(client, world):
    return client.get(world.path()).status_code == 200


def see_conversation(client, world):
    return PUBLIC_MESSAGE in _page(client, world)


def see_private_notes(client, world):
    return PRIVATE_NOTE in _page(client, world)


def see_draft_recommendations(client, world):
    return DRAFT_TITLE in _page(client, world)


def post_message(client, world):
    client.post(world.path("messages/"), {"body": "Un mot du test"})
    return bool(world.count(Message.objects.filter(body="Un mot du test")))


def post_private_note(client, world):
    client.post(world.path("messages/"), {"body": "Note du test", "is_private": "on"})
    return bool(
        world.count(Message.objects.filter(body="Note du test", is_private=True))
    )


def join(client, world):
    before = world.count(DossierAdvisor.objects.all())
    client.post(world.path("rejoindre/"), {"role": "advisor"})
    return world.count(DossierAdvisor.objects.all()) == before + 1


def leave(client, world):
    before = world.count(DossierAdvisor.objects.all())
    client.post(world.path("quitter/"))
    return world.count(DossierAdvisor.objects.all()) == before - 1


def create_and_publish_recommendation(client, world):
    client.post(
        world.path("recommandations/nouvelle/"),
        {"title": "Recommandation du test", "body": "Faire ceci.", "publish": "1"},
    )
    published = Recommendation.objects.filter(
        title="Recommandation du test", status="published"
    )
    return bool(world.count(published))


def reorder_recommendations(client, world):
    client.post(
        world.path(f"recommandations/{world.second.pk}/deplacer/"),
        {"direction": "up"},
    )
    with world.portal:
        order = list(world.dossier.recommendations.values_list("pk", flat=True))
    return order.index(world.second.pk) < order.index(world.first.pk)


def answer_recommendation(client, world):
    client.post(
        world.path(f"recommandations/{world.first.pk}/reponse/"),
        {"status": "in_progress", "comment": "On s’y met."},
    )
    return bool(world.count(RecommendationAnswer.objects.all()))


def add_advisor(client, world):
    client.post(
        world.path("conseillers/"),
        {"email": world.spare_advisor.email, "role": "advisor", "action": "add"},
    )
    return bool(world.count(DossierAdvisor.objects.filter(user=world.spare_advisor)))


def remove_advisor(client, world):
    client.post(
        world.path("conseillers/"), {"email": world.advisor.email, "action": "remove"}
    )
    return not world.count(DossierAdvisor.objects.filter(user=world.advisor))


def open_dashboard(client, world):
    return client.get("/conseil/").status_code == 200


def find_dossier_on_dashboard(client, world):
    response = client.get("/conseil/")
    return response.status_code == 200 and PROJECT in response.content.decode()


def find_dossier_in_csv_export(client, world):
    response = client.get("/conseil/export.csv")
    if response.status_code != 200:
        return False
    return PROJECT in b"".join(response.streaming_content).decode("utf-8-sig")


CHECKS = {
    check.__name__: check
    for check in (
        view_dossier_page,
        see_conversation,
        see_private_notes,
        see_draft_recommendations,
        post_message,
        post_private_note,
        join,
        leave,
        create_and_publish_recommendation,
        reorder_recommendations,
        answer_recommendation,
        add_advisor,
        remove_advisor,
        open_dashboard,
        find_dossier_on_dashboard,
        find_dossier_in_csv_export,
    )
}


def test_every_role_may_do_exactly_what_the_rules_table_says(
    portal_a, client_for, make_user
):
    owner = make_user("owner@commune.test")
    member = make_user("member@commune.test")
    advisor = make_user("advisor@ddt.test")
    observer = make_user("observer@ademe.test")
    territory_advisor = make_user("territory@ddt.test")
    outside_advisor = make_user("outside@ddt.test")
    spare_advisor = make_user("spare@ddt.test")
    staff = make_user("staff@portail.test", roles=[(portal_a, Role.STAFF)])
    admin = make_user("admin@portail.test", roles=[(portal_a, Role.ADMIN)])
    make_advisor(portal_a, advisor, departments=["42"])
    make_advisor(portal_a, observer, departments=["69"])
    make_advisor(portal_a, territory_advisor, departments=["42"])
    make_advisor(portal_a, outside_advisor, departments=["69"])
    make_advisor(portal_a, spare_advisor, departments=["42"])

    dossier = accepted_dossier(
        portal_a, owner, department="42", members=[member], project_name=PROJECT
    )
    put_on_dossier(portal_a, dossier, advisor, "advisor")
    put_on_dossier(portal_a, dossier, observer, "observer")
    first = make_recommendation(portal_a, dossier, advisor, "Faire un diagnostic")
    second = make_recommendation(portal_a, dossier, advisor, "Demander le fonds vert")
    make_recommendation(portal_a, dossier, advisor, DRAFT_TITLE, published=False)
    make_message(portal_a, dossier, owner, PUBLIC_MESSAGE)
    make_message(portal_a, dossier, advisor, PRIVATE_NOTE, private=True)
    world = World(portal_a, dossier, first, second, advisor, spare_advisor)

    people = {
        "anonymous": None,
        "owner": owner,
        "member": member,
        "advisor": advisor,
        "observer": observer,
        "territory_advisor": territory_advisor,
        "outside_advisor": outside_advisor,
        "staff": staff,
        "admin": admin,
    }
    clients = {role: client_for(portal_a, people[role]) for role in ROLES}

    assert set(RULES) == set(CHECKS)
    actual = {}
    for action, check in CHECKS.items():
        for role in ROLES:
            with transaction.atomic():
                actual[action, role] = check(clients[role], world)
                transaction.set_rollback(True)

    differences = [
        f"{role} {action}: rules say {expected}, the site does {actual[action, role]}"
        for action, row in RULES.items()
        for role, expected in zip(ROLES, row, strict=True)
        if actual[action, role] != expected
    ]
    assert differences == []
