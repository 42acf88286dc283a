"""Loads the editable content (rules, questions, organisations, recognition patterns, words) from data/content.

Loading collects every problem it meets, with file and line, instead of stopping at the first one; `bot check`
reports them and `load_content` refuses content with errors, so the assistant never runs on broken content.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

from bot import yaml_lines
from bot.mentions import Vocabulary, VocabularyError, load_vocabulary
from bot.situation import DESTINATIONS, SLOTS

CONTENT_DIR = Path(__file__).resolve().parent.parent / "data" / "content"
FILES = ("regels.yml", "vragen.yml", "organisaties.yml", "herkenning.yml", "widget.yml", "overdracht.yml",
         "privacy.yml")
# Every text the widget shows (bot/static/wegwijzer.js reads them by these names from /widget/inhoud.json).
WIDGET_TEXTS = ("titel", "openen", "sluiten", "melding", "invoer_label", "invoer_hint", "versturen", "opnieuw",
                "kies", "typt", "jij", "assistent", "geen_verbinding", "weer_verbonden", "wacht_op_verbinding",
                "direct_hulp_knop", "direct_hulp_uitleg", "kaart_advies", "kaart_waarom", "kaart_wat_doen",
                "kaart_contact", "kaart_ook", "kaart_niet_zeker", "log_label", "privacy")
# The only placeholder the privacy statement knows: the retention period in days (WEGWIJZER_BEWAARDAGEN).
PRIVACY_PLACEHOLDERS = ("{dagen}",)
CONTACT_KINDS = ("telefoon", "email", "website", "chat", "openingstijden")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Variant:
    when: Mapping[str, tuple[str, ...]]
    tip: str


@dataclass(frozen=True)
class Rule:
    id: str
    conditions: Mapping[str, tuple[str, ...]]  # in the editor's order: that is the order of asking
    destination: str
    also: tuple[str, ...]
    reason: str
    source: str
    tip: str = ""
    variants: tuple[Variant, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Question:
    slot: str
    text: str
    explanation: str
    buttons: Mapping[str, str]  # value -> label, in the contract's value order
    dont_know: str = ""         # label of an extra "weet ik niet" button; empty when there is none
    line: int = 0


@dataclass(frozen=True)
class ContactFact:
    kind: str
    value: str
    source: str
    checked: dt.date | None
    unconfirmed: bool = False


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    explanation: str
    what_to_do: str
    contacts: tuple[ContactFact, ...] = ()
    how_to_find: str = ""
    line: int = 0
    with_place: str = ""  # extra line when the parent named their municipality; {gemeente} is its name


@dataclass(frozen=True)
class Widget:
    texts: Mapping[str, str]
    direct_help: tuple[str, ...]  # organisation ids shown at the top of the chat window


@dataclass(frozen=True)
class FactLabel:
    name: str                    # "Wlz-indicatie"
    values: Mapping[str, str]    # value -> how staff read it


@dataclass(frozen=True)
class PrivacySection:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class PrivacyStatement:
    """privacy.yml: the public privacy statement (GET /privacy); {dagen} is filled in when it is shown."""
    title: str = ""
    intro: str = ""
    sections: tuple[PrivacySection, ...] = ()


@dataclass(frozen=True)
class Content:
    rules: tuple[Rule, ...]
    questions: Mapping[str, Question]
    organisations: Mapping[str, Organisation]
    recognition: Mapping[str, Any] = field(default_factory=dict)
    vocabulary: Vocabulary | None = None  # woorden.yml + gemeenten.yml; None when they have errors
    widget: Widget = Widget({}, ())
    fact_labels: Mapping[str, FactLabel] = field(default_factory=dict)  # overdracht.yml: facts as staff read them
    privacy: PrivacyStatement = PrivacyStatement()


class ContentError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("De inhoud heeft fouten:\n" + "\n".join(str(p) for p in problems))


class _Collector:
    """Reads one file's structure and notes problems instead of raising."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def text(self, node: Any, key: str, where: str, required: bool = True) -> str:
        value = node.get(key) if isinstance(node, dict) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(_line(node), f"{where}: '{key}' ontbreekt of is leeg")
            return ""
        if not isinstance(value, str):
            self.add(_line(node, key), f"{where}: '{key}' moet tekst zijn")
            return ""
        return value.strip()

    def conditions(self, node: Any, where: str) -> dict[str, tuple[str, ...]]:
        """`als`-blocks: slot -> one value or a list of values, all checked against the model."""
        if node is None:
            return {}
        if not isinstance(node, dict):
            self.add(_line(node), f"{where}: 'als' moet een lijst van feit: waarde zijn")
            return {}
        result: dict[str, tuple[str, ...]] = {}
        for slot, raw in node.items():
            line = _line(node, slot)
            values = tuple(str(v) for v in (raw if isinstance(raw, list) else [raw]))
            if slot not in SLOTS:
                self.add(line, f"{where}: onbekend feit '{slot}' (bekend: {', '.join(SLOTS)})")
                continue
            bad = [v for v in values if v not in SLOTS[slot]]
            if bad or not values:
                self.add(line, f"{where}: onbekende waarde {', '.join(repr(v) for v in bad) or '(leeg)'} voor "
                               f"'{slot}' (toegestaan: {', '.join(SLOTS[slot])})")
                continue
            result[slot] = values
        return result


