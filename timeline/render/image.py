"""Static images of the timeline (PNG, SVG, PDF...) through plotly's own export.

Plotly exports with the ``kaleido`` package, which (from version 1) drives a Chrome or Chromium
already on the machine; it never needs the network here. It looks for the browser on the PATH
(``chromium``, ``google-chrome``...) or where the ``BROWSER_PATH`` environment variable points.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ..errors import RenderError
from ..model import Timeline
from .data import report_data
from .figure import figure_from_data
from .graph import graph_figure_from_data

__all__ = ["IMAGE_FORMATS", "write_image"]

logger = logging.getLogger(__name__)

IMAGE_FORMATS = ("png", "jpg", "jpeg", "webp", "svg", "pdf")
VIEWS = ("timeline", "graph")


def _format(path: Path, format: str | None) -> str:
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in IMAGE_FORMATS:
        raise RenderError(f"{path}: unknown image format {fmt or '(none)'!r}; use one of: "
                          f"{', '.join(IMAGE_FORMATS)} (as the file's extension or format=...).")
    return fmt


def write_image(
    tl: Timeline,
    path: str | os.PathLike,
    format: str | None = None,
    width: int = 1400,
    height: int | None = None,
    lanes: str = "actor",
    view: str = "timeline",
    scale: float = 1.0,
) -> None:
    """Write the timeline (or the event graph) as a static image.

    Parameters
    ----------
    tl
        The timeline to draw.
    path
        The image file; its extension gives the format unless ``format`` is given.
    format
        One of ``png``, ``jpg``, ``jpeg``, ``webp``, ``svg``, ``pdf``.
    width, height
        The size in CSS pixels; the height defaults to the figure's own (it grows with lanes).
    lanes
        ``"actor"``, ``"source"`` or ``"kind"`` (see :func:`~timeline.render.figure.figure`).
    view
        ``"timeline"`` or ``"graph"`` (events and actors as a network).
    scale
        Multiplies the resolution of bitmap formats (2 for print).

    Raises
    ------
    RenderError
        If the format, lanes or view is unknown, if the ``kaleido`` package or a Chrome/Chromium
        is missing, or if the file cannot be written.

    Examples
    --------
    >>> write_image(Timeline(), "out.gif")
    Traceback (most recent call last):
    ...
    timeline.errors.RenderError: out.gif: unknown image format 'gif'; use one of: png, jpg, jpeg, webp, svg, pdf (as the file's extension or format=...).
    """  # noqa: E501
    path = Path(path)
    fmt = _format(path, format)
    if view not in VIEWS:
        raise RenderError(f"unknown view {view!r}; use one of: {', '.join(VIEWS)}")
    try:
        import kaleido  # noqa: F401  (plotly's exporter; only needed here)
    except ImportError as err:
        raise RenderError("writing images needs the kaleido package (pip install 'kaleido>=1') "
                          "and Chrome or Chromium on the machine.") from err
    data = report_data(tl)
    if view == "graph":
        fig = graph_figure_from_data(data)
    else:
        fig = figure_from_data(data, lanes=lanes)
        # Controls that only make sense on screen: the lane buttons, the date range buttons.
        fig.layout.updatemenus = ()
        fig.update_layout(xaxis={"rangeselector": {"visible": False},
                                 "rangeslider": {"visible": False}})
    try:
        fig.write_image(str(path), format=fmt, width=width,
                        height=height or fig.layout.height, scale=scale)
    except OSError as err:
        raise RenderError(f"{path}: cannot write the image ({err.strerror or err}). "
                          "Check that the folder exists and is writable.") from err
    except (RuntimeError, ValueError) as err:  # kaleido: no browser found, or it failed to start
        said = " ".join(str(err).split())
        said = said if len(said) <= 160 else said[:159] + "…"
        raise RenderError(f"{path}: could not export the image ({said}). Install Chrome or "
                          "Chromium (apt-get install chromium), or set BROWSER_PATH to its "
                          "executable.") from err
    logger.info("wrote %s", path)
