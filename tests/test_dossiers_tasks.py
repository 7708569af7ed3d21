"""The portal queue: every task runs in the portal it was enqueued from."""

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from portals.tasks import PortalTaskError, portal_task, run_queued_tasks


@portal_task
def schema_probe(label):
    return {"label": label, "schema": connection.schema_name}


def test_task_enqueued_from_a_portal_runs_in_that_portal(portal_a, portal_b):
    with portal_a:
        from_a = schema_probe.enqueue("a")
    with portal_b:
        from_b = schema_probe.enqueue("b")

    assert connection.schema_name == "public"
    assert run_queued_tasks() == 2

    ran_a = DBTaskResult.objects.get(id=from_a.id)
    ran_b = DBTaskResult.objects.get(id=from_b.id)
    assert ran_a.return_value == {"label": "a", "schema": "alpha"}
    assert ran_b.return_value == {"label": "b", "schema": "beta"}
    assert ran_a.args_kwargs["args"][0] == "alpha"
    assert connection.schema_name == "public"


def test_task_cannot_be_enqueued_outside_a_portal(db):
    with pytest.raises(PortalTaskError):
        schema_probe.enqueue("nowhere")


def test_task_stored_without_a_portal_fails_loudly(db):
    # As if enqueued by code that bypassed PortalTask.enqueue.
    from django_tasks.base import Task

    result = Task.enqueue(schema_probe, "no portal")

    run_queued_tasks()

    stored = DBTaskResult.objects.get(id=result.id)
    assert stored.status == "FAILED"
    assert "PortalTaskError" in stored.exception_class_path


def test_wagtail_tasks_stay_on_the_immediate_default_backend(db):
    from django_tasks import task_backends

    assert type(task_backends["default"]).__name__ == "ImmediateBackend"
    assert schema_probe.backend == "portal_queue"
