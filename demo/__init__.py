"""The local demo cluster of `make run` / `make stop` (see README.md)."""
