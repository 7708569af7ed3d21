"""One account per person on the whole platform, in the ``public`` schema.

What a person may do in a portal is not stored here: it comes from the portal's own
tables. ``groups`` and ``user_permissions`` go through tables of ``portals.roles``, an
app migrated in every portal schema, so the same account has different groups in
each portal. ``is_superuser`` exists because Wagtail queries it, but the product never
sets it: a superuser would be one in every portal.
"""

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import _user_has_module_perms, _user_has_perm
from django.db import connection, models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tenants.utils import get_public_schema_name


def normalise_email(email: str) -> str:
    """The form under which an email is stored and compared: trimmed, lower case."""
    return (email or "").strip().lower()


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_by_natural_key(self, email):
        return self.get(email__iexact=normalise_email(email))

    def find_by_email(self, email):
        return self.filter(email__iexact=normalise_email(email)).first()

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalise_email(email), **fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        """Create a policy owner: staff of the platform, superuser of no portal."""
        fields["is_staff"] = True
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser):
    email = models.EmailField(_("adresse électronique"), unique=True)
    first_name = models.CharField(_("prénom"), max_length=150, blank=True)
    last_name = models.CharField(_("nom"), max_length=150, blank=True)
    is_active = models.BooleanField(_("actif"), default=True)
    is_staff = models.BooleanField(
        _("porteur de politique publique"),
        default=False,
        help_text=_("Peut créer et configurer des portails depuis la plateforme."),
    )
    is_superuser = models.BooleanField(default=False)
    date_joined = models.DateTimeField(_("inscrit le"), default=timezone.now)
    groups = models.ManyToManyField(
        "auth.Group",
        through="roles.Membership",
        related_name="user_set",
        related_query_name="user",
        blank=True,
        verbose_name=_("groupes"),
    )
    user_permissions = models.ManyToManyField(
        "auth.Permission",
        through="roles.UserPermission",
        related_name="user_set",
        related_query_name="user",
        blank=True,
        verbose_name=_("permissions"),
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("compte")
        verbose_name_plural = _("comptes")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), name="accounts_user_email_ci_unique"
            ),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = normalise_email(self.email)

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    def get_full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_short_name(self):
        return self.first_name or self.email

    @property
    def on_platform(self) -> bool:
        return connection.schema_name == get_public_schema_name()

    def has_perm(self, perm, obj=None):
        if not self.is_active:
            return False
        if self.on_platform:
            # The platform admin is for policy owners, whose right is the flag itself.
            return self.is_staff
        return _user_has_perm(self, perm, obj)

    def has_perms(self, perm_list, obj=None):
        return all(self.has_perm(perm, obj) for perm in perm_list)

    def has_module_perms(self, app_label):
        if not self.is_active:
            return False
        if self.on_platform:
            return self.is_staff
        return _user_has_module_perms(self, app_label)

    def get_all_permissions(self, obj=None):
        if self.on_platform:
            return set()
        from django.contrib.auth.backends import ModelBackend

        return ModelBackend().get_all_permissions(self, obj)

    def get_group_permissions(self, obj=None):
        if self.on_platform:
            return set()
        from django.contrib.auth.backends import ModelBackend

        return ModelBackend().get_group_permissions(self, obj)
