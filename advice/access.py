"""Who may see and do what on a dossier's advice, in the current portal.

The rules are written out in the README ("Who may see and do what"); one test walks
the whole table. Every view asks here; a person who may not see a dossier gets a
404, never a hint that it exists.
"""

from dataclasses import dataclass
from functools import cached_property

from dossiers.models import DossierStatus
from portals.roles.models import Role
from portals.roles.services import roles_of

# Dossiers advisors work on: accepted, whatever became of them since.
ADVISABLE_STATUSES = (
    DossierStatus.TO_ADVISE,
    DossierStatus.IN_PROGRESS,
    DossierStatus.DONE,
    DossierStatus.STUCK,
    DossierStatus.PAUSED,
)


def accepted_profile(user):
    """The person's accepted advisor profile in this portal (with its departments)."""
    from advice.models import AdvisorProfile, ProfileStatus

    if not user.is_authenticated or Role.ADVISOR not in roles_of(user):
        return None
    return (
        AdvisorProfile.objects.filter(user=user, status=ProfileStatus.ACCEPTED)
        .prefetch_related("departments")
        .first()
    )


@dataclass
class DossierAccess:
    """One person's standing on one dossier, computed once per request."""

    user: object
    dossier: object

    @cached_property
    def roles(self):
        return roles_of(self.user)

    @cached_property
    def is_staff(self):
        from dossiers.access import MODERATOR_ROLES

        return bool(self.roles & MODERATOR_ROLES)

    @cached_property
    def team_role(self):
        """``owner`` or ``member`` of the applicant's team, or None."""
        from dossiers.access import member_role

        return member_role(self.user, self.dossier)

    @cached_property
    def advisor_links(self):
        """Who follows the dossier, read once for the rules and for the page."""
        return list(self.dossier.advisors.select_related("user"))

    @cached_property
    def advisor_role(self):
        """``advisor`` or ``observer`` on this dossier, or None."""
        if not self.user.is_authenticated:
            return None
        for link in self.advisor_links:
            if link.user_id == self.user.pk:
                return link.role
        return None

    @cached_property
    def profile(self):
        return accepted_profile(self.user)

    @property
    def is_team(self):
        return self.team_role is not None

    @property
    def is_advisor(self):
        return self.advisor_role == "advisor"

    @property
    def is_observer(self):
        return self.advisor_role == "observer"

    @property
    def is_advisable(self):
        return self.dossier.status in ADVISABLE_STATUSES

    @cached_property
    def covers_territory(self):
        """An advisor of the portal whose territory includes the dossier."""
        if self.profile is None or not self.is_advisable:
            return False
        department_id = (
            self.dossier.commune.department_id if self.dossier.commune_id else None
        )
        return self.profile.covers(department_id)

    # What the person may do.

    @property
    def can_view(self):
        return (
            self.is_team
            or self.advisor_role is not None
            or self.is_staff
            or self.covers_territory
        )

    @property
    def can_follow_conversation(self):
        return self.is_team or self.advisor_role is not None or self.is_staff

    @property
    def can_see_private_notes(self):
        return self.advisor_role is not None or self.is_staff

    @property
    def can_join(self):
        return self.advisor_role is None and self.covers_territory

    @property
    def can_leave(self):
        return self.advisor_role is not None

    @property
    def can_recommend(self):
        return self.is_advisor and self.is_advisable

    @property
    def can_answer(self):
        return self.is_team

    @property
    def can_post_message(self):
        return self.can_follow_conversation

    @property
    def can_manage_advisors(self):
        return self.is_staff

    def can_see_recommendation(self, recommendation):
        if recommendation.is_published:
            return self.can_follow_conversation
        return self.advisor_role is not None or self.is_staff
