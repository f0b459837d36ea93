"""Version 3: the register of interests, special relationships and training records."""

from __future__ import annotations

from typing import Any

import peewee

VERSION = 3
DESCRIPTION = "Member register: interests forms, interests, special relationships, training"


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(_M):  # only the key is needed for the foreign keys below
        class Meta:
            table_name = "person"

    class InterestsForm(_M):
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        due_on = peewee.DateField()
        returned_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "interests_form"

    class Interest(_M):
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        category = peewee.CharField(max_length=30)
        description = peewee.TextField()
        registered_on = peewee.DateField(null=True)
        removed_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "interest"

    class SpecialRelationship(_M):
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        with_whom = peewee.CharField(max_length=200)
        nature = peewee.TextField()
        declared_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "special_relationship"

    class TrainingRecord(_M):
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        course = peewee.CharField(max_length=200)
        provider = peewee.CharField(max_length=200, default="")
        taken_on = peewee.DateField(null=True)
        certificate_held = peewee.BooleanField(default=False)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "training_record"

    db.create_tables([InterestsForm, Interest, SpecialRelationship, TrainingRecord])
