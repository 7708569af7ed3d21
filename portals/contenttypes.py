"""Content-type ids differ from one schema to the next: so must their cache.

Django's ``ContentTypeManager`` caches content types per database alias for the life of
the process. Every portal schema has its own ``django_content_type`` table, so a cache
filled in one schema would hand out wrong ids in another. The cache below keys each
alias by the schema the connection is set to.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connections


class SchemaKeyedCache(dict):
    @staticmethod
    def _key(alias):
        return (alias, getattr(connections[alias], "schema_name", None))

    def __getitem__(self, alias):
        return super().__getitem__(self._key(alias))

    def __contains__(self, alias):
        return super().__contains__(self._key(alias))

    def get(self, alias, default=None):
        return super().get(self._key(alias), default)

    def setdefault(self, alias, default=None):
        return super().setdefault(self._key(alias), default)


def make_cache_schema_aware():
    if not isinstance(ContentType.objects._cache, SchemaKeyedCache):
        ContentType.objects._cache = SchemaKeyedCache()
