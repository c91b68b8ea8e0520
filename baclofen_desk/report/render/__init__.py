"""Layout of the handout and summary data with ReportLab Platypus (no clinical logic)."""
