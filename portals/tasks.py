"""Background work that belongs to a portal, on the project's database queue.

A *portal task* is a django-tasks ``Task`` whose first stored argument is the schema
of the portal it was enqueued from. Enqueuing outside a portal raises; running with
no schema, or a schema that is not a live portal's, raises too; otherwise the worker
runs the function inside that schema and returns to ``public`` afterwards.

Wagtail's own tasks stay on the ``default`` backend, which runs them at once in the
request's schema (settings ``TASKS``); only the project's tasks use the queue.

The queue is a table of ``public`` written in the caller's transaction: a task
enqueued by an operation that rolls back disappears with it, and a worker never sees
a task before the rows it refers to are committed.
"""

import functools
import logging

from django.db import connection, transaction
from django_tasks.base import DEFAULT_TASK_PRIORITY, DEFAULT_TASK_QUEUE_NAME, Task
from django_tenants.utils import get_public_schema_name

logger = logging.getLogger(__name__)

PORTAL_QUEUE_BACKEND = "portal_queue"


class PortalTaskError(RuntimeError):
    """A portal task was enqueued or run without a portal to run in."""


class PortalTask(Task):
    """A task that carries its portal's schema as its first argument."""

    __slots__ = ()

    def enqueue(self, *args, **kwargs):
        return super().enqueue(_current_schema(self), *args, **kwargs)

    async def aenqueue(self, *args, **kwargs):
        return await super().aenqueue(_current_schema(self), *args, **kwargs)


def portal_task(function=None, *, priority=DEFAULT_TASK_PRIORITY, queue_name=None):
    """Declare ``function`` a portal task on the portal queue.

    ``my_task.enqueue(...)`` stores the current portal's schema before the arguments;
    the worker calls ``function(...)`` inside that schema.
    """

    def declare(function):
        @functools.wraps(function)
        def run_in_portal(*args, **kwargs):
            schema_name = args[0] if args else None
            portal = _live_portal(schema_name, function)
            with portal:
                logger.info(
                    "portal task started task=%s portal=%s",
                    function.__qualname__,
                    schema_name,
                )
                return function(*args[1:], **kwargs)

        return PortalTask(
            func=run_in_portal,
            priority=priority,
            backend=PORTAL_QUEUE_BACKEND,
            queue_name=queue_name or DEFAULT_TASK_QUEUE_NAME,
        )

    return declare(function) if function is not None else declare


def _current_schema(task):
    schema_name = connection.schema_name
    if not schema_name or schema_name == get_public_schema_name():
        raise PortalTaskError(
            f"{task.name} must be enqueued from a portal's schema, not {schema_name!r}."
        )
    return schema_name


def _live_portal(schema_name, function):
    from portals.models import Portal

    if not isinstance(schema_name, str) or not schema_name:
        raise PortalTaskError(
            f"{function.__qualname__} carries no portal: refusing to run it."
        )
    portal = (
        Portal.objects.real().filter(schema_name=schema_name).first()
        if schema_name != get_public_schema_name()
        else None
    )
    if portal is None:
        raise PortalTaskError(
            f"{function.__qualname__} names no portal ({schema_name!r}): "
            "refusing to run it."
        )
    return portal


def run_queued_tasks(backend_name=PORTAL_QUEUE_BACKEND, limit=1000):
    """Run the ready tasks of the queue in this process, in the worker's order.

    What ``db_worker --batch`` does, without its connection handling, so that tests
    and commands can run inside a transaction. Returns the number of tasks run.
    """
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=backend_name,
        startup_delay=False,
        max_tasks=None,
        worker_id="in-process",
        excluded_queue_names=[],
    )
    ran = 0
    while ran < limit:
        connection.set_schema_to_public()
        with transaction.atomic():
            result = (
                DBTaskResult.objects.ready()
                .filter(backend_name=backend_name)
                .get_locked()
            )
            if result is not None:
                result.claim(worker.worker_id)
        if result is None:
            break
        worker.run_task(result)
        ran += 1
    connection.set_schema_to_public()
    return ran
