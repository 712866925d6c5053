"""Word tables for the multilingual tagger, beyond what dateparser's locale data provides.

Month, weekday and relative words come from dateparser; these fill the gaps its tables leave
for finding dates in running text (prepositions, traps, direction words), keyed by language.
"""

from __future__ import annotations

CJK = {"ja", "zh", "ko", "yue"}
# Words between day, month and year ("3 de marzo de 2025").
LINKS = r"(?:(?:de|del|of)\s+)?"
# Year words written after the number ("2025 года").
YEAR_SUFFIX = {"ru": r"года|году|год|г\.", "uk": r"року|рік|р\.", "bg": r"година|г\."}
# Prepositions before a bare year ("nel 2024"), besides the locale's own "in" words.
IN_EXTRA = {"it": ["nel", "a"], "es": ["en el"], "pt": ["em"], "ru": ["в"]}
# Words before a bare month name ("fines de marzo", "début mars"), besides the "in" words.
MONTH_BEFORE = {"es": "de", "pt": "de", "fr": "début|fin|mi", "de": "Anfang|Ende|Mitte"}
# Languages that capitalise month names; elsewhere "Plaza de Mayo" is a name, not a month.
CAPITALISED_MONTHS = {"en", "de", "lb"}
# Relative words that are also ordinary nouns: dropped after the listed words ("esta mañana").
AMBIGUOUS = {
    "es": ("mañana", r"(?:la|esta|una|cada|por la|de la)\s+$"),
    "de": ("morgen", r"(?:am|den|der|dem|heute|jeden|guten|eines)\s+$"),
    "nl": ("morgen", r"(?:de|deze|die|elke|'s|goede)\s+$"),
}
# Weekday names that are also common words (Portuguese "segunda" = second).
WEEKDAY_STOP = {"segunda", "terça", "quarta", "quinta", "sexta", "mar", "sam", "sun"}


def _count(words: str) -> dict[str, int]:
    return {word: number for number, word in enumerate(words.split(), 2)}


# Number words for "hace tres días" where the locale has none (dateparser lists de, fr, ru).
NUMBER_WORDS = {
    "es": _count("dos tres cuatro cinco seis siete ocho nueve diez once doce"),
    "it": _count("due tre quattro cinque sei sette otto nove dieci undici dodici"),
    "pt": {**_count("dois três quatro cinco seis sete oito nove dez onze doze"), "duas": 2},
    "nl": {**_count("twee drie vier vijf zes zeven acht negen tien elf twaalf"), "een": 1},
}
# Words that send a year-less date or a weekday to the past or the future
# ("le 3 mars dernier", "el próximo lunes", "am vergangenen Freitag").
PAST_CUES = {
    "fr": "dernier|dernière|passé",
    "es": "pasado|pasada",
    "it": "scorso|scorsa",
    "pt": "passado|passada",
    "de": "vergangenen|letzten|vorigen",
    "nl": "afgelopen|vorige",
}
FUTURE_CUES = {
    "fr": "prochain|prochaine",
    "es": "próximo|próxima",
    "it": "prossimo|prossima",
    "pt": "próximo|próxima",
    "de": "kommenden|nächsten",
    "nl": "komende|volgende",
}
# Words before a month that name a part of it ("fines de marzo", "Anfang April", "début mars"),
# and the TimeML mod they give.
PART_WORDS = {
    "es": {"principios": "START", "comienzos": "START", "inicios": "START", "mediados": "MID",
           "finales": "END", "fines": "END", "final": "END"},
    "pt": {"princípios": "START", "início": "START", "inícios": "START", "começo": "START",
           "meados": "MID", "finais": "END", "final": "END", "fim": "END", "fins": "END"},
    "fr": {"début": "START", "debut": "START", "mi": "MID", "fin": "END"},
    "de": {"anfang": "START", "mitte": "MID", "ende": "END"},
    "it": {"inizio": "START", "metà": "MID", "fine": "END"},
    "nl": {"begin": "START", "medio": "MID", "half": "MID", "eind": "END", "einde": "END"},
}
# Words right before a weekday or a year-less date that point to the future ("para el viernes",
# "bis Freitag"), without being part of the expression.
FUTURE_BEFORE = {
    "es": r"para\s+el|para\s+la|hasta\s+el|a\s+partir\s+del?",
    "pt": r"para|até|a\s+partir\s+de",
    "fr": r"pour|d'ici|jusqu'à|à\s+partir\s+de",
    "de": r"bis|für|ab",
    "it": r"per|entro|fino\s+a|a\s+partire\s+da",
}
# Future-tense verbs earlier in the clause ("marcharán el viernes", "wird am Freitag").
FUTURE_VERBS = {
    "es": r"\w{2,}(?:rá|rán)|va\s+a|van\s+a",
    "pt": r"\w{2,}(?:rá|rão)|vai|vão",
    "fr": r"\w{2,}ront|\w{2,}(?:era|ira)|va|vont",
    "de": r"wird|werden|wirst",
    "it": r"\w{2,}(?:rà|ranno)",
}


