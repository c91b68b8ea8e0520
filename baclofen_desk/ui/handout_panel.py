"""How this patient's handout is printed: name on it, language, large print."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from baclofen_desk.core.handout_catalogue import LANGUAGES
from baclofen_desk.core.plain_text import MAX_PRINTED_TEXT
from baclofen_desk.storage import HandoutChoices
from baclofen_desk.ui.choice_box import ChoiceBox
from baclofen_desk.ui.plain_text_field import refuse_hidden_controls

#: Each handout language named in itself.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class HandoutPanel(QGroupBox):
    """Edits `HandoutChoices`; emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Handout"), parent)
        self._quiet = False
        self.patient_name = QLineEdit()
        self.patient_name.setMaxLength(MAX_PRINTED_TEXT)
        self.patient_name.setPlaceholderText(self.tr("optional"))
        self.patient_name.setToolTip(self.tr("Optional; printed on the handout only"))
        self.language = ChoiceBox((lang, LANGUAGE_NAMES.get(lang, lang)) for lang in LANGUAGES)
        self.large_print = QCheckBox(self.tr("Large print"))
        form = QFormLayout(self)
        form.addRow(self.tr("Patient na&me:"), self.patient_name)
        self.name_refused = QLabel()
        refuse_hidden_controls(self.patient_name, self.name_refused)
        form.addRow("", self.name_refused)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow("", self.large_print)
        self.patient_name.setAccessibleName(self.tr("Patient name for the handout"))
        self.language.setAccessibleName(self.tr("Handout language"))
        self.patient_name.textChanged.connect(self._emit)
        self.language.currentIndexChanged.connect(self._emit)
        self.large_print.toggled.connect(self._emit)

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def choices(self) -> HandoutChoices:
        return HandoutChoices(
            lang=self.language.value() or "en",  # type: ignore[arg-type]
            large_print=self.large_print.isChecked(),
            patient_name=self.patient_name.text().strip(),
        )

    def set_choices(self, choices: HandoutChoices) -> None:
        self._quiet = True
        try:
            self.patient_name.setText(choices.patient_name)
            self.language.set_value(choices.lang)
            self.large_print.setChecked(choices.large_print)
        finally:
            self._quiet = False