def _line(node: Any, key: Any = None) -> int:
    if key is not None and hasattr(node, "line_of"):
        return node.line_of(key)
    return getattr(node, "line", 0)


def _read(directory: Path, name: str, collector: _Collector, top: str) -> Any:
    path = directory / name
    if not path.exists():
        collector.add(0, "bestand ontbreekt")
        return None
    try:
        data = yaml_lines.load(path)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        collector.add(mark.line + 1 if mark else 0, f"geen geldige YAML: {getattr(error, 'problem', error)}")
        return None
    if not isinstance(data, dict) or top not in data:
        collector.add(1, f"het bestand moet beginnen met '{top}:'")
        return None
    return data[top]


def _parse_rules(raw: Any, c: _Collector) -> tuple[Rule, ...]:
    if not isinstance(raw, list):
        c.add(_line(raw), "'regels' moet een lijst zijn")
        return ()
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, node in enumerate(raw):
        line = raw.line_of(index)
        if not isinstance(node, dict):
            c.add(line, "een regel moet een blok met id, als, naar, reden en bron zijn")
            continue
        rule_id = str(node.get("id", "")).strip()
        where = f"regel {rule_id or index + 1}"
        if not rule_id:
            c.add(line, f"{where}: 'id' ontbreekt")
        elif rule_id in seen:
            c.add(line, f"{where}: het id '{rule_id}' komt twee keer voor")
        seen.add(rule_id)
        also = node.get("ook") or []
        if not isinstance(also, list):
            c.add(_line(node, "ook"), f"{where}: 'ook' moet een lijst zijn")
            also = []
        variants = []
        for v_index, v_node in enumerate(node.get("varianten") or []):
            v_where = f"{where}, variant {v_index + 1}"
            if not isinstance(v_node, dict):
                c.add(_line(node, "varianten"), f"{v_where}: een variant heeft 'als' en 'tip'")
                continue
            variants.append(Variant(c.conditions(v_node.get("als"), v_where), c.text(v_node, "tip", v_where)))
        rules.append(Rule(
            id=rule_id or str(index + 1),
            conditions=c.conditions(node.get("als"), where),
            destination=c.text(node, "naar", where),
            also=tuple(str(a) for a in also),
            reason=c.text(node, "reden", where),
            source=c.text(node, "bron", where),
            tip=c.text(node, "tip", where, required=False),
            variants=tuple(variants),
            line=line,
        ))
    return tuple(rules)


