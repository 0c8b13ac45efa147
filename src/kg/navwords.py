"""Site navigation vocabulary: the menu entries, separators and page-tail lines of scraped news pages.

Kept apart from `segment.py` (the segmentation logic) because it is plain vocabulary, often extended.
"""

from __future__ import annotations

import re

# Menu entries of news sites: a line that is only one of these (optionally after "- ") is navigation.
NAV_ITEMS = frozenset(
    s.casefold()
    for s in (
        "Who we are",
        "Our Work",
        "What We Do",
        "Partnerships",
        "Highlights",
        "Where we work",
        "Take Action",
        "Work with us",
        "Get involved",
        "Data and Research",
        "2030 Agenda",
        "News",
        "Global",
        "Home",
        "Menu",
        "Search",
        "About us",
        "About",
        "Contact us",
        "Donate",
        "Media Centre",
        "Media Center",
        "Press Room",
        "Newsroom",
        "Share",
        "Print",
        "Skip to main content",
        "Main navigation",
        "Resources",
        "Publications",
        "Events",
        "Careers",
        "Jobs",
        "Subscribe",
    )
)
MENU_ITEM = re.compile(r"^-\s*\S(?:\S*\s+){0,5}\S*$")
# "WHO WE AREThe Organization works ...", "WHO WE ARE - The Organization works ...": a site's about blurb
# glued to (or dashed after) its menu heading; only the capitalised heading may take the dash.
NAV_LEAD = re.compile(
    r"^(?:(?:WHO WE ARE|Our Work|OUR WORK|What We Do|WHAT WE DO)(?=[A-Z][a-z])"
    r"|(?:WHO WE ARE|OUR WORK|WHAT WE DO)\s+[-–:]\s+[A-Z])"
)
MENU_SEP = re.compile(r"\s+[|/·»>]\s+")
MENU_SEP_CHAR = re.compile(r"[|/·»>]")
PAGE_TAIL = re.compile(
    r"^(?:Share (?:this|on)\b|Share:|Related (?:news|stories|content|articles|links)\b|Follow us\b|Tags?:|"
    r"Back to top\b|Print this\b|Read more\b|More news\b|Latest news\b)",
    re.I,
)
