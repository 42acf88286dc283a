"""The learned fact reader: facts with too many wordings for word lists, learned from labelled parents' messages.

What kind of question a parent has (`hulpvraag`), or how it went at the gemeente, is said in endless ways
("wie heeft hier verstand van?", "ik kan al dat geregel niet meer aan"). Word lists and phrases catch what their
writer thought of; this reader learns from examples instead. Per slot it is a linear classifier (logistic
regression on word and character n-grams) over the slot's values plus "not said", trained on the messages in
data/feiten/*.yml, each labelled with the facts it states.

It also learns from Rasa's own training data, for what that data says for certain: a message of a safety intent
carries that signal (herkenning.yml, `intenties`), an `inform` message carries none, and a greeting states no fact.

The actions weigh it per slot by herkenning.yml (`geleerd`, thresholds picked by measurement): normally it is the
weakest source, used only when no button, phrase or word said anything about that slot; from a slot's `voorrang`
on it goes before phrases and words. For safety it is one more ear next to the patterns and the safety intents:
from its threshold it raises a signal, and their signals need its agreement (`instemming`). For safety a second,
differently built reader (SecondOpinion, a small neural network) reads along; the chance is that of both.

The trained reader is plain arrays (JSON and a .npz without pickles), so loading a model never runs code.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from bot.mentions import NUMBER_WORDS
from bot.situation import DEFAULTS, SLOTS
from bot.understanding import (FACTLESS_INTENTS, SAFETY, content_recognizer, latin_words,  # the reader's view
                              normalize)
from bot.yaml_lines import FileLineError, load as load_yaml_with_lines

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "feiten"
CONTENT_DIR = EXAMPLES_DIR.parent / "content"
GLOSSARY_FILE = CONTENT_DIR / "vertalingen.yml"  # words of other languages for the reader (Glossary)
EXTRACTOR = "FeitenLeren"  # the Rasa component (bot/rasa_component.py) that reports these as entities
NOT_SAID = "-"
# Regularisation per slot, picked on the development sets (heldout, openingen-3, openingen-4): safety, read as
# "any signal" over the whole message and each sentence, keeps every signal with less of it (1e-4 lost signals).
_ALPHA = {SAFETY: 1e-5}
_ALPHA_OTHER = 1e-4
# 12 passes of averaged SGD read the development sets as 20 did (the same false alarms and misses, every slot's F1
# within 0.02); with the session-10 examples the reader then trains in 7.9 instead of 11.7 s (full training must
# stay under 45 s).
_EPOCHS = 12
# The second safety reader (SecondOpinion): a small neural network on words and word pairs only. Its settings
# and how the two readers are combined (the geometric mean of their chances) were picked on the development sets
# (session 9): with the session's new examples, false alarms 40 -> 24 of 1,040 messages and misses 2 -> 0 of 299
# signals against the linear reader alone, for seeds 0, 1 and 2 alike (24-28 false alarms); the minimum of the
# two missed 4 and a cap below an agreement of 0.3 missed 4. About 2 s of training.
_SECOND_HIDDEN = 32
_SECOND_EPOCHS = 15
_SECOND_BATCH = 1000
_SECOND_RATE = 5e-3
_SECOND_ALPHA = 1e-4
_SECOND_MIN_DF = 3
# Read alone, one sentence of a story can sound like a signal that the next one takes back ("ik maak je af, riep hij
# tegen zijn broertje. Dat roepen ze allemaal."). A sentence's chance is therefore the mean of its own and that of
# the likelier of the two-sentence windows it is in (session 18, on the development sets over four seeds: false
# alarms 31.75 -> 28.75 on average, lower with every seed, no signal lost; the weight 0.7 lost one).
_CONTEXT_WEIGHT = 0.5

Features = tuple[np.ndarray, np.ndarray]  # a text's vocabulary rows and their l2-normalized tf-idf values


class ExamplesError(FileLineError):
    """A problem in an example file of data/feiten/."""


@dataclass(frozen=True)
class Example:
    text: str
    facts: Mapping[str, str]
    known: frozenset[str] | None = None  # the slots the label speaks for (None: all; absent means not said)


def from_rasa_data(messages: Iterable[tuple[str, str]], intent_facts: Mapping[str, Mapping[str, str]]
                   ) -> list[Example]:
    """Examples from Rasa's training data (text, intent): what each intent says for certain."""
    out = []
    for text, intent in messages:
        if intent in FACTLESS_INTENTS:
            out.append(Example(text, {}))
        elif intent in intent_facts:
            out.append(Example(text, dict(intent_facts[intent]), frozenset(intent_facts[intent])))
        elif intent == "inform":
            out.append(Example(text, {}, frozenset((SAFETY,))))
    return out


