#!/usr/bin/env python3
"""Writes crates/core/src/data/article.facts.json from the curated lists below.

The curation is done here, by hand, as readable Python: entities with the
surface forms the article uses for them, facts, quotes and events with the
exact words of the article that back them. This script only turns quoted
phrases into byte-offset spans (UTF-8, as the schema says) and fails loudly
when a phrase is missing or ambiguous, so a typo cannot slip into the data.
The Rust loader then validates the result independently (cargo test).

Run: python3 tools/curate.py   (writes the JSON; commit it)
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = (ROOT / "crates/core/src/data/article.txt").read_text(encoding="utf-8")


def span_at(char_start, char_end):
    start = len(TEXT[:char_start].encode("utf-8"))
    end = start + len(TEXT[char_start:char_end].encode("utf-8"))
    return {"start": start, "end": end, "text": TEXT[char_start:char_end]}


def S(phrase, nth=None):
    """The span of `phrase`; it must occur exactly once unless `nth` picks one."""
    found = [m.start() for m in re.finditer(re.escape(phrase), TEXT)]
    if not found:
        sys.exit(f"phrase not in article: {phrase!r}")
    if nth is None and len(found) > 1:
        sys.exit(f"phrase occurs {len(found)} times, give nth: {phrase!r}")
    at = found[nth or 0]
    return span_at(at, at + len(phrase))


# ---------------------------------------------------------------- entities
# id, kind, name, description, aliases, surface forms searched in the text
ENTITIES = [
    ("lee", "person", "Lee Jae Myung", "President of South Korea",
     ["Lee", "President Lee", "Lee Jae-myung", "Lee Jaemyung", "Lee Jae-myeong", "Yi Jae-myeong", "이재명"],
     ["Lee Jae Myung", "Lee", "LEE"]),
    ("fink", "person", "Larry Fink", "chairman and chief executive of BlackRock",
     ["Fink", "Laurence Fink", "Laurence D. Fink"], ["Larry Fink", "Fink"]),
    ("ha", "person", "Ha Jung-woo", "Lee’s senior secretary for AI policy and future planning",
     ["Ha", "Ha Jungwoo", "Ha Jeong-u"], ["Ha Jung-woo", "Ha"]),
    ("cha", "person", "Cha Ji-ho", "lawmaker of Korea’s ruling Democratic Party, who attended the meeting",
     ["Cha", "Cha Jiho"], ["Cha Ji-ho", "Cha"]),
    ("ogunlesi", "person", "Adebayo Ogunlesi", "Chairman of Global Infrastructure Partners (GIP)",
     ["Ogunlesi", "Bayo Ogunlesi"], ["Adebayo Ogunlesi"]),
    ("jim_yong_kim", "person", "Jim Yong Kim", "the former World Bank president and now vice chair at the fund (GIP)",
     ["Kim", "Jim Kim"], ["Jim Yong Kim"]),
    ("guterres", "person", "Antonio Guterres", "UN Secretary-General",
     ["Guterres", "António Guterres", "UN Secretary-General", "Secretary-General"], ["Antonio Guterres"]),
    ("trump", "person", "Donald Trump", "US President",
     ["Trump", "President Trump", "Donald J. Trump"], ["Donald Trump"]),
    ("han", "person", "Jae-young Han", "the reporter who wrote the article (jyhan@hankyung.com)",
     ["Han Jae-young", "Jaeyoung Han"], ["Jae-young Han", "jyhan@hankyung.com"]),
    ("nam", "person", "In-Soo Nam", "the editor of the article",
     ["Nam In-soo", "Insoo Nam"], ["In-Soo Nam"]),

    ("blackrock", "organisation", "BlackRock", "the world’s largest asset manager, which manages $12.5 trillion in assets",
     ["BlackRock Inc.", "BLOCKROCK", "Blackrock", "Black Rock", "블랙록"], ["BlackRock Inc.", "BlackRock", "BLOCKROCK"]),
    ("gip", "organisation", "Global Infrastructure Partners", "BlackRock’s infrastructure arm",
     ["GIP", "the fund"], ["Global Infrastructure Partners", "GIP", "the fund"]),
    ("world_bank", "organisation", "World Bank", "international lender that Jim Yong Kim formerly led",
     [], ["World Bank"]),
    ("democratic_party", "organisation", "Democratic Party", "Korea’s ruling party",
     ["Democratic Party of Korea", "DPK", "ruling party"], ["Democratic Party"]),
    ("un", "organisation", "United Nations", "the UN",
     ["UN", "U.N.", "유엔"], ["UN"]),
    ("unga", "organisation", "UN General Assembly", "the UN body around which the four-day visit is centred",
     ["UNGA", "General Assembly"], ["UN General Assembly"]),
    ("unsc", "organisation", "UN Security Council", "the UN council; South Korea is a non-permanent member and holds its rotating presidency this month",
     ["UNSC", "Security Council"], ["UN Security Council", "UNSC", "council"]),
    ("task_force", "organisation", "Joint task force", "BlackRock and the ministry agreed to establish it to turn the memorandum into investment",
     ["task force"], ["joint task force"]),

    ("msit", "government_body", "Ministry of Science and ICT", "Seoul’s science and ICT ministry",
     ["MSIT", "Science Ministry", "the ministry", "ICT ministry"], ["Ministry of Science and ICT", "the ministry"]),
    ("office_president", "government_body", "Office of the President", "Seoul’s presidential office",
     ["presidential office", "Presidential Office", "Cheong Wa Dae"], ["Office of the President"]),
    ("us_congress", "government_body", "US Congress", "Lee is scheduled to meet its members on the first day",
     ["Congress", "United States Congress"], ["US Congress"]),

    ("south_korea", "country", "South Korea", "the country Lee leads; a non-permanent UNSC member",
     ["Korea", "Republic of Korea", "ROK", "South Korean", "대한민국", "한국"],
     ["South Korea", "South Korean", "Korea", "the country"]),
    ("north_korea", "country", "North Korea", "urged to return to dialogue",
     ["DPRK", "북한"], ["North Korea"]),
    ("united_states", "country", "United States", "the US",
     ["US", "U.S.", "USA", "America"], ["US"]),
    ("france", "country", "France", "its leader holds bilateral talks with Lee", [], ["France"]),
    ("italy", "country", "Italy", "its leader holds bilateral talks with Lee", [], ["Italy"]),
    ("uzbekistan", "country", "Uzbekistan", "its leader holds bilateral talks with Lee", [], ["Uzbekistan"]),
    ("czech_republic", "country", "Czech Republic", "its leader holds bilateral talks with Lee",
     ["Czechia"], ["Czech Republic"]),
    ("poland", "country", "Poland", "its leader holds bilateral talks with Lee", [], ["Poland"]),

    ("new_york", "city", "New York", "where Lee met BlackRock and where the UN sits",
     ["NYC", "New York City", "NEW YORK"], ["New York", "NEW YORK"]),
    ("seoul", "city", "Seoul", "South Korea’s capital; the article uses it for the South Korean government",
     ["서울"], ["Seoul"]),
    ("washington", "city", "Washington", "the US capital; stands for the US government in “Seoul-Washington alliance”",
     ["Washington D.C."], ["Washington"]),

    ("asia", "region", "Asia", "Korea is to become its AI hub", [], ["Asia"]),
    ("asia_pacific", "region", "Asia-Pacific", "region the AI data centers are to serve",
     ["Asia Pacific", "APAC"], ["Asia-Pacific"]),
    ("korean_peninsula", "region", "Korean Peninsula", "Lee calls for support for its denuclearization",
     ["Korean peninsula"], ["Korean Peninsula"]),

    ("blackrock_meeting", "event", "Lee–BlackRock meeting", "Lee’s meeting with Larry Fink and BlackRock in New York on Monday",
     ["the meeting", "the talks", "the discussions"], ["the meeting", "the talks", "the discussions"]),
    ("visit", "event", "Four-day visit to New York", "Lee’s visit centred on the UN General Assembly",
     ["four-day visit", "itinerary"], ["four-day visit", "ITINERARY"]),
    ("unga_speech", "event", "Speech at the UN General Assembly", "Lee’s speech on Tuesday",
     ["speech", "UN speech"], ["a speech at the UN General Assembly", "the speech"]),
    ("unsc_debate", "event", "UN Security Council open debate", "open debate Lee presides over on Wednesday",
     ["open debate"], ["open debate of the UN Security Council"]),
    ("ir_session", "event", "Investor relations session", "session Lee hosts with global investors on Thursday",
     ["IR session", "investor relations"], ["investor relations session"]),

    ("mou", "agreement", "Memorandum of understanding", "signed by the Ministry of Science and ICT and BlackRock on a global partnership in the AI industry",
     ["MoU", "MOU", "memorandum", "the agreement"], ["memorandum of understanding", "the memorandum", "The agreement"]),
    ("partnership", "agreement", "Global AI partnership", "the global partnership in the AI industry between Korea and BlackRock",
     ["partnership", "global partnership"], ["global partnership in the AI industry", "the partnership", "this partnership"]),
    ("alliance", "agreement", "Seoul-Washington alliance", "the alliance between South Korea and the United States",
     ["Korea-US alliance", "ROK-US alliance", "alliance"], ["Seoul-Washington alliance"]),

    ("assets_12_5t", "amount", "$12.5 trillion", "assets BlackRock manages",
     ["12.5 trillion", "12.5 trillion dollars"], ["$12.5 trillion"]),
    ("won_trillions", "amount", "Several trillion won", "what initial pilot projects could run into",
     ["trillion won"], ["several trillion won"]),

    ("monday", "time", "Monday", "first day of the visit: arrival, BlackRock meeting, US Congress members",
     ["the first day", "first day"], ["Monday", "the first day"]),
    ("tuesday", "time", "Tuesday", "UN General Assembly speech", [], ["Tuesday"]),
    ("wednesday", "time", "Wednesday", "“the following day”: UN Security Council open debate",
     ["the following day"], ["The following day"]),
    ("thursday", "time", "Thursday", "investor relations session", [], ["Thursday"]),
    ("friday", "time", "Friday", "return home", [], ["Friday"]),
    ("this_month", "time", "This month", "when South Korea holds the UNSC presidency", [], ["this month"]),
]

# (outer entity, inner entity): a mention of the inner entity inside one of the
# outer entity is a real nested mention and is kept. Any other mention that
# lies inside another entity's mention ("Korea" in "North Korea") is dropped.
NESTS = {
    ("unga", "un"), ("unsc", "un"), ("us_congress", "united_states"),
    ("alliance", "seoul"), ("alliance", "washington"),
    ("unga_speech", "unga"), ("unga_speech", "un"),
    ("unsc_debate", "unsc"), ("unsc_debate", "un"),
    ("partnership", "asia"),
}


def mentions():
    found = []  # (start, end, entity)
    for eid, _kind, _name, _desc, _aliases, forms in ENTITIES:
        for form in forms:
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", TEXT):
                found.append((m.start(), m.end(), eid))
    keep = []
    for s, e, eid in found:
        inside = [(s2, e2, o) for s2, e2, o in found
                  if (s2, e2) != (s, e) and s2 <= s and e <= e2]
        if any(o == eid or (o, eid) not in NESTS for _, _, o in inside):
            continue
        keep.append((s, e, eid))
    return keep


def E(id_):
    return {"entity": id_}


def L(words):
    return {"literal": words}


def fact(id_, subject, relation, obj, evidence, status="stated", **q):
    return {"id": id_, "subject": subject, "relation": relation, "object": obj,
            "status": status, "qualifiers": q, "evidence": evidence}


FACTS = [
    fact("f-lee-pledge", "lee", "secured a pledge of support from", E("blackrock"),
         [S("South Korean President Lee Jae Myung secured a pledge of support from BlackRock Inc.")],
         when="monday", note="to help turn Korea into a regional hub for artificial intelligence"),
    fact("f-lee-president", "lee", "is the President of", E("south_korea"),
         [S("South Korean President Lee Jae Myung")], role="President"),
    fact("f-blackrock-largest", "blackrock", "is", L("the world’s largest asset manager"),
         [S("BlackRock Inc., the world’s largest asset manager")]),
    fact("f-seoul-ambition", "seoul", "seeks to combine its technological ambitions with", L("large-scale international investment"),
         [S("as Seoul seeks to combine its technological ambitions with large-scale international investment")]),
    fact("f-lee-met-fink", "lee", "met with", E("fink"),
         [S("Lee met with Larry Fink, chairman and chief executive of BlackRock, in New York on Monday to discuss cooperation in AI and renewable energy")],
         when="monday", where="new_york", note="to discuss cooperation in AI and renewable energy"),
    fact("f-fink-ceo", "fink", "is chairman and chief executive of", E("blackrock"),
         [S("Larry Fink, chairman and chief executive of BlackRock")], role="chairman and chief executive"),
    fact("f-lee-vision-hub", "lee", "aims to position", E("south_korea"),
         [S("with a vision to position Korea as Asia’s AI hub")], note="as Asia’s AI hub"),
    fact("f-fink-collaborate", "fink", "pledged to collaborate with", E("south_korea"),
         [S("Fink pledged to collaborate with Korea to make it the “AI capital in Asia” by attracting global investment, according to Ha Jung-woo")],
         status="pledged", attributed_to="ha", note="to make it the “AI capital in Asia” by attracting global investment"),
    fact("f-ha-secretary", "ha", "is the senior secretary for AI policy and future planning of", E("lee"),
         [S("Ha Jung-woo, Lee’s senior secretary for AI policy and future planning")],
         role="senior secretary for AI policy and future planning"),
    fact("f-msit-mou", "msit", "signed a memorandum of understanding with", E("blackrock"),
         [S("Following the talks, Seoul’s Ministry of Science and ICT signed a memorandum of understanding with BlackRock on a global partnership in the AI industry.")],
         note="on a global partnership in the AI industry"),
    fact("f-mou-partnership", "mou", "sets up", E("partnership"),
         [S("signed a memorandum of understanding with BlackRock on a global partnership in the AI industry")]),
    fact("f-mou-datacenters", "mou", "calls for", L("joint work on building hyper-scale AI data centers in Korea powered by renewable energy"),
         [S("The agreement calls for joint work on building hyper-scale AI data centers in Korea powered by renewable energy, to serve demand both domestically and across the Asia-Pacific region.")],
         where="south_korea", note="to serve demand both domestically and across the Asia-Pacific region"),
    fact("f-datacenters-asia-pacific", "partnership", "is to serve demand across", E("asia_pacific"),
         [S("to serve demand both domestically and across the Asia-Pacific region")]),
    fact("f-ha-meeting", "ha", "spoke after", E("blackrock_meeting"),
         [S("Ha said after the meeting")]),
    fact("f-blackrock-assets", "blackrock", "manages", E("assets_12_5t"),
         [S("Fink, whose firm manages $12.5 trillion in assets")], amount="assets_12_5t", note="in assets"),
    fact("f-fink-mobilize", "fink", "told Lee he would mobilize global capital to make Korea the AI capital of Asia, promising this to", E("lee"),
         [S("told Lee that he would “mobilize global capital to make Korea the AI capital of Asia,” according to lawmaker Cha Ji-ho")],
         status="pledged", attributed_to="cha"),
    fact("f-cha-party", "cha", "is a lawmaker of", E("democratic_party"),
         [S("lawmaker Cha Ji-ho of Korea’s ruling Democratic Party")], role="lawmaker"),
    fact("f-party-ruling", "democratic_party", "is the ruling party of", E("south_korea"),
         [S("Korea’s ruling Democratic Party")]),
    fact("f-cha-attended", "cha", "attended", E("blackrock_meeting"),
         [S("who attended the meeting")]),
    fact("f-task-force", "blackrock", "agreed with the Ministry of Science and ICT to establish", E("task_force"),
         [S("To ensure the memorandum develops into a tangible investment, BlackRock and the ministry agreed to establish a joint task force.")],
         status="agreed", note="to ensure the memorandum develops into a tangible investment"),
    fact("f-msit-task-force", "msit", "agreed with BlackRock to establish", E("task_force"),
         [S("BlackRock and the ministry agreed to establish a joint task force")], status="agreed"),
    fact("f-pilot-won", "partnership", "has initial pilot projects that could run into", E("won_trillions"),
         [S("Cha said initial pilot projects could run into several trillion won")],
         status="possible", amount="won_trillions", attributed_to="cha"),
    fact("f-gip-arm", "gip", "is the infrastructure arm of", E("blackrock"),
         [S("BlackRock’s infrastructure arm Global Infrastructure Partners (GIP)"),
          S("BLOCKROCK’S INFRASTRUCTURE ARM GIP")]),
    fact("f-gip-investor", "gip", "is expected to participate as a financial investor in", E("partnership"),
         [S("with BlackRock’s infrastructure arm Global Infrastructure Partners (GIP) expected to participate as a financial investor"),
          S("BLOCKROCK’S INFRASTRUCTURE ARM GIP TO PARTICIPATE AS FINANCIAL INVESTOR")],
         status="expected", attributed_to="cha", role="financial investor"),
    fact("f-ogunlesi-chair", "ogunlesi", "is Chairman of", E("gip"),
         [S("GIP Chairman Adebayo Ogunlesi")], role="Chairman"),
    fact("f-ogunlesi-joined", "ogunlesi", "joined", E("blackrock_meeting"),
         [S("GIP Chairman Adebayo Ogunlesi and Jim Yong Kim, the former World Bank president and now vice chair at the fund, also joined the discussions.")]),
    fact("f-kim-world-bank", "jim_yong_kim", "is the former president of", E("world_bank"),
         [S("Jim Yong Kim, the former World Bank president")], role="former president"),
    fact("f-kim-vice-chair", "jim_yong_kim", "is vice chair at", E("gip"),
         [S("now vice chair at the fund")], role="vice chair"),
    fact("f-kim-joined", "jim_yong_kim", "joined", E("blackrock_meeting"),
         [S("Jim Yong Kim, the former World Bank president and now vice chair at the fund, also joined the discussions")]),
    fact("f-seoul-hopes", "seoul", "hopes to accelerate domestic capacity in digital infrastructure and cement Korea’s status as a credible investment destination through", E("partnership"),
         [S("Seoul hopes the partnership will both accelerate domestic capacity in digital infrastructure and cement Korea’s status as a credible investment destination.")],
         status="hoped"),
    fact("f-office-opportunities", "office_president", "says growth opportunities in data centers, renewables and power grids will open through", E("partnership"),
         [S("we will open growth opportunities in core areas such as data centers, renewables and power grids,” said Seoul’s Office of the President")],
         status="expected"),
    fact("f-lee-arrived", "lee", "arrived in", E("new_york"),
         [S("Lee arrived in New York on Monday for a four-day visit centered on the UN General Assembly."),
          S("LEE’S ITINERARY IN NEW YORK")], when="monday"),
    fact("f-visit-unga", "visit", "is centered on", E("unga"),
         [S("a four-day visit centered on the UN General Assembly")]),
    fact("f-lee-congress", "lee", "is scheduled to meet members of", E("us_congress"),
         [S("On the first day, he is scheduled to meet with members of the US Congress to discuss the Seoul-Washington alliance.")],
         status="planned", when="monday", note="to discuss the Seoul-Washington alliance"),
    fact("f-lee-unga-speech", "lee", "plans to deliver a speech at", E("unga"),
         [S("On Tuesday, he plans to deliver a speech at the UN General Assembly")],
         status="planned", when="tuesday"),
    fact("f-lee-democratic-korea", "lee", "plans to declare the return of", L("“a democratic Korea”"),
         [S("where he plans to declare the return of “a democratic Korea” and outline his government’s foreign policy agenda.")],
         status="planned", when="tuesday", note="and outline his government’s foreign policy agenda"),
    fact("f-lee-denuclearization", "lee", "is expected to call for international support for the denuclearization of", E("korean_peninsula"),
         [S("In the speech, he is expected to call for international support for the denuclearization of the Korean Peninsula")],
         status="expected", when="tuesday"),
    fact("f-lee-north-korea", "lee", "is expected to urge a return to dialogue by", E("north_korea"),
         [S("urge North Korea to return to dialogue")], status="expected", when="tuesday"),
    fact("f-lee-unsc", "lee", "will preside over an open debate of", E("unsc"),
         [S("The following day, Lee will preside over an open debate of the UN Security Council (UNSC), making him the first South Korean president to lead such a session.")],
         status="planned", when="wednesday", note="the first South Korean president to lead such a session"),
    fact("f-korea-unsc-member", "south_korea", "is a non-permanent member of", E("unsc"),
         [S("South Korea, a non-permanent UNSC member")]),
    fact("f-korea-unsc-presidency", "south_korea", "holds the rotating presidency of", E("unsc"),
         [S("holds the rotating council presidency this month")], when="this_month"),
    fact("f-lee-guterres", "lee", "is scheduled to meet", E("guterres"),
         [S("On the sidelines, he is scheduled to meet UN Secretary-General Antonio Guterres")],
         status="planned", note="on the sidelines of the UN General Assembly"),
    fact("f-guterres-un", "guterres", "is Secretary-General of", E("un"),
         [S("UN Secretary-General Antonio Guterres")], role="Secretary-General"),
]

for cid, cname in [("france", "France"), ("italy", "Italy"), ("uzbekistan", "Uzbekistan"),
                   ("czech_republic", "Czech Republic"), ("poland", "Poland")]:
    FACTS.append(fact(f"f-lee-talks-{cid.replace('_', '-')}", "lee", "is scheduled to hold bilateral talks with the leader of", E(cid),
                      [S("hold bilateral talks with the leaders of France, Italy, Uzbekistan, the Czech Republic and Poland")],
                      status="planned", note="on the sidelines"))

FACTS += [
    fact("f-lee-trump-not-planned", "lee", "has no planned one-on-one meeting with", E("trump"),
         [S("A one-on-one meeting with US President Donald Trump is not planned")], status="not_planned"),
    fact("f-lee-trump-informal", "lee", "has not ruled out an informal encounter with", E("trump"),
         [S("though an informal encounter during the gathering has not been ruled out")], status="not_ruled_out",
         note="during the gathering"),
    fact("f-trump-us", "trump", "is the President of", E("united_states"),
         [S("US President Donald Trump")], role="President"),
    fact("f-lee-ir", "lee", "will host an investor relations session with", L("global investors"),
         [S("On Thursday, Lee will host an investor relations session with global investors")],
         status="planned", when="thursday"),
    fact("f-lee-return", "lee", "returns home to", E("south_korea"),
         [S("before returning home on Friday")], status="planned", when="friday"),
    fact("f-han-byline", "han", "wrote", L("this article"), [S("By Jae-young Han")], role="reporter"),
    fact("f-nam-editor", "nam", "edited", L("this article"), [S("In-Soo Nam edited this article.")], role="editor"),
]

QUOTES = [
    {"id": "q-fink-ai-capital", "speaker": "fink", "words": S("AI capital in Asia"),
     "attribution": "according to Ha Jung-woo, Lee’s senior secretary for AI policy and future planning",
     "reported_by": "ha",
     "evidence": [S("During the meeting, Fink pledged to collaborate with Korea to make it the “AI capital in Asia” by attracting global investment, according to Ha Jung-woo, Lee’s senior secretary for AI policy and future planning.")]},
    {"id": "q-ha-transformations", "speaker": "ha",
     "words": S("AI, the energy transition and demographic change are the three great transformations facing humanity,"),
     "attribution": "Ha said after the meeting",
     "evidence": [S("“AI, the energy transition and demographic change are the three great transformations facing humanity,” Ha said after the meeting.")]},
    {"id": "q-ha-common-ground", "speaker": "ha",
     "words": S("Today’s dialogue confirmed common ground between Korea and a leading global investor on forging strategic cooperation."),
     "attribution": "Ha said after the meeting",
     "evidence": [S("“Today’s dialogue confirmed common ground between Korea and a leading global investor on forging strategic cooperation.”")]},
    {"id": "q-fink-mobilize", "speaker": "fink",
     "words": S("mobilize global capital to make Korea the AI capital of Asia,"),
     "attribution": "Fink told Lee, according to lawmaker Cha Ji-ho of Korea’s ruling Democratic Party",
     "reported_by": "cha",
     "evidence": [S("Fink, whose firm manages $12.5 trillion in assets, told Lee that he would “mobilize global capital to make Korea the AI capital of Asia,” according to lawmaker Cha Ji-ho of Korea’s ruling Democratic Party, who attended the meeting.")]},
    {"id": "q-cha-meaning", "speaker": "cha",
     "words": S("The fact that a major investor like BlackRock is voicing such a vision for Korea carries significant meaning."),
     "attribution": "Cha Ji-ho, continuing",
     "evidence": [S("“The fact that a major investor like BlackRock is voicing such a vision for Korea carries significant meaning.”")]},
    {"id": "q-office-opportunities", "speaker": "office_president",
     "words": S("Through this partnership with the world’s largest asset manager, we will open growth opportunities in core areas such as data centers, renewables and power grids,"),
     "attribution": "said Seoul’s Office of the President",
     "evidence": [S("“Through this partnership with the world’s largest asset manager, we will open growth opportunities in core areas such as data centers, renewables and power grids,” said Seoul’s Office of the President.")]},
    {"id": "q-office-position", "speaker": "office_president",
     "words": S("This will strengthen Korea’s position within the global financial ecosystem and draw in more international capital."),
     "attribution": "Seoul’s Office of the President, continuing",
     "evidence": [S("“This will strengthen Korea’s position within the global financial ecosystem and draw in more international capital.”")]},
    {"id": "q-lee-democratic-korea", "speaker": "lee", "words": S("a democratic Korea"),
     "attribution": "what Lee plans to declare at the UN General Assembly",
     "evidence": [S("On Tuesday, he plans to deliver a speech at the UN General Assembly, where he plans to declare the return of “a democratic Korea” and outline his government’s foreign policy agenda.")]},
]


def event(id_, day, title, who, evidence, where=None, status="planned"):
    e = {"id": id_, "day": day, "title": title, "who": who, "status": status, "evidence": evidence}
    if where:
        e["where"] = where
    return e


EVENTS = [
    event("e-arrive", "monday", "Lee arrives in New York for a four-day visit centred on the UN General Assembly",
          ["lee"], [S("Lee arrived in New York on Monday for a four-day visit centered on the UN General Assembly.")],
          where="new_york", status="stated"),
    event("e-blackrock", "monday", "Meets BlackRock chairman Larry Fink; the science ministry signs an MoU with BlackRock",
          ["lee", "fink", "blackrock", "msit", "ha", "cha", "ogunlesi", "jim_yong_kim"],
          [S("Lee met with Larry Fink, chairman and chief executive of BlackRock, in New York on Monday"),
           S("Following the talks, Seoul’s Ministry of Science and ICT signed a memorandum of understanding with BlackRock")],
          where="new_york", status="stated"),
    event("e-congress", "monday", "Meets members of the US Congress on the Seoul-Washington alliance",
          ["lee", "us_congress"],
          [S("On the first day, he is scheduled to meet with members of the US Congress to discuss the Seoul-Washington alliance.")]),
    event("e-unga-speech", "tuesday", "Speech at the UN General Assembly: “a democratic Korea”, denuclearization, dialogue with North Korea",
          ["lee", "unga"],
          [S("On Tuesday, he plans to deliver a speech at the UN General Assembly"),
           S("In the speech, he is expected to call for international support for the denuclearization of the Korean Peninsula and urge North Korea to return to dialogue.")],
          where="unga"),
    event("e-unsc-debate", "wednesday", "Presides over an open debate of the UN Security Council, the first South Korean president to do so",
          ["lee", "unsc"],
          [S("The following day, Lee will preside over an open debate of the UN Security Council (UNSC)")],
          where="unsc"),
    event("e-guterres", "during", "Meets UN Secretary-General Antonio Guterres on the sidelines",
          ["lee", "guterres"], [S("On the sidelines, he is scheduled to meet UN Secretary-General Antonio Guterres")]),
    event("e-bilaterals", "during", "Bilateral talks with the leaders of France, Italy, Uzbekistan, the Czech Republic and Poland",
          ["lee", "france", "italy", "uzbekistan", "czech_republic", "poland"],
          [S("hold bilateral talks with the leaders of France, Italy, Uzbekistan, the Czech Republic and Poland")]),
    event("e-trump", "during", "One-on-one meeting with Donald Trump: not planned; an informal encounter is not ruled out",
          ["lee", "trump"],
          [S("A one-on-one meeting with US President Donald Trump is not planned, though an informal encounter during the gathering has not been ruled out.")],
          status="not_planned"),
    event("e-ir-session", "thursday", "Hosts an investor relations session with global investors",
          ["lee"], [S("On Thursday, Lee will host an investor relations session with global investors")]),
    event("e-return", "friday", "Returns home", ["lee", "south_korea"], [S("before returning home on Friday")]),
]


def main():
    ments = mentions()
    entities = []
    for eid, kind, name, desc, aliases, _forms in ENTITIES:
        ms = sorted((s, e) for s, e, o in ments if o == eid)
        entities.append({"id": eid, "name": name, "kind": kind, "aliases": aliases,
                         "description": desc, "mentions": [span_at(s, e) for s, e in ms]})
    data = {
        "schema": "fact-explorer/1",
        "article": {
            "title": "Lee secures BlackRock pledge to make Korea Asia’s AI hub",
            "dateline": S("NEW YORK", nth=0),
            "byline": S("Jae-young Han"),
            "byline_email": S("jyhan@hankyung.com"),
            "editor": S("In-Soo Nam"),
            "headings": [S("BLOCKROCK’S INFRASTRUCTURE ARM GIP TO PARTICIPATE AS FINANCIAL INVESTOR"),
                         S("LEE’S ITINERARY IN NEW YORK")],
        },
        "entities": entities,
        "facts": FACTS,
        "quotes": QUOTES,
        "events": EVENTS,
    }
    out = ROOT / "crates/core/src/data/article.facts.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    empty = [e["id"] for e in entities if not e["mentions"]]
    print(f"wrote {out.relative_to(ROOT)}: {len(entities)} entities, {len(FACTS)} facts, "
          f"{len(QUOTES)} quotes, {len(EVENTS)} events, {len(ments)} mentions")
    if empty:
        sys.exit(f"entities without mentions: {empty}")


if __name__ == "__main__":
    main()
