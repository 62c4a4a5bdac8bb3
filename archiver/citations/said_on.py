"""A source that said something on Telegram: "the ministry said on its Telegram channel", "said in a post on
Telegram", "In a statement on Telegram, the X said", "a Telegram post by X", "X в Telegram заявило".

One clause, three parts, in any order and any language the patterns know: who (a name or body before the
verb, or after "by"), a verb of saying, and Telegram as the place. Who is a person -> the channel's owner;
anyone else -> the channel's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from .bodies import body_named_before
from .known_channels import is_known_channel
from .model import Match
from .morph import is_media_object, never_a_subject
from .people import (
    PEOPLE_PLURALS,
    has_first_name,
    has_org_word,
    is_demonym,
    is_nationality,
    is_office,
    is_org_like,
    looks_like_person,
    object_of_preposition,
    person_after,
    person_at_end,
    person_before,
)
from .phrases import (
    CHANNEL_GENITIVE_BEFORE,
    CLAUSE_STOP,
    DESCRIPTION_ASIDE,
    LATIN_CAP_WORD,
    LATIN_NAME,
    STOP_CAPS,
    TELEGRAM_WORD,
    cap_phrase_after,
    cap_phrase_before,
    named_earlier,
    skip_space_back,
)
from .prescan import finditer, lines_holding, lowered, matches_at, opening_scout, scouted, search
from .pronouns import antecedent, body_before_noun, full_name_before, named_with_noun_before, previous_subject
from .sentences import SentenceIndex
from .speakers import clause_speaker
from .speech import CITING_THROUGH, EN_VERBS, RU_VERBS

_TO_ADDRESSEE = re.compile(r"wrote|writes|sent|appealed|complained|turned|reached", re.IGNORECASE)
_TO_PLATFORM = re.compile(r"(?<![\w-])(?:post(?:ed|s|ing)?|took|takes|taking|take|upload(?:ed|s|ing)?|"
                          r"publish(?:ed|es|ing)?|shar(?:ed|es|ing)|went|go(?:es|ing)?)"
                          r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+\Z",
                          re.IGNORECASE)
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
# An office between the place and the name: "голова Київської ОВА", "губернатор области".
# A date may come first: «повідомив у Телеграмі 19 жовтня голова обласної державної адміністрації …».
_OFFICE_AFTER = re.compile(
    r"[ \t]+(?:\d{1,2}[ \t]+[а-яёіїєґ]+[ \t]+)?[а-яёіїєґ'’-]+[ \t]+"
    # «речник Повітряних сил», «начальник Запорізької ОВА»: the office's body in the genitive, capitals allowed
    # («уповноважений Верховної Ради України з прав людини»: the Rada's, and what the office is for)
    r"(?:(?:[а-яёіїєґ'’-]+|[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*(?:их|ого|ої|ів|ей|ов|ії|ии|ки|ти|ил|ни|ди))[ \t]+){0,6}"
    r"(?:[А-ЯЁІЇЄҐ]{2,6}[ \t]+)?"
)
# The verb right after the place: «в Телеграмі повідомив …», «у Telegram написав …».
_VERB_NEXT = re.compile(rf"[ \t]+(?:{RU_VERBS})(?![\w-])", re.IGNORECASE)
_NO_OFFICE = re.compile(r"[ \t]+")
# A body after the place that ends the clause: «… в Telegram Офіс генпрокурора.», «… в Telegram Минобороны РФ,»
_BODY_ENDING_CLAUSE = re.compile(
    r"[ \t]+(?P<who>[А-ЯЁІЇЄҐ][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?)[ \t]*(?=[.,;:!?]|\n|\Z)")
_UK_HEADS = ("офіс", "міністерств", "служб", "рада", "пресслужб", "прес-служб", "управлінн", "департамент",
             "поліці", "адміністраці", "прокуратур", "генштаб", "штаб", "командуванн", "міськрад", "облрад")
# An aside between the verb and who: «додав, своєю чергою, нардеп …».
_ASIDE = re.compile(r",[ \t]*(?:сво[єе]ю[ \t]+чергою|в[ \t]+свою[ \t]+очередь|in[ \t]+turn|в[ \t]+частности|"
                    r"зокрема|у[ \t]+свою[ \t]+чергу)[ \t]*,", re.IGNORECASE)
_SOURCE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<cue>Source:|Джерело:|Источник:)[ \t]+"
    r"(?P<others>(?:[^;\n]{1,80};[ \t]*){1,3})?"  # "Source: Kyiv City Military Administration; Klitschko on Telegram"
    r"(?P<item>(?:[a-zа-яёіїєґ'’-]+[ \t]+){0,3})"  # an office first: «Джерело: мер Одеси Геннадій Труханов у Telegram»
    # or a body and its office: "Source: Kharkiv Oblast Military Administration head Oleh Syniehubov on Telegram"
    r"(?:(?:[A-Z][\w'’-]+[ \t]+){1,5}(?i:head|chief|governor|mayor|spokes(?:man|woman|person)|commander|minister)"
    r"[ \t]+(?=[A-Z]))?"
    r"(?P<who>[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’-]+){0,3}"
    # ("Source: Crimean Bridge: Operational Information on Telegram": a colon inside the channel's name)
    r"(?::[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’-]+){0,3})?)"
    r"(?:[ \t]*,[ \t]+[^,\n]{1,80},)?"  # "Source: Hanna Maliar, Deputy Defence Minister of Ukraine, on Telegram"
    # «Джерело: секретар міськради Анатолій Куртєв у відеозверненні в Telegram»: what it was, then where
    r"(?:[ \t]+(?:у|в|in)[ \t]+(?:an?[ \t]+)?(?:відеозверненн|видеообращени|допис|повідомленн|сообщени|пост|post|"
    r"video|statement)\w*)?"
    r"(?:[ \t]+(?:on|in|у|в)[ \t]+|[ \t]*/[ \t]*)(?:Telegram|[Тт]елеграмм?[іе]?)(?![\w-])"  # «в Телеграмм»
)
_SOURCE_CUE = re.compile(r"Source:|Джерело:|Источник:")
# "the Justice League India channel on Telegram", 'on the “Direct Action Z” channel' (in an article on Telegram)
_NAMED_CHANNEL = re.compile(
    # ("the Ostorozhno, Novosti news channel on Telegram": a comma inside the name, a type word after it)
    rf"(?<![\w-])[Tt]he[ \t]+(?:(?P<name>(?:{LATIN_CAP_WORD},[ \t]+)?{LATIN_CAP_WORD}(?:[ \t]+{LATIN_CAP_WORD}){{0,4}})"
    r"[ \t]+(?:news[ \t]+|military[ \t]+)?channel[ \t]+on[ \t]+Telegram"
    r"|[“\"](?P<quoted>[^”\"\n]{2,50})[”\"][ \t]+(?:Telegram[ \t]+)?channel)(?![\w-])"
)
# The same without its look-behind: the engine skips to each "the" (with it, it tries every position)
_NAMED_CHANNEL_SCOUT = re.compile(_NAMED_CHANNEL.pattern.removeprefix(r"(?<![\w-])"))
# "In his Telegram channel, he said": the place first, then a pronoun
_PRONOUN_NEXT = re.compile(r"(?P<pron>he|she|they)[ \t]+(?:also[ \t]+)?(?:" + EN_VERBS + r")(?![\w-])")
_POSSESSIVE = re.compile(r"(?<![\w-])(?:his|her|сво\w+)(?![\w-])", re.IGNORECASE)

# Telegram as the place: "on its official Telegram channel", "in a post on Telegram", "в своем телеграм-канале".
_PLACE = re.compile(
    r"(?<![\w-])(?:(?:on|in|via|through|to|from|в|во|на|у)[ \t]+"
    # how many posts and what kind: "in several Telegram posts", "in a series of posts on Telegram", "in a long
    # message on Telegram", "in a lengthy Telegram post" (after "in" or "on" only: the scout that finds where a
    # place opens lists every opening word to six letters, at most 400 of them)
    r"|(?:in|on)[ \t]+(?:several|multiple|numerous|two|an?[ \t]+(?:long|lengthy|brief|short|new|separate|"
    r"recent|written|audio|series[ \t]+of|number[ \t]+of|couple[ \t]+of)"
    # another network first: "on its website and Telegram channel", "on Facebook and Telegram"
    r"|(?:(?:its|his|her|their|the)[ \t]+)?(?:website|facebook|twitter|instagram|x)"
    r"(?:[ \t]+(?:page|account|channel)s?)?[ \t]+and(?:[ \t]+on)?)[ \t]+)"
    r"(?:(?:a|an|the|its|his|her|their|own|official|personal|daily|evening|morning|latest|сво[её]м|своей|своєму|своїй|собственном|власному|"
    r"официальном|офіційному|его|её|його|її)[ \t]+)*"
    # "on its channel on the messaging app Telegram": where on Telegram, then Telegram
    r"(?:(?:post|statement|message|update|video|address|channel|account|page|feed)s?[ \t]+on[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:encrypted[ \t]+)?(?:messaging|messenger|social[ \t]+media)[ \t]+"
    r"(?:app|application|service|platform)[ \t]+"
    # «в соцсети Telegram», «у соцмережі Telegram», "on the social network Telegram"
    r"|(?:social[ \t]+network|соцсети|соцмережі|социальной[ \t]+сети|соціальній[ \t]+мережі|мессенджере|месенджері)"
    r"[ \t]+)?"
    # («повідомляє Група ДТЕК у «Телеграм»»: the name in quotes)
    r"(?:telegram|телег?рамм?(?:е|і)?|«(?:telegram|телеграм)»)(?:-канал[еі]|-channel)?"
    # ("on its Telegram and Facebook pages": another network after it)
    r"(?:[ \t]+and[ \t]+(?:facebook|twitter|instagram|x|vk|youtube)[ \t]+(?:page|account|channel)s"
    r"|[ \t]+(?:channel|account|page|(?:messaging[ \t]+)?"
    r"(?:app|application|messenger)|feed|(?-i:(?:statement|post|message|video)s?)))?"
    # (or the next sentence glued on, as pages that drop the space after a link write it: "on TelegramWhile he")
    r"(?:(?![\w-])|(?<=[mM])(?-i:(?=[A-Z][a-z])))",
    re.IGNORECASE,
)
# In the folded text: the Telegram words of _PLACE, and where it may open (a look-ahead, to find each one)
_PLACE_WORD = re.compile(r"telegram|телег?рам")
_PLACE_OPENING = opening_scout(_PLACE)
_PLACE_LEAD = re.compile(f"(?={_PLACE_OPENING.pattern})") if _PLACE_OPENING is not None else None
_WORDS = re.compile(r"(?:[^\W\d_]|[ \t])*")
_INTRO = re.compile(
    r"\A\W{0,3}(?:In|On)[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:post|statement|message|update|video|address)[ \t]+on[ \t]+Telegram[ \t]*,[ \t]*",
)
# What is done to or on Telegram by someone without their saying anything there: "blocked on Telegram by …",
# "recruited on Telegram by …", "created on Telegram by …"
_ACTS_ON_TELEGRAM = (r"(?:block|bann|remov|delet|restrict|suspend|hack|recruit|target|attack|found|spott|arrest|"
                     r"detain|contact|approach|lur|scamm|track|monitor|follow|subscrib|join|creat|launch|invit|kick)"
                     r"ed(?![\w-])")
_BY = re.compile(
    # (any past participle: "denied on Telegram by …", "confirmed in Telegram by …", as "posted on Telegram by …")
    rf"(?<![\w-])(?:Telegram[ \t]+(?:post|message|statement|video)s?|(?:(?!{_ACTS_ON_TELEGRAM})[a-z]{{2,}}ed|"
    r"written|said|sent|shared|put[ \t]+out)[ \t]+(?:on|in|to)[ \t]+(?:(?:the|his|her|its|their)[ \t]+)?Telegram"
    r"(?:[ \t]+channel)?)"
    # "reported in Telegram by …", "announced in his Telegram channel by the governor of the region Vyacheslav …",
    # "in a Telegram post by the regional governor, Vyacheslav …" (the office, a comma, the holder)
    r"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<role>(?:[a-z][\w-]*,?[ \t]+){0,4}?)(?=[A-Z])"
)
# A statement is itself the saying: «говорится в сообщении МВД в телеграм-канале».
POSTING_VERB = re.compile(rf"(?<![\w-])(?:{EN_VERBS}|{RU_VERBS}|broke[ \t]+the[ \t]+news|took|takes|taking|"
                          r"writing|posting|speaking|sharing|saying|adding|noting|claiming|released|issued|"
                          r"weighed[ \t]+in|confirming|announcing|"
                          # what a post does besides saying: "urged residents on Telegram to …", "denied it on
                          # Telegram"
                          r"urged|urging|called[ \t]+on|denied|denying|thanked|vowed|insisted|declared|promised|"
                          r"addressed|confirmed|appealed|accused|blamed|condemned|welcomed|told|informed|assured|"
                          # more of what a post does: "described the attack in a Telegram post", "criticised it on
                          # Telegram", "broke his silence in a long message on Telegram", "appeared to confirm it in …"
                          r"described|critici[sz]ed|mocked|praised|slammed|hailed|lashed[ \t]+out|demanded|"
                          r"acknowledged|"
                          r"expressed|reiterated|disclosed|detailed|outlined|rejected|dismissed|reacted|asked|called|"
                          r"threatened|apologi[sz]ed|congratulated|mourned|joked|boasted|alleged|"
                          r"broke[ \t]+(?:his|her|their|its)[ \t]+silence|"
                          r"made[ \t]+the[ \t]+(?:claim|announcement|threat|remarks?|comments?|statement)|"
                          r"(?:appeared|appears|seemed|seems)[ \t]+to[ \t]+(?:confirm|deny|say|announce|claim|suggest|"
                          r"acknowledge|admit)|"
                          r"commenting|reporting|сообщени[а-яё]*|"
                          # a post made: «сделал первый пост в Telegram», «сделала запись в телеграм-канале»
                          r"сделал[аи]?[ \t]+(?:(?:перв|нов|очередн|длинн)[а-яё]+[ \t]+)?"
                          r"(?:пост|запис[ья]|публикаци[юи])|"
                          r"заявлени[а-яё]*)(?![\w-])", re.IGNORECASE)
# "In a Telegram post on Sunday, Medvedev said": the place first, then who, then the verb.
_PLACE_FIRST = re.compile(
    r"(?:(?<=\n)|(?<=[.!?][ \t])|\A)[\"“]?(?:In|On)[ \t]+(?:(?=Telegram[ \t]*,)|(?:a|an|his|her|its|their)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?)"
    r"(?:Telegram(?=[ \t]*,)|Telegram[ \t]+(?:post|statement|message|video|address|channel)"
    r"|(?:post|statement|message|video|address|bulletin|announcement|update|note|recording|clip|appeal)"
    r"(?:[ \t]+(?:posted|published|shared|released))?[ \t]+(?:on|through|via)[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+|"
    r"its[ \t]+)?[Tt]elegram(?:[ \t]+(?:channel|messaging[ \t]+app|social[ \t]+network|messenger))?)"
    r"(?:[ \t]+(?:on|last|this|late|early)?[ \t]*[\w.]+){0,2}?[ \t]*,[ \t]*"
)
_ROLE_THEN_NAME = re.compile(r"[ \t]+(?:leader|chief|head|spokes(?:man|woman|person)|commander|founder|minister|"
                             r"president|governor|mayor|secretary|chairman|director|deputy)[ \t]+(?=[A-Z])")
_IN_OR_ON = re.compile(r"(?:In|On)[ \t]")  # where _PLACE_FIRST opens, or one quotation mark after
_NOT_OWN = re.compile(r"(?:citing|according\s+to|referring|reports?\s+on|posts?\s+on|ссылкой|посиланням|"
                      r"with\s+reference\s+to|со\s+слов)[^,;]*\Z"
                      # «подтвердил введение ограничений в Telegram»: Telegram restricted, not where it was said
                      r"|(?:ограничени|блокировк|замедлени|обмежен|блокуванн|restrictions|block(?:ing|ade)|ban)\w*"
                      r"[ \t]+\Z", re.IGNORECASE)
_POST_BY_NAME = re.compile(rf"(?<![\w-])(?:post|message|statement|video|update|address|comment)s?[ \t]+"
                           rf"(?:(?:posted|published|shared|released)[ \t]+)?by[ \t]+(?:the[ \t]+)?"
                           rf"(?P<who>{LATIN_NAME})[ \t]+\Z")
_ACCORDING_TO_POST = re.compile(r"according[ \t]+to[ \t]+(?:a|an|the)[ \t]+(?:statement|post|message|update)[ \t]+"
                                r"(?:(?:posted|published|released|shared|issued)[ \t]+)?\Z", re.IGNORECASE)
_EN_SAID = re.compile(r"(?<![\w-])(?:said|says|claimed|reported|announced|stated)(?![\w-])")
# Bloggers whose medium is Telegram: a war blogger or war correspondent, by name, saying something.
_BLOGGER = re.compile(
    r"(?<![\w-])(?:(?:[Mm]il|[Ww]ar[ \t]+|[Mm]ilitary[ \t]+|[Pp]ro-war[ \t]+|[Pp]ro-Kremlin[ \t]+)blogger|"
    r"[Ww]ar[ \t]+correspondent|[Вв]оенкор(?:респондент)?|[Вв]оенн(?:ый|ого)[ \t]+блогер(?:а)?|[Вв]оенблогер|"
    r"Z-блогер|[Вв]ійськов(?:ий|ого)[ \t]+блогер(?:а)?|[Вв]оєнкор)[ \t]+(?=[A-ZА-ЯЁІЇЄҐ])"
)
# Their opening words, found first in the lowered text (prescan.py): each pattern opens with a look-behind
_BLOGGER_VERB = re.compile(rf"(?:,[^,\n]{{1,60}},)?[ \t]+(?:(?:also|later|has|had|также|ранее|уже|також)[ \t]+)?"
                           rf"(?:{EN_VERBS}|{RU_VERBS}|claimed|reported|пишет|пише)(?![\w-])", re.IGNORECASE)
_IN_BARE = re.compile(r"(?:in|on)[ \t]+Telegram", re.IGNORECASE)
_ACCORDING_TO_BLOGGER = re.compile(r"(?<![\w-])(?:[Aa]ccording[ \t]+to|[Cc]iting|[Qq]uoting)[ \t]+"
                                   r"(?:an?[ \t]+|the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}\Z")
_IN_A_STATEMENT = re.compile(r"in[ \t]+(?:a|an|its|his|her|their)[ \t]", re.IGNORECASE)
# Whose post on Telegram it was, by a possessive: "Ivan Petrov's Telegram post", "the ministry's Telegram message"
# (the "'s " in a look-behind: the pre-scan then looks for "Telegram", not for a possessive on every line)
_POSSESSIVE_POST = re.compile(r"(?<=['’]s[ \t])Telegram(?P<post>[ \t]+(?:post|message|statement|update)s?)?(?![\w-])")
# "according to Ivan Petrov's Telegram": the bare word cited as a source (not "In Russia's Telegram segment")
_CITING_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]ccording[ \t]+to|[Cc]iting|[Qq]uoting)[ \t]+(?:the[ \t]+)?\Z")
_IN_OR_ACCORDING = re.compile(r"(?<![\w-])(?:[Ii]n|[Aa]ccording[ \t]+to|[Cc]iting|[Qq]uoting)[ \t]+(?:the[ \t]+)?\Z")
_SAID_NEXT = re.compile(rf"[ \t,]+(?:also[ \t]+)?(?:{EN_VERBS})(?![\w-])")
_IN_A_POST_ASIDE = re.compile(r"(?<=[\w)'’]),[ \t]+\Z")
_A_POST = re.compile(r"(?:in|on)[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[a-z]+[ \t]+)?"
                     r"(?:post|statement|message|update|video)[ \t]", re.IGNORECASE)
# «предупредило о … закрытых сообществах в Telegram», "warned about groups on Telegram": Telegram is where the
# groups are, not where it was said
_GROUPS_THERE = re.compile(r"(?<![\w-])(?:сообществ|групп|груп|чат|паблик|спільнот|communit|groups|chats|channels|"
                           # what people do there: «путем сговора в Telegram», «переписка в Telegram»
                           r"сговор|змов|переписк|листуван|рассылк|розсилк|вербовк|вербуван|мошенни|шахрайств|"
                           r"collusion|scheme|communication|correspondence)[\w-]*[ \t]+\Z", re.IGNORECASE)
# "anti-Latvian activities on Telegram channels": channels in the plural after the place, where things happen
_MANY_THERE = re.compile(r"[ \t]+(?:channels|groups|chats|communities)(?![\w-])", re.IGNORECASE)
# ", in his post on Telegram." closing a sentence whose subject said it
_HIS_POST_LAST = re.compile(r",[ \t]+(?:in|on)[ \t]+(?:his|her)[ \t]+(?:[a-z]+[ \t]+)?(?:post|statement|message|video|"
                            r"address)[ \t]+on[ \t]+Telegram(?=[ \t]*[.;])")
# A person by office alone before the verb, in Ukrainian or Russian («перша леді повідомляє», «мер написав»)
_OFFICE_SUBJECT = re.compile(r"(?<![\w-])(?:перша[ \t]+леді|первая[ \t]+леди|мер|мэр|губернатор|речник|речниця|"
                             r"градоначальник|градоначальниця|градоначальница|(?:сам[ \t]+)?политик|"
                             r"голова[ \t]+ОВА|очільник[ \t]+ОВА|прем['’]єр|премьер|"
                             # "The head of state announced this on Telegram": the president named before
                             r"(?i:the)[ \t]+(?:head[ \t]+of[ \t]+state|president|governor|mayor|head[ \t]+of[ \t]+the"
                             r"[ \t]+region|region['’]s[ \t]+head"
                             # "the Chechen leader said in a post on Telegram": a place's adjective, the office
                             r"|(?-i:[A-Z][a-z]+)[ \t]+(?:leader|president|governor|mayor|strongman)))"
                             r"[ \t]+(?:also[ \t]+)?\Z")
# «повідомила компанія у Телеграм»: a body by its common noun, right before the place, after the verb
_BODY_NOUN_AT_PLACE = re.compile(r"(?<![\w-])(?P<noun>компанія|компания|відомство|ведомство|перевізник|перевозчик|"
                                 r"оператор|корпорація|корпорация)[ \t]+\Z", re.IGNORECASE)
# "the company said in a statement on Telegram": the noun before the verb, the body named before
_THE_BODY_NOUN = re.compile(r"(?<![\w-])(?:[Tt]he[ \t]+)(?:[a-z-]+[ \t]+)?(?P<noun>company|carrier|operator|"
                            r"corporation|utility|cent(?:er|re)|organi[sz]ation|movement|legion|foundation|fund|group|"
                            r"coalition|militia|alliance|faction|corps|battalion|brigade|regiment)[ \t]+\Z")


# "the Iraqi coalition said": a group by its nationality and a common noun, introduced before with "a"
_THE_DEMONYM_NOUN = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?P<what>(?P<adj>[A-Z][a-z]+)[ \t]+(?:group|coalition|militia|"
                               r"alliance|faction|movement|organi[sz]ation|network|collective))[ \t]+\Z")


def _introduced_with(text: str, what: str, pos: int) -> str | None:
    """ "An Iraqi coalition of pro-Iran armed groups": how the text introduced `what` with "a" before pos (what it
    is made of, when said, to a plural noun)."""
    found = None
    for m in re.finditer(rf"(?<![\w-])[Aa]n?[ \t]+(?P<name>{re.escape(what)}(?:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
                         r"[a-z-]+s(?![\w-]))?)", text[max(0, pos - 1500) : pos]):
        found = m.group("name")
    return found


# "a collective of hackers known as the Russian Army Cyber Team": a group introduced by its name
_KNOWN_AS = re.compile(r"(?<![\w-])(?:known[ \t]+as|calling[ \t]+itself|dubbed|called)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_GROUP_NOUNS = frozenset("group coalition militia alliance faction movement".split())


def _introduced_name(text: str, noun: str, pos: int) -> str | None:
    """What "the group" stands for when the text introduced a group by name before ("known as X", within 800
    characters): that name, nearest first."""
    if noun.casefold() not in _GROUP_NOUNS:
        return None
    for intro in reversed(list(_KNOWN_AS.finditer(text, max(0, pos - 800), pos))):
        name = cap_phrase_after(text, intro.end())
        if name is not None and name[1] <= pos:
            return text[name[0] : name[1]]
    return None


def _subject_before(text: str, sentences: SentenceIndex, pos: int) -> str | None:
    """The capitalised name opening the sentence before pos when a verb follows it ("The Islamic Resistance of X
    claimed the attack. The group said on Telegram …"): what "the group" stands for when no organisation's word
    marks it."""
    lo = sentences.bounds(pos, pos)[0]
    if lo == 0:
        return None
    before = sentences.bounds(skip_space_back(text, lo, " \t\n\xa0") - 1, lo - 1)[0]
    start = before + (4 if text.startswith("The ", before) else 0)
    opening = cap_phrase_after(text, start)
    if opening is None or opening[1] >= lo or not _PAST.match(text, opening[1]):
        return None
    name = text[opening[0] : opening[1]]
    # (a person by the dictionary only: any two capitalised words read as one elsewhere, but "the group" says this
    # is not one: "The Islamic State claimed …")
    return None if looks_like_person(name) or is_nationality(name) or name.casefold() in STOP_CAPS else name


# "… та міський голова Вінниці Сергій Моргунов": a second office and its holder after the first
_AND_OFFICE = re.compile(r"[ \t]+(?:та|і|й|и|and)[ \t]+(?:[а-яёіїєґa-z'’-]+[ \t]+){1,2}"
                         r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*(?:и|і|ї|ы|а|я)[ \t]+)?")
# "… та заступник голови Офісу президента Кирило X": a second person, an office of a few words (a body's capitalised
# name among them) before the name, the name closing the clause
_AND_TITLED = re.compile(r"[ \t]+(?:та|і|й|и|and)[ \t]+(?=[а-яёіїєґa-z])")


def _second_titled(text: str, pos: int) -> tuple[int, int, int] | None:
    """(where the second item starts, where its person's name starts, where it ends) for "та <office> <Name>"
    closing the clause at pos; None when a verb comes between (another clause) or no person closes it."""
    also = _AND_TITLED.match(text, pos)
    if also is None:
        return None
    stop = CLAUSE_STOP.search(text, also.end(), also.end() + 120)
    if stop is None or _VERB_IN_TITLES.search(text, also.end(), stop.start()):
        return None
    closing = person_at_end(text, also.end(), stop.start())
    if closing is None:
        return None
    start, name = closing[1], text[closing[1] : stop.start()].rstrip()
    while " " in name and not name[:1].isupper():  # («президента Кирило X»: the office's last word is no name)
        cut = name.index(" ") + 1
        start, name = start + cut, name[cut:]
    return (also.start() + 1, start, start + len(name)) if " " in name and _is_person(name) else None


_VERB_IN_TITLES = re.compile(rf"(?<![\w-])(?:{RU_VERBS}|{EN_VERBS})(?![\w-])", re.IGNORECASE)
_POSTED_IN = re.compile(
    r"(?<![\w-])(?:у|в|во)[ \t]+(?:сво[её]м[ \t]+|своєму[ \t]+)?(?:відеозверненні|зверненні|дописі|пості|повідомленні|"
    r"відео|видеообращении|обращении|посте|сообщении|видео|заявлении|заяві),?[ \t]+(?:розміщеному|опублікованому|"
    r"оприлюдненому|размещ[её]нном|опубликованном)[ \t]+\Z", re.IGNORECASE)
_WHICH_WAS_POSTED = re.compile(r",[ \t]+which[ \t]+(?:was|were|is|are|has[ \t]+been)[ \t]+(?:also[ \t]+)?"
                               r"(?:posted|published|shared|released|broadcast)[ \t]+\Z")
# "in a message posted on Telegram": the participle says where the message is; who said it comes before
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?<![\w-])(?:in|via|through)[ \t]+(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+)?"
                                     r"(?:message|post|statement|video|bulletin|update|note|address)[ \t]+\Z")
_OWNED_NOUN_BEFORE = re.compile(r"\w['’]s?[ \t]+(?:[a-z]+[ \t]+)?(?:statements?|posts?|messages?|claims?|videos?|"
                                r"reports?|announcements?)[ \t]+\Z")
# "reported by Ukrenergo, Ukraine’s national power company, on Telegram": what the source is, between it and where
_APPOSITION = re.compile(r",[ \t]+(?:(?:an?|the)[ \t]+|[A-Z][\w-]*['’]s[ \t]+)[^,;:()\"«»“”.!?\n]{3,60},[ \t]+")
# Punctuation, or a that-clause: "stated that the information spread in Telegram channels" says nothing there.
_CLAUSE_BREAK = re.compile(r"[,;:()—–\"«»“”]|\s-\s|[.!?](?=\s)|(?<![\w-])(?:that|what|whether|not|что|чтобы|не|що|як)"
                           r"(?![\w-])", re.IGNORECASE)  # (a sentence's end too: "… reported the news. On Telegram,")
# "The Ukrainian air force said": a body named by a lowercase head, closed list.
_BODY_HEADS = (r"(?:air[ \t]+force|army|navy|military|ministry|police|government|administration|service|staff|"
               r"command|council|office|forces|guard|governor|agency|department|directorate|committee|inspectorate|"
               r"headquarters|intelligence|(?:armed|military|political)[ \t]+wing)")  # ("Hamas's armed wing")
_BODY = re.compile(rf"(?:(?:[Tt]he|{LATIN_CAP_WORD})[ \t]+)+(?:[a-z]+[ \t]+){{0,2}}"
                   rf"(?i:{_BODY_HEADS})"  # (a full stop only inside or after an initial: "U.S.", not "Monday.")
                   r"(?:[ \t]+for[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?\Z")  # "the regional ministry for emergencies"
# "the city's Russian-installed authorities said on Telegram", "the occupation authorities in Kherson wrote": whose
# authorities the text says (a place's possessive, who installed them, or where they sit), not "authorities said"
_AUTHORITIES = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]+)?(?:(?P<whose>[A-Za-z][\w-]*['’]s)[ \t]+)?"
    r"(?P<kind>(?:[A-Z][a-z]+-(?:installed|appointed|backed|imposed|controlled)|occupation|occupying)[ \t]+)?"
    r"[“\"]?authorities[”\"]?"
    r"(?P<where>[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?\Z")
# The channel word after the place, a dash or nothing between: "in Telegram – The channel clarified", "in its
# TelegramThe channel reported" (a translation of «в Telegram-канале …»), its verb next
_CHANNEL_AFTER_DASH = re.compile(rf"[ \t]*(?:[–—-][ \t]*)?[Tt]he[ \t]+channel[ \t]+(?:{EN_VERBS}|clarified|specified)"
                                 r"(?![\w-])")
# After that verb, who the channel is: "… the channel said the head of the regional administration Oleh Petrenko"
_HOLDER_AFTER_VERB = re.compile(r"(?:[ \t]+[a-z]+){0,8}[ \t]+(?P<who>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)")
_BODY_LAST = re.compile(rf"(?i:{_BODY_HEADS})\Z")
_OWNED_BODY = re.compile(rf"(?:[ \t]+[a-z]+){{0,2}}?[ \t]+{_BODY_HEADS}(?![\w-])")
# "In a statement on Telegram, the Ukrainian air force said": the same body after the place
_BODY_NEXT = re.compile(rf"the[ \t]+(?P<who>(?:{LATIN_CAP_WORD}[ \t]+){{0,3}}(?:[a-z]+[ \t]+){{0,2}}?{_BODY_HEADS})"
                        rf"(?=[ \t]+(?:also[ \t]+)?(?:{EN_VERBS})(?![\w-]))")
_PAST = re.compile(r"[ \t]+(?:also[ \t]+)?[a-z]{3,}(?:ed|s)(?![\w-])")  # "…, Durov addressed", "the ministry assures"
# After "by the head of the Odesa regional administration": the holder's name set off by a comma.
_LOWER_WORDS = re.compile(r"(?:[ \t]+[a-z]+){1,2}[ \t]+(?=[A-Z])")
_HOLDER_NAMED = re.compile(r"(?:[ \t]+[\w'’.-]+){0,6}?[ \t]*,[ \t]+(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
                           r"(?=[ \t]*(?:[,.;:]|\Z))")
_THE_OUTLET = re.compile(r"(?<![\w-])the[ \t]+(?P<type>portal|newspaper|agency|outlet|website|publication|broadcaster)"
                         r"[ \t]+\Z", re.IGNORECASE)
_TITLE = re.compile(r"(?:Governor|Mayor|President|Minister|Senator|General|Deputy|Spokes(?:man|woman))[ \t]+(?=[A-Z])")
_TRAP = re.compile(r"subscribe(?!rs)|follow\s+us|join\s+us|durov|messenger\s+app\s+(?:was|is|has)|blocked|"
                   r"ban(?:ned)?\b", re.IGNORECASE)


def retype_outlets(text: str, sentences: SentenceIndex, outlets: list[Match]) -> tuple[list[Match], list[Match]]:
    """Outlets that said it on Telegram become Telegram citations; returns (telegram, outlets left)."""
    telegram, left = [], []
    words = [w.start() for w in finditer(TELEGRAM_WORD, text)]  # found once: most outlets have none near
    for m in outlets:
        near = bisect_left(words, m.start - 300)
        if near == len(words) or words[near] > m.end + 300:
            left.append(m)
            continue
        lo, hi = sentences.bounds(m.start, m.end)
        # At most a few hundred characters around the outlet: a run-on "sentence" of a thousand characters
        # per outlet would make an article of thousands of outlets quadratic.
        offset, end = max(lo, m.start - 300), min(hi, m.end + 300)
        sentence = text[offset:end]
        place = _place_of(sentence, m.start - offset, m.end - offset) if m.name else None
        if place is None:
            left.append(m)
            continue
        telegram.append(replace(m, kind="telegram", rule="tg.said_on.source", start=min(m.start, offset + place[0]),
                                end=max(m.end, offset + place[1])))
    return telegram, left


def _place_of(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentence puts what the source at [start, end) said on Telegram, or None."""
    if _TRAP.search(sentence):
        return None
    intro = _INTRO.match(sentence)
    if intro is not None and intro.end() <= start and not _CLAUSE_BREAK.search(sentence, intro.end(), start):
        return 0, intro.end()  # "In a statement on Telegram, the ministry said"
    for p in _PLACE.finditer(sentence):
        lo, hi = (end, p.start()) if p.start() >= end else (p.end(), start)
        aside = _APPOSITION.fullmatch(sentence, lo, hi) if p.start() >= end else None
        if hi < lo or hi - lo > 80 or (aside is None and _CLAUSE_BREAK.search(sentence, lo, hi)):
            continue
        if _NOT_OWN.search(sentence, max(0, p.start() - 40), p.start()) \
                or CHANNEL_GENITIVE_BEFORE.search(sentence, max(0, p.start() - 12), p.start()):
            continue  # "citing posts on Telegram channels": the outlet cites others there; «о создании канала в
            # Telegram сообщила …»: a channel, what the news is about
        if _OWNED_NOUN_BEFORE.search(sentence, max(0, p.start() - 40), p.start()) or _MANY_THERE.match(sentence,
                                                                                                      p.end()):
            continue  # "… could not confirm Hamas’s statements on Telegram", "activities on Telegram channels"
        if p.start() >= end and not POSTING_VERB.search(sentence, start, p.start()):
            continue  # a verb of saying between who and where
        if p.start() >= end and reported_there(sentence, end, p):
            continue  # "Police said the suspect was recruited via Telegram": the reported clause's place
        if p.group()[:3].casefold() == "to " and _TO_ADDRESSEE.search(sentence, start, p.start()):
            continue  # "X wrote to Telegram": the company is the addressee
        return p.start(), p.end()
    return None


def telegram_places(text: str) -> list[re.Match[str]]:
    """Every place words put something on Telegram ("on its Telegram channel", «в своем телеграм-канале»), found
    once per article: said_on_telegram reads who said it there, fallback.sentence_owners the sentences it left."""
    if _PLACE_LEAD is None:
        return list(_PLACE.finditer(text))
    # _PLACE.finditer(text), faster: case-insensitive and opening with a look-behind, it was tried at every position
    # (90 ms on the corpus as one article). A place runs from its preposition over words and blanks alone to its
    # Telegram word, so it is tried only at the prepositions in the run of words before each Telegram word.
    places, folded, pos = [], lowered(text), 0  # pos: where a place may start that was not tried yet
    for word in _PLACE_WORD.finditer(folded):
        if word.start() < pos:
            continue
        run = _WORDS.match(folded[pos : word.start()][::-1])  # the words and blanks before it, read backwards
        lo, pos = word.start() - run.end(), word.start()  # type: ignore[union-attr]  # (all-optional: it matches)
        for lead in _PLACE_LEAD.finditer(folded, lo, word.end()):  # (its words may reach into the Telegram word)
            if lead.start() >= pos:
                break
            if (place := _PLACE.match(text, lead.start())) is not None:
                places.append(place)
                pos = place.end()
                break
    return places


def said_on_telegram(text: str, sentences: SentenceIndex | None = None,
                     places: list[re.Match[str]] | None = None) -> list[Match]:
    """ "Governor X said in a post on Telegram", "a Telegram post by the regional governor X": who said it."""
    found: list[Match] = []
    sentences = sentences or SentenceIndex(text)
    for p in telegram_places(text) if places is None else places:
        if search(_TRAP, text, max(0, p.start() - 120), min(len(text), p.end() + 120)):
            continue
        if CHANNEL_GENITIVE_BEFORE.search(text, max(0, p.start() - 12), p.start()):
            continue  # «о создании канала в Telegram сообщила …»: the channel is what the news is about
        if _OWNED_NOUN_BEFORE.search(text, max(0, p.start() - 40), p.start()):
            continue  # "… said it could not confirm Hamas’s statements on Telegram": another's words there
        if _MANY_THERE.match(text, p.end()):
            continue  # "said it investigates activities on Telegram channels": where things happen
        # «повідомляє голова ОВА Олексій Кулеба в Telegram», «… в Telegram голова …», "…, reported the city
        # administration on Telegram"
        dash = _CHANNEL_AFTER_DASH.match(text, p.end())
        if dash is not None:
            # «в Telegram-канале» split by a translation: "X in Telegram – The channel clarified …", "in its
            # TelegramThe channel reported", "in Telegram– the channel said the head … Oleh Petrenko": who wrote
            # stands before the place, or after the verb
            writer = _who_before(text, p.start())
            holder = _HOLDER_AFTER_VERB.match(text, dash.end()) if writer is None else None
            if holder is not None and _is_person(holder.group("who")):
                writer = holder.span("who")
            if writer is not None:
                found.append(_match(text, writer, (min(writer[0], p.start()), max(writer[1], dash.end())),
                                    "tg.said_on.channel_after_dash"))
                continue
        named = _named_around(text, p) or _inverted(text, p) or _after_quote(text, p)
        if named is not None:
            found.append(named)
            also = _AND_OFFICE.match(text, named.end) if named.owner and named.end > p.end() else None
            who = person_after(text, also.end()) if also is not None else None
            if also is not None and who is not None and _is_person(text[who[0] : who[1]]):
                # «повідомили голова ОВА Сергій Борзов та міський голова Вінниці Сергій Моргунов»: both
                found.append(Match("telegram", also.start() + 1, who[1], named.rule, owner=text[who[0] : who[1]]))
            elif named.owner and named.end > p.end() and (second := _second_titled(text, named.end)) is not None:
                # «… Олександр Старух та заступник голови Офісу президента Кирило Тимошенко»: a longer office
                found.append(Match("telegram", second[0], second[2], named.rule, owner=text[second[1] : second[2]]))
            continue
        by_name = _POST_BY_NAME.search(text, max(0, p.start() - 80), p.start())
        if by_name is not None and not is_nationality(by_name["who"]):
            # "according to a post by Ivan Fedorov on Telegram": the post's author, right before the place
            found.append(_match(text, by_name.span("who"), (by_name.start(), p.end()), "tg.said_on.by"))
            continue
        if _ACCORDING_TO_POST.search(text, max(0, p.start() - 60), p.start()):
            # "Ukraine's air force said it shot down 24 drones, according to a statement posted on Telegram"
            lo = sentences.bounds(p.start(), p.end())[0]
            said = _EN_SAID.search(text, lo, p.start())
            who = _who_before(text, said.start()) if said is not None else None
            if who is not None and who[0] >= lo:
                found.append(_match(text, who, (who[0], p.end()), "tg.said_on.subject"))
            continue
        if ((_IN_A_STATEMENT.match(p.group()) or _IN_BARE.fullmatch(p.group())) and _SAID_NEXT.match(text, p.end())
                and (who := _who_before(text, p.start())) is not None
                # (bare: a name of two words or a body's, not "Users on Telegram said")
                and (not _IN_BARE.fullmatch(p.group()) or " " in text[who[0] : who[1]]
                     or is_org_like(text[who[0] : who[1]]))):
            # "The Emergency Situations Ministry in a statement on Telegram said", "The Ministry of X in Telegram
            # reported"
            found.append(_match(text, who, (who[0], p.end()), "tg.said_on.subject"))
            continue
        aside = _IN_A_POST_ASIDE.search(text, max(0, p.start() - 4), p.start()) if _A_POST.match(p.group()) else None
        if aside is not None and text[p.end() : p.end() + 1] == "," and _SAID_NEXT.match(text, p.end() + 1):
            # "Ukraine's Air Force, in a post on Telegram, said": who stands before the aside
            who = _who_before(text, aside.start()) or cap_phrase_before(text, aside.start())
            if who is not None:
                found.append(_match(text, who, (who[0], p.end()), "tg.said_on.subject"))
                continue
        posted = _POSTED_IN.search(text, max(0, p.start() - 90), p.start())
        if posted is not None:  # «сказав Чаус у відеозверненні, розміщеному в телеграмі»: who spoke before it
            j = skip_space_back(text, posted.start())
            who = person_before(text, j) if j == posted.start() or text[j : posted.start()].isspace() else None
            said = _verb_before(text, who[0]) if who is not None else None
            spoke = said is not None and said.end() >= (who[0] if who else 0) - 2
            if who is not None and (_is_person(text[who[0] : who[1]]) or spoke):
                found.append(Match("telegram", who[0], p.end(), "tg.said_on.subject",  # («сказав Чаус …»: a person)
                                   owner=text[who[0] : who[1]]))
                continue
        relative = _WHICH_WAS_POSTED.search(text, max(0, p.start() - 60), p.start())
        if relative is not None:  # "Zelensky said in his video address, which was also posted on Telegram"
            verb = _verb_before(text, relative.start())
            who = _who_before(text, verb.start()) if verb is not None else None
            if who is not None:
                found.append(_match(text, who, (who[0], p.end()), "tg.said_on.subject"))
            continue
        verb = _verb_before(text, p.start())
        if verb is not None and (noun := _NOUN_BEFORE_PARTICIPLE.search(text, max(0, verb.start() - 40),
                                                                        verb.start())) is not None:
            verb = _verb_before(text, noun.start()) or verb  # "X shared this in a message posted on Telegram"
        if verb is None or _NOT_OWN.search(text, verb.end(), p.start()) or _GROUPS_THERE.search(text, verb.end(),
                                                                                                 p.start()):
            continue
        if reported_there(text, verb.end(), p):
            continue  # "X said he had read about it on Telegram"
        if p.group()[:3].casefold() == "to " and (_TO_ADDRESSEE.match(verb.group())
                                                  or not _TO_PLATFORM.search(text, max(0, p.start() - 40), p.start())):
            # "presented several conditions to Telegram": the company is who they spoke to (only what is posted,
            # uploaded or taken goes "to Telegram" as a place)
            continue  # "the police wrote to Telegram": Telegram the company is who they wrote to
        if verb.group() in ("took", "takes", "taking") and (p.group()[:3].casefold() != "to "
                                                           or verb.end() != p.start() - 1):
            continue  # "took to Telegram" (the idiom) only
        outlet = _THE_OUTLET.search(text, max(0, verb.start() - 30), verb.start())
        earlier = named_earlier(text, outlet.group("type"), outlet.start()) if outlet else None
        if outlet is not None and earlier is not None:  # "the portal said on its Telegram channel": named before
            found.append(Match("telegram", outlet.start(), p.end(), "tg.said_on.outlet", name=earlier[2]))
            continue
        by_noun = (_BODY_NOUN_AT_PLACE.search(text, max(0, p.start() - 30), p.start())
                   or _THE_BODY_NOUN.search(text, max(0, verb.start() - 30), verb.start())
                   # «Про це компанія повідомила в Telegram»: the noun before the verb
                   or _BODY_NOUN_AT_PLACE.search(text, max(0, verb.start() - 30), verb.start()))
        same_noun = (named_with_noun_before(text, by_noun.group("noun"), by_noun.start())
                     if by_noun is not None and by_noun.group("noun").isascii() else None)
        named_body = (text[same_noun[0] : same_noun[1]] if same_noun is not None  # "human rights center Vesna"
                      else None if by_noun is None
                      else _introduced_name(text, by_noun.group("noun"), by_noun.start())
                      or body_before_noun(text, by_noun.start()))
        if by_noun is not None and named_body is None and by_noun.group("noun").isascii():
            named_body = _subject_before(text, sentences, by_noun.start())  # "X claimed … The group said on Telegram"
        if by_noun is not None and named_body is not None:  # «"…", - повідомила компанія у Телеграм»: named before
            found.append(Match("telegram", by_noun.start(), p.end(), "tg.said_on.body_noun", name=named_body))
            continue
        described = _THE_DEMONYM_NOUN.search(text, max(0, verb.start() - 40), verb.start())
        introduced = (_introduced_with(text, described.group("what"), described.start())
                 if described is not None and (is_nationality(described.group("adj")) or is_demonym(
                     described.group("adj"))) else None)
        if described is not None and introduced is not None:  # "An Iraqi coalition of pro-Iran armed groups
            # claimed … the Iraqi coalition said in a statement on Telegram": as the text introduced it
            found.append(Match("telegram", described.start(), p.end(), "tg.said_on.body_noun", name=introduced))
            continue
        by_office = _OFFICE_SUBJECT.search(text, max(0, verb.start() - 40), verb.start())
        # (a surname alone when no one is named in full nearby: "Kadyrov said … the Chechen leader said")
        holding = (full_name_before(text, by_office.start()) or antecedent(text, by_office.start())
                   if by_office is not None else None)
        if by_office is not None and holding is not None:  # «про це перша леді повідомляє в Телеграмі»: named before
            found.append(Match("telegram", by_office.start(), p.end(), "tg.said_on.office",
                               owner=text[holding[0] : holding[1]]))
            continue
        who = _who_before(text, verb.start())
        if who is not None:
            by_subject = _match(text, who, (who[0], p.end()), "tg.said_on.subject")
            if by_subject.owner and _ITS.search(p.group()):  # "Killnet Collective boasted … on its Telegram channel"
                by_subject = replace(by_subject, name=by_subject.owner, owner=None)
            found.append(by_subject)
            continue
        lo = sentences.bounds(verb.start(), verb.end())[0]
        if _PARTICIPLE_AFTER_COMMA.match(verb.group()) and text[skip_space_back(text, verb.start()) - 1] == ",":
            # "Maria Zakharova mocked the talks, writing on Telegram that …": the sentence's subject
            opener = _opening_person(text, lo, verb.start())
            if opener is not None:
                found.append(_match(text, opener, (opener[0], p.end()), "tg.said_on.subject"))
                continue
        speaker = clause_speaker(text, lo, verb.start(), possessive=bool(_POSSESSIVE.search(p.group())))
        if speaker is not None:  # "Medvedev, deputy secretary …, wrote on Telegram"; "He published … in Telegram"
            who_name, at, person = speaker
            # "It said …": the body the sentence before quoted, whose mention there stays an outlet
            rule = "tg.said_on.outlet" if text.startswith("It", at) else "tg.said_on.speaker"
            found.append(Match("telegram", at, p.end(), rule, owner=who_name if person else None,
                               name=None if person else who_name))
    for tail in _HIS_POST_LAST.finditer(text):  # 'Obaida said that the raid “posed a danger”, in his post on Telegram.'
        lo = sentences.bounds(tail.start(), tail.end())[0]
        opening = cap_phrase_after(text, lo + (1 if text[lo : lo + 1] in "\"“" else 0))
        subject = text[opening[0] : opening[1]] if opening is not None else ""
        if opening is not None and _SAID_NEXT.match(text, opening[1]) and not is_org_like(subject) \
                and not is_nationality(subject) and subject.casefold() not in STOP_CAPS:
            at = tail.start() + len(tail.group()) - len(tail.group().lstrip(", \t"))  # at "in his post"
            found.append(Match("telegram", at, tail.end(), "tg.said_on.subject", owner=subject))
    for line in _source_lines(text):  # "Source: Maliar on Telegram" (a person, so no outlet rule takes it)
        who_start, who_end = line.span("who")
        words = text[who_start:who_end].split()
        office = text[line.start("item") : who_start].strip()
        if office and len(words) == 3:  # «мер Одеси Петро Коваленко»: the office's place, then the person
            who_start = text.index(words[1], who_start + len(words[0]))
        # after other sources, the span is this one's alone: the others stay theirs
        start = line.start("item") if line.group("others") else line.start("cue")
        found.append(_match(text, (who_start, who_end), (start, line.end()), "tg.said_on.source_line"))
    for intro in _intros(text):
        name = cap_phrase_after(text, intro.end() + (4 if text.startswith("the ", intro.end()) else 0))
        role = _ROLE_THEN_NAME.match(text, name[1]) if name is not None else None
        titled = person_after(text, role.end()) if role is not None else None
        if titled is not None:  # "…, Hamas leader Ismail Haniyeh pointed fingers at Israel": the person, not "Hamas"
            name = (titled[0], titled[1], None)
        # the intro has put it on Telegram: any verb in the past may follow ("…, Durov addressed …")
        acted = name is not None and (POSTING_VERB.match(text, name[1] + 1) or _PAST.match(text, name[1]))
        trap = name is not None and (_TRAP.search(text, intro.start(), name[0])
                                     or _TRAP.search(text, name[1], name[1] + 80))
        if name is not None and acted and not trap:  # (the name itself may be Durov, on his own channel)
            found.append(_match(text, (name[0], name[1]), (intro.start(), name[1]), "tg.said_on.intro"))
        body = _BODY_NEXT.match(text, intro.end()) if not (name is not None and acted) else None
        if body is not None and not trap:
            found.append(_match(text, body.span("who"), (intro.start(), body.end("who")), "tg.said_on.intro"))
            continue
        pronoun = _PRONOUN_NEXT.match(text, intro.end()) if name is None else None
        who = previous_subject(text, intro.start()) if pronoun is not None else None
        if pronoun is not None and who is not None:
            found.append(Match("telegram", intro.start(), pronoun.end("pron"), "tg.said_on.intro",
                               owner=text[who[0] : who[1]]))
    about_telegram = TELEGRAM_WORD.search(text) is not None
    if about_telegram:
        for channel in scouted(_NAMED_CHANNEL, text, _NAMED_CHANNEL_SCOUT, text):
            group = "name" if channel.group("name") else "quoted"
            found.append(Match("telegram", channel.start(group) - (1 if group == "quoted" else 0), channel.end(),
                               "tg.said_on.named_channel", name=channel.group(group)))
    # "Russian milblogger Yuri Podolyaka wrote", «военкор Александр Коц написал»
    for m in finditer(_BLOGGER, text):
        who = person_after(text, m.end())
        said = _BLOGGER_VERB.match(text, who[1]) if who is not None else None
        # "according to Russian milblogger X": cited with no verb after
        according = said is None and _ACCORDING_TO_BLOGGER.search(text, max(0, m.start() - 40), m.start())
        if who is not None and (said is not None or according) and (
                about_telegram or is_known_channel(text[who[0] : who[1]])):
            blogger = text[who[0] : who[1]]
            known = is_known_channel(blogger)
            found.append(Match("telegram", m.start(), said.end() if said is not None else who[1], "tg.said_on.blogger",
                               name=blogger if known else None, owner=None if known else blogger))
    for m in finditer(_POSSESSIVE_POST, text):  # "Ivan Petrov's Telegram post said", "In the ministry's …"
        who = cap_phrase_before(text, m.start() - 3)  # (before the "'s ")
        lead = _IN_OR_ACCORDING if m.group("post") else _CITING_BEFORE
        cited = bool(_SAID_NEXT.match(text, m.end())) or (
            who is not None and lead.search(text, max(0, who[0] - 20), who[0]) is not None)
        if who is not None and cited and not _TRAP.search(text, max(0, who[0] - 120), who[0]):
            found.append(_match(text, who, (who[0], m.end()), "tg.said_on.possessive_post"))
    # (opening with any participle, no scout: only the lines that say "Telegram", which every match holds)
    for m in (m for lo, hi in lines_holding(text, "Telegram") for m in _BY.finditer(text, lo, hi)):
        name = cap_phrase_after(text, m.end())
        if name is not None and (text[name[0] : name[1]].endswith(("'s", "’s"))
                                 or is_nationality(text[name[0] : name[1]])):
            # "a Telegram post by Ukraine's southern command", "shared on Telegram by the Ukrainian military": the
            # possessor or the nationality is no name, the body it owns is
            owned = _OWNED_BODY.match(text, name[1])
            name = (name[0], owned.end(), None) if owned is not None else None
        elif name is not None and (owned := _OWNED_BODY.match(text, name[1])) is not None:
            name = (name[0], owned.end(), None)  # "by the Kharkiv regional administration": the place names the body
        holder = _HOLDER_NAMED.match(text, name[1]) if name is not None and m.group("role") else None
        if holder is not None and _is_person(holder.group("who")):
            name = (holder.start("who"), holder.end("who"), None)  # "by the head of the X administration, Oleh Kiper"
        elif name is not None and m.group("role"):
            name = _holder_at_end(text, name)  # "by the head of the Donetsk Regional Administration Vadym Filashkin"
            lower = _LOWER_WORDS.match(text, name[1]) if name[2] is not None else None
            after = person_after(text, lower.end()) if lower is not None else None
            if after is not None and _is_person(text[after[0] : after[1]]):
                name = (after[0], after[1], None)  # "by the governor of the Belgorod region Vyacheslav Gladkov"
        if name is not None and not _TRAP.search(text, max(0, m.start() - 120), m.start()):
            found.append(_match(text, (name[0], name[1]), (m.start(), name[1]), "tg.said_on.by"))
    return found


def _source_lines(text: str) -> Iterator[re.Match[str]]:
    """_SOURCE_LINE.finditer(text), its cue found first: a pattern opening with "^" is tried at every position.
    It is tried at the start of the blanks that open the cue's line ("^" holds there or nowhere on the line)."""
    starts = (skip_space_back(text, cue.start(), " \t") for cue in _SOURCE_CUE.finditer(text))  # as "^[ \t]*"
    return matches_at(_SOURCE_LINE, text, starts)


def _intros(text: str) -> Iterator[re.Match[str]]:
    """_PLACE_FIRST.finditer(text), its "In" or "On" found first (or the quotation mark before it: '"In a post on
    Telegram, …'): a pattern opening with look-behinds the engine tries at every position (65 ms on the corpus as
    one article)."""
    leads = (lead.start() - (text[lead.start() - 1 : lead.start()] in ("\"", "“")) for lead in _IN_OR_ON.finditer(text))
    return matches_at(_PLACE_FIRST, text, leads)


_CITES_THE_PERSON = re.compile(rf"{CITING_THROUGH}[ \t]+(?:[а-яёіїєґ'’-]+[ \t]+){{0,4}}\Z", re.IGNORECASE)


def _named_around(text: str, p: re.Match[str]) -> Match | None:
    """A verb of saying, then a person right before the place ("заявил глава региона Иван Петров в Telegram")
    or right after it, behind an office ("повідомляє в Telegram голова Київської ОВА Руслан Кравченко")."""
    if not _CYRILLIC.search(text, max(0, p.start() - 40), p.start()):
        return None  # English keeps to its own shapes: "… said Ivan Petrov on Telegram" is rare, and ambiguous
    end = skip_space_back(text, p.start())
    who = person_before(text, end) if end == p.start() - 1 or text[end:p.start()].isspace() else None
    if who is not None and not _is_person(text[who[0] : who[1]]):
        who = None
    if who is not None:
        verb = _verb_before(text, who[0])
        cites_them = _CITES_THE_PERSON.search(text, verb.end(), who[0]) if verb is not None else None
        if verb is not None and (cites_them or not _NOT_OWN.search(text, verb.end(), who[0])):
            # («повідомляє РБК-Україна з посиланням на мера Вінниці Сергія Моргунова в Telegram»: his channel)
            return _match(text, who, (verb.start(), p.end()), "tg.said_on.name_at_place")
        return None
    verb = _verb_before(text, p.start())
    if verb is not None and len(text[verb.end() : p.start()].split()) <= 2:
        office, span_start = _OFFICE_AFTER.match(text, p.end()) or _NO_OFFICE.match(text, p.end()), verb.start()
        said_end = p.end()
    elif (verb := _VERB_NEXT.match(text, p.end())) is not None:  # «Про це в Телеграмі повідомив начальник ОВА …»
        office, span_start = _OFFICE_AFTER.match(text, verb.end()) or _NO_OFFICE.match(text, verb.end()), p.start()
        said_end = verb.end()
    else:
        return None
    who = person_after(text, office.end()) if office else None
    if who is None or who[0] - p.end() > 80 or not _is_person(text[who[0] : who[1]]):
        body = _BODY_ENDING_CLAUSE.match(text, said_end)
        if body is None or not (is_org_like(body.group("who")) or body.group("who").casefold().startswith(_UK_HEADS)):
            return None  # «повідомляє в Telegram Офіс генпрокурора.»: a body that ends the clause
        return Match("telegram", span_start, body.end("who"), "tg.said_on.name_at_place", name=body.group("who"))
    return _match(text, who, (span_start, who[1]), "tg.said_on.name_at_place")


# English with the verb first: "…, reported the military administration of the capital on Telegram".
_INVERTED = re.compile(
    r"(?<![\w-])(?:reported|reports|said|says|informs|informed|announced|announces|wrote|writes)[ \t]+"
    r"(?P<who>(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,9}?[\w'’)-]+)[ \t]+\Z"
)
EN_BODY_WORD = re.compile(r"(?<![\w-])(?:administration|ministry|service|office|police|army|forces?|council|"
                          r"government|department|committee|headquarters|staff|command|agency|guard|prosecutor)"
                          r"(?![\w-])", re.IGNORECASE)
_EN_PREPOSITION_FIRST = re.compile(r"(?:in|on|at|by|with|from|for|to|via|through|a|an)[ \t]", re.IGNORECASE)
_EN_NOT_WHO = re.compile(r"(?<![\w-])(?:that|which|who|it|this|he|she|they|was|were|is|are|has|had)(?![\w-])",
                         re.IGNORECASE)


def _inverted(text: str, p: re.Match[str]) -> Match | None:
    if _CYRILLIC.search(text, max(0, p.start() - 40), p.start()):
        return None
    m = _INVERTED.search(text, max(0, p.start() - 110), p.start())
    if m is None or m.end() != p.start():
        return None
    who = m.group("who")
    if _EN_PREPOSITION_FIRST.match(who):
        return None  # "said in an audio message released by …": a place of saying, not who
    bare = who.replace("(", "").replace(")", "")  # "(MoD)" after a name is part of it
    if not EN_BODY_WORD.search(who) or _EN_NOT_WHO.search(who) or _CLAUSE_BREAK.search(bare):
        return None
    return _match(text, m.span("who"), (m.start(), p.end()), "tg.said_on.inverted")


# '"We are ready," said Denis Pushilin, the Moscow-installed leader of Donetsk, in a Telegram post': after a
# quotation the verb may come first, then who, then (past an aside) the place.
_QUOTE_THEN_SAID = re.compile(
    r"[\"”’][ \t]+(?:said|wrote|added|posted|stated|noted|explained|declared)[ \t]+"
    rf"(?P<who>{LATIN_NAME})(?:[ \t]*,[ \t]+[^,\"“”\n]{{1,100}},)?[ \t]+\Z"
)


def _after_quote(text: str, p: re.Match[str]) -> Match | None:
    m = _QUOTE_THEN_SAID.search(text, max(0, p.start() - 200), p.start())
    if m is None or not _is_person(m.group("who")):
        return None
    return _match(text, m.span("who"), (m.start() + 1, p.end()), "tg.said_on.after_quote")


_PARTICIPLE_AFTER_COMMA = re.compile(r"writing|posting|saying|sharing|adding|noting|claiming|commenting|announcing|"
                                     r"confirming|reporting|denying|urging|warning")
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_FINITE_NEXT = re.compile(rf"[ \t]+(?:also[ \t]+|later[ \t]+|has[ \t]+|had[ \t]+)?(?:[a-z]{{3,}}ed|{EN_VERBS})"
                          r"(?![\w-])")


def _opening_person(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The person who is the subject of the sentence at lo, named in its first words (titles before the name
    allowed: "Foreign Ministry spokeswoman Maria Zakharova mocked"), a finite verb right after the name."""
    for cap in _CAP_WORD.finditer(text, lo, min(pos, lo + 80)):
        who = person_after(text, cap.start())
        if who is not None and _is_person(text[who[0] : who[1]]) and _FINITE_NEXT.match(text, who[1]):
            return who
    # or a body opening it: "The Ukrainian Air Force confirmed the attack, saying on Telegram …"
    opening = cap_phrase_after(text, lo + (4 if text.startswith("The ", lo) else 0))
    name = text[opening[0] : opening[1]] if opening is not None else ""
    if opening is not None and opening[1] < pos and _FINITE_NEXT.match(text, opening[1]) and (
            is_org_like(name) or _BODY_LAST.search(name)):
        return opening[0], opening[1]
    return None


def _verb_before(text: str, pos: int) -> re.Match[str] | None:
    """The verb of saying in the clause just before pos ("said in a post" -> "said")."""
    lo = max(0, pos - 90)
    found = finditer(POSTING_VERB, text, lo, pos)
    verbs = [v for v in found if not _CLAUSE_BREAK.search(_ASIDE.sub(" ", text[v.end() : pos]))
             and "\n" not in text[v.end() : pos] and len(text[v.end() : pos].split()) <= 9
             and not _DETERMINER_BEFORE.search(text, max(0, v.start() - 8), v.start())]
    return verbs[-1] if verbs else None


# "said he had read about it on Telegram", "said the suspect was recruited via Telegram": a clause of its own after
# the verb, with its subject and verb; the place is that clause's, not where it was said
# (a place with a post in it, "said it was a crime in a post on Telegram", is still where it was said)
_REPORTED_CLAUSE = re.compile(r"(?<![\w-])(?:he|she|they|we|I|it|(?:the|a|an)[ \t]+[a-z]+)[ \t]+"
                              r"(?:was|were|is|are|had|has|have|would|could|will|did|got)(?![\w-])")
_BARE_PLACE = re.compile(r"(?:on|in|via|through|to)[ \t]+(?:the[ \t]+)?"
                         r"(?:(?:encrypted[ \t]+)?messaging[ \t]+app[ \t]+)?Telegram(?:[ \t]+(?:messaging[ \t]+)?app)?",
                         re.IGNORECASE)


def reported_there(text: str, verb_end: int, place: re.Match[str]) -> bool:
    """A bare place ("on Telegram") after a clause of its own that follows the verb: "said he had read about it on
    Telegram" says where that clause happened, not where it was said."""
    return bool(_BARE_PLACE.fullmatch(place.group())) and _REPORTED_CLAUSE.search(text, verb_end,
                                                                                   place.start()) is not None
# "denied the claims on Telegram": after a determiner "claims", "reports", "posts" are nouns, not the verb
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|these|those|his|her|its|their|such)[ \t]+\Z", re.IGNORECASE)


def _who_before(text: str, pos: int) -> tuple[int, int] | None:
    j = skip_space_back(text, pos)
    if text[max(0, j - 1) : j] == "," and (aside := _RELATIVE_ASIDE.search(text, max(0, j - 90), j)) is not None:
        j = skip_space_back(text, aside.start())  # "Hamas, which runs Gaza, said": who the relative clause is about
    elif text[max(0, j - 1) : j] == "," and (aside := DESCRIPTION_ASIDE.search(text, max(0, j - 90), j)) is not None:
        j = skip_space_back(text, aside.start())  # "the X militia, one of the strongest factions, vowed": X
    # "Andrei Yermak, chief of staff to President Volodymyr Zelensky, said": the name before the office
    if text[max(0, j - 1) : j] == "," and (person := _person_before_office(text, j - 1, 100)) is not None:
        return person
    if (rel := _WHO_RELATIVE.search(text, max(0, j - 8), j)) is not None:
        j = rel.start()  # "Vitali Klitschko, who wrote on Telegram": the name before the relative clause
        if (person := _person_before_office(text, j, 80)) is not None:  # "…, Commander of the Air Force, who"
            return person
    if text[max(0, j - 1) : j] == "," and text[pos : pos + 3].casefold() in _VERB_OPENINGS:
        j = skip_space_back(text, j - 1)  # "The governor, Alexander Bogomaz, writing on Telegram"; "…, the X, said"
    adverb = re.search(r"(?:[ \t]+(?:also|later|earlier|then|has|had))+\Z", text[max(0, j - 30) : j])
    if adverb is not None:
        j = skip_space_back(text, j - len(adverb.group()))
    body = _BODY.search(text, max(0, j - 80), j) or _AUTHORITIES.search(text, max(0, j - 80), j)
    if body is not None and (body.re is _BODY or body.group("whose") or body.group("kind") or body.group("where")):
        return body.start(), j
    if (staff := _OFFICIALS.search(text, max(0, j - 20), j)) is not None:
        j = staff.start()  # "Kiev military administration officials said": the body they speak for
    described = _DESCRIBED.search(text, max(0, j - 100), j)  # "Energoatom national nuclear … company announced"
    if (described is not None and not is_demonym(described.group("name").split()[-1])
            and ". " not in described.group("name")  # "… Cyber Team. A spokesperson for the group": two sentences
            and described.group("name").split()[0].casefold() not in STOP_CAPS):  # not "The hacker group"
        return described.span("name")
    p = cap_phrase_before(text, j)
    if p is None or object_of_preposition(text, p[0]) or is_nationality(text[p[0] : p[1]]):
        return None  # "an ally of President X wrote": X is not the subject; "Ukrainian officials": nobody named
    if never_a_subject(text[p[0] : p[1]].split()[0]) or is_media_object(text[p[0] : p[1]].split()[-1]):
        return None  # «Информацию подтвердили в штабе в Telegram», «Аналогічні дані опублікував»: the object
    if text[p[0] : p[1]].casefold() in PEOPLE_PLURALS:
        return None  # "Officials said on Telegram", "Residents wrote": nobody named
    return p if not text[p[0] : p[1]].casefold().startswith(("the ", "a ")) else None


_ITS = re.compile(r"(?<![\w-])its(?![\w-])", re.IGNORECASE)  # a place "on its channel": a group's, not a person's
# The verbs "X, the governor, <verb> on Telegram" may open with (not "in a statement", which is no verb)
_VERB_OPENINGS = frozenset("wri pos spe con ann com rep sai cla sta tol urg den tha vow dec pro wei sha rel iss pub"
                           .split())


def _person_before_office(text: str, end: int, reach: int) -> tuple[int, int] | None:
    """The person named right before an office set off by a comma that ends at `end` (", Commander of …")."""
    title = _TITLE_ASIDE.search(text, max(0, end - reach), end)
    person = person_before(text, skip_space_back(text, title.start())) if title else None
    return person if person is not None and _is_person(text[person[0] : person[1]]) else None


# A name, then what it is in lowercase words: "Energoatom national nuclear energy generating company".
_KIND_OF_BODY = (r"(?:[a-z][\w-]*[ \t]+){0,5}"
                 r"(?:company|corporation|operator|group|agency|utility|firm|organi[sz]ation|movement|network|provider|"
                 r"bank|collective|association|initiative|union|foundation|outlet|project|cent(?:er|re)|militia)")
_DESCRIBED = re.compile(
    rf"(?<![\w'’.-])(?:[Tt]he[ \t]+)?(?:[A-Z][\w'’.]*-based[ \t]+)?(?P<name>{LATIN_NAME})"
    rf"[ \t]+{_KIND_OF_BODY}\Z"
)
# "the Primer Hajun monitoring project reported": a name so described before the verb is no person's
_KIND_OF_BODY_NEXT = re.compile(rf"[ \t]+{_KIND_OF_BODY}(?=[ \t,]+(?:also[ \t]+)?(?:{EN_VERBS})(?![\w-]))")
_TITLE_ASIDE = re.compile(r"[ \t]*,[ \t]+(?:the[ \t]+)?(?:[Cc]ommander|[Hh]ead|[Cc]hief|[Ss]pokes(?:man|woman|person)|"
                          r"[Mm]ayor|[Gg]overnor|[Mm]inister|[Dd]irector|[Ll]eader|[Ff]ounder|[Aa]dviser|[Aa]dvisor)"
                          r"(?:[ \t]+[\w'’.-]+){0,6}\Z")
_OFFICIALS = re.compile(r"(?<=\w)[ \t]+(?:officials|representatives|spokespeople)\Z")
_RELATIVE_ASIDE = re.compile(r"(?<=[\w)'’]),[ \t]+(?:which|who|whose)[ \t][^,;:()\"“”\n]{1,80},\Z")
_WHO_RELATIVE = re.compile(r",[ \t]+who(?:[ \t]+(?:also|later|first))?\Z")
_STANCE_FIRST = re.compile(r"(?:(?:[\w.]+-(?:run|backed|linked|affiliated|controlled|owned|aligned|funded|sponsored)|"
                           r"[Pp]ro-[\w-]+|[Aa]nti-[\w-]+)[ \t]+)+")
_OPENING_ADVERB = re.compile(r"\A(?:Later|Then|Earlier|Meanwhile|Also|Afterwards),?[ \t]+")


def _match(text: str, who: tuple[int, int], span: tuple[int, int], rule: str) -> Match:
    name = _OPENING_ADVERB.sub("", text[who[0] : who[1]])
    if name.casefold().startswith("the "):
        name = name[4:]
    if (stance := _STANCE_FIRST.match(name)) is not None and stance.end() < len(name):
        name = name[stance.end() :]  # "the Houthi-run Saba news agency": whose it is, then its name
    if name.isalpha() and name.islower() and (earlier := body_named_before(text, name, who[0])):
        # "the ministry said on Telegram": the ministry named before, whose own mention there stays an outlet
        return Match("telegram", span[0], span[1], "tg.said_on.outlet", name=earlier)
    titled = _TITLE.match(name) if not _BODY_LAST.search(name) else None  # "General Staff" is a body
    if titled is not None:  # "Governor Roman Starovoit": a person by title
        return Match("telegram", span[0], span[1], rule, owner=name[titled.end() :])
    if (_is_person(name) or is_office(name)) and not _KIND_OF_BODY_NEXT.match(text, who[1]):
        # «Губернатор опубликовал обращение в Telegram»: the office's holder
        return Match("telegram", span[0], span[1], rule, owner=name)
    return Match("telegram", span[0], span[1], rule, name=name)


def _holder_at_end(text: str, name: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """The person who closes a body's name after an office ("head of the X Administration Vadym Filashkin")."""
    person = person_at_end(text, name[0], name[1])
    return (person[1], name[1], None) if person is not None else name


def _is_person(name: str) -> bool:
    """Two or three capitalised words with no organisation word or nationality among them read as a person
    ("Vitali Klitschko"); one word only when it looks like a surname."""
    words = name.split()
    # a possessive is no person ("Ukraine's"); an apostrophe inside a word is Ukrainian spelling ("В’ячеслав");
    # a surname after a first name may end like a nationality ("Oleksandr Starukh", "Viktor Yanukovych")
    surname = words[1:] if len(words) in (2, 3) and has_first_name(name) else []
    if is_org_like(name) or any((is_demonym(w) and w not in surname) or w.endswith(("'s", "’s", "'", "’"))
                                for w in words):
        return False
    return looks_like_person(name) or (len(words) in (2, 3) and all(w[:1].isupper() for w in words))


# «… ідеться в повідомленні в телеграмі», «говорится в сообщении в Telegram-канале»: a statement in Telegram whose
# author the sentence does not name: the source the text reported it from just before.
# The verbs a statement pattern opens with («йдеться», «говорится»), found first: a pattern tried at every letter
# cost 30 ms a MB.
_STATEMENT_VERBS = r"йдеться|ідеться|говорится|говориться|сказано|зазначається|отмечается|указано"
_STATEMENT_VERB = re.compile(rf"(?<![\w-])(?:{_STATEMENT_VERBS})(?![\w-])", re.IGNORECASE)
_STATEMENT_THERE = re.compile(
    rf"(?<![\w-])(?:{_STATEMENT_VERBS})[ \t]+(?:в|у)[ \t]+"
    r"(?:повідомленні|сообщении|заявлении|заяві|публикации|публікації|дописі)[ \t]+(?:(?-i:[а-яёіїє]+)[ \t]+)?"
    r"(?:в|у|на)[ \t]+(?:сво[её]м[ \t]+|своєму[ \t]+)?(?:telegram|телеграм)[\w-]*",
    re.IGNORECASE,
)
# «"…", — говорится в Telegram-канале.»: a quotation said to be from a channel named nowhere in its sentence
_BARE_THERE = re.compile(
    rf"(?:{_STATEMENT_VERBS})[ \t]+(?:в|у|на)[ \t]+(?:telegram|телеграм)[\w-]*(?=[ \t]*(?:[.;!?\n]|\Z))", re.IGNORECASE
)
_AFTER_QUOTATION = re.compile(r"[»\"”][ \t]*,?[ \t]*[—–-][ \t]*\Z")


def _quoted_bare_there(text: str, at: int) -> re.Match[str] | None:
    return _BARE_THERE.match(text, at) if _AFTER_QUOTATION.search(text, max(0, at - 8), at) else None


# «йдеться в аналізі моніторингового проєкту DeepState в Telegram»: the statement's author named between
_STATEMENT_OF_THERE = re.compile(
    rf"(?<![\w-])(?:{_STATEMENT_VERBS})[ \t]+(?:в|у)[ \t]+"
    r"(?:повідомленні|сообщении|заявлении|заяві|публикации|публікації|дописі|аналізі|анализе|зверненні|обращении|"
    r"посте|пості|видеообращении|відеозверненні)"
    r"[ \t]+(?P<lower>(?:(?-i:[а-яёіїє'’-]+)[ \t]+){0,3})"
    r"(?P<who>(?-i:[A-ZА-ЯЁІЇЄҐ])[\w.'’-]*(?:[ \t]+(?-i:[A-ZА-ЯЁІЇЄҐ])[\w.'’-]*){0,3}|[«\"“][^»\"”\n]{2,40}[»\"”])"
    r"[ \t]+(?:в|у|на)[ \t]+(?:telegram|телеграм)[\w-]*",
    re.IGNORECASE,
)


def statements_in_telegram(text: str, outlets: list[Match]) -> list[Match]:
    """A statement quoted from Telegram: its author when named in it («йдеться в аналізі проєкту DeepState в
    Telegram»); with no author in its sentence, the nearest outlet within the few hundred characters before it
    («…, повідомляє ДСНС. "…", - ідеться в повідомленні в телеграмі»)."""
    named: list[Match] = []
    unnamed: list[Match] = []
    ends = sorted((m.end, i) for i, m in enumerate(outlets))
    for at in finditer(_STATEMENT_VERB, text):
        if (m := _STATEMENT_OF_THERE.match(text, at.start())) is not None:
            who = m.group("who").strip("«»\"“”")
            words = who.split()
            if len(words) == 3 and words[0].isupper() and looks_like_person(" ".join(words[1:])):
                who = " ".join(words[1:])  # «очільника ОВА Олега Синєгубова»: the office's acronym is no name
            if looks_like_person(who) and not is_org_like(who):  # «у дописі Олега Синєгубова»: his channel
                named.append(Match("telegram", m.start(), m.end(), "tg.said_on.statement", owner=who))
            else:
                if m.group("lower") and has_org_word(m.group("lower")):  # «пресс-службы «Спартака»»: its head too
                    who = text[m.start("lower") : m.end("who")]
                named.append(Match("telegram", m.start(), m.end(), "tg.said_on.statement", name=who))
        if (m := _STATEMENT_THERE.match(text, at.start()) or _quoted_bare_there(text, at.start())) is None:
            continue
        i = bisect_left(ends, (m.start(), -1)) - 1
        if i < 0 or m.start() - ends[i][0] > 400:
            continue
        source = outlets[ends[i][1]]
        unnamed.append(Match("telegram", m.start(), m.end(), "tg.said_on.statement", name=source.name))
    for m in finditer(_CITING_BODY_STATEMENT, text):  # «з посиланням на повідомлення компанії в Telegram»
        # (named before the sentence: the sentence itself names the outlet that cites the statement)
        opening = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind("!", 0, m.start()))
        body = body_before_noun(text, opening + 1)
        if body is not None:
            named.append(Match("telegram", m.start(), m.end(), "tg.said_on.body_noun", name=body))
    return named + unnamed


# «з посиланням на повідомлення компанії в Telegram», «со ссылкой на заявление ведомства в Telegram»: whose
# statement is a body named before by a common noun
_CITING_BODY_STATEMENT = re.compile(
    r"(?<![\w-])(?:з|із|зі|со)[ \t]+(?:посиланням|ссылкой)[ \t]+на[ \t]+"
    r"(?:повідомлення|сообщение|заяву|заявление|допис|публікацію|публикацию|пост)[ \t]+"
    r"(?P<noun>компанії|компании|відомства|ведомства|перевізника|перевозчика|оператора|банку|банка|корпорації|"
    r"корпорации)[ \t]+(?:в|у)[ \t]+(?:telegram|телеграм)[\w-]*",
    re.IGNORECASE,
)


# For the last-resort rule (fallback.py): the same traps.
TELEGRAM_TRAP = _TRAP
GROUPS_THERE = _GROUPS_THERE
MANY_THERE = _MANY_THERE