def _parse_questions(raw: Any, c: _Collector) -> dict[str, Question]:
    if not isinstance(raw, dict):
        c.add(_line(raw), "'vragen' moet per feit een blok hebben")
        return {}
    questions: dict[str, Question] = {}
    for slot, node in raw.items():
        line = raw.line_of(slot)
        where = f"vraag '{slot}'"
        if slot not in SLOTS:
            c.add(line, f"{where}: onbekend feit (bekend: {', '.join(SLOTS)})")
            continue
        if not isinstance(node, dict):
            c.add(line, f"{where}: een vraag heeft 'vraag', 'uitleg' en 'knoppen'")
            continue
        buttons = node.get("knoppen") or {}
        if not isinstance(buttons, dict):
            c.add(_line(node, "knoppen"), f"{where}: 'knoppen' moet per waarde een tekst hebben")
            buttons = {}
        for value in buttons:
            if value not in SLOTS[slot]:
                c.add(_line(buttons, value), f"{where}: knop voor onbekende waarde '{value}' "
                                             f"(toegestaan: {', '.join(SLOTS[slot])})")
        for value in SLOTS[slot]:
            if not str(buttons.get(value) or "").strip():
                c.add(_line(node, "knoppen"), f"{where}: geen knop voor de waarde '{value}'")
        questions[slot] = Question(
            slot=slot,
            text=c.text(node, "vraag", where),
            explanation=c.text(node, "uitleg", where),
            buttons={v: str(buttons[v]).strip() for v in SLOTS[slot] if buttons.get(v)},
            dont_know=c.text(node, "weet_niet", where, required=False),
            line=line,
        )
    return questions


def _parse_contact(node: Any, where: str, c: _Collector) -> ContactFact | None:
    if not isinstance(node, dict):
        c.add(_line(node), f"{where}: een contactgegeven heeft soort, waarde, bron en gecontroleerd")
        return None
    kind = c.text(node, "soort", where)
    if kind and kind not in CONTACT_KINDS:
        c.add(_line(node, "soort"), f"{where}: onbekende soort '{kind}' (kies uit {', '.join(CONTACT_KINDS)})")
    value = c.text(node, "waarde", where)
    source = c.text(node, "bron", f"{where} ({value})")
    checked = node.get("gecontroleerd")
    if isinstance(checked, str):
        try:
            checked = dt.date.fromisoformat(checked)
        except ValueError:
            checked = None
    if not isinstance(checked, dt.date):
        c.add(_line(node), f"{where} ({value}): 'gecontroleerd' ontbreekt of is geen datum (jjjj-mm-dd)")
        checked = None
    return ContactFact(kind, value, source, checked, bool(node.get("onbevestigd", False)))


def _parse_organisations(raw: Any, c: _Collector) -> dict[str, Organisation]:
    if not isinstance(raw, dict):
        c.add(_line(raw), "'organisaties' moet per organisatie-id een blok hebben")
        return {}
    organisations: dict[str, Organisation] = {}
    for org_id, node in raw.items():
        line = raw.line_of(org_id)
        where = f"organisatie '{org_id}'"
        if org_id not in DESTINATIONS:
            c.add(line, f"{where}: onbekend id (bekend: {', '.join(DESTINATIONS)})")
            continue
        if not isinstance(node, dict):
            c.add(line, f"{where}: heeft naam, uitleg, wat_te_doen en contact of zo_vind_je_het")
            continue
        contacts_raw = node.get("contact") or []
        contacts = tuple(filter(None, (_parse_contact(item, f"{where}, contact", c) for item in contacts_raw)))
        how_to_find = c.text(node, "zo_vind_je_het", where, required=False)
        if not contacts and not how_to_find:
            c.add(line, f"{where}: geef 'contact' of 'zo_vind_je_het', zodat ouders weten hoe ze er komen")
        organisations[org_id] = Organisation(
            id=org_id,
            name=c.text(node, "naam", where),
            explanation=c.text(node, "uitleg", where),
            what_to_do=c.text(node, "wat_te_doen", where),
            contacts=contacts,
            how_to_find=how_to_find,
            line=line,
            with_place=c.text(node, "met_gemeentenaam", where, required=False),
        )
    return organisations


