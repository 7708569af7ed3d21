"""A sample of communes, so that a fresh database (tests, demo) can find some.

Production loads the full files with ``manage.py load_communes --communes ...
--postal-codes ...``, which updates these rows in place.
"""

from django.db import migrations


def load_sample(apps, schema_editor):
    from geo.loading import load_communes

    load_communes(
        commune_model=apps.get_model("geo", "Commune"),
        department_model=apps.get_model("geo", "Department"),
    )


def remove_sample(apps, schema_editor):
    from geo.loading import read_communes, SAMPLE_COMMUNES

    communes, _ = read_communes(SAMPLE_COMMUNES)
    apps.get_model("geo", "Commune").objects.filter(insee_code__in=communes).delete()


class Migration(migrations.Migration):
    dependencies = [("geo", "0002_regions_departments")]

    operations = [migrations.RunPython(load_sample, remove_sample)]
