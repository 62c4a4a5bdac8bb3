"""Who speaks in an English clause when no name stands right before its verb.

"Medvedev, deputy secretary of the Security Council and an ally of Vladimir Putin, wrote on Telegram": the
subject opens the sentence, an apposition between. "He published an appeal in Telegram": the person the
sentences before are about. "…," the group reported on Telegram: the group named before ("the monitoring
group Belarusian Hajun", "Belarusian Hajun, an open-source intelligence project"). English has no parser
model that ships offline here (natasha's is Russian), so these are the three shapes news copy uses most.
"""

from __future__ import annotations

import re

from .people import is_org_like, looks_like_person
from .phrases import cap_phrase_after, named_earlier
from .pronouns import antecedent, previous_subject

# ("After his arrest, he wrote": an opening phrase set off by a comma may come first)
_PRONOUN = re.compile(r"\A[\"“”'’,\s]*(?:[A-Z][^,;:\"“”\n]{0,50},[ \t]+)?(?P<pron>He|She|They|he|she|they)"
                      r"(?:[ \t]+(?:also|later|then|has|had))*[ \t]*\Z")
# "the group", "the channel", "the ministry": a noun standing for an organisation named before.
# "A spokesperson for the group said", "The hackers stated": who speaks for it, or its members, stand for it too.
_THE_NOUN = re.compile(
    r"(?:\A|[,\"“”’]\s*)(?:(?:[Aa]|[Tt]he)[ \t]+(?:spokes(?:man|woman|person)|representative|leader|head|member)"
    r"[ \t]+(?:for|of)[ \t]+)?(?:the|The)[ \t]+"
    r"(?P<noun>group|channel|project|organi[sz]ation|outlet|agency|ministry|hackers|militants|activists|"
    r"service|movement|initiative|team|company|department|office|administration|council|committee|militia|unit)"
    r"(?:[ \t]+(?:also|later|then|has|had))*[ \t]*\Z"
)
# "It said in a statement on Telegram": the body the sentence before quoted ("…, the Ukrainian Air Force said.").
_IT = re.compile(r"\A[\"“”'’,\s]*(?P<pron>It)(?:[ \t]+(?:also|later|then|has|had))*[ \t]*\Z")
_SAID_LAST = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?P<who>[^,.;:!?\n]{3,60}?)[ \t]+(?:said|says|reported|reports|announced|stated)"
    r"[ \t]*[.!]?[\"”’]?\s*\Z"
)
# "Medvedev, deputy secretary …, wrote", "Sobyanin, Moscow's mayor, wrote": a description after the name
_APPOSITION = re.compile(r"[ \t]*,[ \t]+(?:[a-z]|the[ \t]|a[ \t]|an[ \t]|[A-Z][\w-]*['’]s[ \t]+[a-z])")
# '"The enemy advanced," DeepState, a group …, wrote': the clause opens after the quotation it reports
_QUOTATION_CLOSED = re.compile(r"[,!?…][\"”»][ \t]+(?=[A-Z])")


def clause_speaker(text: str, sentence_start: int, verb_start: int,
                   possessive: bool = False) -> tuple[str, int, bool] | None:
    """(who, where the mention starts, is a person) for the verb at verb_start, or None. With ``possessive``
    ("Sharing from his Telegram account"), a clause with no subject is the person named before."""
    before = text[sentence_start:verb_start]
    if possessive and not before.strip(" \t\"“”'’"):
        who = previous_subject(text, sentence_start) or antecedent(text, sentence_start)
        return (text[who[0] : who[1]], verb_start, True) if who else None
    pronoun = _PRONOUN.search(before)
    if pronoun is not None:
        who = previous_subject(text, sentence_start) or antecedent(text, sentence_start)
        return (text[who[0] : who[1]], sentence_start + pronoun.start("pron"), True) if who else None
    it = _IT.search(before)
    if it is not None:
        said = _SAID_LAST.search(text, max(0, sentence_start - 200), sentence_start)
        body = said.group("who") if said else None
        return (body, sentence_start + it.start("pron"), False) if body and is_org_like(body) else None
    noun = _THE_NOUN.search(before)
    if noun is not None:
        members = noun.group("noun") in ("hackers", "militants", "activists")
        named = named_with(text, "group" if members else noun.group("noun"), sentence_start)
        return (named, sentence_start + noun.start("noun") - 4, False) if named else None
    lead = re.match(r"[\"“”'’\s]*", before)
    start = sentence_start + (lead.end() if lead else 0)
    if (quoted := list(_QUOTATION_CLOSED.finditer(before))):
        start = sentence_start + quoted[-1].end()
    phrase = cap_phrase_after(text, start)
    if phrase is None or phrase[1] >= verb_start or not _APPOSITION.match(text, phrase[1]):
        return None
    subject = text[phrase[0] : phrase[1]]
    return subject, phrase[0], looks_like_person(subject) and not is_org_like(subject)


def named_with(text: str, noun: str, pos: int) -> str | None:
    """The nearest name before pos given with this noun: "the monitoring group X", "X, an … project"."""
    stem = noun[:5]
    lo = max(0, pos - 600)
    earlier = named_earlier(text, noun, pos, reach=600)
    best = (earlier[0] - lo, earlier[2]) if earlier else None
    pattern = rf"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,4}}),[ \t]+an?[ \t]+[^,.]{{0,60}}?{stem}"
    for m in re.finditer(pattern, text[lo:pos]):
        if best is None or m.start() > best[0]:
            best = (m.start(), m.group("name"))
    return best[1] if best else None

