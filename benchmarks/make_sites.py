"""Write a small synthetic benchmark of three invented news sites for batch boilerplate learning.

    python3 benchmarks/make_sites.py            # writes benchmarks/sites/<site>/<NNN>.txt and gold.jsonl
    python3 benchmarks/make_sites.py --check    # regenerate in memory and fail if the files differ

Each site renders its own template in its own dump style: ``lantern`` like a browser copy-paste (one
paragraph per line, no blank lines), ``courier`` like BeautifulSoup ``get_text("\\n")`` (every text
node on its own line, inline links split sentences) and ``kestrel`` like a crawler's markdown export.
The chrome varies a little from page to page (active menu item, extra menu entries, "Most read" lists
drawn from the site's other headlines, author bio boxes, an optional comment count), and most pages
carry a subscription pitch written as prose: the boilerplate that only a batch can reveal.

Article bodies come from a small grammar of news clauses with many slot fillers; a sentence (case,
spacing and digits ignored, as :mod:`articlean.corpus` compares lines) is used in at most two
documents. Everything here is invented; the output is deterministic (fixed seed, stdlib only).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20240611
PAGES_PER_SITE = 40
OUT = Path(__file__).resolve().parent / "sites"
# A body sentence may occur in this many documents at most (below the table's min_documents of 5).
MAX_SENTENCE_DOCUMENTS = 2
MIN_WORDS, MAX_WORDS = 60, 250


def _pool(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()]


PLACES = _pool("""Ashbury|Calder Bridge|Dunmore Quay|Eastwick Vale|Fenholt|Glenrock|Harlow Mere|Ivydale|
Juniper Falls|Kingsreach|Larkfield|Marrowby|Nethercombe|Oakhollow|Pellingham|Quarry End|Rookwood|
Saltmere|Thistlebrook|Upton Reach|Wendlesham|Yarrowby|Brackenridge|Coldwater Ford|Draycombe|Elmstead|
Foxhill Green|Greyhaven|Hollins Bay|Kettlewick|Lowther Sands|Middlemoor|Norbury Heath|Orrisdale|
Pennock|Ravensholt|Stillwater|Tarnby|Whitlow|Amberley Cross""")
FIRST_NAMES = _pool("""Mara|Tomasz|Aisha|Declan|Priya|Owen|Ingrid|Kwame|Lucia|Rhys|Hannah|Joel|Niamh|
Farid|Greta|Samuel|Yusuf|Elena|Callum|Beatrix|Dev|Rosalind|Mateo|Freya|Ibrahim|Orla|Piotr|Sunita|Ewan|
Chloe|Amos|Leila|Gideon|Maeve|Ravi|Tabitha|Connor|Ines|Bartholomew|Zara""")
SURNAMES = _pool("""Ellison|Okafor|Whitcombe|Brannigan|Sandoval|Hartley|Nakamura|Fairbairn|Lindqvist|
Mahoney|Castellanos|Pryce|Abernethy|Osei|Vance|Kowalczyk|Tremayne|Achterberg|Dunleavy|Rahman|Holloway|
Ferreira|Gillespie|Montague|Bhattacharya|Quigley|Rosenthal|Atherton|Nwosu|Delacroix|Pemberton|
Strachan|Yilmaz|Carrick|Halvorsen|McAllister|Oduya|Ravenscroft|Teixeira|Winterbourne""")
DAYS = _pool("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
MONTHS = _pool("January|February|March|April|May|June|July|August|September|October|November|December")
FUNDERS = _pool("""the regional development fund|a national infrastructure grant|the county council|
council reserves|a lottery heritage award|a private investor|a charitable trust|the health authority|
a government levelling-up grant|borrowing against future rents|a community share offer""")
VERBS = [
    ("approved", "approve"), ("backed", "back"), ("delayed", "delay"), ("rejected", "reject"),
    ("postponed a vote on", "postpone a vote on"), ("signed off", "sign off"), ("paused", "pause"),
    ("revived", "revive"), ("scaled back", "scale back"), ("endorsed", "endorse"),
]
OPENERS = _pool("""Frankly,|We have said for years that|Nobody here pretends that|
            I think everyone accepts that|
The simple truth is that|It is no secret that|What people tell me is that|Our members are clear that|
As far as I am concerned,|Let us be honest:|Anyone who has lived here knows that|I keep hearing that|
From where I stand,|The evidence shows that|My worry has always been that""")
CLOSERS = _pool("""We will keep pushing until {place} gets an answer.|
            I would urge people in {place} to have their say.|
