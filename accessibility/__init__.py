"""Accessibility as code: page checks, easy-read checks and the axe audit."""
