"""Finding communes from what a person types: a postal code or part of a name."""

from django.core.cache import cache
from django.db.models import (
    Case,
    CharField,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)

from geo.models import Commune, Department
from geo.text import fold

# "st etienne" and "ste foy" as people write them; only before another word, so
# that "st" alone still finds Strasbourg or Stains.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


def _expand(folded: str) -> str:
    words = folded.split(" ")
    return " ".join(
        [_ABBREVIATIONS.get(word, word) for word in words[:-1]] + words[-1:]
    )


def find_communes(query: str, limit: int = 10) -> QuerySet[Commune]:
    """Communes matching ``query``, best first, at most ``limit`` (one SQL query).

    - five digits: the communes served by that postal code;
    - two to four digits: the communes with a postal code starting so;
    - anything else: communes whose folded name starts with the folded query, or
      has a word that does ("etienne" finds Saint-Étienne); exact names first.
    """
    query = (query or "").strip()
    communes = Commune.objects.select_related("department")
    if query.isdigit():
        if len(query) == 5:
            return communes.filter(postal_codes__contains=[query]).order_by(
                "name", "insee_code"
            )[:limit]
        if 2 <= len(query) <= 4:
            # Codes joined by spaces: a code starts with the query at the start of
            # the text or after a space. A scan, but of short rows (a few ms).
            return (
                communes.annotate(
                    joined_codes=Func(
                        "postal_codes",
                        Value(" "),
                        function="array_to_string",
                        output_field=CharField(),
                    )
                )
                .filter(
                    Q(joined_codes__startswith=query)
                    | Q(joined_codes__contains=f" {query}")
                )
                .order_by("name", "insee_code")[:limit]
            )
        return communes.none()
    folded = _expand(fold(query))
    if not folded:
        return communes.none()
    return (
        communes.filter(
            Q(search_name__startswith=folded) | Q(search_name__contains=f" {folded}")
        )
        .annotate(
            rank=Case(
                When(search_name=folded, then=Value(0)),
                When(search_name__startswith=folded, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .order_by("rank", "name", "insee_code")[:limit]
    )


def department_options():
    """(code, name) of every department; reference data, cached for an hour."""
    return cache.get_or_set(
        "geo:department-options",
        lambda: list(Department.objects.order_by("code").values_list("code", "name")),
        3600,
    )