def reader_settings() -> tuple[dict[str, dict[str, str]], tuple[str, ...]]:
    """From herkenning.yml, as the actions read it: the safety intents' facts (`intenties`) and the slots the
    reader may speak for (`geleerd`; only those are trained)."""
    return _reader_settings(tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                                  for p in sorted(CONTENT_DIR.glob("*.yml"))))


@lru_cache(maxsize=4)
def _reader_settings(stamp: tuple) -> tuple[dict[str, dict[str, str]], tuple[str, ...]]:
    """Per state of the content files (`stamp`): Rasa asks several times per training, and loading and
    checking all content takes a second."""
    recognizer = content_recognizer()
    intents = {name: dict(facts) for name, (facts, _) in recognizer.intent_facts.items()}
    return intents, tuple(slot for slot in SLOTS if slot in recognizer.learned_thresholds)


def example_files(directory: Path = EXAMPLES_DIR) -> list[Path]:
    return sorted(directory.glob("*.yml"))


def examples_fingerprint(directory: Path = EXAMPLES_DIR) -> str:
    """A hash of what the reader learns from outside Rasa's training data (the example files, the intents'
    facts, which slots are learned) and of this module. Rasa must retrain the reader when they change."""
    digest = hashlib.sha256(json.dumps(reader_settings(), sort_keys=True).encode())
    digest.update(Path(__file__).read_bytes())  # and how it learns: this module
    # and what it sees: the normalized text (session 26: more number words changed it without a retrain)
    digest.update(inspect.getsource(normalize).encode() + json.dumps(NUMBER_WORDS, sort_keys=True).encode())
    for path in [*example_files(directory), *([GLOSSARY_FILE] if GLOSSARY_FILE.exists() else [])]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _in_order(rasa_messages: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rasa's messages sorted: the reader does not depend on the order Rasa reads its files in."""
    return sorted(set(rasa_messages))


def train_reader(rasa_messages: Iterable[tuple[str, str]]) -> "FactReader":
    """This project's reader: the example files plus what Rasa's training messages (text, intent) say for
    certain."""
    intents, slots = reader_settings()
    return FactReader.train(load_examples() + from_rasa_data(_in_order(rasa_messages), intents), slots,
                            load_glossary())


def reader_key(rasa_messages: Iterable[tuple[str, str]]) -> str:
    """Everything train_reader learns from, as one hash: the same key, the same reader."""
    digest = hashlib.sha256(examples_fingerprint().encode())
    for text, intent in _in_order(rasa_messages):
        digest.update(f"{text}\0{intent}\0".encode())
    return digest.hexdigest()[:16]


def load_examples(directory: Path = EXAMPLES_DIR) -> list[Example]:
    """Every labelled message; raises ExamplesError (file, line) on an unknown slot or value."""
    examples = []
    for path in example_files(directory):
        raw = load_yaml_with_lines(path)
        for node in (raw or {}).get("berichten") or []:
            line = getattr(node, "line", 0)
            text = str(node.get("tekst") or "").strip()
            if not text:
                raise ExamplesError(path.name, line, "een bericht zonder 'tekst'")
            facts = {str(k): str(v) for k, v in (node.get("feiten") or {}).items()}
            for slot, value in facts.items():
                if slot not in SLOTS or value not in SLOTS[slot]:
                    raise ExamplesError(path.name, line, f"onbekend feit of waarde {slot}: {value}")
            examples.append(Example(text, facts))
    return examples


_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences(text: str) -> list[str]:
    """The sentences of a message of more than one, each of at least three words."""
    parts = [p for p in _SENTENCE_END.split(text.strip()) if len(p.split()) >= 3]
    return parts if len(parts) > 1 else []


class GlossaryError(FileLineError):
    """A problem in vertalingen.yml."""


class Glossary:
    """Words of other languages and dialects with the Dutch word the reader learned (data/content/vertalingen.yml).

    The reader learned Dutch: a Polish "bylismy w gminie, lista oczekujacych 6 miesiecy" shares no word with the
    Dutch examples, and the examples in other languages (data/feiten/talen-29.yml) cover a few hundred of the
    endless wordings. So before reading, each known foreign word or phrase gets its Dutch word next to it ("gminie
    gemeente", "lista oczekujacych wachtlijst"), in training and in reading alike; the rest of the message is
    unchanged. Forms are matched whole, in the normalized text (lower case, no accents). Session 29, measured: on
    the examples in other languages read by a reader that learned without them, facts right 742 -> 906 of 1,606.
    The list holds words of the care facts only: words of danger ("bije slaat") found 3 more of 120 signals there,
    but on the development sets lost a signal and gave 4 more false alarms, because they shift what the Dutch words
    weigh."""

    def __init__(self, forms: Mapping[str, str] | None = None):
        self.forms = dict(forms or {})  # normalized form -> the Dutch word(s) to add after it
        self._words = {form: dutch for form, dutch in self.forms.items() if " " not in form}
        phrases = sorted((form for form in self.forms if " " in form), key=len, reverse=True)
        self._phrases = (re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z0-9])")
                         if phrases else None)

    def apply(self, norm: str) -> str:
        """A normalized text with the Dutch word after every known form."""
        if not self.forms:
            return norm
        if self._phrases:  # a phrase's Dutch words as one token, marked, so single words cannot match inside it
            norm = self._phrases.sub(lambda m: f"{m.group(0)} \0" + self.forms[m.group(0)].replace(" ", "\1"), norm)
        out = []
        for token in norm.split():
            if token.startswith("\0"):
                out.append(token[1:].replace("\1", " "))
                continue
            out.append(token)
            if token in self._words:
                out.append(self._words[token])
        return " ".join(out)


