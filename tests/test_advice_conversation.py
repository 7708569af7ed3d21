"""The dossier's conversation and timeline, as the people on it see them."""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command

from advice.models import Message
from portals.tasks import run_queued_tasks
from tests.factories_advice import (
    accepted_dossier,
    make_advisor,
    make_recommendation,
    put_on_dossier,
)
from tests.factories_dossiers import pdf_upload

PAYLOADS = "\n\n".join(
    [
        "<script>alert('message')</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="#" onclick="alert(2)">clic</a>',
        "[lien piégé](javascript:alert(3))",
        '<a href="javascript:alert(4)">brut</a>',
        "[données](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)",
        "**Texte conservé** et [un vrai lien](https://www.ecologie.gouv.fr/)",
    ]
)
HOSTILE_NAME = "<script>alert('projet')</script><img src=x onerror=alert(6)>"


def assert_inert(html):
    assert "<script" not in html.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.IGNORECASE)
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*(javascript|data):""", html, re.I)


@pytest.fixture
def followed(portal_a, make_user):
    owner = make_user("owner@commune.test", first_name="Lucie", last_name="Moreau")
    advisor = make_user("advisor@ddt.test", first_name="Paul", last_name="Martin")
    make_advisor(portal_a, advisor)
    dossier = accepted_dossier(portal_a, owner, project_name=HOSTILE_NAME)
    put_on_dossier(portal_a, dossier, advisor)
    return dossier, owner, advisor


def test_markdown_payloads_are_inert_in_the_dossier_page(
    portal_a, client_for, followed
):
    dossier, owner, advisor = followed
    make_recommendation(portal_a, dossier, advisor, "Piège", body=PAYLOADS)
    client = client_for(portal_a, owner)

    client.post(f"/dossiers/{dossier.pk}/messages/", {"body": PAYLOADS})
    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()

    conversation = page[page.index('id="conversation"') :]
    assert "<strong>Texte conservé</strong>" in conversation
    assert 'href="https://www.ecologie.gouv.fr/"' in conversation
    assert page.count("<strong>Texte conservé</strong>") == 2  # message and advice
    assert_inert(page.replace(_theme_scripts(page), ""))


def _theme_scripts(page):
    """The theme's own <script src=…> tags, which are not the people's content."""
    return "".join(re.findall(r'<script[^>]*src="[^"]*"[^>]*>\s*</script>', page))


def test_hostile_names_and_titles_are_inert_in_the_digest_email(portal_a, followed):
    from advice import actions

    dossier, owner, advisor = followed
    with portal_a:
        draft = actions.save_recommendation(
            advisor,
            dossier,
            title='<a href="javascript:alert(7)">Cliquez</a>',
            body=PAYLOADS,
        )
        actions.publish_recommendation(advisor, draft)
        actions.post_message(advisor, dossier, PAYLOADS)

    call_command("send_advice_emails", stdout=io.StringIO())
    run_queued_tasks()

    [email] = [email for email in mail.outbox if email.to == [owner.email]]
    [(html, _mime)] = email.alternatives
    assert "&lt;script&gt;" in html  # shown as text, not run
    assert_inert(html)


def test_join_publish_and_answer_appear_in_the_timeline_with_who_and_when(
    portal_a, client_for, followed, make_user
):
    dossier, owner, advisor = followed
    newcomer = make_user("newcomer@ddt.test", first_name="Inès", last_name="Roux")
    make_advisor(portal_a, newcomer)
    draft = make_recommendation(portal_a, dossier, advisor, "Audit", published=False)

    client_for(portal_a, newcomer).post(
        f"/dossiers/{dossier.pk}/rejoindre/", {"role": "advisor"}
    )
    client_for(portal_a, advisor).post(
        f"/dossiers/{dossier.pk}/recommandations/{draft.pk}/publier/"
    )
    client_for(portal_a, owner).post(
        f"/dossiers/{dossier.pk}/recommandations/{draft.pk}/reponse/",
        {"status": "blocked", "comment": "Pas de budget."},
    )
    page = client_for(portal_a, owner).get(f"/dossiers/{dossier.pk}/")
    html = page.content.decode()
    timeline = html[html.index('id="timeline-title"') :]

    lines = [
        re.sub(r"\s+", " ", line)
        for line in re.findall(r"<li>(.*?)</li>", timeline, re.S)
    ]
    expected = [
        ("Un conseiller suit le dossier", "par Inès Roux"),
        ("Recommandation publiée", "par Paul Martin"),
        ("Réponse à une recommandation", "par Lucie Moreau"),
    ]
    for kind, who in expected:
        [line] = [line for line in lines if kind in line]
        assert who in line
        assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[\d:.]+', line)
    assert "Audit : Bloquée" in timeline


def test_file_attached_to_a_message_is_listed_with_it(
    portal_a, client_for, followed, cleanup_media
):
    cleanup_media(portal_a.schema_name)
    dossier, owner, advisor = followed

    client_for(portal_a, owner).post(
        f"/dossiers/{dossier.pk}/messages/",
        {"body": "Voici le plan", "attachment": pdf_upload("plan-masse.pdf")},
    )

    with portal_a:
        message = Message.objects.get(body="Voici le plan")
        assert [f.attachment.original_name for f in message.files.all()] == [
            "plan-masse.pdf"
        ]
