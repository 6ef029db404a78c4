from django.conf import settings
from django.contrib.auth import views as auth
from django.urls import path

from coffeechat.accounts import views
from coffeechat.accounts.forms import NewPasswordForm, ResetForm

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", auth.LoginView.as_view(template_name="accounts/login.html"), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("settings/", views.settings, name="settings"),
    path(
        "password/",
        auth.PasswordChangeView.as_view(
            template_name="accounts/form_page.html",
            extra_context={"title": "Change your password", "button": "Change password"},
        ),
        name="password_change",
    ),
    path(
        "password/done/",
        auth.PasswordChangeDoneView.as_view(
            template_name="accounts/message_page.html",
            extra_context={
                "title": "Password changed",
                "message": "Your new password works from now on, on every device.",
            },
        ),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        auth.PasswordResetView.as_view(
            form_class=ResetForm,
            template_name="accounts/form_page.html",
            email_template_name="accounts/password_reset_email.txt",
            subject_template_name="accounts/password_reset_subject.txt",
            extra_context={
                "title": "Reset your password",
                "intro": "Enter the e-mail address you signed up with; we will send a link to "
                "choose a new password.",
                "button": "Send the link",
            },
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth.PasswordResetDoneView.as_view(
            template_name="accounts/message_page.html",
            extra_context={
                "title": "Check your e-mail",
                "message": "If an account uses that address, a link to reset the password is on "
                "its way. It works for three days."
                + (
                    " This coffeechat has no mail server set up, so the e-mail is printed in the "
                    "window where coffeechat runs (the one you started it from)."
                    if settings.EMAIL_BACKEND.endswith("console.EmailBackend")
                    else ""
                ),
            },
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth.PasswordResetConfirmView.as_view(
            form_class=NewPasswordForm,
            template_name="accounts/form_page.html",
            extra_context={"title": "Choose a new password", "button": "Save the new password"},
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth.PasswordResetCompleteView.as_view(
            template_name="accounts/message_page.html",
            extra_context={
                "title": "Password saved",
                "message": "You can sign in with your new password now.",
                "link": "login",
                "link_text": "Sign in",
            },
        ),
        name="password_reset_complete",
    ),
]