def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """vertalingen.yml: each Dutch word with the forms that mean it. Raises GlossaryError (file, line) on a form
    that is empty after normalizing, is the Dutch word itself or belongs to two Dutch words."""
    if not path.exists():
        return Glossary()
    raw = load_yaml_with_lines(path) or {}
    forms: dict[str, str] = {}
    section = raw.get("vertalingen") or {}
    for dutch, node in section.items():
        line = getattr(section, "key_lines", {}).get(dutch, 0)
        target = normalize(str(dutch))
        if not target or not isinstance(node, list) or not node:
            raise GlossaryError(path.name, line, f"'{dutch}' heeft geen lijst met woorden")
        for form in node:
            norm = normalize(str(form)).replace(",", "").strip()
            if not norm or norm == target:
                raise GlossaryError(path.name, line, f"'{form}' bij '{dutch}': leeg of hetzelfde woord")
            if forms.get(norm, target) != target:
                raise GlossaryError(path.name, line, f"'{form}' staat bij '{forms[norm]}' en bij '{dutch}'")
            forms[norm] = target
    return Glossary(forms)


NO_GLOSSARY = Glossary()


@lru_cache(maxsize=200_000)
def _pieces(token: str) -> frozenset[str]:
    """The 3- to 5-letter pieces of a word with a space on each side (typos, chat spelling, Dutch compounds).
    Remembered per word: parents use the same words again and again. (2-letter pieces made reading twice as slow
    for the same F1 on the development sets.)"""
    padded = f" {token} "
    return frozenset(padded[i:i + n] for n in range(3, 6) for i in range(max(1, len(padded) - n + 1)))


