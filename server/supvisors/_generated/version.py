# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""The version of the package, from the file VERSION at the repository root (the one version source)."""

__version__ = "0.1.0"
