"""The living standards handbook tooling."""
