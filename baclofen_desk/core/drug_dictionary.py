"""Offline drug dictionary and interaction checker.

`load_drug_knowledge` reads interactions.toml (classes, matching and escalation
rules, alert templates) and every file in drugs/ (names -> ingredients ->
classes), validates them and builds the name index once. `check_medications`
is the single entry point the planner calls: every line typed comes back
matched (with the name it matched) or listed as unrecognised, and "no
interactions" is never claimed while anything is unrecognised or the
dictionary is not loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field, PrivateAttr

from baclofen_desk.core.drug_check import run_check
from baclofen_desk.core.drug_matching import (
    BadNameError,
    NameConflictError,
    NameIndex,
    name_entries,
)
from baclofen_desk.core.drug_models import (
    BurdenRules,
    DrugFile,
    EscalationRules,
    IngredientSpec,
    InteractionClass,
    InteractionsFile,
    MatchingRules,
    MedicationAlerts,
)
from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file
from baclofen_desk.core.models import Alert, Interaction, MedicationMatch

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from importlib.resources.abc import Traversable

#: Folder of the dictionary files, next to interactions.toml.
DRUGS_FOLDER = "drugs"


class DrugKnowledge(Entry):
    """Interaction classes, rules, alert templates and the dictionary files."""

    loaded: bool = False
    matching: MatchingRules | None = None
    escalation: EscalationRules | None = None
    burden: BurdenRules | None = None
    alerts: MedicationAlerts | None = None
    classes: dict[str, InteractionClass] = Field(default_factory=dict)
    files: dict[str, DrugFile] = Field(
        default_factory=dict, description="drugs/<name>.toml -> its validated content"
    )
    _index: NameIndex | None = PrivateAttr(default=None)
    _ingredients: dict[str, IngredientSpec] = PrivateAttr(default_factory=dict)

    def index(self) -> NameIndex | None:
        """The name index (built at load; built here only for a hand-made instance)."""
        if self._index is None and self.loaded and self.matching is not None:
            self._ingredients = resolve(self.files, self.classes)
            self._index = build_index(self.files, self.matching)
        return self._index

    def ingredients(self) -> dict[str, IngredientSpec]:
        """Ingredient name -> its classes and other names, over every file."""
        self.index()
        return self._ingredients

    def names(self) -> tuple[str, ...]:
        """Every name as written in the dictionary (generic, brand, product), sorted."""
        return tuple(sorted({e.name for e in name_entries(self.files)}, key=str.casefold))


class MedicationContext(Entry):
    """Patient facts that escalate interaction severity (P8)."""

    age_years: float
    crcl_ml_min: float | None = Field(None, description="CrCl, else eGFR, else None")
    dialysis: bool = Field(False, description="Counts as kidney function below the threshold")


class MedicationCheck(Entry):
    """Result of checking every typed medication line."""

    matches: tuple[MedicationMatch, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    alerts: tuple[Alert, ...] = ()
    unrecognized: tuple[str, ...] = Field(
        (), description="Lines as typed that were not checked (unrecognised or ambiguous)"
    )
    complete: bool = Field(False, description="Every line recognised and dictionary loaded")


def load_drug_knowledge(directory: Traversable) -> DrugKnowledge:
    """Load the interaction classes and the drug dictionary; errors name file and entry."""
    config = validate_file(
        InteractionsFile, read_toml(directory, "interactions.toml"), "interactions.toml"
    )
    classes = {c.id: c for c in config.classes}
    files = _read_files(directory / DRUGS_FOLDER)
    ingredients = resolve(files, classes)
    index = build_index(files, config.matching)
    knowledge = DrugKnowledge(
        loaded=True,
        matching=config.matching,
        escalation=config.escalation,
        burden=config.burden,
        alerts=config.alerts,
        classes=classes,
        files=files,
    )
    knowledge._ingredients = ingredients
    knowledge._index = index
    return knowledge


def _read_files(folder: Traversable) -> dict[str, DrugFile]:
    """Every file of drugs/, validated, in name order."""
    if not folder.is_dir():
        raise KnowledgeError(f"{DRUGS_FOLDER}/: the drug dictionary folder is missing")
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file())
    if not names:
        raise KnowledgeError(f"{DRUGS_FOLDER}/: no dictionary files (*.toml)")
    files: dict[str, DrugFile] = {}
    for name in names:
        try:
            data = read_toml(folder, name)
        except KnowledgeError as exc:
            raise KnowledgeError(f"{DRUGS_FOLDER}/{exc}") from exc
        label = f"{DRUGS_FOLDER}/{name}"
        files[label] = validate_file(DrugFile, data, label)
    return files


def resolve(
    files: dict[str, DrugFile], classes: dict[str, InteractionClass]
) -> dict[str, IngredientSpec]:
    """Ingredients over every file; unknown classes, ingredients defined twice and
    products naming an unknown ingredient are errors naming the file and entry."""
    ingredients: dict[str, IngredientSpec] = {}
    where_defined: dict[str, str] = {}
    for label, spec in files.items():
        for name, item in spec.ingredients.items():
            where = f"{label}: ingredients.{name}"
            unknown = [c for c in item.classes if c not in classes]
            if unknown:
                raise KnowledgeError(f"{where}.classes: unknown class {unknown[0]!r}")
            if name in ingredients:
                raise KnowledgeError(f"{where}: also defined in {where_defined[name]}")
            ingredients[name] = item
            where_defined[name] = label
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
    return ingredients


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
    index = knowledge.index()
    if (
        index is None
        or knowledge.escalation is None
        or knowledge.burden is None
        or knowledge.alerts is None
    ):
        matches = tuple(MedicationMatch(input=line, status="unrecognized") for line in lines)
        return MedicationCheck(matches=matches, unrecognized=tuple(lines), complete=False)
    result = run_check(
        lines,
        index=index,
        classes=knowledge.classes,
        ingredients=knowledge.ingredients(),
        escalation=knowledge.escalation,
        burden=knowledge.burden,
        alerts=knowledge.alerts,
        context=(context.age_years, context.crcl_ml_min, context.dialysis),
        cite=cite,
    )
    return MedicationCheck(
        matches=result.matches,
        interactions=result.interactions,
        alerts=result.alerts,
        unrecognized=result.unrecognized,
        complete=result.complete,
    )
