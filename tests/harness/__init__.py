"""Test harness: real supervisord daemons on loopback, started and torn down by pid.

Used by every test suite of the project (Python client tests, the cross-language suite) and by
`python -m harness.run_supervisord` for the Java and C++ integration tests.
"""
