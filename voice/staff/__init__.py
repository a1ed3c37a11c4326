"""Signed-in staff: coordinators and inspectors."""
