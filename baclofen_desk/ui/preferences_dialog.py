"""Editing the preferences; OK only closes the dialog once the model accepts every value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.handout_catalogue import LANGUAGES
from baclofen_desk.core.input_errors import problem_of
from baclofen_desk.core.plain_text import MAX_PRINTED_TEXT
from baclofen_desk.ui.choice_box import ChoiceBox
from baclofen_desk.ui.field_labels import field_label, tip
from baclofen_desk.ui.handout_panel import LANGUAGE_NAMES
from baclofen_desk.ui.knowledge_texts import product_label
from baclofen_desk.ui.plan_panel import parse_times
from baclofen_desk.ui.preferences import Preferences
from baclofen_desk.ui.validation_texts import validation_message

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge


def _text(field: str, preferences: Preferences) -> QLineEdit:
    edit = QLineEdit(getattr(preferences, field))
    edit.setMaxLength(MAX_PRINTED_TEXT)
    edit.setToolTip(tip(Preferences, field))
    return edit


class PreferencesDialog(QDialog):
    """A form over `Preferences`; `result_preferences()` after `accept()`."""

    def __init__(
        self,
        preferences: Preferences,
        knowledge: Knowledge,
        parent: QWidget | None = None,
        locked: frozenset[str] = frozenset(),
    ) -> None:
        """`locked`: the fields the site configuration sets for everybody (read-only)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._result = preferences
        self._locked = locked
        self._labels: dict[str, str] = {}  # field -> its label, for messages
        self.clinic_name = _text("clinic_name", preferences)
        self.clinic_phone = _text("clinic_phone", preferences)
        self.after_hours_phone = _text("after_hours_phone", preferences)
        self.clinic_address = _text("clinic_address", preferences)
        self.prescriber = _text("prescriber", preferences)
        self.emergency_number = _text("emergency_number", preferences)
        self.emergency_number.setPlaceholderText(self.tr("from the computer's country"))
        self.paper = ChoiceBox(
            [(None, self.tr("From the computer's country")), ("letter", "Letter"), ("a4", "A4")]
        )
        self.paper.set_value(preferences.paper)
        self.refills = QSpinBox()
        refills = Preferences.model_fields["refills"].metadata
        self.refills.setRange(0, next(m.le for m in refills if hasattr(m, "le")))
        self.refills.setValue(preferences.refills)
        self.language = ChoiceBox((lang, LANGUAGE_NAMES[lang]) for lang in LANGUAGES)
        self.language.set_value(preferences.language)
        self.product = ChoiceBox(
            [(None, self.tr("From the rules"))]
            + [(p.id, product_label(p.id, p.name)) for p in knowledge.products.values()]
        )
        self.product.set_value(preferences.default_product)
        self.dose_times = QLineEdit(", ".join(preferences.dose_times or ()))
        self.dose_times.setPlaceholderText(self.tr("from the rules"))
        self.dose_times.setToolTip(tip(Preferences, "dose_times"))
        self.color_scheme = ChoiceBox(
            [
                ("system", self.tr("Follow the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ]
        )
        self.color_scheme.set_value(preferences.color_scheme)
        self.color_scheme.setToolTip(tip(Preferences, "color_scheme"))
        self.window_language = ChoiceBox(
            [
                ("system", self.tr("Follow the system")),
                ("en", "English"),
                ("es", "Español"),
            ]
        )
        self.window_language.set_value(preferences.window_language)
        self.window_language.setToolTip(tip(Preferences, "window_language"))
        self.language_note = QLabel(
            self.tr("A new window language applies the next time Baclofen Desk starts.")
        )
        self.language_note.setWordWrap(True)
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
            ("after_hours_phone", self.tr("O&ut-of-hours phone:"), self.after_hours_phone),
            ("clinic_address", self.tr("Clinic a&ddress:"), self.clinic_address),
            ("prescriber", self.tr("P&rescriber:"), self.prescriber),
            ("emergency_number", self.tr("&Emergency number:"), self.emergency_number),
            ("paper", self.tr("Pa&per:"), self.paper),
            ("refills", self.tr("Re&fills:"), self.refills),
            ("language", self.tr("Handout l&anguage:"), self.language),
            ("default_product", self.tr("Default p&roduct:"), self.product),
            ("dose_times", self.tr("Default dose &times:"), self.dose_times),
            ("color_scheme", self.tr("Colour sc&heme:"), self.color_scheme),
            ("window_language", self.tr("&Window language:"), self.window_language),
        ]
        for field, label, widget in rows:
            form.addRow(label, self._maybe_locked(field, widget))
            self._labels[field] = label.replace("&", "").removesuffix(":")
        self._labels["large_print"] = self.large_print.text().replace("&", "")
        self._labels["keep_recent_files"] = self.keep_recent.text().replace("&", "")
        form.addRow("", self.language_note)
        form.addRow("", self._maybe_locked("large_print", self.large_print))
        form.addRow("", self.keep_recent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _maybe_locked(self, field: str, widget: QWidget) -> QWidget:
        """The widget, read-only and marked when the organisation sets the value."""
        if field not in self._locked:
            return widget
        widget.setEnabled(False)
        note = self.tr("set by your organisation")
        widget.setToolTip(note)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        layout.addWidget(QLabel(note))
        return row

    def is_locked(self, field: str) -> bool:
        return field in self._locked

    def values(self) -> dict[str, object]:
        return {
            "clinic_name": self.clinic_name.text().strip(),
            "clinic_phone": self.clinic_phone.text().strip(),
            "after_hours_phone": self.after_hours_phone.text().strip(),
            "clinic_address": self.clinic_address.text().strip(),
            "prescriber": self.prescriber.text().strip(),
            "emergency_number": self.emergency_number.text().strip(),
            "paper": self.paper.value(),
            "refills": self.refills.value(),
            "language": self.language.value(),
            "default_product": self.product.value(),
            "dose_times": parse_times(self.dose_times.text()),
            "large_print": self.large_print.isChecked(),
            "color_scheme": self.color_scheme.value(),
            "keep_recent_files": self.keep_recent.isChecked(),
            "window_language": self.window_language.value(),
        }

    def accept(self) -> None:
        """Close only with valid preferences; otherwise say what is wrong."""
        try:
            self._result = Preferences.model_validate(self.values())
        except ValidationError as exc:
            problem = problem_of(exc.errors()[0])
            label = self._labels.get(problem.field, field_label(problem.field))
            self.error.setText(f"{label}: {validation_message(problem.message)}")
            self.error.show()
            return
        super().accept()

    def result_preferences(self) -> Preferences:
        return self._result
