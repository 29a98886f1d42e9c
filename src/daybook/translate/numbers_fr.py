"""Figures in French: the engines keep a figure's digits as the English wrote them.

"17,500" read in French is seventeen and a half, and "12.4" is no French decimal: French
writes "17 500" (a narrow no-break space between groups of three) and "12,4", and "12,4 %"
for a percentage (a narrow no-break space before the sign), as French typography does
(Imprimerie nationale; the site's own typography module spaces ; ? ! the same way).
"""

from __future__ import annotations

import re

NNBSP = "\u202f"
# "17,500", "1,234,567.89": groups of exactly three digits after each comma.
_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3})((?:,\d{3})+)(?:\.(\d+))?(?![\w]|[.,]\d)")
# "12.4", not "12.04.2019" (a date) nor "1.2.3" (a numbering).
_DECIMAL = re.compile(r"(?<![\w.,])(\d+)\.(\d+)(?![\w]|[.,]\d)")
# "12,4 pour cent" (Apertium's "percent"), "12,4 %", "12,4%".
_PERCENT = re.compile(r"(?<=\d)(?: |\u00a0|\u202f)?(?:pour ?cent|per ?cent|%)(?![\w])")


def _thousands(m: re.Match[str]) -> str:
    whole = m.group(1) + m.group(2).replace(",", NNBSP)
    return whole + ("," + m.group(3) if m.group(3) else "")


def numbers_fr(text: str) -> str:
    """``text`` (French) with its English-written figures in French: "17,500" -> "17 500",
    "12.4 pour cent" -> "12,4 %". Once, on an engine's output: "0,125" is a French decimal
    and an English thousand alike."""
    if not any(c.isdigit() for c in text):
        return text
    text = _THOUSANDS.sub(_thousands, text)
    text = _DECIMAL.sub(r"\1,\2", text)
    return _PERCENT.sub(NNBSP + "%", text)
