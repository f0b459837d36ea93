"""Key phrases from a councillor's register entries, for the CONDUCT-1 check.

A register entry is written as a description ("Owner of a holiday let at Mill
Cottage, Ashcombe"), while an enquiry talks about the thing itself ("noise at
the holiday let at Mill Cottage"). Matching the whole entry word for word
almost never happens, so :func:`key_phrases` picks out the parts that identify
the person, business or place:

* runs of capitalised words (names of people, businesses and places), with
  courtesy titles, company suffixes and the council's own place name trimmed
  off, and runs made only of role words ("Assistant") or everyday street words
  ("High Street") left out;
* runs of two or more ordinary words that are not stop words or role words
  ("holiday let", "season ticket").

A person's name given with a title also yields "title + surname" ("Mr Liam
Hartley" gives "Mr Hartley"), so an enquiry that names them formally still matches. The whole entry is always kept as a
phrase too. Matching ignores case, allows a plural or possessive ending and
treats "&" and "and" alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

STOP_WORDS = frozenset("""
a an the of at in on for and or to with by from into onto over under near off
my his her their our its your is was are be been as this that these those who
which what where when there here not no any some all each very about per via
s council's councils council
""".split())

#: Words that describe a role, not who or what: never a key phrase on their own.
ROLE_WORDS = frozenset("""
owner owners director directors member members trustee trustees partner partners
holder holders shareholder shareholders employee employees employer chair chairman
vice secretary treasurer governor governors volunteer volunteers landlord tenant
officer officers clerk assistant deputy councillor councillors cllr committee
committees board charity company firm business mr mrs ms miss dr sir dame lady lord
brother sister mother father son daughter wife husband partner cousin uncle aunt
nephew niece friend neighbour in-law brother-in-law sister-in-law mother-in-law
father-in-law son-in-law daughter-in-law
""".split())

#: Everyday address words: a run made only of these ("High Street") is not distinctive.
GENERIC_PLACE_WORDS = frozenset("""
high main street road lane avenue close way drive square green the church station
market back old new north south east west upper lower little great
""".split())

TITLES = frozenset("mr mrs ms miss mx dr sir dame lady lord rev revd cllr councillor".split())
COMPANY_SUFFIXES = frozenset("ltd limited plc llp llc inc cic co".split())
COUNCIL_TYPE_WORDS = frozenset("parish town community village neighbourhood city "
                               "council meeting".split())

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|&|[0-9]+|[,;:()/.!?\"]")


def own_place_words(council_name: str) -> frozenset[str]:
    """The council's own place name, in lower case: "Ashcombe Parish Council" → {"ashcombe"}.

    Every enquiry is about the council's own area, so the place name says
    nothing about an interest and is trimmed from key phrases.
    """
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", council_name)]
    return frozenset(w for w in words if w not in COUNCIL_TYPE_WORDS and w not in STOP_WORDS)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("\u2019", "'"))


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _clean(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith("'s") else word


def _trim(run: list[str], place: frozenset[str]) -> list[str]:
    """Drop titles, company suffixes, the council's place name and connectors at the ends."""
    def droppable(word: str) -> bool:
        w = _clean(word)
        return (w in TITLES or w in COMPANY_SUFFIXES or w in place or w in STOP_WORDS
                or word == "&")
    while run and droppable(run[0]):
        run = run[1:]
    while run and droppable(run[-1]):
        run = run[:-1]
    return run


def _distinctive(run: list[str]) -> bool:
    words = [_clean(w) for w in run if w != "&"]
    if not words:
        return False
    if all(w in ROLE_WORDS or w in STOP_WORDS for w in words):
        return False
    return not all(w in GENERIC_PLACE_WORDS for w in words)


def _capitalised_runs(tokens: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of capitalised words; "&" and "of"/"and" may join two capitalised words."""
    runs: list[tuple[int, list[str]]] = []
    i = 0
    while i < len(tokens):
        if not _is_capitalised(tokens[i]):
            i += 1
            continue
        start, run = i, [tokens[i]]
        i += 1
        while i < len(tokens):
            token = tokens[i]
            if _is_capitalised(token):
                run.append(token)
                i += 1
            elif (token in ("&", "and") and i + 1 < len(tokens)
                  and _is_capitalised(tokens[i + 1])):
                run.extend((token, tokens[i + 1]))
                i += 2
            else:
                break
        runs.append((start, run))
    return runs


def _plain_runs(tokens: list[str]) -> list[list[str]]:
    """Runs of ordinary (lower-case) words between stop words, role words and punctuation."""
    runs: list[list[str]] = []
    current: list[str] = []
    for token in [*tokens, ","]:
        w = token.lower()
        if (token[:1].isalpha() and not _is_capitalised(token)
                and w not in STOP_WORDS and w not in ROLE_WORDS):
            current.append(token)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = []
    return runs


def _phrase(run: Iterable[str]) -> str:
    return " ".join(run)


def key_phrases(entry: str, council_name: str = "", person: bool = False) -> tuple[str, ...]:
    """The phrases of one register entry worth looking for in an enquiry.

    ``person`` marks a special-relationship entry ("with whom"): it names
    someone, so its first word is a name rather than a sentence's capital
    letter, and a name given with a title also yields the titled surname.
    """
    entry = " ".join(entry.split())
    if not entry:
        return ()
    place = own_place_words(council_name)
    tokens = _tokens(entry)
    found: list[str] = [entry]
    names: list[tuple[int, list[str], list[str]]] = []
    for start, raw in _capitalised_runs(tokens):
        run = _trim(list(raw), place)
        if run and _distinctive(run):
            names.append((start, raw, run))
    for start, raw, run in names:
        # A lone capital at the start of a description is usually just the sentence's
        # first letter ("Owner of …"); keep it only when nothing else names the entry.
        if start == 0 and len(raw) == 1 and not person and len(names) > 1:
            continue
        found.append(_phrase(run))
        if person and raw[0].lower() in TITLES and len(run) >= 2:
            found.append(f"{raw[0]} {run[-1]}")
    for run in _plain_runs(tokens):
        if _distinctive(run):
            found.append(_phrase(run))
    unique: list[str] = []
    for phrase in found:
        if phrase.lower() not in (u.lower() for u in unique):
            unique.append(phrase)
    return tuple(unique)


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A case-insensitive pattern for ``phrase`` as whole words, allowing "s"/"'s" at the
    end, any spacing or commas between words, and "&" for "and" (or the other way)."""
    parts: list[str] = []
    for token in _tokens(phrase):
        if token in ("&", "and"):
            parts.append(r"(?:&|and)")
        elif token[:1].isalnum():
            parts.append(re.escape(token.lower()))
    if not parts:
        return re.compile(r"(?!x)x")
    body = r"[\s,]+".join(parts)
    return re.compile(r"(?<!\w)" + body + r"(?:'?s)?(?!\w)", re.IGNORECASE)


def matching_phrase(text: str, entry: str, council_name: str = "",
                    person: bool = False) -> str | None:
    """The first key phrase of ``entry`` found in ``text`` (any case), or ``None``."""
    plain = text.replace("\u2019", "'").replace("\u2018", "'")
    for phrase in key_phrases(entry, council_name, person):
        if phrase_pattern(phrase).search(plain):
            return phrase
    return None