Nobody in {place} wants to be back here in {years} years.|That is what {group} in {place} deserve.|
We owe it to {group} in {place2} to get this right.|I expect {group} in {place} to judge me on it by {month}.|
The next {months} months will tell {place} whether it works.|
It has taken {place2} {years} years to get this far.|
Ask any of the {group} in {place2} and they will tell you the same.""")

TOPICS: dict[str, dict[str, list[str]]] = {
    "harbour": {
        "inst": _pool("the {place} Harbour Board|{place} Harbour Trust|the {place} port authority"),
        "project": _pool("""a plan to deepen the north channel|a scheme to rebuild the old fish market|
            proposals to extend the visitor moorings|a bid to reopen the lifeboat slipway|
            a plan to replace the crumbling east breakwater"""),
        "short": _pool("channel plan|fish market scheme|moorings extension|slipway bid|breakwater works"),
        "issue": _pool("""silt building up near the slipway|rising berthing fees|storm damage to the pier|
            the loss of two seafood processors|queues of lorries on the quay road"""),
        "group": _pool("fishing crews|boat owners|quayside traders|harbour workers|yacht club members"),
        "units": _pool("vessels|berths|jobs|lorry movements"),
        "core": _pool("""the quay has been falling apart for a decade|boats cannot keep waiting for the tide|
            the fleet needs certainty more than promises|the harbour pays its way when it is looked after|
            nobody wants another winter of emergency repairs"""),
        "concern": _pool("""the dredging would stir up decades of contaminated mud|
            the charges would drive smaller boats to other ports|visitors would crowd out working crews|
            the timetable ignored the spawning season"""),
    },
    "school": {
        "inst": _pool("""{place} Education Committee|the governors of {place} Academy|
            the {place} schools trust"""),
        "project": _pool("""a plan to merge two primary schools|proposals to build a new science block|
            a scheme to close the sixth form|changes to the school bus routes|a four-day timetable trial"""),
        "short": _pool("merger plan|science block|sixth form closure|bus route change|timetable trial"),
        "issue": _pool("""falling pupil numbers|a leaking gymnasium roof|teacher vacancies in maths|
            overcrowded classrooms|the cost of heating Victorian buildings"""),
        "group": _pool("parents|pupils|teachers|governors|school bus drivers"),
        "units": _pool("pupils|classrooms|teaching posts|families"),
        "core": _pool("""children only get one chance at an education|
            the building is simply not fit for purpose|
            small schools are the heart of a village|nobody asked the families what they wanted|
            teachers cannot work miracles in a cold classroom"""),
        "concern": _pool("""younger children would face an hour on the bus|the consultation was rushed|
            class sizes would rise above thirty|the plan would empty the village centre"""),
    },
    "flood": {
        "inst": _pool("the {place} drainage board|{place} Flood Action Group|the river authority in {place}"),
        "project": _pool("""a new flood wall along the river path|a scheme to restore the upland bogs|
            plans to buy out homes on the floodplain|a network of river level sensors|
            a bigger pumping station"""),
        "short": _pool("flood wall|bog restoration|buy-out scheme|sensor network|pumping station"),
        "issue": _pool("""repeated flooding of the lower town|insurance premiums that have tripled|
            blocked culverts under the high street|the river bursting its banks twice last winter"""),
        "group": _pool("householders|shop owners|farmers|insurers|volunteer wardens"),
        "units": _pool("homes|businesses|acres|properties"),
        "core": _pool("""people are still drying out from the last flood|
            a wall will not stop water coming up the drains|
            we cannot keep sandbagging every winter|the river does not respect council boundaries|
            prevention costs a fraction of the clean-up"""),
        "concern": _pool("""the wall would cut the town off from its river|
            farmers upstream would lose grazing land|
            the sensors would not be maintained|the money would run out halfway through"""),
    },
    "health": {
        "inst": _pool("the {place} health board|{place} Community Hospital|the {place} clinical partnership"),
        "project": _pool("""a plan to move the minor injuries unit|proposals to close the overnight ward|
            a new mental health drop-in centre|a scheme to recruit nurses from abroad|
            a mobile dental clinic"""),
        "short": _pool("minor injuries move|ward closure|drop-in centre|recruitment drive|dental clinic"),
        "issue": _pool("""waiting times at the surgery|a shortage of night nurses|
            ambulance delays on rural roads|
            patients travelling forty miles for scans|the loss of three GP partners"""),
        "group": _pool("patients|nurses|carers|older residents|paramedics"),
        "units": _pool("patients|appointments|beds|nursing posts"),
        "core": _pool("""people should not have to drive an hour to be seen|the staff are exhausted|
            a hospital is more than a building|we need doctors, not another consultation|
            every delay has a human cost"""),
        "concern": _pool("""older patients without cars would be left behind|the numbers had been massaged|
            the drop-in centre would only open on weekdays|recruitment abroad was a sticking plaster"""),
    },
    "transport": {
        "inst": _pool("""{place} Transport Committee|the {place} bus partnership|
            the {place} rail users' board"""),
        "project": _pool("""a plan to cut the evening bus service|a new cycle lane on the station road|
            proposals to reopen the branch line|a flat fare for under-25s|
            a park-and-ride site near the bypass"""),
        "short": _pool("bus service cut|cycle lane|branch line bid|flat fare|park-and-ride site"),
        "issue": _pool("""falling passenger numbers|congestion at the level crossing|
            a shortage of bus drivers|
            the cost of fuel|late trains on the coast line"""),
        "group": _pool("commuters|students|cyclists|taxi drivers|shift workers"),
        "units": _pool("passengers|journeys|parking spaces|services"),
        "core": _pool("""a bus that does not run after six is no bus at all|
            young people cannot afford to get to work|
            the road was never built for this traffic|the line could be open again within three years|
            people will use it if it is reliable"""),
        "concern": _pool("""the cycle lane would remove forty parking spaces|rural routes would be cut first|
            the flat fare would be paid for by higher fares elsewhere|the park-and-ride would sit empty"""),
    },
    "housing": {
        "inst": _pool("""the {place} planning committee|{place} Housing Association|
            the {place} community land trust"""),
        "project": _pool("""plans for three hundred homes on the old dairy site|
            a scheme to convert empty shops into flats|
            a cap on holiday lets|proposals to build on the allotments|a self-build plot scheme"""),
        "short": _pool("""dairy site scheme|shop conversion scheme|holiday let cap|allotment scheme|
            self-build scheme"""),
        "issue": _pool("""rents rising faster than wages|young families moving away|
            second homes standing empty all winter|
            a waiting list of more than a thousand households|pressure on the sewage works"""),
        "group": _pool("tenants|first-time buyers|landlords|allotment holders|young families"),
        "units": _pool("homes|flats|households|plots"),
        "core": _pool("""our children cannot afford to live where they grew up|
            empty homes do nothing for a community|
            the roads and the surgery cannot cope with more houses|we need homes people can actually buy|
            the village is dark half the year"""),
        "concern": _pool("""the new homes would flood the lane|the cap would hurt tourism|
            the affordable share had been cut twice|the allotments could never be replaced"""),
    },
    "culture": {
        "inst": _pool("the {place} arts council|{place} Festival Trust|the trustees of {place} Museum"),
        "project": _pool("""a plan to move the summer festival to the park|
            the restoration of the old picture house|
            a new gallery in the former corn exchange|a free museum entry trial|
            cuts to the library opening hours"""),
        "short": _pool("""festival move|picture house restoration|corn exchange gallery|free entry trial|
            library hours cut"""),
        "issue": _pool("""falling ticket sales|a leaking museum roof|the loss of the festival's main sponsor|
            volunteers retiring without replacements|noise complaints from residents"""),
        "group": _pool("volunteers|artists|festival-goers|library users|local musicians"),
        "units": _pool("visitors|tickets|volunteers|events"),
        "core": _pool("""culture is not a luxury in a town like this|
            the building has stood empty for too long|
            the festival brings the whole town together|libraries are the last free warm place|
            we are trying to keep the doors open"""),
        "concern": _pool("""the park could not take the crowds|the gallery would mostly serve visitors|
            free entry would not cover the heating bill|volunteers had not been consulted"""),
    },
    "business": {
        "inst": _pool("""{place} Chamber of Trade|the {place} business improvement district|
            the {place} enterprise board"""),
        "project": _pool("""a plan to turn the market square car-free|a new business park by the ring road|
            a rate relief scheme for independent shops|the sale of the council's industrial units|
            a weekly evening street market"""),
        "short": _pool("""car-free square plan|business park|rate relief scheme|industrial units sale|
            evening market"""),
        "issue": _pool("""empty units on the high street|the closure of the last bank branch|
            online shopping eating into trade|parking charges deterring visitors|a factory shedding jobs"""),
        "group": _pool("shopkeepers|market traders|small employers|cafe owners|factory workers"),
        "units": _pool("jobs|shops|units|stalls"),
        "core": _pool("""the high street lives or dies on footfall|you cannot run a business on promises|
            people will come back if there is a reason to|the square should belong to people, not cars|
            we have lost too many shops already"""),
        "concern": _pool("""customers would not walk from the car parks|
            the business park would drain the town centre|
            relief would go to chains as well as independents|the units would be sold too cheaply"""),
    },
}
OUTCOMES = _pool("""with mixed results|and abandoned it within a year|and has not looked back|
but the money ran out after two winters|and now reports a waiting list|with far less fuss than expected|
only to reverse it after an election""")
ROLES = _pool("""chair of {inst}|a spokesperson for {inst}|a member of {inst}|the finance lead at {inst}|
a councillor for {place}|a campaigner from {place}|who has lived in {place} for {years} years|
a local business owner|the organisation's chief executive|a volunteer with the residents' association""")


