"""The minutes of one workshop as a PDF, in ar, fr, en or bilingual ar+fr."""
