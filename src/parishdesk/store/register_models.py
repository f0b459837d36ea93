"""Tables of the member register added in schema version 3: interests forms, interests,
special relationships and training records. Only the store imports them."""

from __future__ import annotations

import peewee

from parishdesk.store.db import BaseModel
from parishdesk.store.models import Person, utcnow


class InterestsFormRow(BaseModel):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
    due_on = peewee.DateField()
    returned_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "interests_form"


class InterestRow(BaseModel):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
    category = peewee.CharField(max_length=30)
    description = peewee.TextField()
    registered_on = peewee.DateField(null=True)
    removed_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "interest"


class RelationshipRow(BaseModel):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
    with_whom = peewee.CharField(max_length=200)
    nature = peewee.TextField()
    declared_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "special_relationship"


class TrainingRow(BaseModel):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
    course = peewee.CharField(max_length=200)
    provider = peewee.CharField(max_length=200, default="")
    taken_on = peewee.DateField(null=True)
    certificate_held = peewee.BooleanField(default=False)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "training_record"