@dataclass
class Site:
    """An invented site: its name, domain, dump style, sections, authors and recurring prose."""

    key: str
    name: str
    domain: str
    sections: list[str]
    authors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Article:
    headline: str
    section: str
    author: tuple[str, str]
    date: str
    paragraphs: list[str]
    # (start, end) word spans of each paragraph that the page renders as links
    links: list[list[tuple[int, int]]]
    caption: str
    comments: int | None


class SentenceBook:
    """Fills sentence templates and refuses a sentence already used in too many documents."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: Counter[str] = Counter()
        self.document: set[str] = set()

    @staticmethod
    def keys(text: str) -> set[str]:
        """The sentences of ``text`` (quotes included), compared as corpus.normalise compares lines."""
        return {re.sub(r"\d+", "0", " ".join(sentence.casefold().split()))
                for sentence in _SENTENCE_END.split(text) if sentence.strip()}

    def new_document(self) -> None:
        self.used.update(self.document)
        self.document = set()

    def take(self, make: Callable[[], str]) -> str | None:
        """A text from ``make`` whose sentences may all still be used, or None when they keep repeating."""
        for _ in range(50):
            text = make()
            keys = self.keys(text)
            if all(self.used[key] < MAX_SENTENCE_DOCUMENTS and key not in self.document for key in keys):
                self.document |= keys
                return text
        return None


_SENTENCE_END = re.compile(r"(?<=[.!?:”])\s+(?=[“A-Z])")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Writer:
    """The grammar: one article's facts (topic, places, people) and the sentences built from them."""

    def __init__(self, rng: random.Random, book: SentenceBook, topic: str) -> None:
        self.rng, self.book = rng, book
        self.topic = TOPICS[topic]
        self.place, self.place2 = rng.sample(PLACES, 2)
        self.inst = self.pick("inst").format(place=self.place)
        choice = rng.randrange(len(self.topic["project"]))
        self.project = " ".join(self.topic["project"][choice].split())
        self.short = self.topic["short"][choice]
        self.verb_past, self.verb_inf = rng.choice(VERBS)
        self.templates: set[str] = set()

    def pick(self, slot: str) -> str:
        return " ".join(self.rng.choice(self.topic[slot]).split())

    def person(self) -> str:
        rng = self.rng
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        role = rng.choice(ROLES).format(inst=self.inst, place=self.rng.choice([self.place, self.place2]),
                                        years=rng.randint(4, 60))
        return f"{name}, {role}"

    def fill(self, template: str) -> str:
        rng = self.rng
        values = {
            "place": self.place, "place2": self.place2, "inst": self.inst, "Inst": _cap(self.inst),
            "project": self.project, "short": self.short, "issue": self.pick("issue"),
            "group": self.pick("group"), "units": self.pick("units"), "core": self.pick("core"),
            "concern": self.pick("concern"), "day": rng.choice(DAYS), "month": rng.choice(MONTHS),
            "year": str(rng.randint(1987, 2022)), "years": str(rng.randint(3, 30)),
            "months": str(rng.randint(2, 18)), "weeks": str(rng.randint(3, 40)),
            "num": f"{rng.randint(12, 4800):,}", "pct": str(rng.randint(8, 85)),
            "money": f"£{rng.randint(2, 95) / 10:.1f} million" if rng.random() < 0.6
            else f"£{rng.randint(40, 900)},000",
            "vp": self.verb_past, "vi": self.verb_inf,
            "votes": f"{rng.randint(5, 11)} to {rng.randint(1, 4)}", "person": self.person(),
            "opener": rng.choice(OPENERS), "outcome": rng.choice(OUTCOMES),
            "date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
        }
        values["funder"], values["funder2"] = rng.sample(FUNDERS, 2)
        values["Group"], values["Place"] = _cap(values["group"]), _cap(values["place"])
        values["closer"] = rng.choice(CLOSERS).format(**values)
        return _cap(template.format(**values))

    def sentence(self, kind: str) -> str:
        fresh = [template for template in GRAMMAR[kind] if template not in self.templates]
        stale = [template for template in GRAMMAR[kind] if template in self.templates]
        for template in self.rng.sample(fresh, len(fresh)) + self.rng.sample(stale, len(stale)):
            sentence = self.book.take(functools.partial(self.fill, template))
            if sentence is not None:
                self.templates.add(template)
                return sentence
        raise RuntimeError(f"the {kind!r} grammar is exhausted; add fillers")

    def headline(self) -> str:
        verb, noun = self.rng.choice(HEADLINE_TURNS)
        turn = f"{verb} {noun}"
        forms = [f"{self.place} {self.short} {turn}", f"{_cap(self.short)} in {self.place} {turn}",
                 f"{self.place}: {self.short} {turn}"]
        return self.rng.choice(forms)


