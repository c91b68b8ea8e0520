"""Editing the preferences; OK only closes the dialog once the model accepts every value."""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.input_errors import problem_of
from baclofen_desk.storage import MAX_PRINTED_TEXT, HandoutLanguage
from baclofen_desk.ui.choice_box import ChoiceBox
from baclofen_desk.ui.field_labels import field_label
from baclofen_desk.ui.handout_panel import LANGUAGE_NAMES
from baclofen_desk.ui.plan_panel import parse_times
from baclofen_desk.ui.preferences import Preferences

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge


def _text(field: str, preferences: Preferences) -> QLineEdit:
    edit = QLineEdit(getattr(preferences, field))
    edit.setMaxLength(MAX_PRINTED_TEXT)
    edit.setToolTip(Preferences.model_fields[field].description or "")
    return edit


class PreferencesDialog(QDialog):
    """A form over `Preferences`; `result_preferences()` after `accept()`."""

    def __init__(
        self, preferences: Preferences, knowledge: Knowledge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._result = preferences
        self._labels: dict[str, str] = {}  # field -> its label, for messages
        self.clinic_name = _text("clinic_name", preferences)
        self.clinic_phone = _text("clinic_phone", preferences)
        self.prescriber = _text("prescriber", preferences)
        self.language = ChoiceBox(
            (lang, LANGUAGE_NAMES[lang]) for lang in get_args(HandoutLanguage)
        )
        self.language.set_value(preferences.language)
        self.product = ChoiceBox(
            [(None, self.tr("From the rules"))]
            + [(p.id, p.name) for p in knowledge.products.values()]
        )
        self.product.set_value(preferences.default_product)
        self.dose_times = QLineEdit(", ".join(preferences.dose_times or ()))
        self.dose_times.setPlaceholderText(self.tr("from the rules"))
        self.dose_times.setToolTip(Preferences.model_fields["dose_times"].description or "")
        self.large_print = QCheckBox(self.tr("&Large print handouts"))
        self.large_print.setChecked(preferences.large_print)
        self.keep_recent = QCheckBox(self.tr("&Keep a list of recently opened plans"))
        self.keep_recent.setChecked(preferences.keep_recent_files)
        self.keep_recent.setToolTip(Preferences.model_fields["keep_recent_files"].description or "")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("clinic_name", self.tr("Clinic &name:"), self.clinic_name),
            ("clinic_phone", self.tr("Clinic &phone:"), self.clinic_phone),
            ("prescriber", self.tr("P&rescriber:"), self.prescriber),
            ("language", self.tr("Handout l&anguage:"), self.language),
            ("default_product", self.tr("Default p&roduct:"), self.product),
            ("dose_times", self.tr("Default dose &times:"), self.dose_times),
        ]
        for field, label, widget in rows:
            form.addRow(label, widget)
            self._labels[field] = label.replace("&", "").removesuffix(":")
        self._labels["large_print"] = self.large_print.text().replace("&", "")
        self._labels["keep_recent_files"] = self.keep_recent.text().replace("&", "")
        form.addRow("", self.large_print)
        form.addRow("", self.keep_recent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, object]:
        return {
            "clinic_name": self.clinic_name.text().strip(),
            "clinic_phone": self.clinic_phone.text().strip(),
            "prescriber": self.prescriber.text().strip(),
            "language": self.language.value(),
            "default_product": self.product.value(),
            "dose_times": parse_times(self.dose_times.text()),
            "large_print": self.large_print.isChecked(),
            "keep_recent_files": self.keep_recent.isChecked(),
        }

    def accept(self) -> None:
        """Close only with valid preferences; otherwise say what is wrong."""
        try:
            self._result = Preferences.model_validate(self.values())
        except ValidationError as exc:
            problem = problem_of(exc.errors()[0])
            label = self._labels.get(problem.field, field_label(problem.field))
            self.error.setText(f"{label}: {problem.message}")
            self.error.show()
            return
        super().accept()

    def result_preferences(self) -> Preferences:
        return self._result
