"""The window's two colour schemes, light and dark, and the contrast between their colours.

Every colour the window paints text or a chart line with is named here, so one
test can compute each pair's contrast (WCAG 2: at least 4.5:1 for text, 3:1 for
lines). Pure Python: the palette is built from these in `color_scheme`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SchemeName = Literal["light", "dark"]

#: Least contrast for text (WCAG 2 AA) and for lines and markers (non-text contrast).
TEXT_CONTRAST = 4.5
LINE_CONTRAST = 3.0


@dataclass(frozen=True)
class Scheme:
    """The colours of one scheme (hex "#rrggbb"), by the palette role or use they serve."""

    name: SchemeName
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str  # links, and "today" on the chart
    accent: str  # the chart's dose line and markers
    placeholder: str  # placeholder text, and the outline of check boxes and radio buttons
    disabled_text: str
    tooltip_base: str
    tooltip_text: str
    light: str
    midlight: str
    mid: str  # the chart's grid
    dark: str
    shadow: str
    #: The status line's background for each kind (ready, attention, blocked, stale, empty);
    #: its text is `window_text`, beside an icon and a sentence that say the same.
    banner: tuple[tuple[str, str], ...]

    def banner_background(self, kind: str) -> str:
        return dict(self.banner).get(kind, self.window)

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background) for every text the window paints."""
        pairs = [
            ("text on base", self.text, self.base),
            ("text on alternate rows", self.text, self.alternate_base),
            ("window text", self.window_text, self.window),
            ("button text", self.button_text, self.button),
            ("selected text", self.highlighted_text, self.highlight),
            ("link and chart 'today'", self.link, self.base),
            ("placeholder", self.placeholder, self.base),
            ("greyed (out-of-date) text on base", self.disabled_text, self.base),
            ("greyed text on window", self.disabled_text, self.window),
            ("tool tip", self.tooltip_text, self.tooltip_base),
        ]
        pairs += [(f"status line ({k})", self.window_text, bg) for k, bg in self.banner]
        return pairs

    def line_pairs(self) -> list[tuple[str, str, str]]:
        """(what, line colour, background) for the chart's lines."""
        return [
            ("dose line", self.accent, self.base),
            ("today line", self.link, self.base),
            ("maximum line and axes", self.text, self.base),
            ("check box outline on the window", self.placeholder, self.window),
            ("check box outline on base", self.placeholder, self.base),
        ]


LIGHT = Scheme(
    name="light",
    window="#efefef",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#f5f5f5",
    text="#000000",
    button="#efefef",
    button_text="#000000",
    highlight="#1f6fb2",
    highlighted_text="#ffffff",
    link="#0033cc",
    accent="#1f6fb2",
    placeholder="#666666",
    disabled_text="#666666",
    tooltip_base="#ffffdc",
    tooltip_text="#000000",
    light="#ffffff",
    midlight="#e3e3e3",
    mid="#b8b8b8",
    dark="#9f9f9f",
    shadow="#767676",
    banner=(
        ("ready", "#e3f1e6"),
        ("attention", "#fdf0d5"),
        ("blocked", "#fbe0e0"),
        ("stale", "#e6e6e6"),
    ),
)

DARK = Scheme(
    name="dark",
    window="#2b2b2b",
    window_text="#e8e8e8",
    base="#1e1e1e",
    alternate_base="#262626",
    text="#e8e8e8",
    button="#353535",
    button_text="#e8e8e8",
    highlight="#2f65ca",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    accent="#6aa9f0",
    placeholder="#a0a0a0",
    disabled_text="#9a9a9a",
    tooltip_base="#3a3a3a",
    tooltip_text="#e8e8e8",
    light="#505050",
    midlight="#404040",
    mid="#5a5a5a",
    dark="#1a1a1a",
    shadow="#000000",
    banner=(
        ("ready", "#1e3b27"),
        ("attention", "#43351a"),
        ("blocked", "#4a2226"),
        ("stale", "#3a3a3a"),
    ),
)

SCHEMES: dict[SchemeName, Scheme] = {"light": LIGHT, "dark": DARK}


def _luminance(color: str) -> float:
    """Relative luminance of "#rrggbb" (WCAG 2)."""

    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(color[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
