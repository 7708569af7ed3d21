from django.core.management.base import BaseCommand, CommandError

from geo.loading import SAMPLE_COMMUNES, SAMPLE_POSTAL_CODES, LoadError, load_communes


class Command(BaseCommand):
    help = (
        "Create or update communes from INSEE's commune file (code officiel "
        "géographique, CSV) and La Poste's postal-code file (semicolon CSV). "
        "Without options, loads the sample shipped with the app."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--communes",
            default=SAMPLE_COMMUNES,
            help="INSEE commune file (default: the shipped sample)",
        )
        parser.add_argument(
            "--postal-codes",
            default=SAMPLE_POSTAL_CODES,
            help="La Poste postal-code file (default: the shipped sample)",
        )

    def handle(self, *args, **options):
        try:
            result = load_communes(options["communes"], options["postal_codes"])
        except LoadError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Communes: {result.created} created, {result.updated} updated, "
                f"{result.unchanged} unchanged."
            )
        )
        if result.skipped:
            self.stdout.write(
                self.style.WARNING(
                    f"{result.skipped} communes skipped: department unknown."
                )
            )
        if result.unmatched_postal_rows:
            self.stdout.write(
                f"{result.unmatched_postal_rows} INSEE codes of the postal-code file "
                "match no commune of the commune file."
            )
