"""Kunnskapsapp: the research and innovation portfolio of a Norwegian municipality."""

__version__ = "0.1.0"