def _parse_widget(raw: Any, organisations: Mapping[str, Organisation], c: _Collector) -> Widget:
    if not isinstance(raw, dict):
        c.add(_line(raw), "'widget' moet 'teksten' en 'direct_hulp' hebben")
        return Widget({}, ())
    texts_node = raw.get("teksten")
    texts = {key: c.text(texts_node, key, "widget, teksten") for key in WIDGET_TEXTS}
    for key in texts_node or {}:
        if key not in WIDGET_TEXTS:
            c.add(_line(texts_node, key), f"widget, teksten: onbekende tekst '{key}' (de widget gebruikt hem niet)")
    ids = raw.get("direct_hulp")
    if not isinstance(ids, list) or not ids:
        c.add(_line(raw), "widget: 'direct_hulp' moet een lijst van organisatie-ids zijn")
        ids = []
    for org_id in ids:
        if org_id not in organisations:
            c.add(_line(raw, "direct_hulp"), f"widget, direct_hulp: onbekende organisatie '{org_id}'")
        elif not any(not f.unconfirmed and f.kind == "telefoon" for f in organisations[org_id].contacts):
            c.add(_line(raw, "direct_hulp"), f"widget, direct_hulp: '{org_id}' heeft geen bevestigd telefoonnummer")
    return Widget(texts, tuple(str(i) for i in ids))


def _parse_fact_labels(raw: Any, c: _Collector) -> dict[str, FactLabel]:
    """overdracht.yml: a staff name for every fact and a text for every value (none missing, none unknown)."""
    node = raw.get("feiten") if isinstance(raw, dict) else None
    if not isinstance(node, dict):
        c.add(_line(raw), "'overdracht' moet 'feiten' hebben")
        return {}
    labels = {}
    for slot in node:
        if slot not in SLOTS:
            c.add(_line(node, slot), f"overdracht: onbekend feit '{slot}'")
    for slot, values in SLOTS.items():
        item = node.get(slot)
        if not isinstance(item, dict):
            c.add(_line(node), f"overdracht: feit '{slot}' ontbreekt")
            continue
        texts = item.get("waarden") or {}
        for value in texts:
            if value not in values:
                c.add(_line(texts, value), f"overdracht, {slot}: onbekende waarde '{value}'")
        labels[slot] = FactLabel(c.text(item, "naam", f"overdracht, {slot}"),
                                 {v: c.text(texts, v, f"overdracht, {slot}, waarden") for v in values})
    return labels


def _placeholders_ok(text: str, line: int, where: str, c: _Collector) -> None:
    """Only {dagen}; a typo like {dage} or a lone brace would otherwise reach the parents as is."""
    rest = text
    for known in PRIVACY_PLACEHOLDERS:
        rest = rest.replace(known, "")
    for unknown in re.findall(r"\{[^{}]*\}", rest):
        c.add(line, f"{where}: onbekende invulplek {unknown} (alleen {', '.join(PRIVACY_PLACEHOLDERS)} kan)")
    lone = re.sub(r"\{[^{}]*\}", "", rest)
    if "{" in lone or "}" in lone:
        c.add(line, f"{where}: een accolade {{ of }} zonder partner")