HEADLINE_TURNS = [
    ("faces", "vote"), ("wins", "approval"), ("sparks", "backlash"), ("hit by", "delay"),
    ("secures", "funding"), ("sent back for", "review"), ("draws", "protest"), ("clears", "final hurdle"),
    ("wins", "go-ahead"), ("meets", "opposition"), ("stirs", "anger"), ("put on", "hold"),
    ("splits", "council"), ("back on", "agenda"), ("loses", "key backer"), ("costs", "double estimate"),
]


GRAMMAR: dict[str, list[str]] = {
    "lead": [
        "{Inst} {vp} {project} on {day}, ending {months} months of argument over {issue}.",
        "Members of {inst} voted {votes} on {day} to {vi} {project}, despite objections from {group}.",
        "{Inst} has {vp} {project}, a move its officials say will ease {issue} in {place}.",
        "A decision by {inst} to {vi} {project} has divided {group} in {place}.",
        "{Group} in {place} face an anxious wait after {inst} {vp} {project} at a meeting on {day} evening.",
        "After a meeting that ran late into the night, {inst} {vp} {project} on {day}.",
    ],
    "detail": [
        "The scheme is expected to cost {money}, of which {pct} per cent would come from {funder}.",
        "Officials estimate that about {num} {units} would be affected during the first {months} months.",
        "Work on the {short} would begin in {month} and take roughly {weeks} weeks to finish.",
        "A report presented to members put the cost of the {short} at {money} over {years} years.",
        "Around {num} {units} in {place} and {place2} are covered by the {short}, according to {inst}.",
        "The {short} would be paid for by {funder}, with the rest coming from {funder2}.",
        "Members heard that dealing with {issue} had cost the area about {money} since {year}.",
    ],
    "quote": [
        "“{opener} {core},” said {person}.",
        "“{opener} {core},” {person}, told the meeting. “{closer}”",
        "{person}, said: “{opener} {core}.”",
        "Speaking after the vote, {person}, said: “{opener} {core}. {closer}”",
    ],
    "background": [
        "Concerns about {issue} were first raised in {year}, when a petition gathered {num} signatures.",
        "{Place} has struggled with {issue} since {year}, and a review in {month} found little had changed.",
        "The {short} was first proposed in {year} but stalled when {funder} withdrew its support.",
        "Figures from {inst} show {issue} has worsened in {pct} per cent of cases over {years} years.",
        "Neighbouring {place2} tried a similar approach in {year}, {outcome}.",
        "The last attempt to tackle {issue} in {place} cost {money} and was abandoned after {months} months.",
    ],
    "objection": [
        "{person}, was not convinced, warning that {concern}.",
        "Critics, including {person}, argue that {concern}.",
        "{Group} from {place2} told the meeting they feared {concern}.",
        "A letter signed by {num} residents warned that {concern}.",
        "Opponents say {concern}, and have asked for a fresh consultation before {month}.",
    ],
    "next": [
        "A final decision is expected when {inst} meets again on {date}.",
        "{Inst} said it would publish a full business case for the {short} by the end of {month}.",
        "Residents can comment on the {short} until {date} at the library in {place} or online.",
        "The {short} will go before a public inquiry in {month} if objections are not withdrawn.",
        "A drop-in session on the {short} will be held at the community hall in {place} on {date}.",
    ],
    "caption": [
        "The {short} site in {place}, pictured in {month}.", "Campaigners outside the meeting in {place}.",
        "{Group} gathered in {place} on {day}.", "Members of {inst} at the {month} meeting.",
    ],
}
PLAN = ["lead", "detail", "quote", "background", "objection", "quote", "detail", "next", "background", "next"]


