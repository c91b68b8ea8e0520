"""The knowledge base's wording (alerts, interactions, conditions, products), translated.

The knowledge files are written in English; `knowledge/translations/<lang>.toml`
holds their translations (core.message_translations). A text without one is shown
in English with a note saying so, never passed off as translated; while any text
of the language is missing, a translated alert shows its English original under it,
so the clinician can always compare with the wording the rule base was reviewed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from baclofen_desk.core.message_translations import MessageCatalogue, load_message_catalogue
from baclofen_desk.resources import resource

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Interaction

_catalogue: MessageCatalogue | None = None


def use_language(language: str) -> MessageCatalogue | None:
    """Show knowledge texts in `language` ("en", "es") from now on; the catalogue used."""
    global _catalogue
    _catalogue = (
        None if language == "en" else load_message_catalogue(resource("knowledge"), language)
    )
    return _catalogue


def catalogue() -> MessageCatalogue | None:
    return _catalogue


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def translated(key: str, english: str) -> str | None:
    """`english` (knowledge text `key`) in the window's language, or None without a translation."""
    if _catalogue is None:
        return None
    return _catalogue.translate(key, english, QLocale().decimalPoint())


def label(key: str, english: str) -> str:
    """A short name (condition, indication, product, interaction class): translated, else as is."""
    return translated(key, english) or english


def product_label(product: str, english: str) -> str:
    return label(f"product.{product}", english)


def sentence(key: str, english: str) -> str:
    """An alert or advice: translated (with the English while the catalogue is incomplete), or
    the English marked as not translated."""
    if _catalogue is None:
        return english
    text = translated(key, english)
    if text is None:
        return english + "\n" + _tr("(not yet translated: shown in English)")
    if _catalogue.complete:
        return text
    return text + "\n" + _tr("English: %1").replace("%1", english)


def alert_message(alert: Alert) -> str:
    return sentence(alert.code, alert.message)


def medication_note(note: str) -> str:
    """A medication line's note with each "<class label>. <class note>" in it translated
    (a recognised medicine without interactions); what was typed stays as it is."""
    if _catalogue is None:
        return note
    for key, labels in _catalogue.pairs.items():
        notes = _catalogue.pairs.get(key.removesuffix(".label") + ".note", ())
        if key.startswith("class.") and key.endswith(".label") and labels and notes:
            english = f"{labels[0].en}. {notes[0].en}"
            note = note.replace(english, f"{labels[0].text}. {notes[0].text}")
    return note


def interaction_texts(interaction: Interaction) -> tuple[str, str, str, str | None]:
    """Class label, effect, advice and the reasons it is more severe, in the window's language."""
    klass = f"class.{interaction.drug_class}"
    name = label(f"{klass}.label", interaction.class_label or interaction.drug_class)
    effect = sentence(f"{klass}.effect", interaction.effect) if interaction.effect else ""
    advice = sentence(f"{klass}.advice", interaction.advice)
    reasons = interaction.escalated_because
    if reasons is not None:
        reasons = "; ".join(label("escalation", reason) for reason in reasons.split("; "))
    return name, effect, advice, reasons