def _parse_privacy(raw: Any, c: _Collector) -> PrivacyStatement:
    """privacy.yml: titel, inleiding and onderdelen (each a kop with alineas), all plain text."""
    if not isinstance(raw, dict):
        c.add(_line(raw), "'privacy' moet 'titel', 'inleiding' en 'onderdelen' hebben")
        return PrivacyStatement()
    for key in raw:
        if key not in ("titel", "inleiding", "onderdelen"):
            c.add(_line(raw, key), f"privacy: onbekend onderdeel '{key}' (bekend: titel, inleiding, onderdelen)")
    title = c.text(raw, "titel", "privacy")
    intro = c.text(raw, "inleiding", "privacy")
    for key, text in (("titel", title), ("inleiding", intro)):
        _placeholders_ok(text, _line(raw, key), f"privacy, {key}", c)
    node = raw.get("onderdelen")
    if not isinstance(node, list) or not node:
        c.add(_line(raw, "onderdelen"), "privacy: 'onderdelen' moet een lijst zijn met per onderdeel 'kop' en "
                                        "'alineas'")
        node = []
    sections = []
    for index, item in enumerate(node):
        line = node.line_of(index) if hasattr(node, "line_of") else 0
        where = f"privacy, onderdeel {index + 1}"
        if not isinstance(item, dict):
            c.add(line, f"{where}: een onderdeel heeft 'kop' en 'alineas'")
            continue
        heading = c.text(item, "kop", where)
        paragraphs = item.get("alineas")
        if not isinstance(paragraphs, list) or not paragraphs:
            c.add(_line(item), f"{where}: 'alineas' moet een lijst van teksten zijn")
            paragraphs = []
        texts = []
        for number, paragraph in enumerate(paragraphs):
            at = paragraphs.line_of(number) if hasattr(paragraphs, "line_of") else line
            if not isinstance(paragraph, str) or not paragraph.strip():
                c.add(at, f"{where}: alinea {number + 1} moet tekst zijn")
                continue
            _placeholders_ok(paragraph, at, where, c)
            texts.append(" ".join(paragraph.split()))
        _placeholders_ok(heading, _line(item, "kop"), where, c)
        sections.append(PrivacySection(heading, tuple(texts)))
    return PrivacyStatement(title, intro, tuple(sections))


def parse(directory: Path = CONTENT_DIR) -> tuple[Content, list[Problem]]:
    """Read every content file; returns what could be read and every problem found."""
    collectors = {name: _Collector(name) for name in FILES}
    rules = _parse_rules(_read(directory, "regels.yml", collectors["regels.yml"], "regels") or [],
                         collectors["regels.yml"])
    questions = _parse_questions(_read(directory, "vragen.yml", collectors["vragen.yml"], "vragen") or {},
                                 collectors["vragen.yml"])
    organisations = _parse_organisations(
        _read(directory, "organisaties.yml", collectors["organisaties.yml"], "organisaties") or {},
        collectors["organisaties.yml"])
    recognition = _read(directory, "herkenning.yml", collectors["herkenning.yml"], "herkenning") or {}
    widget = _parse_widget(_read(directory, "widget.yml", collectors["widget.yml"], "widget"), organisations,
                           collectors["widget.yml"])
    fact_labels = _parse_fact_labels(_read(directory, "overdracht.yml", collectors["overdracht.yml"], "overdracht"),
                                     collectors["overdracht.yml"])
    privacy = _parse_privacy(_read(directory, "privacy.yml", collectors["privacy.yml"], "privacy"),
                             collectors["privacy.yml"])
    problems = [p for c in collectors.values() for p in c.problems]
    vocabulary = None
    try:
        vocabulary = load_vocabulary(directory)
    except VocabularyError as error:
        problems.append(Problem(error.file, error.line, str(error)))
    except (OSError, yaml.YAMLError, KeyError, AttributeError, TypeError) as error:
        problems.append(Problem("woorden.yml", 0, f"woorden.yml of gemeenten.yml kan niet gelezen worden: {error}"))
    return Content(rules, questions, organisations, recognition, vocabulary, widget, fact_labels,
                   privacy), problems


def load_content(directory: Path = CONTENT_DIR) -> Content:
    """The content, fully checked; raises ContentError listing every problem."""
    from bot.check import check_content  # the semantic checks build on the parsed content

    content, problems = parse(directory)
    problems += check_content(content)
    if problems:
        raise ContentError(problems)
    return content
