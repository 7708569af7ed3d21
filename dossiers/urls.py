"""Public URLs of dossiers on a portal's domain (French paths, English names)."""

from django.urls import path

from dossiers.views import dossier, files, submission, survey, team

app_name = "dossiers"

urlpatterns = [
    path("deposer-une-demande/", submission.submit, name="submit"),
    path("deposer-une-demande/envoyee/", submission.submitted, name="submitted"),
    path(
        "deposer-une-demande/confirmer/<str:token>/",
        submission.confirm,
        name="confirm",
    ),
    path("mes-dossiers/", dossier.my_dossiers, name="mine"),
    path("moderation/", dossier.moderation_queue, name="moderation"),
    path("dossiers/<int:dossier_id>/", dossier.detail, name="detail"),
    path("dossiers/<int:dossier_id>/moderer/", dossier.moderate, name="moderate"),
    path("dossiers/<int:dossier_id>/statut/", dossier.change_status, name="status"),
    path("dossiers/<int:dossier_id>/repondre/", dossier.reply, name="reply"),
    path("dossiers/<int:dossier_id>/pause/", dossier.pause, name="pause"),
    path("dossiers/<int:dossier_id>/reprise/", dossier.resume, name="resume"),
    path("dossiers/<int:dossier_id>/etat-des-lieux/", survey.survey, name="survey"),
    path("dossiers/<int:dossier_id>/equipe/", team.team, name="team"),
    path(
        "dossiers/<int:dossier_id>/equipe/invitations/<int:invitation_id>/renvoyer/",
        team.resend_invitation,
        name="resend_invitation",
    ),
    path(
        "dossiers/<int:dossier_id>/equipe/invitations/<int:invitation_id>/annuler/",
        team.revoke_invitation,
        name="revoke_invitation",
    ),
    path(
        "dossiers/<int:dossier_id>/fichiers/<int:attachment_id>/",
        files.download,
        name="attachment",
    ),
    path("invitations/<str:token>/", team.invitation, name="invitation"),
]