def _units(**words: str) -> dict[str, str]:
    return {word: unit for unit, forms in words.items() for word in forms.split()}


# Unit words of durations ("drei Jahre", "trois ans", "tres semanas"), as the English unit the
# English tagger's ``duration_value`` turns into a TimeML value.
DURATION_UNITS = {
    "de": _units(year="jahr jahre jahren", month="monat monate monaten", week="woche wochen",
                 day="tag tage tagen", hour="stunde stunden"),
    "fr": _units(year="an ans année années", month="mois", week="semaine semaines",
                 day="jour jours", hour="heure heures"),
    "es": _units(year="año años", month="mes meses", week="semana semanas", day="día días",
                 hour="hora horas"),
    "it": _units(year="anno anni", month="mese mesi", week="settimana settimane",
                 day="giorno giorni", hour="ora ore"),
    "pt": _units(year="ano anos", month="mês meses", week="semana semanas", day="dia dias",
                 hour="hora horas"),
    "nl": _units(year="jaar jaren", month="maand maanden", week="week weken", day="dag dagen",
                 hour="uur"),
}
# Ages are not durations: "10 Jahre alt", "il a 10 ans", "tiene 10 años".
AGE_BEFORE = {
    "fr": r"a|avait|âgée?s?\s+de", "es": r"tiene|tenía|tenían|cumplió", "it": r"ha|aveva",
    "pt": r"tem|tinha|completou", "de": r"", "nl": r"",
}
AGE_AFTER = {"de": r"alt|alte|alten|alter", "nl": r"oud", "es": r"de\s+edad",
             "pt": r"de\s+idade", "it": r"di\s+età", "fr": r""}

# Season words, as TimeML season codes ("im Sommer 2024", "l'été dernier", "este invierno").
SEASON_WORDS = {
    "de": _units(SP="frühling frühjahr", SU="sommer", FA="herbst", WI="winter"),
    "fr": _units(SP="printemps", SU="été", FA="automne", WI="hiver"),
    "es": _units(SP="primavera", SU="verano", FA="otoño", WI="invierno"),
    "it": _units(SP="primavera", SU="estate", FA="autunno", WI="inverno"),
    "pt": _units(SP="primavera", SU="verão", FA="outono", WI="inverno"),
    "nl": _units(SP="lente voorjaar", SU="zomer", FA="herfst najaar", WI="winter"),
}
# Words right before a season without a year that make it one (German capitalises every noun,
# and "Sommer" is also a name).
SEASON_BEFORE = {
    "de": r"im|diesen|diesem|letzten|vergangenen|nächsten|kommenden|den",
    "fr": r"en|cet|cette|l'|l’|au|à\s+l'|de\s+l'|ce",
    "es": r"en|este|esta|el|la|en\s+el|en\s+la|del|de\s+la",
    "it": r"in|quest'|nella|nell'|l'|d'|la|questa|quest’",
    "pt": r"no|na|neste|nesta|este|esta|o|a|do|da",
    "nl": r"in\s+de|deze|dit|de|afgelopen|komende|vorige|volgende",
}
