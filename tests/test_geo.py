"""Reference geography: shipped regions and departments, commune loading, search."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from geo.loading import SAMPLE_COMMUNES, SAMPLE_POSTAL_CODES
from geo.models import Commune, Department, Region
from geo.search import find_communes
from geo.text import fold

pytestmark = pytest.mark.django_db


def names(communes):
    return [commune.name for commune in communes]


def test_fold():
    assert fold("Ça, c'est l'Été !") == "ca c est l ete"
    assert fold("  Saint-Étienne  ") == "saint etienne"
    assert fold("Marcq-en-Barœul") == "marcq en baroeul"
    assert fold("L’Haÿ-les-Roses") == "l hay les roses"
    assert fold("") == ""


def test_regions_and_departments_ship_with_the_migrations():
    assert Region.objects.count() == 18
    assert Department.objects.count() == 101
    corse_du_sud = Department.objects.get(code="2A")
    assert (corse_du_sud.name, corse_du_sud.region.code) == ("Corse-du-Sud", "94")
    assert Department.objects.get(code="971").region.name == "Guadeloupe"
    assert Department.objects.get(code="42").region.name == "Auvergne-Rhône-Alpes"


def test_sample_communes_ship_with_the_migrations():
    saint_etienne = Commune.objects.get(insee_code="42218")
    assert saint_etienne.name == "Saint-Étienne"
    assert saint_etienne.search_name == "saint etienne"
    assert saint_etienne.department.code == "42"
    assert saint_etienne.postal_codes == ["42000", "42100"]
    # Municipal arrondissements are not communes; their postal codes go to the city.
    assert not Commune.objects.filter(insee_code="69381").exists()
    lyon = Commune.objects.get(insee_code="69123")
    assert lyon.postal_codes == [f"6900{n}" for n in range(1, 10)]


def test_load_communes_is_idempotent(tmp_path):
    # Plain SQL: the ORM's delete would look for the dossiers that point to communes
    # in the public schema, where dossiers have no table.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM geo_commune")
    out = tmp_path / "out"

    def load():
        with out.open("w") as stream:
            call_command(
                "load_communes",
                communes=str(SAMPLE_COMMUNES),
                postal_codes=str(SAMPLE_POSTAL_CODES),
                stdout=stream,
            )
        return out.read_text()

    first = load()
    count = Commune.objects.count()
    assert count == 70
    assert f"{count} created, 0 updated, 0 unchanged" in first
    postal_codes = dict(Commune.objects.values_list("insee_code", "postal_codes"))

    second = load()
    assert f"0 created, 0 updated, {count} unchanged" in second
    assert Commune.objects.count() == count
    assert dict(Commune.objects.values_list("insee_code", "postal_codes")) == (
        postal_codes
    )


def test_load_communes_updates_changed_rows(tmp_path):
    Commune.objects.filter(insee_code="42218").update(
        name="Saint-Etienne", search_name="x", postal_codes=["42000"]
    )
    call_command("load_communes", stdout=(tmp_path / "out").open("w"))
    saint_etienne = Commune.objects.get(insee_code="42218")
    assert saint_etienne.name == "Saint-Étienne"
    assert saint_etienne.search_name == "saint etienne"
    assert saint_etienne.postal_codes == ["42000", "42100"]


def test_load_communes_rejects_a_wrong_header(tmp_path):
    wrong = tmp_path / "communes.csv"
    wrong.write_text("code,nom\n42218,Saint-Étienne\n", encoding="utf-8")
    with pytest.raises(CommandError, match="unexpected header.*missing: TYPECOM"):
        call_command("load_communes", communes=str(wrong))

    wrong_postal = tmp_path / "postal.csv"
    wrong_postal.write_text(
        "Code_commune_INSEE,Code_postal\n42218,42000\n", encoding="utf-8"
    )
    with pytest.raises(CommandError, match="unexpected header"):
        call_command("load_communes", postal_codes=str(wrong_postal))


def test_load_communes_rejects_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("load_communes", communes=str(tmp_path / "absent.csv"))


@pytest.mark.parametrize(
    "query", ["saint etienne", "SAINT-ETIENNE", "Saint-Étienne", "st etienne"]
)
def test_find_communes_by_name(query):
    assert names(find_communes(query))[0] == "Saint-Étienne"


def test_find_communes_matches_word_starts_and_ranks_exact_names_first():
    assert "Saint-Étienne" in names(find_communes("etienne"))
    assert names(find_communes("arbresle")) == ["L'Arbresle"]
    assert names(find_communes("villeneuve d")) == ["Villeneuve-d'Ascq"]
    assert names(find_communes("baroeul")) == ["Marcq-en-Barœul"]
    # "Lyon" itself before "Sainte-Foy-lès-Lyon".
    assert names(find_communes("lyon")) == ["Lyon", "Sainte-Foy-lès-Lyon"]
    # "st" alone is a prefix, not an abbreviation.
    assert names(find_communes("st")) == []
    assert names(find_communes("")) == []


def test_find_communes_by_postal_code():
    assert names(find_communes("42100")) == ["Saint-Étienne"]
    assert names(find_communes("20167")) == ["Afa", "Alata", "Appietto"]
    assert names(find_communes("59160")) == ["Capinghem", "Lille"]
    assert names(find_communes("99999")) == []


def test_find_communes_by_postal_code_prefix():
    assert set(names(find_communes("421", limit=50))) == {
        "Andrézieux-Bouthéon",
        "Bonson",
        "Feurs",
        "Saint-Étienne",
        "Saint-Just-Saint-Rambert",
    }
    assert set(names(find_communes("2016"))) == {
        "Afa",
        "Alata",
        "Appietto",
        "Bonifacio",
    }
    assert len(find_communes("13", limit=5)) == 5


def test_find_communes_is_one_query():
    for text in ["saint etienne", "42000", "421"]:
        with CaptureQueriesContext(connection) as queries:
            communes = list(find_communes(text))
            [str(commune) for commune in communes]
        assert communes
        # django-tenants may set the search path first; that is not ours to count.
        selects = [
            query["sql"]
            for query in queries.captured_queries
            if not query["sql"].startswith("SET search_path")
        ]
        assert len(selects) == 1, selects
