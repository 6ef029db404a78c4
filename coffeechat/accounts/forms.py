from axes.utils import reset as reset_sign_in_attempts
from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm

from coffeechat.accounts.models import User
from coffeechat.lib.forms import time_zone_choices, time_zone_field


class SignUpForm(forms.ModelForm):
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 8 characters, not a common password.",
    )
    password2 = forms.CharField(
        label="Password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    time_zone = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = User
        fields = ["name", "email"]
        widgets = {
            # The first field gets the focus: name comes before e-mail on the page.
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name", "autofocus": True}),
        }
        help_texts = {"name": "What coffeechat calls you. You can change it later."}

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "There is already an account with this e-mail address. Sign in, or reset the password."
            )
        return email

    def clean_time_zone(self):
        # Filled in by the browser; anything we do not recognise falls back to UTC.
        name = self.cleaned_data.get("time_zone") or "UTC"
        return name if name in dict(time_zone_choices()) else "UTC"

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "The two passwords are not the same.")
        elif p1:
            user = User(email=cleaned.get("email", ""), name=cleaned.get("name", ""))
            try:
                password_validation.validate_password(p1, user)
            except forms.ValidationError as e:
                self.add_error("password1", e)
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        user.time_zone = self.cleaned_data["time_zone"]
        user.set_password(self.cleaned_data["password1"])
        if commit:
            user.save()
        return user


class SettingsForm(forms.ModelForm):
    time_zone = time_zone_field(
        label="Your time zone", help_text="Due dates and “today” follow this time zone."
    )

    class Meta:
        model = User
        fields = ["name", "email", "time_zone"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("Another account uses this e-mail address.")
        return email


class ResetForm(PasswordResetForm):
    email = forms.EmailField(
        label="E-mail address", max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class NewPasswordForm(SetPasswordForm):
    """Choosing a new password through the e-mailed link also lifts a sign-in pause: whoever
    holds the link owns the mailbox, and should not wait 15 minutes to use the new password."""

    def save(self, commit=True):
        user = super().save(commit)
        reset_sign_in_attempts(username=user.email.lower())
        return user
