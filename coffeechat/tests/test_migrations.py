"""Every model change comes with its migration, or a fresh install would not match the code."""

import io

from django.core.management import call_command


def test_no_model_change_lacks_a_migration(db):
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as e:
        raise AssertionError(f"A model change has no migration:\n{out.getvalue()}") from e
