"""Visitor pages of the sign-ups, under the language prefixes (config/urls.py includes them)."""

from django.urls import path

from tourism import views

app_name = "tourism"

urlpatterns = [
    path("tours/sessions/<int:session_id>/sign-up/", views.session_signup, name="session_signup"),
    path("tours/sessions/<int:session_id>/sign-up/sent/", views.signup_sent, name="signup_sent"),
    path("tours/my-sign-ups/", views.signup_list_request, name="signup_list_request"),
    path("tours/sign-ups/<str:token>/", views.signup_status, name="signup_status"),
    path("tours/sign-ups/<str:token>/confirm/", views.signup_confirm, name="signup_confirm"),
    path("tours/sign-ups/<str:token>/claim/", views.signup_claim, name="signup_claim"),
    path("tours/sign-ups/<str:token>/cancel/", views.signup_cancel, name="signup_cancel"),
    path("tours/sign-ups/<str:token>/party/", views.signup_party_reduce, name="signup_party_reduce"),
]
