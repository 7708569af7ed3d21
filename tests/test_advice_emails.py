"""Daily digests and reminders: sent once, on schedule, to those who may see."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from advice import actions
from advice.models import AdviceSettings, Recommendation
from portals.tasks import run_queued_tasks
from tests.factories_advice import (
    accepted_dossier,
    make_advisor,
    make_recommendation,
    put_on_dossier,
)


def send_daily_emails():
    """What cron does, then what the worker does; the emails sent this time."""
    already = len(mail.outbox)
    call_command("send_advice_emails", stdout=io.StringIO())
    run_queued_tasks()
    return mail.outbox[already:]


def to(person, emails):
    return [email for email in emails if email.to == [person.email]]


def html_of(email):
    [(html, _mime)] = email.alternatives
    return html


@pytest.fixture
def team(portal_a, make_user):
    """An accepted dossier of A: owner, member, two advisors and an observer."""
    people = {
        name: make_user(f"{name}@exemple.test")
        for name in ("owner", "member", "advisor", "colleague", "observer")
    }
    for name in ("advisor", "colleague", "observer"):
        make_advisor(portal_a, people[name])
    dossier = accepted_dossier(
        portal_a,
        people["owner"],
        members=[people["member"]],
        project_name="Halle aux grains",
    )
    put_on_dossier(portal_a, dossier, people["advisor"])
    put_on_dossier(portal_a, dossier, people["colleague"])
    put_on_dossier(portal_a, dossier, people["observer"], "observer")
    return dossier, people


def test_one_digest_per_person_lists_their_news_of_every_dossier(
    portal_a, make_user, team
):
    dossier, people = team
    other = accepted_dossier(portal_a, people["owner"], project_name="Pont du canal")
    put_on_dossier(portal_a, other, people["advisor"])
    with portal_a:
        draft = actions.save_recommendation(
            people["advisor"], dossier, title="Faire un diagnostic", body="Vite."
        )
        actions.publish_recommendation(people["advisor"], draft)
        actions.post_message(people["owner"], other, "Où en est le pont ?")

    emails = send_daily_emails()

    assert sorted(address for email in emails for address in email.to) == sorted(
        person.email for person in people.values()
    )
    [to_owner] = to(people["owner"], emails)
    assert "Faire un diagnostic" in to_owner.body
    assert "Pont du canal" not in to_owner.body  # their own message: no news
    [to_advisor] = to(people["advisor"], emails)
    assert "Nouveau message sur « Pont du canal »" in to_advisor.body
    assert "Faire un diagnostic" not in to_advisor.body  # their own recommendation


def test_running_the_command_twice_sends_nothing_twice(portal_a, team):
    dossier, people = team
    with portal_a:
        actions.post_message(people["owner"], dossier, "Bonjour à tous")

    first = send_daily_emails()
    second = send_daily_emails()

    assert len(first) == 4
    assert second == []


def test_reminder_goes_once_after_the_portals_delay_and_not_before(portal_a, team):
    dossier, people = team
    with portal_a:
        settings = AdviceSettings.for_site(Site.objects.get(is_default_site=True))
        settings.reminder_delay_days = 10
        settings.save()
    waiting = make_recommendation(portal_a, dossier, people["advisor"], "Audit")
    answered = make_recommendation(portal_a, dossier, people["advisor"], "Étude")
    with portal_a:
        actions.answer_recommendation(people["owner"], answered, status="done")
        Recommendation.objects.update(
            published_at=timezone.now() - datetime.timedelta(days=9, hours=23)
        )

    def reminders():
        return [e for e in send_daily_emails() if "attend votre réponse" in e.subject]

    assert reminders() == []
    with portal_a:
        Recommendation.objects.update(
            published_at=timezone.now() - datetime.timedelta(days=10, hours=1)
        )
    sent = reminders()
    again = reminders()

    assert sorted(address for email in sent for address in email.to) == [
        "member@exemple.test",
        "owner@exemple.test",
    ]
    assert all("« Audit »" in email.body for email in sent)
    assert all(
        f"http://alpha.test/dossiers/{dossier.pk}/#recommandation-{waiting.pk}"
        in email.body
        for email in sent
    )
    assert again == []


def test_advisor_who_left_gets_no_news_of_the_dossier(portal_a, team):
    dossier, people = team
    with portal_a:
        actions.post_message(people["owner"], dossier, "Avant le départ")
        actions.leave_dossier(people["colleague"], dossier)
        actions.post_message(people["owner"], dossier, "Après le départ")

    emails = send_daily_emails()

    assert to(people["colleague"], emails) == []
    [to_advisor] = to(people["advisor"], emails)
    assert to_advisor.body.count("Nouveau message sur « Halle aux grains »") == 2


def test_private_notes_never_reach_the_applicants_team(portal_a, team):
    dossier, people = team
    with portal_a:
        actions.post_message(
            people["advisor"], dossier, "Le maire hésite encore", private=True
        )

    emails = send_daily_emails()

    assert to(people["owner"], emails) == []
    assert to(people["member"], emails) == []
    [to_observer] = to(people["observer"], emails)
    assert "Note privée sur « Halle aux grains »" in to_observer.body


def test_digest_speaks_in_the_portals_name_with_links_to_its_domain(portal_a, team):
    dossier, people = team
    with portal_a:
        actions.post_message(people["advisor"], dossier, "Un premier conseil")

    [email] = to(people["owner"], send_daily_emails())

    assert email.subject.startswith("[Alpha]")
    assert email.from_email.startswith("Alpha <")
    link = f"http://alpha.test/dossiers/{dossier.pk}/"
    assert link in email.body
    assert f'href="{link}' in html_of(email)
    assert "http://alpha.test/notifications/" in email.body


def test_people_of_portal_a_get_nothing_about_portal_b(
    portal_a, portal_b, make_user, team
):
    dossier, people = team
    both = make_user("both@ddt.test")
    make_advisor(portal_a, both)
    make_advisor(portal_b, both)
    put_on_dossier(portal_a, dossier, both)
    in_b = accepted_dossier(portal_b, make_user("maire-b@commune.test"))
    with portal_b:
        in_b.project_name = "Secret de B"
        in_b.save()
    put_on_dossier(portal_b, in_b, both)
    with portal_a:
        actions.post_message(people["owner"], dossier, "Nouvelles de A")
    with portal_b:
        actions.post_message(in_b.owner, in_b, "Nouvelles de B")

    emails = send_daily_emails()

    from_b = [email for email in emails if email.subject.startswith("[Beta]")]
    assert [email.to for email in from_b] == [[both.email]]
    assert "Secret de B" in from_b[0].body
    for email in emails:
        if email not in from_b:
            assert "Secret de B" not in email.body + html_of(email)
            assert "beta.test" not in email.body + html_of(email)
    assert "alpha.test" not in from_b[0].body + html_of(from_b[0])
