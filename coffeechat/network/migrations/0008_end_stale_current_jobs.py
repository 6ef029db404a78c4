"""Repair work history left behind by the person form before Person.set_job: a job still marked
current at a company the person no longer works at (their company was changed or cleared by hand).
Warm paths listed them as working there now. The end date is unknown, so it stays empty."""

from django.db import migrations
from django.db.models import F


def end_stale_current_jobs(apps, schema_editor):
    Job = apps.get_model("network", "Job")
    stale = Job.objects.filter(is_current=True).exclude(company_id=F("person__company_id"))
    Job.objects.filter(pk__in=list(stale.values_list("pk", flat=True))).update(is_current=False)


class Migration(migrations.Migration):
    dependencies = [("network", "0007_connection_path_indexes")]

    operations = [migrations.RunPython(end_stale_current_jobs, migrations.RunPython.noop)]
