"""Offline drug dictionary and interaction checker.

`load_drug_knowledge` reads interactions.toml (classes with their ATC groups,
matching and escalation rules, alert templates, wording) and every file in
drugs/ (names -> ingredients -> ATC codes), validates them, classifies every
ingredient and builds the name index once; a dictionary that does not resolve
stops the load. `check_medications` is the single entry point the planner
calls: every line typed comes back matched (with the name it matched) or listed
as unrecognised, and "no interactions" is never claimed while anything is
unrecognised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field, PrivateAttr

from baclofen_desk.core.drug_cache import read_drug_files
from baclofen_desk.core.drug_check import run_check
from baclofen_desk.core.drug_classes import ClassIndex, Ingredient
from baclofen_desk.core.drug_lines import BaclofenLines
from baclofen_desk.core.drug_matching import (
    BadNameError,
    NameConflictError,
    NameIndex,
    name_entries,
)
from baclofen_desk.core.drug_models import (
    BaclofenLineRules,
    BurdenRules,
    DrugFile,
    EscalationRules,
    InteractionClass,
    InteractionsFile,
    MatchingRules,
    MedicationAlerts,
    MedicationWording,
)
from baclofen_desk.core.drug_results import MedicationCheck, MedicationContext
from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from importlib.resources.abc import Traversable

__all__ = [
    "DrugKnowledge",
    "MedicationCheck",
    "MedicationContext",
    "check_medications",
    "load_drug_knowledge",
]

#: Folder of the dictionary files, next to interactions.toml.
DRUGS_FOLDER = "drugs"


class DrugKnowledge(Entry):
    """Interaction classes, rules, alert templates and the dictionary files.

    The name index is built once, when the model is made; a dictionary that does not
    resolve (unknown class, name read twice) cannot be made at all. The names for
    completion are sorted at their first use (the first paint needs none).
    """

    matching: MatchingRules
    baclofen_line_rules: BaclofenLineRules
    escalation: EscalationRules
    burden: BurdenRules
    alerts: MedicationAlerts
    wording: MedicationWording
    classes: dict[str, InteractionClass] = Field(min_length=1)
    files: dict[str, DrugFile] = Field(
        min_length=1, description="drugs/<name>.toml -> its validated content"
    )
    _index: NameIndex = PrivateAttr()
    _ingredients: dict[str, Ingredient] = PrivateAttr()
    _baclofen_lines: BaclofenLines = PrivateAttr()
    _names: tuple[str, ...] | None = PrivateAttr(default=None)

    def model_post_init(self, context: object, /) -> None:
        self._ingredients = resolve(self.files, self.classes)
        self._index = build_index(self.files, self.matching)
        self._baclofen_lines = BaclofenLines.from_rules(self.baclofen_line_rules)

    def index(self) -> NameIndex:
        return self._index

    def ingredients(self) -> dict[str, Ingredient]:
        """Ingredient name -> its classes and other names, over every file."""
        return self._ingredients

    def baclofen_lines(self) -> BaclofenLines:
        return self._baclofen_lines

    def duplicate_ingredients(self) -> tuple[str, ...]:
        """The ingredients of the medicine being planned (baclofen itself)."""
        duplicate = {c.id for c in self.classes.values() if c.duplicate}
        return tuple(n for n, i in self._ingredients.items() if duplicate & set(i.classes))

    def names(self) -> tuple[str, ...]:
        """Every name as written in the dictionary (generic, brand, product), sorted."""
        if self._names is None:
            entries = name_entries(self.files)
            self._names = tuple(sorted({e.name for e in entries}, key=str.casefold))
        return self._names


def load_drug_knowledge(directory: Traversable) -> DrugKnowledge:
    """Load the interaction classes and the drug dictionary; errors name file and entry."""
    config = validate_file(
        InteractionsFile, read_toml(directory, "interactions.toml"), "interactions.toml"
    )
    classes = {c.id: c for c in config.classes}
    return DrugKnowledge(
        matching=config.matching,
        baclofen_line_rules=config.baclofen_lines,
        escalation=config.escalation,
        burden=config.burden,
        alerts=config.alerts,
        wording=config.wording,
        classes=classes,
        files=_read_files(directory / DRUGS_FOLDER),
    )


def _read_files(folder: Traversable) -> dict[str, DrugFile]:
    """Every file of drugs/, validated, in name order."""
    if not folder.is_dir():
        raise KnowledgeError(f"{DRUGS_FOLDER}/: the drug dictionary folder is missing")
    try:
        parsed = read_drug_files(folder)
    except KnowledgeError as exc:
        raise KnowledgeError(f"{DRUGS_FOLDER}/{exc}") from exc
    if not parsed:
        raise KnowledgeError(f"{DRUGS_FOLDER}/: no dictionary files (*.toml)")
    return {
        f"{DRUGS_FOLDER}/{name}": validate_file(DrugFile, data, f"{DRUGS_FOLDER}/{name}")
        for name, data in parsed.items()
    }


def resolve(
    files: dict[str, DrugFile], classes: dict[str, InteractionClass]
) -> dict[str, Ingredient]:
    """Ingredients over every file with their classes; an ingredient defined twice or in
    no class, a class naming an unknown ingredient and a product naming an unknown
    ingredient are errors naming the file and entry."""
    where_defined: dict[str, str] = {}
    for label, spec in files.items():
        for name in spec.ingredients:
            if name in where_defined:
                raise KnowledgeError(
                    f"{label}: ingredients.{name}: also defined in {where_defined[name]}"
                )
            where_defined[name] = label
    for cid, klass in classes.items():
        missing = [n for n in klass.ingredients if n not in where_defined]
        if missing:
            raise KnowledgeError(
                f"interactions.toml: classes (id={cid}).ingredients: unknown ingredient "
                f"{missing[0]!r}"
            )
    index = ClassIndex(classes)
    ingredients: dict[str, Ingredient] = {}
    for label, spec in files.items():
        for name, item in spec.ingredients.items():
            found = index.classes_for(name, item.atc)
            if not found:
                codes = ", ".join(item.atc) or "no ATC code"
                raise KnowledgeError(
                    f"{label}: ingredients.{name}: no interaction class takes it ({codes})"
                )
            ingredients[name] = Ingredient(name, item.atc, found, item.note)
    _check_products(files, ingredients)
    return ingredients


def _check_products(files: dict[str, DrugFile], ingredients: dict[str, Ingredient]) -> None:
    products: dict[str, str] = {}
    for label, spec in files.items():
        for name, parts in spec.products.items():
            where = f"{label}: products.{name}"
            if name in products:
                raise KnowledgeError(f"{where}: also defined in {products[name]}")
            products[name] = label
            missing = [p for p in parts if p not in ingredients]
            if missing:
                raise KnowledgeError(f"{where}: unknown ingredient {missing[0]!r}")


def build_index(files: dict[str, DrugFile], matching: MatchingRules) -> NameIndex:
    """The name index; two names that read the same are an error naming both."""
    try:
        return NameIndex(name_entries(files), matching)
    except (NameConflictError, BadNameError) as exc:
        raise KnowledgeError(str(exc)) from exc


def check_medications(
    lines: Sequence[str],
    knowledge: DrugKnowledge,
    context: MedicationContext,
    cite: Callable[[tuple[str, ...]], str],
) -> MedicationCheck:
    """Match every line; list what is not understood as unrecognised. Never raises."""
    return run_check(lines, knowledge, context, cite)