def write_body(writer: Writer, rng: random.Random) -> list[str]:
    """4-10 paragraphs of one or two sentences, 60-250 words."""
    target = rng.randint(MIN_WORDS + 10, MAX_WORDS - 30)
    paragraphs: list[str] = []
    words = 0
    for kind in PLAN:
        if len(paragraphs) >= 4 and (words >= target or len(paragraphs) >= 10):
            break
        sentences = [writer.sentence(kind)]
        if kind in ("detail", "background") and rng.random() < 0.4:
            sentences.append(writer.sentence("detail" if kind == "background" else "background"))
        paragraph = " ".join(sentences)
        if paragraphs and words + len(paragraph.split()) > MAX_WORDS:
            break
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return paragraphs


# --- the sites -------------------------------------------------------------------------------------

SITES = [
    Site("lantern", "The Saltmere Lantern", "saltmere-lantern.example",
         ["News", "Coast", "Business", "Health", "Opinion", "Culture"]),
    Site("courier", "Brindle Valley Courier", "brindlecourier.example",
         ["News", "Local", "Politics", "Business", "Environment", "What's On"]),
    Site("kestrel", "Kestrelford Post", "kestrelfordpost.example",
         ["News", "Environment", "Transport", "Housing", "Arts", "Money"]),
]
BIO_TEMPLATES = [
    "{name} is the {paper}'s {beat} reporter. {pronoun} has covered the valley for {years} years and "
    "previously worked for a farming weekly and a regional radio station.",
    "{name} writes about {beat} for the {paper}. Before joining in {year}, {lower} spent a decade as a "
    "council press officer, which {lower} says taught {object} where the bodies are buried.",
    "{name} joined the {paper} as a trainee in {year} and now leads its {beat} coverage. "
    "{pronoun} grew up on a smallholding outside the town and still keeps bees.",
]
BEATS = ["local democracy", "health", "environment", "business", "transport", "arts and heritage"]
PITCHES = {
    "lantern": [
        "Independent local journalism costs money to produce. If you value the Lantern's reporting on "
        "Saltmere and the coast, please consider subscribing from £{price} a week – it takes less than a "
        "minute and you can cancel at any time.",
    ],
    "courier": [
        "The Courier has reported on the Brindle Valley for more than a century, and we want to keep "
        "doing it for the next one. Our reporters sit through the council meetings so that you do "
        "not have to. Support them with a digital subscription today – your first {price} months are free.",
    ],
    "kestrel": [
        "Good journalism is worth paying for. Every subscription to the Post pays for reporting that "
        "holds local power to account, and readers who subscribe get every story without adverts.",
    ],
}
NEWSLETTERS = [
    "Sign up for our morning briefing and get the stories that matter delivered to your inbox every day.",
    "Get the week's most important local news in one email every Friday – it is free, and you can "
    "unsubscribe whenever you like.",
    "Never miss a council decision again: our weekly democracy newsletter explains what was decided "
    "and why it matters to you.",
]
COOKIES = (
    "We use cookies and similar technologies to make this website work, to measure how it is used "
    "and to show you relevant advertising. You can accept all cookies or choose which ones we may use "
    "in your settings, and you can change your mind at any time."
)
SPONSORED = [
    "Why more families in the valley are choosing solar panels this spring, and what they save.",
    "Five walks within an hour of the town that are at their best in autumn, chosen by our partners.",
    "How a local builders' merchant kept going through three floods and a pandemic.",
    "The retirement question nobody wants to ask, answered by an independent adviser.",
]
LEGAL = {
    "lantern": "© 2024 Saltmere Lantern Media Ltd. Registered in England and Wales, company number "
    "08817234. The Lantern follows the Editors' Code of Practice; if you have a complaint about our "
    "coverage, please write to the readers' editor at the address below.",
    "courier": "Brindle Valley Courier Ltd. All rights reserved. No part of this website may be "
    "reproduced without the written permission of the publisher, who regrets that unsolicited "
    "material cannot be returned.",
    "kestrel": "Kestrelford Post is a trading name of Kestrel Community Media CIC, a community interest "
    "company registered in England and Wales. Our journalism is regulated by an independent "
    "standards body and we publish every correction we make.",
}
CREDITS = ["Staff photographer", "Handout", "Reader photo", "Agency", "Archive"]


