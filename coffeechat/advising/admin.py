from django.contrib import admin

from coffeechat.advising.models import Advisor, Organisation, Sharing


class AdvisorInline(admin.TabularInline):
    model = Advisor
    extra = 1
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "advisor_count", "created_at"]
    search_fields = ["name"]
    inlines = [AdvisorInline]

    @admin.display(description="advisors")
    def advisor_count(self, organisation):
        return organisation.advisors.count()


@admin.register(Sharing)
class SharingAdmin(admin.ModelAdmin):
    """Who shares with whom, for support questions. The content itself is not shown here."""

    list_display = ["owner", "advisor", "share_preparation", "share_progress", "started_at"]
    list_filter = ["advisor__organisation"]
    search_fields = ["owner__email", "advisor__user__email"]
    readonly_fields = ["owner", "advisor", "share_preparation", "share_progress", "started_at"]

    def has_add_permission(self, request):
        return False  # students join by accepting an invitation, never added behind their back
