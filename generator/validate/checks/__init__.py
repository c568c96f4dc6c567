"""Etalase's own rules, one module per family. Each check yields ``Problem`` records."""