@dataclass
class Page:
    """One page to render: its site, article, the headlines it lists as most read, and its variations."""

    site: Site
    article: Article
    most_read: list[str]
    related: list[str]
    extra_menu: str | None
    pitch: bool
    pitch_after: int
    newsletter: str | None
    sponsored: str | None
    ad_after: set[int]

    @property
    def bio(self) -> str:
        return dict(self.site.authors)[self.article.author[0]] if self.article.author else ""


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def pick_links(paragraph: str, rng: random.Random) -> list[tuple[int, int]]:
    """Word spans (start, end) that the page renders as inline links: 0-2 per paragraph."""
    words = paragraph.split()
    spans: list[tuple[int, int]] = []
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        start = rng.randint(1, max(1, len(words) - 4))
        end = min(len(words), start + rng.randint(2, 4))
        clean = all(re.fullmatch(r"[\w'£,-]+", word) for word in words[start:end])
        if clean and not words[end - 1].endswith(",") and all(e <= start or s >= end for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


def split_links(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The paragraph as (text, is_link) runs."""
    words = paragraph.split()
    runs: list[tuple[str, bool]] = []
    position = 0
    for start, end in spans:
        if start > position:
            runs.append((" ".join(words[position:start]), False))
        runs.append((" ".join(words[start:end]), True))
        position = end
    if position < len(words):
        runs.append((" ".join(words[position:]), False))
    return runs


def page_date(article: Article) -> tuple[int, str, int]:
    day, month = (int(part) for part in article.date.split("-")[1:])
    return day, MONTHS[month - 1], month


# --- renderers --------------------------------------------------------------------------------------


def render_lantern(page: Page, rng: random.Random) -> str:
    """Browser copy-paste: one paragraph per line, no blank lines, as innerText of the whole page."""
    article, site = page.article, page.site
    day, month_name, _ = page_date(article)
    menu = [*site.sections, *([page.extra_menu] if page.extra_menu else [])]
    lines = ["Skip to content", site.name, *menu, "Subscribe", "Sign in", "Advertisement",
             article.section, article.headline, article.author[0],
             f"Published: {rng.randint(6, 11)}:{rng.randint(0, 59):02d}am, {day} {month_name[:3]} 2024",
             f"Reading Time:{max(1, sum(len(p.split()) for p in article.paragraphs) // 100) + 1} minutes",
             "Why you can trust the Lantern"]
    if article.comments is not None:
        lines.append(str(article.comments))
    lines.append(f"{article.caption} Photo: {rng.choice(CREDITS)}")
    for number, paragraph in enumerate(article.paragraphs):
        lines.append(paragraph)
        if number in page.ad_after:
            lines.append("Advertisement")
        if page.pitch and number == page.pitch_after:
            lines.append(PITCHES[site.key][0].format(price=rng.randint(1, 3)))
    if page.newsletter:
        lines.append(page.newsletter)
    lines += [article.author[0], page.bio, "Most read", *page.most_read, "Advertisement",
              "About the Lantern", "Contact us", "Advertise with us", "Privacy notice",
              "Terms and conditions", "Cookie settings", LEGAL[site.key]]
    return "\n".join(lines) + "\n"


def render_courier(page: Page, rng: random.Random) -> str:
    """BeautifulSoup get_text("\\n"): every text node on its own line, blank lines between blocks."""
    article, site = page.article, page.site
    day, month_name, month = page_date(article)
    weekday = DAYS[datetime.date(2024, month, day).weekday()]
    menu = [*site.sections, *([page.extra_menu] if page.extra_menu else [])]
    blocks: list[list[str]] = [
        [f"{article.headline} | {site.name}"],
        ["Skip to main content", site.name, "Menu", *menu, "Subscribe", "Log in"],
        [COOKIES, "Accept all", "Manage preferences"],
        [article.section, "›", rng.choice(["Latest", "Local news", "In depth"])],
        [article.headline],
        ["By", article.author[0], "|", f"{weekday} {day} {month_name} 2024"]
        + (["|", f"{article.comments} comments"] if article.comments is not None else []),
    ]
    for number, paragraph in enumerate(article.paragraphs):
        blocks.append([text for text, _ in split_links(paragraph, article.links[number])])
        if page.sponsored and number == 1:
            blocks.append(["Sponsored", page.sponsored, "Find out more"])
        if page.pitch and number == page.pitch_after:
            blocks.append([PITCHES[site.key][0].format(price=rng.randint(1, 3)), "Subscribe now"])
    blocks += [
        ["Share this article", "Facebook", "X", "Email", "WhatsApp"],
        ["About the author", article.author[0], page.bio],
        ["Related stories", *page.related],
    ]
    if page.newsletter:
        blocks.append([page.newsletter, "Email address", "Sign up"])
    blocks.append(["About us", "Contact", "Advertise", "Privacy policy", "Cookie policy"])
    blocks.append(["©", "2024", LEGAL[site.key]])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def render_kestrel(page: Page, rng: random.Random) -> str:
    """A crawler's markdown export: links, images, headings and bullets as markdown."""
    article, site = page.article, page.site
    day, month_name, _ = page_date(article)
    root = f"https://{site.domain}"
    menu = [f"  * **{name}**" if name == article.section else f"  * [{name}]({root}/{slug(name)}/)"
            for name in [*site.sections, *([page.extra_menu] if page.extra_menu else [])]]
    author_link = f"[{article.author[0]}]({root}/authors/{slug(article.author[0])}/)"
    image = f"{root.replace('//', '//cdn.')}/images/2024/{rng.randrange(16**8):08x}.jpg"
    parts = [f"[Skip to content](#main)\n\n[![{site.name}]({root}/static/logo.svg)]({root}/)",
             "\n".join(menu),
             f"{COOKIES} Read our [cookie policy]({root}/cookies/).\n\n[Accept]({root}/#) [Reject]({root}/#)",
             f"[{article.section}]({root}/{slug(article.section)}/)",
             f"# {article.headline}", f"By {author_link} · {day} {month_name} 2024",
             f"![{article.caption}]({image})\n\n{article.caption} _Photo: {rng.choice(CREDITS)}_"]
    if article.comments is not None:
        parts.append(f"[{article.comments} comments](#comments)")
    for number, paragraph in enumerate(article.paragraphs):
        parts.append(" ".join(
            f"[{text}]({root}/topics/{slug(text)}/)" if is_link else text
            for text, is_link in split_links(paragraph, article.links[number])))
        if number in page.ad_after:
            parts.append("Advertisement")
        if page.pitch and number == page.pitch_after:
            parts.append(f"**{PITCHES[site.key][0]}** [Subscribe now]({root}/subscribe/)")
    parts += [f"## About the author\n\n**{article.author[0]}** {page.bio}",
              "## Most read\n\n" + "\n".join(f"  {n}. [{headline}]({root}/{slug(headline)}/)"
                                             for n, headline in enumerate(page.most_read, 1))]
    if page.newsletter:
        parts.append(f"### Newsletter\n\n{page.newsletter}\n\n[Sign up]({root}/newsletters/)")
    parts += ["* * *", "\n".join(f"  * [{name}]({root}/{slug(name)}/)"
                                 for name in ["About", "Contact", "Advertise", "Privacy", "Corrections"]),
              f"{LEGAL[site.key]} © 2024 Kestrel Community Media CIC."]
    return "\n\n".join(parts) + "\n"



RENDERERS: dict[str, Callable[[Page, random.Random], str]] = {
    "lantern": render_lantern, "courier": render_courier, "kestrel": render_kestrel,
}
EXTRA_MENU = ["Podcasts", "Jobs", "Live: storm updates", "Puzzles", "Election 2024"]


def make_authors(site: Site, rng: random.Random) -> None:
    for number in range(5):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        pronoun, lower, obj = rng.choice([("She", "she", "her"), ("He", "he", "him")])
        bio = BIO_TEMPLATES[number % len(BIO_TEMPLATES)].format(
            name=name, paper=site.name.removeprefix("The "), beat=BEATS[number], years=rng.randint(4, 25),
            year=rng.randint(2001, 2019), pronoun=pronoun, lower=lower, object=obj)
        site.authors.append((name, bio))


def make_article(site: Site, rng: random.Random, book: SentenceBook, headlines: set[str]) -> Article:
    book.new_document()
    writer = Writer(rng, book, rng.choice(sorted(TOPICS)))
    headline = writer.headline()
    while headline.casefold() in headlines:
        headline = writer.headline()
    headlines.add(headline.casefold())
    paragraphs = write_body(writer, rng)
    month = rng.randint(1, 12)
    caption = writer.sentence("caption")
    return Article(
        headline=headline, section=rng.choice(site.sections), author=rng.choice(site.authors),
        date=f"2024-{rng.randint(1, 28):02d}-{month:02d}", paragraphs=paragraphs,
        links=[pick_links(paragraph, rng) for paragraph in paragraphs], caption=caption,
        comments=rng.randint(0, 240) if rng.random() < 0.4 else None)


def make_page(site: Site, article: Article, others: list[Article], rng: random.Random) -> Page:
    last = len(article.paragraphs) - 1
    return Page(
        site=site, article=article,
        most_read=[other.headline for other in rng.sample(others, 5)],
        related=[other.headline for other in rng.sample(others, 3)],
        extra_menu=rng.choice(EXTRA_MENU) if rng.random() < 0.3 else None,
        pitch=rng.random() < 0.85, pitch_after=rng.choice([2, last]),
        newsletter=rng.choice(NEWSLETTERS) if rng.random() < 0.8 else None,
        sponsored=rng.choice(SPONSORED) if rng.random() < 0.6 else None,
        ad_after={n for n in range(last) if rng.random() < 0.3},
    )


def build() -> tuple[dict[str, str], list[dict[str, str]]]:
    """Every file to write (relative path -> text) and the gold records, in case order."""
    rng = random.Random(SEED)
    book = SentenceBook(rng)
    files: dict[str, str] = {}
    gold: list[dict[str, str]] = []
    for site in SITES:
        make_authors(site, rng)
        headlines: set[str] = set()
        articles = [make_article(site, rng, book, headlines) for _ in range(PAGES_PER_SITE)]
        for number, article in enumerate(articles, 1):
            others = [other for other in articles if other is not article]
            page = make_page(site, article, others, rng)
            case = f"{site.key}/{number:03d}"
            files[f"{case}.txt"] = RENDERERS[site.key](page, rng)
            gold.append({"case": case, "text": "\n".join(article.paragraphs), "title": article.headline})
    files["gold.jsonl"] = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in gold)
    return files, gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default benchmarks/sites)")
    parser.add_argument("--check", action="store_true", help="fail if the files on disk differ")
    args = parser.parse_args(argv)
    files, gold = build()
    if args.check:
        stale = [name for name, text in files.items()
                 if not (args.out / name).is_file() or (args.out / name).read_text(encoding="utf-8") != text]
        for name in stale:
            print(f"differs: {name}", file=sys.stderr)
        return 1 if stale else 0
    for name, text in files.items():
        path = args.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    size = sum(len(text.encode("utf-8")) for text in files.values())
    print(f"wrote {len(gold)} dumps and gold.jsonl to {args.out} ({size / 1024:.0f} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
