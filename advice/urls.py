from django.urls import path

from advice import views

app_name = "advice"

urlpatterns = [
    path("conseil/", views.dashboard, name="dashboard"),
    path("conseil/export.csv", views.export_csv, name="export"),
    path("conseil/devenir-conseiller/", views.become_advisor, name="become_advisor"),
    path("conseil/conseillers/", views.advisor_requests, name="advisor_requests"),
    path(
        "conseil/conseillers/<int:profile_id>/decision/",
        views.decide_advisor,
        name="decide_advisor",
    ),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/lues/", views.mark_read, name="mark_read"),
    path("dossiers/<int:dossier_id>/rejoindre/", views.join, name="join"),
    path("dossiers/<int:dossier_id>/quitter/", views.leave, name="leave"),
    path(
        "dossiers/<int:dossier_id>/conseillers/",
        views.manage_advisor,
        name="manage_advisor",
    ),
    path(
        "dossiers/<int:dossier_id>/recommandations/nouvelle/",
        views.recommendation_form,
        name="recommendation_new",
    ),
    path(
        "dossiers/<int:dossier_id>/recommandations/<int:recommendation_id>/",
        views.recommendation_form,
        name="recommendation_edit",
    ),
    path(
        "dossiers/<int:dossier_id>/recommandations/<int:recommendation_id>/publier/",
        views.publish,
        name="recommendation_publish",
    ),
    path(
        "dossiers/<int:dossier_id>/recommandations/<int:recommendation_id>/deplacer/",
        views.move,
        name="recommendation_move",
    ),
    path(
        "dossiers/<int:dossier_id>/recommandations/<int:recommendation_id>/reponse/",
        views.answer,
        name="recommendation_answer",
    ),
    path("dossiers/<int:dossier_id>/messages/", views.post, name="post_message"),
]
