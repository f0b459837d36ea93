"""Use cases: one function each, one transaction each, audited."""