def _words(norm: str) -> set[str]:
    """Words and word pairs, '#' in front (so 'de' the word is not 'de' the piece)."""
    words = _WORD.findall(norm)
    return {"#" + w for w in words} | {f"#{a} {b}" for a, b in zip(words, words[1:])}


def features(text: str, glossary: Glossary = NO_GLOSSARY) -> set[str]:
    """What the reader looks at, in the normalized text in Latin letters (bot.understanding.latin_words) with the
    glossary's Dutch words added: words, word pairs and the letter pieces of every word. Training uses this;
    reading computes the same set faster (FactReader)."""
    norm = glossary.apply(latin_words(text))
    return _words(norm).union(*(_pieces(token) for token in norm.split()))


def _fit(x: Any, y: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """One slot's classifier, as softmax rows (for two classes sklearn keeps one row: [0, z] gives sigmoid(z)).

    Logistic loss by averaged stochastic gradient descent: on the development sets as good as the exact
    multinomial fit (lbfgs or newton-cg) once thresholds are chosen, and about ten times faster to train (the
    full training must stay under 45 s). Fixed seed and epochs: the same examples give the same reader."""
    from sklearn.linear_model import SGDClassifier

    model = SGDClassifier(loss="log_loss", alpha=alpha, class_weight="balanced", max_iter=_EPOCHS, tol=None,
                          average=True, random_state=0).fit(x, y)
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:
        coef, intercept = np.vstack([np.zeros_like(coef[0]), coef[0]]), np.array([0.0, intercept[0]])
    return coef, intercept, [str(c) for c in model.classes_]


def _matrix(texts: Sequence[str], min_df: int = 2, glossary: Glossary = NO_GLOSSARY
            ) -> tuple[list[str], np.ndarray, Any]:
    """The vocabulary (features in at least min_df texts), its idf, and the texts as l2-normalized tf-idf rows.

    The same as counting features(text) per text, done with numbers: each feature string gets an id once, each
    word its piece ids once, the ids go to numpy as one buffer and rare features are dropped by renumbering
    (training time counts: as sets of strings this took twice as long, as a Python list and a column slice of
    the sparse matrix a second longer)."""
    from array import array

    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize as l2

    ids: dict[str, int] = {}
    token_ids: dict[str, tuple[int, ...]] = {}
    found_ids, sizes = array("q"), array("q")
    for text in texts:
        norm = glossary.apply(latin_words(text))
        found = {ids.setdefault(f, len(ids)) for f in _words(norm)}
        for token in norm.split():
            known = token_ids.get(token)
            if known is None:
                known = token_ids[token] = tuple(ids.setdefault(p, len(ids)) for p in _pieces(token))
            found.update(known)
        found_ids.extend(found)
        sizes.append(len(found))
    names = list(ids)
    indices = np.frombuffer(found_ids, dtype=np.int64)
    counts = np.bincount(indices, minlength=len(names))
    keep = sorted((i for i in range(len(names)) if counts[i] >= min_df), key=names.__getitem__)
    documents = len(texts)
    idf = (np.log((1 + documents) / (1 + counts[keep].astype(np.float64))) + 1).astype(np.float32)
    column = np.full(len(names), -1, dtype=np.int64)  # feature id -> vocabulary row (-1: too rare)
    column[keep] = np.arange(len(keep))
    columns = column[indices]
    kept = columns >= 0
    row_of = np.repeat(np.arange(documents), np.frombuffer(sizes, dtype=np.int64))
    indptr = np.concatenate(([0], np.cumsum(np.bincount(row_of[kept], minlength=documents))))
    columns = columns[kept]
    rows = csr_matrix((idf[columns], columns, indptr), shape=(documents, len(keep)))
    rows.sort_indices()
    return [names[i] for i in keep], idf, l2(rows)


def _label(example: Example, slot: str) -> str:
    """What the reader learns for one slot of one example. A stated 'veilig' ("niemand is in gevaar") is, for the
    reader, no signal: the phrases in herkenning.yml read it. As a class of its own, four such examples got (with
    balanced class weights) weights that drowned a real signal sharing a word with one of them."""
    value = example.facts.get(slot, NOT_SAID)
    return NOT_SAID if slot == SAFETY and value == DEFAULTS[SAFETY] else value


@dataclass(frozen=True)
class SecondOpinion:
    """A second, differently built safety reader: one hidden layer of a neural network on words and word pairs
    (no letter pieces), trained for "any signal or not". The linear reader is confidently wrong on messages
    that share words with a signal (a past overdose, a figure of speech); this one errs on other messages, so
    a signal is as likely as the two readers together say (FactReader._safety).
    Its first layer is indexed by the linear reader's vocabulary rows (`columns`), so a message is looked up once."""

    columns: np.ndarray  # vocabulary row -> hidden-layer row, -1 where the feature is not used
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def chance(self, rows: np.ndarray, values: np.ndarray) -> float:
        """The chance of a signal for one text, given its vocabulary rows and their normalized tf-idf values."""
        mine = self.columns.take(rows) if len(rows) else rows
        used = mine >= 0
        hidden = np.maximum(values[used] @ self.w1[mine[used]] + self.b1, 0)
        return float(1 / (1 + np.exp(-(hidden @ self.w2 + self.b2))))

    @classmethod
    def train(cls, vocabulary: Sequence[str], x: Any, signal: np.ndarray, seed: int = 0) -> "SecondOpinion":
        """Adam on minibatches of the l2-normalized tf-idf rows `x`, with balanced class weights and an L2
        penalty, as sklearn's MLPClassifier does; the first layer is updated only where a batch has features
        (an embedding bag), so training costs the data, not the vocabulary. Fixed seed: the same examples give
        the same reader."""
        from scipy.sparse import csr_matrix

        counts = np.bincount(x.indices, minlength=len(vocabulary))
        used = np.flatnonzero((counts >= _SECOND_MIN_DF) & np.array([f.startswith("#") for f in vocabulary]))
        columns = np.full(len(vocabulary), -1, dtype=np.intp)
        columns[used] = np.arange(len(used))
        x = x[:, used].tocsr().astype(np.float32)
        n, features = x.shape
        rng = np.random.default_rng(seed)
        params = {  # Glorot-uniform start, as sklearn
            "w1": rng.uniform(-1, 1, (features, _SECOND_HIDDEN)) * np.sqrt(6 / (features + _SECOND_HIDDEN)),
            "b1": np.zeros(_SECOND_HIDDEN),
            "w2": rng.uniform(-1, 1, _SECOND_HIDDEN) * np.sqrt(6 / (_SECOND_HIDDEN + 1)),
            "b2": np.zeros(1)}
        params = {k: v.astype(np.float32) for k, v in params.items()}
        moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
        y = signal.astype(np.float32)
        weight = np.where(signal, 0.5 / signal.mean(), 0.5 / (1 - signal.mean())).astype(np.float32)
        step = 0
        for _ in range(_SECOND_EPOCHS):
            order = rng.permutation(n)
            for start in range(0, n, _SECOND_BATCH):
                batch = order[start:start + _SECOND_BATCH]
                xb = x[batch]
                rows, local = np.unique(xb.indices, return_inverse=True)  # the features this batch has
                xr = csr_matrix((xb.data, local, xb.indptr), shape=(len(batch), len(rows)))
                w1 = params["w1"][rows]
                before = xr @ w1 + params["b1"]
                hidden = np.maximum(before, 0)
                p = 1 / (1 + np.exp(-(hidden @ params["w2"] + params["b2"])))
                g = (p - y[batch]) * weight[batch] / len(batch)  # d loss / d score
                back = np.outer(g, params["w2"]) * (before > 0)
                decay = _SECOND_ALPHA / len(batch)
                grads = {"w1": xr.T @ back + decay * w1, "b1": back.sum(0),
                         "w2": hidden.T @ g + decay * params["w2"], "b2": np.array([g.sum()], dtype=np.float32)}
                step += 1
                for name, grad in grads.items():
                    first, second = moments[name]
                    where = rows if name == "w1" else slice(None)
                    first[where] = 0.9 * first[where] + 0.1 * grad
                    second[where] = 0.999 * second[where] + 0.001 * grad * grad
                    params[name][where] -= (_SECOND_RATE * (first[where] / (1 - 0.9 ** step))
                                            / (np.sqrt(second[where] / (1 - 0.999 ** step)) + 1e-8))
        return cls(columns, params["w1"], params["b1"], params["w2"], params["b2"])


class FactReader:
    """Trained per-slot classifiers sharing one featurization; `read` gives slot -> (value, probability)."""

    _CACHE_LIMIT = 50_000  # words whose pieces are remembered: parents use the same words again and again

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, weights: np.ndarray, bias: np.ndarray,
                 classes: Mapping[str, Sequence[str]], second: SecondOpinion | None = None,
                 glossary: Glossary = NO_GLOSSARY):
        self.vocabulary = list(vocabulary)
        self.glossary = glossary  # the one it learned with: an edited vertalingen.yml counts from the next training
        self.second = second
        self._index = {feature: i for i, feature in enumerate(self.vocabulary)}
        self.idf = idf.astype(np.float32)
        self.weights = weights.astype(np.float32)  # features x (all classes of all slots), for one product
        self.bias = bias.astype(np.float32)
        self.classes = {slot: list(values) for slot, values in classes.items()}
        self._columns: dict[str, slice] = {}
        start = 0
        for slot, values in self.classes.items():
            self._columns[slot] = slice(start, start + len(values))
            start += len(values)
        # For one softmax over all slots at once (reduceat per slot: reading time counts).
        self._starts = np.array([c.start for c in self._columns.values()], dtype=np.intp)
        self._sizes = np.array([c.stop - c.start for c in self._columns.values()], dtype=np.intp)
        safety = self.classes.get(SAFETY, [])
        self._kinds = [i for i, value in enumerate(safety) if value != NOT_SAID]  # 'veilig' is no class (_label)
        self._pieces_of: dict[str, tuple[int, ...]] = {}

    def _rows(self, text: str) -> np.ndarray:
        """The vocabulary rows of features(text), with each word's pieces looked up once and remembered."""
        norm = self.glossary.apply(latin_words(text))
        rows = {self._index[f] for f in _words(norm) if f in self._index}
        for token in norm.split():
            known = self._pieces_of.get(token)
            if known is None:
                known = tuple(self._index[p] for p in _pieces(token) if p in self._index)
                if len(self._pieces_of) < self._CACHE_LIMIT:
                    self._pieces_of[token] = known
            rows.update(known)
        return np.fromiter(rows, dtype=np.intp, count=len(rows))  # an index array: numpy gathers it 2x faster

    def _features(self, text: str) -> Features:
        """The vocabulary rows of a text and their l2-normalized tf-idf values."""
        rows = self._rows(text)
        values = self.idf.take(rows)
        return rows, (values / np.sqrt(values @ values) if len(rows) else values)

    def _scores(self, features: Features, columns: slice = slice(None)) -> np.ndarray:
        """The linear scores of every class (or of the classes in `columns`): a handful of weight rows summed."""
        rows, values = features
        scores = self.bias[columns].copy()
        if len(rows):
            scores += values @ self.weights[rows, columns]
        return scores

    @staticmethod
    def _softmax(scores: np.ndarray) -> np.ndarray:
        chances = np.exp(scores - scores.max())
        return chances / chances.sum()

    def _part_safety(self, text: str) -> tuple[np.ndarray, float, float | None]:
        """One part of a message: the safety reading, its chance of any signal, and the second reader's chance."""
        features = self._features(text)
        reading = self._softmax(self._scores(features, self._columns[SAFETY]))
        return reading, float(reading[self._kinds].sum()), self.second.chance(*features) if self.second else None

    def _safety(self, text: str, features: Features, whole: np.ndarray) -> tuple[str, float]:
        """The chance that there is a signal at all: every kind together (three kinds at 0.3 each are one signal,
        not three doubts), in the whole message or in any one sentence of it (a signal in the middle of a long
        story about waiting lists is one sentence), with the likeliest kind. A sentence is weighed with the
        sentences around it (_CONTEXT_WEIGHT). With a second reader (SecondOpinion, read the same way) it is the
        geometric mean of both chances: where one reader is confidently wrong the other pulls it back, in both
        directions. Always given, also when low: the actions weigh the other ears' signals by it (herkenning.yml,
        `instemming`)."""
        kinds = self._kinds
        best, chance = whole, float(whole[kinds].sum())
        second = self.second.chance(*features) if self.second else None
        sentences = _sentences(text)
        parts = [self._part_safety(part) for part in sentences]
        # with two sentences their window is the whole message, read above
        windows = ([self._part_safety(f"{a} {b}") for a, b in zip(sentences, sentences[1:])]
                   if len(sentences) > 2 else [])
        for i, (reading, own, own_second) in enumerate(parts):
            around = windows[max(i - 1, 0):i + 1]
            if around:
                own = (1 - _CONTEXT_WEIGHT) * own + _CONTEXT_WEIGHT * max(w[1] for w in around)
                if own_second is not None:
                    own_second = ((1 - _CONTEXT_WEIGHT) * own_second
                                  + _CONTEXT_WEIGHT * max(w[2] for w in around if w[2] is not None))
            if own > chance:
                best, chance = reading, own
            if second is not None and own_second is not None:  # both exist or neither does
                second = max(second, own_second)
        if second is not None:
            chance = float(np.sqrt(chance * second))
        return self.classes[SAFETY][max(kinds, key=lambda i: best[i])], chance

    def _all_chances(self, features: Features) -> np.ndarray:
        """The chance of every class of every slot for the whole message: one softmax per slot, done at once."""
        if not self.classes:
            return np.zeros(0, dtype=np.float32)
        scores = self._scores(features)
        scores -= np.repeat(np.maximum.reduceat(scores, self._starts), self._sizes)
        chances = np.exp(scores)
        return chances / np.repeat(np.add.reduceat(chances, self._starts), self._sizes)

    def read(self, text: str) -> dict[str, tuple[str, float]]:
        """One message: per slot the likeliest value and its chance, when it is likelier said than not; for
        safety always the chance of a signal, with the likeliest kind."""
        out: dict[str, tuple[str, float]] = {}
        features = self._features(text)
        every = self._all_chances(features)
        for slot, columns in self._columns.items():
            chances = every[columns]
            if slot == SAFETY:
                out[slot] = self._safety(text, features, chances)
                continue
            values = self.classes[slot]
            best = int(chances.argmax())
            if values[best] != NOT_SAID:
                out[slot] = (values[best], float(chances[best]))
        return out

    def read_many(self, texts: Sequence[str]) -> list[dict[str, tuple[str, float]]]:
        return [self.read(text) for text in texts]

    @classmethod
    def train(cls, examples: Sequence[Example], slots: Sequence[str] = SLOTS,
              glossary: Glossary = NO_GLOSSARY) -> "FactReader":
        """One classifier per slot of `slots` that the examples give a value for at least five times; each
        learns from the examples whose label speaks for that slot."""
        from joblib import Parallel, delayed

        if SAFETY in slots:  # safety is also read sentence by sentence: teach that a sentence of a message
            # without a signal has none either ("Ik ben de stiefvader van een jongen van 12." is no signal)
            examples = [*examples, *(Example(part, {}, frozenset((SAFETY,))) for e in examples
                                     if e.known is None and SAFETY not in e.facts for part in _sentences(e.text))]
        vocabulary, idf, weighted = _matrix([e.text for e in examples], glossary=glossary)
        tasks = []
        for slot in slots:
            rows = [i for i, e in enumerate(examples) if e.known is None or slot in e.known]
            y = np.array([_label(examples[i], slot) for i in rows])
            if len(set(y)) >= 2 and sum(v != NOT_SAID for v in y) >= 5:
                tasks.append((slot, weighted[rows], y))
        # The slots (and the second safety reader) are independent: fitted side by side on the machine's cores,
        # biggest first (training time counts). Threads, not processes: SGD and numpy's products run without the
        # GIL, and a process would copy the matrix.
        order = sorted(range(len(tasks)), key=lambda i: -tasks[i][1].nnz)
        jobs = [delayed(_fit)(tasks[i][1], tasks[i][2], _ALPHA.get(tasks[i][0], _ALPHA_OTHER)) for i in order]
        safety = next(((x, y) for slot, x, y in tasks if slot == SAFETY), None)
        if safety:
            x, y = safety
            jobs.insert(0, delayed(SecondOpinion.train)(vocabulary, x, y != NOT_SAID))
        done = Parallel(n_jobs=min(len(jobs), 2) or 1, prefer="threads")(jobs)
        second = done.pop(0) if safety else None
        fitted = dict(zip(order, done))
        fitted = [fitted[i] for i in range(len(tasks))]
        weights, bias, classes = [], [], {}
        for (slot, _, _), (coef, intercept, values) in zip(tasks, fitted):
            weights.append(coef.T)
            bias.append(intercept)
            classes[slot] = values
        if not tasks:  # no slot has enough examples: a reader that says nothing
            return cls(vocabulary, idf, np.zeros((len(vocabulary), 0)), np.zeros(0), {}, glossary=glossary)
        return cls(vocabulary, idf, np.hstack(weights), np.concatenate(bias), classes, second, glossary)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "feitenlezer.json").write_text(
            json.dumps({"vocabulary": self.vocabulary, "classes": self.classes, "glossary": self.glossary.forms},
                       ensure_ascii=False),
            encoding="utf-8")
        second = ({f"second_{f.name}": getattr(self.second, f.name) for f in fields(SecondOpinion)}
                  if self.second else {})
        np.savez_compressed(directory / "feitenlezer.npz", idf=self.idf, weights=self.weights, bias=self.bias,
                            **second)

    @classmethod
    def load(cls, directory: Path) -> "FactReader":
        meta = json.loads((directory / "feitenlezer.json").read_text(encoding="utf-8"))
        with np.load(directory / "feitenlezer.npz", allow_pickle=False) as arrays:
            second = (SecondOpinion(**{f.name: arrays[f"second_{f.name}"] for f in fields(SecondOpinion)})
                      if "second_w1" in arrays.files else None)
            return cls(meta["vocabulary"], arrays["idf"], arrays["weights"], arrays["bias"], meta["classes"],
                       second, Glossary(meta.get("glossary")))


def learned_from_entities(entities: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, float]]:
    """The learned facts among a parsed message's entities: slot -> (value, probability)."""
    return {e["entity"]: (str(e["value"]), float(e.get("confidence") or 0.0)) for e in entities
            if e.get("extractor") == EXTRACTOR and e.get("entity") in SLOTS}

