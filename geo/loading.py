"""Load communes from INSEE's commune file and La Poste's postal-code file.

Both files are read whole (the real ones hold about 35,000 and 39,000 rows), matched
against the communes already stored with one query, then written with one bulk insert
and one bulk update, so that loading the same files twice changes nothing.

The model classes are parameters so that a data migration can pass its historical
models; the command passes the current ones.
"""

import csv
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from geo.text import fold

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
SAMPLE_COMMUNES = DATA_DIR / "communes_sample.csv"
SAMPLE_POSTAL_CODES = DATA_DIR / "postal_codes_sample.csv"

# INSEE, "code officiel géographique", communes file (comma-separated).
COMMUNE_COLUMNS = (
    "TYPECOM",
    "COM",
    "REG",
    "DEP",
    "CTCD",
    "ARR",
    "TNCC",
    "NCC",
    "NCCENR",
    "LIBELLE",
    "CAN",
    "COMPARENT",
)
# La Poste, "base officielle des codes postaux" (semicolon-separated).
POSTAL_COLUMNS = (
    "#Code_commune_INSEE",
    "Nom_de_la_commune",
    "Code_postal",
    "Libellé_d_acheminement",
    "Ligne_5",
)
# Municipal arrondissements of Paris, Lyon and Marseille: La Poste gives their
# postal codes under the arrondissement's code, we attach them to the commune.
ARRONDISSEMENT = "ARM"
COMMUNE = "COM"

BATCH_SIZE = 500


class LoadError(Exception):
    """A file is missing, unreadable or not in the expected layout."""


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # Communes of the file whose department is not in the database.
    skipped: int = 0
    # Postal-code rows naming no commune of the file (e.g. Monaco, former communes).
    unmatched_postal_rows: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


def _read_rows(path: Path, delimiter: str, expected: tuple[str, ...]) -> list[dict]:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except OSError as error:
        raise LoadError(f"{path}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # La Poste's older extracts are in Windows-1252.
        text = raw.decode("cp1252")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in expected if name not in header]
    if missing:
        raise LoadError(
            f"{path}: unexpected header {delimiter.join(header) or '(empty file)'}; "
            f"expected {delimiter.join(expected)} (missing: {', '.join(missing)})"
        )
    reader.fieldnames = header
    return list(reader)


def read_communes(path: Path) -> tuple[dict[str, dict], dict[str, str]]:
    """Communes by INSEE code, and the parent commune of each arrondissement."""
    communes, parents = {}, {}
    for row in _read_rows(path, ",", COMMUNE_COLUMNS):
        kind, code = row["TYPECOM"].strip(), row["COM"].strip()
        if kind == COMMUNE:
            communes[code] = {
                "name": row["LIBELLE"].strip(),
                "department_code": row["DEP"].strip(),
            }
        elif kind == ARRONDISSEMENT and row["COMPARENT"].strip():
            parents[code] = row["COMPARENT"].strip()
    return communes, parents


def read_postal_codes(path: Path) -> dict[str, set[str]]:
    """Postal codes by INSEE code, as La Poste lists them."""
    codes: dict[str, set[str]] = {}
    for row in _read_rows(path, ";", POSTAL_COLUMNS):
        insee_code = row["#Code_commune_INSEE"].strip()
        if insee_code.isdigit():  # leading zero lost by a spreadsheet
            insee_code = insee_code.zfill(5)
        postal_code = row["Code_postal"].strip().zfill(5)
        if insee_code and postal_code:
            codes.setdefault(insee_code, set()).add(postal_code)
    return codes


def load_communes(
    communes_path: Path = SAMPLE_COMMUNES,
    postal_codes_path: Path = SAMPLE_POSTAL_CODES,
    *,
    commune_model=None,
    department_model=None,
) -> LoadResult:
    """Create or update the communes of the files; communes absent stay as they are.

    Raises :class:`LoadError` before writing anything if a file is missing or has
    an unexpected header.
    """
    if commune_model is None or department_model is None:
        from geo.models import Commune, Department

        commune_model = commune_model or Commune
        department_model = department_model or Department

    communes, parents = read_communes(communes_path)
    postal_rows = read_postal_codes(postal_codes_path)

    postal_codes: dict[str, set[str]] = {}
    result = LoadResult()
    for insee_code, codes in postal_rows.items():
        owner = parents.get(insee_code, insee_code)
        if owner in communes:
            postal_codes.setdefault(owner, set()).update(codes)
        else:
            result.unmatched_postal_rows += 1

    department_ids = dict(department_model.objects.values_list("code", "id"))
    with transaction.atomic():
        existing = {
            commune.insee_code: commune
            for commune in commune_model.objects.select_for_update().filter(
                insee_code__in=communes
            )
        }
        to_create, to_update = [], []
        for insee_code, data in communes.items():
            department_id = department_ids.get(data["department_code"])
            if department_id is None:
                result.skipped += 1
                continue
            values = {
                "name": data["name"],
                "search_name": fold(data["name"]),
                "department_id": department_id,
                "postal_codes": sorted(postal_codes.get(insee_code, ())),
            }
            commune = existing.get(insee_code)
            if commune is None:
                to_create.append(commune_model(insee_code=insee_code, **values))
            elif any(getattr(commune, key) != value for key, value in values.items()):
                for key, value in values.items():
                    setattr(commune, key, value)
                to_update.append(commune)
            else:
                result.unchanged += 1
        commune_model.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
        commune_model.objects.bulk_update(
            to_update,
            ["name", "search_name", "department", "postal_codes"],
            batch_size=BATCH_SIZE,
        )
    result.created, result.updated = len(to_create), len(to_update)
    logger.info(
        "Communes loaded from %s: %s created, %s updated, %s unchanged, %s skipped",
        communes_path,
        result.created,
        result.updated,
        result.unchanged,
        result.skipped,
    )
    return result
