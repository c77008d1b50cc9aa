# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Tables generated from the spec for the server plugin: enums, faults, the supvisors method table."""
