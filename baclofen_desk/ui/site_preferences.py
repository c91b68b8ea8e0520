"""The site configuration applied to the user's preferences.

A locked key always takes the site's value; an unlocked one is the default the
user's own preference replaces once the user sets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.site_config import SITE_KEYS
from baclofen_desk.ui.preferences import Preferences

if TYPE_CHECKING:
    from baclofen_desk.site_config import SiteConfig, SiteKey

#: Site-file key -> the preference it sets (the same name but for the language).
FIELD_OF_KEY: dict[SiteKey, str] = {key: key for key in SITE_KEYS} | {
    "handout_language": "language"
}
BUILT_IN = Preferences()


def effective_preferences(user: Preferences, site: SiteConfig) -> Preferences:
    """What the window uses: the site's locked values, then the user's, then the site's."""
    update = {}
    for key, value in site.set_values().items():
        field = FIELD_OF_KEY[key]
        if site.is_locked(key) or getattr(user, field) == getattr(BUILT_IN, field):
            update[field] = value
    return Preferences.model_validate(user.model_dump() | update)


def locked_fields(site: SiteConfig) -> frozenset[str]:
    """The preferences the user may not change."""
    return frozenset(FIELD_OF_KEY[key] for key in SITE_KEYS if site.is_locked(key))
