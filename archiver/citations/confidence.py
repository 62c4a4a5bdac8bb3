"""How sure a finding is, by the kind of evidence behind the rule that made it (0..1).

Links are certain; a name marked by its own wording ('телеграм-канал «X»', 'according to X', 'сообщает X')
is nearly so; a name that only stands before a common verb ('X said'), or one the NER tagger picked out of a
cue sentence, less. Consumers that prefer precision can drop findings below a threshold; nothing is dropped
here, so the output stays what it was plus this field.
"""

from __future__ import annotations

# First matching prefix wins: the more specific ones come first.
_LEVELS: tuple[tuple[str, float], ...] = (
    ("url.", 1.0),
    ("tg.handle", 1.0),
    ("tg.link", 1.0),
    ("tg.anchor", 1.0),
    ("tg.prose.quoted", 0.95),
    ("tg.prose.implied_channel", 0.7),
    ("tg.prose.known_name", 0.8),
    ("tg.prose.channel_of_outlet", 0.75),
    ("tg.prose.channel_of_body_before", 0.75),
    ("tg.prose.channel_cited_before", 0.75),  # "По информации Telegram-канала": the one cited just before
    ("tg.said_on.", 0.75),
    ("tg.subject.", 0.8),
    ("tg.known_channel", 0.8),
    ("tg.cue.", 0.6),
    ("tg.fallback.", 0.5),  # the last resort: the sentence names someone, no rule read how
    ("tg.", 0.85),
    ("outlet.cue.", 0.6),
    ("outlet.verb_after", 0.7),
    ("outlet.said_by", 0.7),
    ("outlet.told", 0.75),
    ("outlet.credit", 0.7),
    ("outlet.", 0.85),
)


def confidence(rule: str) -> float:
    return next((level for prefix, level in _LEVELS if rule.startswith(prefix)), 0.5)
