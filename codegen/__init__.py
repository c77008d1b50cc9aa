"""Supvisors code generator: spec/*.yaml -> typed clients and server tables.

Entry point: `python -m codegen` (see `python -m codegen --help`).
"""
