"""The review workflow: staff submit sheets, editors approve and publish them."""

from wagtail.models import Workflow

from portals.roles.models import Role
from tests.factories_resources import make_sheet


def test_a_sheet_submitted_by_staff_is_published_when_an_editor_approves(
    portal_a, make_user
):
    staff = make_user("animation@portail.test", roles=[(portal_a, Role.STAFF)])
    editor = make_user("editrice@portail.test", roles=[(portal_a, Role.EDITOR)])
    sheet = make_sheet(portal_a, "Recenser les friches", publish=False)

    with portal_a:
        workflow = sheet.get_workflow()
        assert workflow.name == "Relecture avant publication"
        workflow.start(sheet, user=staff)
        sheet.refresh_from_db()
        state = sheet.current_workflow_task_state
        task = state.task.specific
        staff_actions = [action[0] for action in task.get_actions(sheet, staff)]
        editor_actions = [action[0] for action in task.get_actions(sheet, editor)]
        assert "approve" not in staff_actions
        assert "approve" in editor_actions

        task.on_action(state, editor, "approve")
        sheet.refresh_from_db()

        assert sheet.live
        assert Workflow.objects.count() == 1


def test_the_review_task_belongs_to_editors_and_admins(portal_a):
    with portal_a:
        task = Workflow.objects.get().tasks.get().specific
        names = set(task.groups.values_list("portal_role__code", flat=True))

    assert names == {"editor", "admin"}
