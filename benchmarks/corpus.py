"""A generator of synthetic news articles for speed benchmarks.

Each article is about 3 KB of front-matter Markdown: a headline, a dateline and paragraphs composed
from templates with varied actors (real countries and cities, invented people and organisations),
event verbs, quotes and date expressions of every style the tagger meets in real news (absolute,
numeric, ISO, weekdays, relative, vague parts of years, decades, durations). The output depends only
on ``n`` and ``seed``. The stories are fiction and the texts are not meant to be read as news, only
to cost what news costs to process.

    python benchmarks/corpus.py --n 20 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

__all__ = ["article", "generate"]

TARGET_CHARS = 3000

COUNTRIES = [
    ("Portugal", "Lisbon"), ("Kenya", "Mombasa"), ("Chile", "Valparaíso"), ("Poland", "Gdańsk"),
    ("Vietnam", "Haiphong"), ("Ghana", "Tema"), ("Norway", "Bergen"), ("Indonesia", "Surabaya"),
    ("Morocco", "Tangier"), ("Canada", "Halifax"), ("Peru", "Callao"), ("Greece", "Piraeus"),
    ("India", "Chennai"), ("Brazil", "Santos"), ("Turkey", "Izmir"), ("Australia", "Fremantle"),
]  # fmt: skip
FIRST = (
    "Ana Tomasz Grace Ibrahim Lena Mateo Priya Kwame Elif Jonas Mei Rafael Sofia Daniel Amara "
    "Henrik Lucía Omar Nadia Pieter"
).split()
LAST = (
    "Ferreira Kowalczyk Otieno Haddad Lindqvist Rojas Nair Mensah Yıldız Brandt Tran Moreau Costa "
    "Abiodun Halvorsen Vidal Sato"
).split()
ORG_HEAD = "Northern Coastal United National Atlantic Eastern Pacific Central".split()
ORG_TAIL = (
    "Port Authority|Dockworkers' Union|Grain Cooperative|Energy Board|Shipping Group|"
    "Farmers' Federation|Rail Company|Teachers' Union|Water Utility|Chamber of Commerce|"
    "Fisheries Council|Steel Works"
).split("|")
ROLES = (
    "the transport minister|the finance minister|the prime minister|the mayor|a union leader|"
    "the company's chief executive|an opposition lawmaker|the regional governor|a senior judge|"
    "the trade commissioner"
).split("|")
OUTLETS = ["The Harbour Chronicle", "Continental Wire", "The Evening Ledger", "Daily Meridian",
           "Baltic & Atlantic Review", "The Civic Observer"]  # fmt: skip
ANALYST_ORGS = ["a consultancy in London", "a think tank in Brussels", "a university in Nairobi",
                "a bank in Singapore", "a research institute in Lisbon"]  # fmt: skip

EVENTS = [  # (headline, what happened in the past tense, the noun for it)
    ("strikes over pay", "walked off the job in a dispute over pay", "strike"),
    ("signs trade accord", "signed a trade agreement with {country2}", "trade agreement"),
    ("loses court case", "lost a case at the constitutional court", "ruling"),
    ("unveils port expansion", "announced a plan to expand its container terminal", "expansion"),
    ("calls early vote", "called an early vote of its members", "vote"),
    ("agrees merger", "agreed to merge with a rival firm", "merger"),
    ("opens rail link", "opened a new freight rail line to {city2}", "rail link"),
    ("faces farm protest", "faced a protest by farmers blocking the main roads", "protest"),
    ("raises fees", "raised its fees by a tenth", "fee rise"),
    ("suspends talks", "suspended talks with {country2} on fishing rights", "suspension"),
    ("cuts jobs", "said it would cut hundreds of jobs", "job cut"),
    ("wins tender", "won a tender to run the ferry service to {city2}", "tender"),
]
VERBS = ["said", "announced", "confirmed", "warned", "insisted", "told reporters"]
CUES = ["In response to", "Following", "As a result of", "In the wake of", "After"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "eight", "ten"]
SEASONS = ["spring", "summer", "autumn", "winter"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Sentence templates; {past}/{future} are dated phrases with their preposition, {dur} a duration.
SENTENCES = [
    "{Org} {event} {past}, {verb} {person}, {role}.",
    "{cue} the {noun}, {org2} {other} {past}.",
    '"We will not accept this," {person} said {past}, adding that workers will march in {city} '
    "{future}.",
    "Officials in {city} said some {num} containers had been stuck at the quay {dur}.",
    "The {noun} comes as {country} prepares for talks with {country2} {future}.",
    '{analyst}, an analyst at {anorg}, said the {noun} "may change the picture" for {country}.',
    "A similar {other_noun} took place {past}, when {org2} {other}.",
    "{Role} met {person} in {city2} {past} and promised a decision {future}.",
    "In return, {org} agreed to review the plan {future}.",
    "Figures released {past} showed that exports from {country} fell {pct} percent {vague}.",
    "The dispute has simmered {dur}, and few expect it to end {future}.",
    "{person} first raised concerns {vague}, according to people familiar with the matter.",
    "Talks are scheduled to resume {future} in {city2}.",
    'Prices rose sharply {vague}, a trend {analyst} said had "not yet run its course".',
    "Shares in {org2} barely moved {past}.",
    "{Org} said it may appeal, but gave no timetable.",
    "The {noun} follows years of tension that go back to {decade}.",
    "{Org2} was founded in {decade} and employs about {num} people in {city}.",
    "Opposition parties in {country} called for an inquiry {past}, saying the {noun} was rushed.",
    "As a result, deliveries to {city2} were delayed {dur}.",
    "{person} is expected to visit {country2} {future} to discuss the {noun}.",
    "A spokesperson for {org} declined to comment {past}.",
    "The last comparable {other_noun}, {years_ago}, lasted {n} weeks.",
    "Protesters gathered outside the offices of {org} in {city} {past}, some carrying banners "
    'that read "March for our jobs".',
    "Since {vague_bare}, {org} has cut {pct} percent of its workforce.",
    "The {noun} will take effect {future_vague}, {role} {verb}.",
    '{person} told a news conference {past} that the {noun} was "a turning point for {city}".',
    '"Nobody wants this to drag on," said {analyst}. "But it may take until {until} to settle."',
    "The ministry in {country2} {verb} {past} that it was following the {noun} closely.",
    "Inspectors visited the site {past}, the same week that {org2} {other}.",
]


def _absolute(rng: random.Random, day: date, prep: bool = True) -> str:
    """A day in one of the styles newsrooms use."""
    text = rng.choice([
        f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}", day.isoformat(),
        f"{day:%d/%m/%Y}", f"{day:%A}, {day:%B} {day.day}", f"{day:%A}",
    ])  # fmt: skip
    return f"on {text}" if prep else text


def _duration(rng: random.Random) -> str:
    unit = rng.choice(["days", "weeks", "months"])
    return rng.choice(["for {n} {u}", "for the past {n} {u}", "for more than {n} {u}"]).format(
        n=rng.choice(NUMBER_WORDS), u=unit
    )


class _Story:
    """The cast and the dates of one article, so that its sentences agree with each other."""

    def __init__(self, rng: random.Random, published: date):
        self.rng = rng
        self.published = published
        (self.country, self.city), (self.country2, self.city2) = rng.sample(COUNTRIES, 2)
        self.org, self.org2 = (f"{rng.choice(ORG_HEAD)} {t}" for t in rng.sample(ORG_TAIL, 2))
        self.people = [f"{f} {rng.choice(LAST)}" for f in rng.sample(FIRST, 3)]
        self.event, self.other = rng.sample(EVENTS, 2)

    def past(self) -> str:
        rng, year = self.rng, self.published.year
        if rng.random() < 0.4:
            return _absolute(rng, self.published - timedelta(days=rng.randint(1, 60)))
        return rng.choice([
            "yesterday", f"on {rng.choice(WEEKDAYS)}", f"last {rng.choice(WEEKDAYS)}", "last week",
            "earlier this month", f"{rng.choice(NUMBER_WORDS)} weeks ago", "last month",
            "the same day", "that week", f"in {self.published - timedelta(days=40):%B}",
            f"in late {self.published - timedelta(days=80):%B}", f"in {year - 1}",
        ])  # fmt: skip

    def future(self) -> str:
        rng, year = self.rng, self.published.year
        if rng.random() < 0.3:
            return _absolute(rng, self.published + timedelta(days=rng.randint(2, 90)))
        return rng.choice([
            "next week", "next month", f"on {rng.choice(WEEKDAYS)}", f"next {rng.choice(WEEKDAYS)}",
            "later this year", f"by the end of {year}", f"in early {year + 1}", "next spring",
            "within weeks", "in the coming months", f"in {year + 1}",
        ])  # fmt: skip

    def vague(self, bare: bool = False) -> str:
        rng, y = self.rng, self.published.year - self.rng.randrange(0, 3)
        text = rng.choice([
            f"early {y}", f"late {y}", f"mid-{y}",
            f"the {rng.choice(['first', 'second'])} half of {y}",
            f"the {rng.choice(['first', 'second', 'third', 'last'])} quarter of {y}",
            f"the {rng.choice(SEASONS)} of {y}", f"{date(y, rng.randint(1, 12), 1):%B} {y}",
        ])  # fmt: skip
        return text if bare else ("in " + text)

    def slots(self) -> dict[str, str]:
        rng = self.rng
        year = self.published.year
        other = self.other[1].format(country2=self.country2, city2=self.city2)
        role = rng.choice(ROLES)
        values = dict(
            org=self.org, org2=self.org2, person=rng.choice(self.people), role=role,
            analyst=rng.choice(self.people), anorg=rng.choice(ANALYST_ORGS), city=self.city,
            city2=self.city2, country=self.country, country2=self.country2,
            event=self.event[1].format(country2=self.country2, city2=self.city2),
            noun=self.event[2], other=other, other_noun=self.other[2], verb=rng.choice(VERBS),
            cue=rng.choice(CUES), past=self.past(), future=self.future(), vague=self.vague(),
            vague_bare=self.vague(bare=True), dur=_duration(rng), num=str(rng.randint(120, 2400)),
            pct=str(rng.randint(2, 30)), n=rng.choice(NUMBER_WORDS),
            decade=f"the {rng.choice([1950, 1960, 1970, 1980, 1990, 2000])}s",
            years_ago=f"nearly {rng.choice(NUMBER_WORDS)} years ago",
            future_vague=rng.choice([
                f"in the second half of {year + 1}", f"in early {year + 1}", "next year",
                f"from {_absolute(rng, date(year + 1, 1, 1), prep=False)}",
            ]),
            until=rng.choice(
                [f"late {year + 1}", f"the end of {year}", str(year + 1), "next summer"]
            ),
        )  # fmt: skip
        values.update(Org=self.org, Org2=self.org2, Role=role[0].upper() + role[1:])
        return values

    def sentences(self) -> list[str]:
        """Every template once, the main event first, the rest shuffled, each with fresh slots."""
        lead, rest = SENTENCES[0], SENTENCES[1:]
        order = [lead, *self.rng.sample(rest, len(rest))]
        return [template.format(**self.slots()) for template in order]


def article(rng: random.Random, index: int) -> tuple[str, date]:
    """One synthetic article as front-matter Markdown, with its publication date."""
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(365 * 4))
    story = _Story(rng, published)
    title = f"{story.org} in {story.country} {story.event[0]}"
    outlet = rng.choice(OUTLETS)
    slug = outlet.lower().replace(" ", "-").replace("&", "and")
    head = (
        f'---\ntitle: "{title}"\npublished: {published.isoformat()}\nsource: {outlet}\n'
        f"url: https://example.org/{slug}/{published:%Y/%m/%d}/article-{index:06d}\n---\n\n"
        f"# {title}\n\n{story.city.upper()} — "
    )
    sentences = story.sentences()
    paragraphs: list[str] = []
    size = len(head)
    while size < TARGET_CHARS and sentences:
        k = rng.randint(2, 3)
        paragraphs.append(" ".join(sentences[:k]))
        sentences = sentences[k:]
        size += len(paragraphs[-1]) + 2
    return head + "\n\n".join(paragraphs) + "\n", published


def generate(n: int, seed: int = 0, *, out_dir: Path) -> list[Path]:
    """Write ``n`` synthetic articles to ``out_dir`` and return their paths, in order.

    Parameters
    ----------
    n
        How many articles to write (``article_000000.md`` …), about 3 KB each.
    seed
        The same ``n`` and ``seed`` give byte-identical files.
    out_dir
        Created if missing; existing files of the same names are overwritten.

    Returns
    -------
    list[Path]
        The written files.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        text, _ = article(rng, i)
        path = out_dir / f"article_{i:06d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    paths = generate(args.n, args.seed, out_dir=args.out)
    print(f"wrote {len(paths)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
