"""Granting and reading roles in the current portal schema."""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portals.roles.models import Membership, PortalRole, Role

logger = logging.getLogger(__name__)

ROLE_GROUP_NAMES = {
    Role.ADMIN: "Administrateurs du portail",
    Role.STAFF: "Équipe d’animation",
    Role.EDITOR: "Éditeurs",
    Role.ADVISOR: "Conseillers",
}

PAGE_PERMISSIONS = {
    Role.ADMIN: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    Role.EDITOR: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ],
    Role.STAFF: ["add_page", "change_page"],
}
COLLECTION_PERMISSIONS = {
    Role.ADMIN: [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
    Role.EDITOR: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    Role.STAFF: ["choose_image", "choose_document"],
}
# Staff configure the dossier form and survey in /cms/; admins hold every permission.
DOSSIER_CONFIGURATION = [
    f"dossiers.{action}_{model}"
    for model in ("extraquestion", "surveysection", "surveyquestion")
    for action in ("add", "change", "delete", "view")
]
MODEL_PERMISSIONS = {
    Role.EDITOR: ["wagtailadmin.access_admin"],
    Role.STAFF: ["wagtailadmin.access_admin", *DOSSIER_CONFIGURATION],
}
# Wagtail's own starter groups, replaced by the roles above.
WAGTAIL_STARTER_GROUPS = ["Editors", "Moderators"]


def _permissions(natural_keys):
    found = []
    for key in natural_keys:
        app_label, codename = key.split(".")
        found += Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        )
    return found


@transaction.atomic
def ensure_review_workflow():
    """Pages submitted for review are approved by editors or admins, then published.

    Wagtail's migrations create a workflow whose task names its "Moderators" group,
    which this product replaces by roles: the task is pointed at the role groups.
    """
    task = GroupApprovalTask.objects.order_by("pk").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Relecture")
    task.name = "Relecture par un éditeur"
    task.save(update_fields=["name"])
    task.groups.set([_role_group(Role.EDITOR), _role_group(Role.ADMIN)])

    workflow = Workflow.objects.order_by("pk").first()
    if workflow is None:
        workflow = Workflow.objects.create(name="Relecture")
    workflow.name = "Relecture avant publication"
    workflow.save(update_fields=["name"])
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    root = Page.get_first_root_node()
    if root and not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(workflow=workflow, page=root)


@transaction.atomic
def ensure_role_groups():
    """Create or complete the role groups of the current schema; idempotent."""
    Group.objects.filter(name__in=WAGTAIL_STARTER_GROUPS, portal_role=None).delete()
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    for role in Role:
        group = _role_group(role)
        if role == Role.ADMIN:
            group.permissions.set(Permission.objects.all())
        else:
            group.permissions.add(*_permissions(MODEL_PERMISSIONS.get(role, [])))
        if root_page:
            for codename in PAGE_PERMISSIONS.get(role, []):
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        if root_collection:
            for codename in COLLECTION_PERMISSIONS.get(role, []):
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(codename=codename),
                )


def _role_group(role):
    portal_role = PortalRole.objects.select_related("group").filter(code=role).first()
    if portal_role:
        return portal_role.group
    group, _ = Group.objects.get_or_create(name=ROLE_GROUP_NAMES[role])
    PortalRole.objects.create(code=role, group=group)
    return group


def grant_role(user, role):
    user.__dict__.pop("_portal_roles", None)
    group = _role_group(role)
    _, created = Membership.objects.get_or_create(user=user, group=group)
    if created:
        logger.info("role granted user=%s role=%s", user.pk, role)


def revoke_role(user, role):
    user.__dict__.pop("_portal_roles", None)
    deleted, _ = Membership.objects.filter(
        user=user, group__portal_role__code=role
    ).delete()
    if deleted:
        logger.info("role revoked user=%s role=%s", user.pk, role)


def roles_of(user) -> set[str]:
    """The person's roles in the current portal, read once per user object."""
    if not user.is_authenticated:
        return set()
    from django.db import connection

    cache = user.__dict__.setdefault("_portal_roles", {})
    if connection.schema_name not in cache:
        cache[connection.schema_name] = frozenset(
            Membership.objects.filter(
                user=user, group__portal_role__isnull=False
            ).values_list("group__portal_role__code", flat=True)
        )
    return set(cache[connection.schema_name])


def members():
    """Accounts holding any group of the current portal."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(memberships__isnull=False).distinct()
