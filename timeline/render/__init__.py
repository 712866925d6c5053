"""Rendering: the plotly timeline figure and the self-contained interactive HTML report.

>>> from timeline.model import Timeline
>>> figure(Timeline()).layout.xaxis.type
'date'
"""

from __future__ import annotations

from .data import report_data, safe_url
from .figure import figure
from .graph import graph_figure
from .image import write_image
from .report import render_html, write_html

__all__ = ["figure", "graph_figure", "render_html", "report_data", "safe_url", "write_html",
           "write_image"]
