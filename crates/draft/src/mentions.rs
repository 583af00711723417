//! From the name tagger's names to mentions: rules over the tokens add the
//! names a tagger trained on English-language text misses or splits
//! (Korean and other East Asian names, a given name and a surname, listed
//! places, organisations by their head words, titled people, acronyms
//! defined in brackets), drop nationality words ("Czechs" is not a
//! person), make a name's type agree all through the document, and cut
//! titles off people's names ("President Lee Jae Myung" is the mention
//! "Lee Jae Myung" with the title "President").

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::ops::Range;

use crate::doc::Doc;
use crate::gum::Label;
use crate::lexicon::{self, capitalised, Lexicon, List};
use crate::names::{Found, Name, UNSURE};

/// A name before clustering.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub label: Label,
    /// The title tokens cut from the front ("President").
    pub title: Option<Range<usize>>,
    /// How sure the draft is of the name and its type.
    pub confidence: f32,
}

/// Names that never overlap, by first token.
struct Disjoint(BTreeMap<usize, Name>);

impl Disjoint {
    fn new(names: Vec<Name>) -> Disjoint {
        let mut set = Disjoint(BTreeMap::new());
        for n in names {
            if set.overlapping(&n.tokens).is_empty() {
                set.0.insert(n.tokens.start, n);
            }
        }
        set
    }

    fn overlapping(&self, r: &Range<usize>) -> Vec<Name> {
        self.0
            .range(..r.end)
            .rev()
            .take_while(|(_, n)| n.tokens.end > r.start)
            .map(|(_, n)| n.clone())
            .collect()
    }

    fn remove(&mut self, n: &Name) {
        self.0.remove(&n.tokens.start);
    }

    fn insert(&mut self, n: Name) {
        self.0.insert(n.tokens.start, n);
    }

    /// Puts `n` in where nothing overlaps it, or in place of shorter names
    /// inside it, or of the tagger's names unsure of their kind.
    fn add_over_shorter(&mut self, n: Name) {
        let over = self.overlapping(&n.tokens);
        let inside = over.iter().all(|m| {
            (m.tokens.start >= n.tokens.start
                && m.tokens.end <= n.tokens.end
                && m.tokens.len() < n.tokens.len())
                || (m.confidence <= UNSURE && n.confidence > UNSURE)
        });
        if over.is_empty() || inside {
            for m in &over {
                self.remove(m);
            }
            self.insert(n);
        } else if let [m] = over.as_slice() {
            // The same words, where the rule is surer of the type ("World
            // Bank" by its head word, not a place).
            if m.tokens == n.tokens && m.label != n.label && m.confidence < n.confidence {
                self.remove(m);
                self.insert(n);
            }
        }
    }

    fn into_vec(self) -> Vec<Name> {
        self.0.into_values().collect()
    }
}

/// Puts `n` in the place of every name that overlaps it (names nested in
/// others elsewhere stay, which `Disjoint` would drop); the caller sorts.
fn put_over(names: &mut Vec<Name>, n: Name) {
    let r = n.tokens.clone();
    names.retain(|m| m.tokens.end <= r.start || m.tokens.start >= r.end);
    names.push(n);
}

fn rule(tokens: Range<usize>, label: Label, confidence: f32) -> Name {
    Name {
        tokens,
        label,
        confidence,
    }
}

/// Whether tokens `a` and `b` are next to each other with one space.
fn spaced(doc: &Doc, a: usize, b: usize) -> bool {
    doc.text.get(doc.tokens[a].end..doc.tokens[b].start) == Some(" ")
}

/// The mentions of `doc`, from the tagger's `names`.
pub fn mentions(doc: &Doc, found: Found, lexicon: &Lexicon) -> Vec<Mention> {
    // The tagger's names it was not sure of at all are not among its
    // names; the rules below bring back the ones they can vouch for, and
    // the ones unsure only of their kind where no rule put a name.
    let Found {
        mut names,
        unsure_kind,
    } = found;
    add_unsure_kinds(doc, &mut names, unsure_kind);
    // A currency's sign is no name's ("C$" of "C$1.85").
    names.retain(|n| {
        !n.tokens
            .clone()
            .any(|t| doc.word(t).contains(crate::tokenize::CURRENCY_SIGNS))
    });
    cut_lower_case_edges(doc, &mut names);
    split_people_at_commas(doc, &mut names);
    drop_nationalities(doc, &mut names);
    split_at_possessive(doc, &mut names);
    drop_function_words(doc, &mut names);
    shouted_places(doc, lexicon, &mut names);
    dateline_places(doc, &mut names);
    drop_shouted(doc, lexicon, &mut names);
    split_at_in(doc, &mut names);
    add_korean_names(doc, &mut names);
    add_given_and_surname(doc, lexicon, &mut names);
    add_listed_and_organisations(doc, &mut names);
    add_more_places(doc, &mut names);
    add_features_by_first_word(doc, &mut names);
    add_places_of_speech(doc, &mut names);
    saints_places(doc, &mut names);
    people_named_like_towns(doc, lexicon, &mut names);
    add_titled_people(doc, lexicon, &mut names);
    names_spelt_by_acronyms(doc, &mut names);
    add_acronyms(doc, &mut names);
    add_who_named(doc, lexicon, &mut names);
    add_described_names(doc, lexicon, &mut names);
    add_lone_legislatures(doc, &mut names);
    add_owners_of_boards(doc, &mut names);
    drop_common_towns(doc, lexicon, &mut names);
    drop_stages(doc, &mut names);
    extend_given_names(doc, lexicon, &mut names);
    split_body_from_person(doc, lexicon, &mut names);
    split_titled_person_from_body(doc, lexicon, &mut names);
    drop_portfolios(doc, &mut names);
    titled_runs_are_people(doc, lexicon, &mut names);
    split_owner_from_titled(doc, lexicon, &mut names);
    banks_named_for_people(doc, &mut names);
    drop_trailing_offices(doc, lexicon, &mut names);
    split_title_of_place(doc, lexicon, &mut names);
    split_company_of_place(doc, lexicon, &mut names);
    join_particles(doc, &mut names);
    join_company_names(doc, lexicon, &mut names);
    join_ampersands(doc, &mut names);
    join_place_and_body(doc, lexicon, &mut names);
    add_head_first_bodies(doc, &mut names);
    add_company_names(doc, lexicon, &mut names);
    add_names_before_body_nouns(doc, lexicon, &mut names);
    teams_after_bracketed_places(doc, &mut names);
    spread_names(doc, &mut names);
    headline_names(doc, &mut names);
    people_after_roles(doc, lexicon, &mut names);
    add_surnames(doc, lexicon, &mut names);
    speakers_by_name_word(doc, &mut names);
    add_short_bodies(doc, &mut names);
    add_full_names(doc, lexicon, &mut names);
    surnames_over_places(doc, lexicon, &mut names);
    add_initials(doc, &mut names);
    join_hyphenated(doc, lexicon, &mut names);
    coordinated_people(doc, lexicon, &mut names);
    workplaces(doc, lexicon, &mut names);
    clubs(doc, &mut names);
    clubs_named_for_towns(doc, lexicon, &mut names);
    agree_types(doc, &mut names);
    result_line_names(doc, lexicon, &mut names);
    teams_and_scorers(doc, lexicon, &mut names);
    bodies_before_roles(doc, &mut names);
    score_lines(doc, lexicon, &mut names);
    lone_places(doc, lexicon, &mut names);
    places_by_kind(doc, &mut names);
    add_described_companies(doc, &mut names);
    add_names_after_body_nouns(doc, &mut names);
    add_sides_played_for(doc, lexicon, &mut names);
    described_companies(doc, lexicon, &mut names);
    speaking_bodies(doc, lexicon, &mut names);
    types_from_context(doc, lexicon, &mut names);
    leaders_whose_party(doc, &mut names);
    companies_read_as_surnames(doc, lexicon, &mut names);
    people_described_by_trades(doc, lexicon, &mut names);
    owners_of_titles(doc, lexicon, &mut names);
    people_after_their_peoples_word(doc, lexicon, &mut names);
    people_of_places(doc, &mut names);
    drop_calendar_words(doc, &mut names);
    drop_party_adjectives(doc, &mut names);
    states_in_party_brackets(doc, &mut names);
    names_in_capitals(doc, &mut names);
    // (Again last: the rules between may have voted a dateline's place a
    // body, by a headline's.)
    dateline_places(doc, &mut names);
    // Titles that are also the surname of someone the text names in full
    // ("King" of "Robert King"): alone, the person, not a title.
    let title_surnames: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == Label::Per && n.tokens.len() == 2)
        .filter(|n| lexicon.contains(List::Given, doc.word(n.tokens.start)))
        .map(|n| doc.word(n.tokens.end - 1))
        .filter(|w| lexicon::is_title(w))
        .collect();
    // The first words of bodies named in full, which may stand alone for
    // them however common ("United" of "United Airlines").
    let body_first_words: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == Label::Org && n.tokens.len() >= 2)
        .map(|n| doc.word(n.tokens.start))
        .collect();
    names
        .iter()
        .filter_map(|n| trim(doc, lexicon, n, &title_surnames, &body_first_words))
        .collect()
}

/// "Swiss Alex Zulle", "Dane Rolf Sorensen" read as a body's name: a
/// people's word, a listed given name and a rare word or two after it are
/// a person and the person's nationality (which `trim` takes off); not
/// "German Christian Democrat", whose last word is a common one.
fn people_after_their_peoples_word(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    for n in names.iter_mut() {
        let (a, b) = (n.tokens.start, n.tokens.end);
        if n.label != Label::Per
            && (3..=4).contains(&(b - a))
            && lexicon::demonym(doc.word(a)).is_some()
            && lexicon.contains(List::Given, doc.word(a + 1))
            && (a + 2..b).all(|t| {
                capitalised(doc.word(t))
                    && doc.lex[t].zipf < 35
                    && !lexicon::ORG_HEADS.contains(&doc.word(t))
            })
        {
            n.label = Label::Per;
        }
    }
}

/// "Universal is owned by Seagram" after "Universal Studios", "United
/// said" after "United Airlines": the first word of one body's name of two
/// words or more, capitalised and alone after it, where the next word is a
/// verb, a possessive or a stop (not "American officials", an adjective),
/// is that body.
fn add_short_bodies(doc: &Doc, names: &mut Vec<Name>) {
    // Each first word: where a body's name first opens with it, and the
    // distinct names that do.
    // (Each name with where it is first written: a short name stands for
    // the one body of its first word named before it, "Canadian's chief
    // executive" after "Canadian Airlines International" and before
    // "Canadian Auto Workers".)
    let mut first: HashMap<&str, (usize, HashMap<&str, usize>)> = HashMap::default();
    for n in names
        .iter()
        .filter(|n| n.label == Label::Org && n.tokens.len() >= 2)
    {
        let e = first
            .entry(doc.word(n.tokens.start))
            .or_insert_with(|| (n.tokens.start, HashMap::default()));
        let at =
            e.1.entry(doc.span_text(n.tokens.clone()))
                .or_insert(n.tokens.start);
        *at = (*at).min(n.tokens.start);
    }
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for t in 0..doc.len() {
        let w = doc.word(t);
        let Some((at, bodies)) = first.get(w) else {
            continue;
        };
        let next_ok = t + 1 >= doc.len() || {
            let n = doc.word(t + 1);
            doc.tags[t + 1].is_verb()
                || matches!(n, "'s" | "’s" | "," | "." | ";" | ":" | "and" | ")")
        };
        // (Not a listed place's name, which opens bodies' names without
        // being one, "Seoul" of "Seoul Metropolitan Government", nor an
        // article.)
        let place_or_article = doc.starts_listed_place(t) || matches!(w, "The" | "A" | "An");
        if bodies.values().filter(|&&b| b < t).count() == 1
            && t > *at
            && !taken.contains(&t)
            && capitalised(w)
            && next_ok
            && !place_or_article
        {
            found.push(rule(t..t + 1, Label::Org, 0.7));
        }
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "alongside Villa forwards Savo Milosevic and Dwight Yorke" after "Aston
/// Villa": a capitalised word the tagger left, the first or last word of
/// one body's name of two words or more in the text (not a people's word:
/// "Palestinian negotiator Saeb Erekat"), right before a lower-case role
/// and a name, is that body (whose role the person has), at a sentence's
/// start too ("Inter president Massimo Moratti confirmed…").
fn bodies_before_roles(doc: &Doc, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut ends: HashMap<&str, HashSet<&str>> = HashMap::default();
    for n in names
        .iter()
        .filter(|n| n.label == Label::Org && n.tokens.len() >= 2)
    {
        let text = doc.span_text(n.tokens.clone());
        for t in [n.tokens.start, n.tokens.end - 1] {
            ends.entry(doc.word(t)).or_default().insert(text);
        }
    }
    let mut found = Vec::new();
    for t in 0..doc.len().saturating_sub(2) {
        let w = doc.word(t);
        let role = &doc.lower[t + 1];
        if !taken.contains(&t)
            && capitalised(w)
            && ends.get(w).is_some_and(|b| b.len() == 1)
            && doc.word(t + 1) == role.as_str()
            && lexicon::is_role(&doc.lemmas[t + 1])
            && taken.contains(&(t + 2))
            && !doc.starts_listed_place(t)
            && lexicon::demonym(w).is_none()
        {
            found.push(rule(t..t + 1, Label::Org, 0.7));
        }
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// The tagger's names unsure only of their kind (`names::Found`), with
/// the tagger's kind and a low confidence: the rules after this (a full
/// name's surname, the types of the rest of the article) may type them
/// again, trim their edges ("Telekom's Bjarne Riis of") and take their
/// place. Names of two capitalised words or more, or of one rare word
/// (Zipf frequency under 3: "Netanyahu", "Buyoya") the article never
/// writes in lower case: other words unsure of their kind are most often
/// no name ("Sheriff", "North", "Homeopathy is…" of an article on
/// homeopathy).
fn add_unsure_kinds(doc: &Doc, names: &mut Vec<Name>, unsure_kind: Vec<Name>) {
    for n in unsure_kind {
        let words = n
            .tokens
            .clone()
            .filter(|&t| capitalised(doc.word(t)))
            .count();
        let t = n.tokens.start;
        let rare_word = n.tokens.len() == 1 && doc.lex[t].zipf < 30 && !doc.lex[t].seen_lower;
        if words < 2 && !(words == 1 && rare_word) {
            continue;
        }
        if !names
            .iter()
            .any(|m| m.tokens.start < n.tokens.end && n.tokens.start < m.tokens.end)
        {
            names.push(rule(n.tokens, n.label, UNSURE));
        }
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Anatoly Chubais, Yeltsin's chief of staff, flew…": a person's name has
/// no comma in it; the tagger's run across one is a name before it and,
/// when capitalised words follow, another after it (not a suffix: "Jr.").
fn split_people_at_commas(doc: &Doc, names: &mut Vec<Name>) {
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        if n.label != Label::Per || !n.tokens.clone().any(|t| doc.word(t) == ",") {
            out.push(n);
            continue;
        }
        let mut a = n.tokens.start;
        for k in n.tokens.start..=n.tokens.end {
            if k < n.tokens.end && doc.word(k) != "," {
                continue;
            }
            let piece = a..k;
            let named = piece.clone().any(|t| capitalised(doc.word(t)))
                && !piece.clone().all(|t| {
                    matches!(
                        doc.word(t),
                        "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III" | "."
                    )
                });
            if named {
                let mut m = n.clone();
                m.tokens = piece;
                out.push(m);
            }
            a = k + 1;
        }
    }
    *names = out;
}

/// A name neither starts nor ends with a lower-case word: the tagger's
/// "Red Cross official", "Red Cross in" are "Red Cross", so that the rules
/// below see the name's true edges (a longer name around it, "International
/// Committee of the Red Cross", no longer crosses it). A word with a
/// capital inside is a name's word ("eBay"), and a particle before a
/// capitalised word starts one ("de Klerk").
fn cut_lower_case_edges(doc: &Doc, names: &mut Vec<Name>) {
    let lower = |t: usize| {
        let w = doc.word(t);
        w.chars().next().is_some_and(char::is_lowercase) && !w.chars().any(char::is_uppercase)
    };
    for n in names.iter_mut() {
        let (mut a, mut b) = (n.tokens.start, n.tokens.end);
        while b > a && lower(b - 1) {
            b -= 1;
        }
        // (And an owner's "'s" the tagger began it with: "Saudi Arabia's
        // Oil Minister Ali al-Naimi".)
        while a < b
            && ((lower(a) && !(lexicon::NAME_PARTICLES.contains(&doc.word(a)) && a + 1 < b))
                || matches!(doc.word(a), "'s" | "’s"))
        {
            a += 1;
        }
        n.tokens = a..b;
    }
    // "The United States special Middle East coordinator" read as one
    // name: a lower-case word inside that no name joins its parts with
    // (not "of", "and", "de", "es" of "Dar es Salaam") parts two names.
    let mut parted = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let mut a = n.tokens.start;
        for k in n.tokens.clone() {
            let inside = k > n.tokens.start && k + 1 < n.tokens.end;
            if inside
                && lower(k)
                && doc.word(k).chars().all(char::is_alphabetic)
                && !lexicon::NAME_JOINING_WORDS.contains(&doc.word(k))
                && !lexicon::NAME_PARTICLES.contains(&doc.word(k))
            {
                if k > a {
                    parted.push(Name {
                        tokens: a..k,
                        ..n.clone()
                    });
                }
                a = k + 1;
            }
        }
        if a == n.tokens.start {
            parted.push(n);
        } else if a < n.tokens.end {
            parted.push(Name {
                tokens: a..n.tokens.end,
                ..n
            });
        }
    }
    *names = parted;
    // One person the tagger ran over two names: "Kohl and Yeltsin" (two
    // people), "Lufthansa chairman Juergen Weber" (the body and the person,
    // apart at the office); each part split again as it needs.
    let mut work = std::mem::take(names);
    while let Some(n) = work.pop() {
        let r = n.tokens.clone();
        let at = (n.label == Label::Per)
            .then(|| {
                (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
                    doc.word(k) == "and" || (lower(k) && lexicon::is_role(&doc.lemmas[k]))
                })
            })
            .flatten();
        let Some(k) = at else {
            names.push(n);
            continue;
        };
        let office = doc.word(k) != "and";
        work.push(Name {
            tokens: r.start..k,
            label: if office { Label::Org } else { n.label },
            ..n
        });
        work.push(Name {
            tokens: k + 1..r.end,
            ..n
        });
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
    // A date or a number is no name ("LONDON 1996-12-07" read as two).
    names.retain(|n| {
        !n.tokens.is_empty()
            && n.tokens
                .clone()
                .any(|t| doc.word(t).chars().any(char::is_alphabetic))
    });
}

/// "Charles Bolden, NASA Administrator": a "person" that ends in an office
/// with no name after it is a title, not a person; what names the office's
/// body ("NASA") or place stays, as that.
fn drop_trailing_offices(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    const OFFICES: &[&str] = &[
        "president",
        "chairman",
        "chairwoman",
        "ceo",
        "minister",
        "secretary",
        "secretary-general",
        "senator",
        "governor",
        "mayor",
        "ambassador",
        "commissioner",
        "spokesman",
        "spokeswoman",
        "director",
        "administrator",
        "executive",
        "officer",
        "premier",
        "coach",
        "manager",
    ];
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let r = n.tokens.clone();
        let office = |t: usize| {
            let w = doc.word(t);
            w.starts_with(char::is_uppercase) && OFFICES.contains(&w.to_lowercase().as_str())
        };
        if n.label != Label::Per || r.len() < 2 || !office(r.end - 1) {
            out.push(n);
            continue;
        }
        let mut end = r.end - 1;
        while end > r.start
            && (office(end - 1) || lexicon::TITLE_WORDS.contains(&doc.word(end - 1)))
        {
            end -= 1;
        }
        let rest = doc.span_text(r.start..end);
        let acronym = rest.len() >= 2 && rest.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        if end > r.start && (acronym || lexicon::ORG_NAMES.contains(&rest)) {
            out.push(Name {
                tokens: r.start..end,
                label: Label::Org,
                ..n
            });
        } else if end > r.start && lexicon.is_listed_place(rest) {
            out.push(Name {
                tokens: r.start..end,
                label: Label::Loc,
                ..n
            });
        }
    }
    *names = out;
}

/// "Wright-Patterson Air Force Base in Ohio" tagged as one name: a name
/// runs over no lower-case "in" or "at"; what follows it is a place. Nor
/// over a score ("Sweden 1-0 South Korea" are two teams), nor from a
/// listed place over "and" into a person's name.
fn split_at_in(doc: &Doc, names: &mut Vec<Name>) {
    let mut out = Vec::with_capacity(names.len());
    // "Sweden 1-0 South Korea" read as one name: a score parts two teams.
    let score = |w: &str| {
        let mut parts = w.split(['-', '–', ':']);
        let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        parts.next().is_none() && lexicon::is_goals(a) && lexicon::is_goals(b)
    };
    for n in names.drain(..) {
        let r = n.tokens.clone();
        if let Some(k) = (r.start + 1..r.end.saturating_sub(1)).find(|&k| score(doc.word(k))) {
            out.push(Name {
                tokens: k + 1..r.end,
                ..n
            });
            out.push(Name {
                tokens: r.start..k,
                ..n
            });
            continue;
        }
        // "Brazil and Jose Angel Gurria" read as one place: a listed place,
        // "and", then a listed given name and more are a place and a
        // person.
        let given = |t: usize| doc.lex[t].lists.iter().any(|(l, _)| *l == List::Given);
        if let Some(k) = (r.start + 1..(r.start + 4).min(r.end.saturating_sub(2)))
            .find(|&k| doc.word(k) == "and" && doc.starts_listed_place(r.start) && given(k + 1))
        {
            out.push(rule(r.start..k, Label::Loc, n.confidence.min(0.7)));
            out.push(rule(k + 1..r.end, Label::Per, n.confidence.min(0.7)));
            continue;
        }
        // (And a person's "of" and a listed place: "William Cohen of Maine".)
        let at = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
            (matches!(doc.word(k), "in" | "at") && capitalised(doc.word(k + 1)))
                || (n.label == Label::Per && doc.word(k) == "of" && doc.starts_listed_place(k + 1))
        });
        match at {
            Some(k) => {
                out.push(rule(k + 1..r.end, Label::Loc, n.confidence.min(0.7)));
                out.push(Name {
                    tokens: r.start..k,
                    ..n
                });
            }
            None => out.push(n),
        }
    }
    *names = out;
}

/// "A court in Moscow…", "This week…": one of the commonest words of the
/// language, capitalised because it opens the sentence, is no name alone
/// (a listed place or organisation written so is: "US", "UN").
/// "governed until March", "on Tuesday": a month or a weekday alone is a
/// time, even where a list has a town of that name ("May" may be a person).
fn drop_calendar_words(doc: &Doc, names: &mut Vec<Name>) {
    names.retain(|n| !(n.tokens.len() == 1 && lexicon::is_day_or_month(doc.word(n.tokens.start))));
}

/// "Democratic Assembly Speaker Sheldon Silver": a party's adjective
/// opening a body's name right before a title says the titled person's
/// party; the body is the rest ("Assembly").
fn drop_party_adjectives(doc: &Doc, names: &mut [Name]) {
    for n in names.iter_mut() {
        let (a, b) = (n.tokens.start, n.tokens.end);
        if b - a >= 2
            && n.label == Label::Org
            && lexicon::AMERICAN_PARTIES
                .iter()
                .any(|(w, _)| *w == doc.word(a))
            && b < doc.len()
            && lexicon::is_title(doc.word(b))
        {
            n.tokens = a + 1..b;
        }
    }
}

/// "John Cornyn, U.S. Senator (R-Texas)": the letter before the hyphen
/// is the member's party ([`crate::entities::parties_of_adjectives`]);
/// the name is the state after it (it had been "(R-Texas", a person).
fn states_in_party_brackets(doc: &Doc, names: &mut [Name]) {
    for k in 0..doc.len() {
        if !crate::entities::opens_party_bracket(doc, k) {
            continue;
        }
        for n in names.iter_mut() {
            if n.tokens.start <= k + 2 && n.tokens.end > k + 3 {
                n.tokens = k + 3..n.tokens.end;
                n.label = Label::Loc;
            }
        }
    }
}

fn drop_function_words(doc: &Doc, names: &mut Vec<Name>) {
    names.retain(|n| {
        let t = n.tokens.start;
        // ("An IMF mission": "An" is a Korean surname too, but the tagger
        // read the article.)
        let function = matches!(
            doc.tags[t].penn(),
            "DT" | "PRP" | "PRP$" | "IN" | "CC" | "WDT" | "WP" | "TO" | "MD"
        );
        !(n.tokens.len() == 1
            && doc.sentence_initial(t)
            && doc.lex[t].zipf >= 60
            && (doc.lex[t].lists.is_empty() || function))
    });
}

/// "and John Stones early in the game": a given name alone, where the
/// parse reads it as the first word of the capitalised word after it, is
/// that person's name with it ("Stones" being a common word too, the
/// lists did not vouch for it).
fn extend_given_names(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    for n in names.iter_mut() {
        // (Or two given names: "run by Jose Antonio Fernandez, who", the
        // tagger's name ending at "Antonio".)
        let t = n.tokens.end - 1;
        let next = t + 1;
        if (n.tokens.len() == 1
            || (n.tokens.len() == 2 && lexicon.contains(List::Given, doc.word(t - 1))))
            && n.label == Label::Per
            && next < doc.len()
            && lexicon.contains(List::Given, doc.word(t))
            && spaced(doc, t, next)
            && !taken.contains(&next)
            && ((doc.heads[t] == Some(next)
                && (doc.deps[t].is("compound") || doc.deps[t].is("flat")))
                // ("Thomas Muster (Austria)": the tags say it where the
                // parse does not.)
                || (doc.tags[next].is_proper() && doc.tags[t].is_proper()))
            && capitalised(doc.word(next))
            && doc.word(next).chars().all(char::is_alphabetic)
            && !lexicon::is_title(doc.word(next))
        {
            n.tokens = n.tokens.start..next + 1;
        }
    }
}

/// "U.S. Ambassador to the United Nations Linda Thomas-Greenfield": a
/// body's or a place's name run on into a person's (a listed given name
/// and a capitalised word after it) is two names; the break is where the
/// first ends in a body's head word or is a listed place.
fn split_body_from_person(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let r = n.tokens.clone();
        // ("San Pedro Sula" is a listed town as a whole: no "San" and a
        // person "Pedro Sula".)
        let whole_place = lexicon.is_listed_place(doc.span_text(r.clone()));
        // "CEO of the Refugee Council Enver Solomon": after a title, "of"
        // or "to" and "the", the body's name comes first, whatever the
        // tagger read the whole as.
        let titled_body = r.start >= 3
            && doc.lower[r.start - 1] == "the"
            && matches!(doc.lower[r.start - 2].as_str(), "of" | "to")
            && lexicon::is_title(doc.word(r.start - 3))
            && !lexicon::HONORIFICS.contains(&doc.word(r.start - 3));
        let at = ((n.label != Label::Per || titled_body) && r.len() >= 3 && !whole_place)
            .then(|| {
                // "Ambassador to the United States Hamdullah Mohib": after
                // a title, a listed place and two or three words are a
                // place and a person, given name listed or not.
                let titled =
                    (r.start.saturating_sub(3)..r.start).any(|t| lexicon::is_title(doc.word(t)));
                (r.start + 1..r.end - 1)
                    .find(|&k| {
                        let place = lexicon.contains(List::Country, doc.span_text(r.start..k))
                            || lexicon.contains(List::City, doc.span_text(r.start..k));
                        capitalised(doc.word(k + 1))
                        // (Or after a body's acronym: "Ambassador to the UN
                        // Madeleine Albright".)
                        && ((lexicon.contains(List::Given, doc.word(k))
                            && (lexicon::ORG_HEADS.contains(&doc.word(k - 1))
                                || lexicon::ORG_ACRONYMS.contains(&doc.word(k - 1))
                                || place))
                            || (titled && place && (2..=3).contains(&(r.end - k)))
                            // (After the title's "of the": a listed given
                            // name.)
                            || (titled_body && lexicon.contains(List::Given, doc.word(k))))
                    })
                    // (Else the body's head word before two or three words,
                    // none a head word, that end the run: "Council Enver
                    // Solomon", not "United Nations Linda…".)
                    .or_else(|| {
                        (r.start + 1..r.end - 1).find(|&k| {
                            titled_body
                                && lexicon::ORG_HEADS.contains(&doc.word(k - 1))
                                && (2..=3).contains(&(r.end - k))
                                && (k..r.end).all(|t| {
                                    capitalised(doc.word(t))
                                        && !lexicon::ORG_HEADS.contains(&doc.word(t))
                                })
                        })
                    })
            })
            .flatten();
        match at {
            Some(k) => {
                let label =
                    if lexicon::ORG_ACRONYMS.contains(&doc.word(k - 1)) || n.label == Label::Per {
                        Label::Org
                    } else {
                        n.label
                    };
                out.push(rule(r.start..k, label, n.confidence));
                out.push(rule(k..r.end, Label::Per, n.confidence.min(0.8)));
            }
            None => out.push(n),
        }
    }
    *names = out;
}

/// "Senate Majority Leader Trent Lott of Mississippi" read whole as a
/// body's name: a body's name, a title, a person's name opening with a
/// listed given name, and perhaps "of" and a listed place are a body, a
/// person and a place (the title is neither).
fn split_titled_person_from_body(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let r = n.tokens.clone();
        let split = (n.label != Label::Per && r.len() >= 4)
            .then(|| {
                let title = (r.start + 1..r.end).find(|&t| lexicon::is_title(doc.word(t)))?;
                let body = doc.word(title - 1);
                if !(lexicon::GOVERNMENT_HEADS.contains(&body)
                    || lexicon::ORG_HEADS.contains(&body)
                    || lexicon::ORG_ACRONYMS.contains(&body))
                {
                    return None;
                }
                let given = (title + 1..r.end).find(|&t| !lexicon::is_title(doc.word(t)))?;
                if !lexicon.contains(List::Given, doc.word(given)) {
                    return None;
                }
                let mut end = given + 1;
                while end < r.end && end < given + 3 && capitalised(doc.word(end)) {
                    end += 1;
                }
                if end == given + 1 {
                    return None;
                }
                let place = if end == r.end {
                    None
                } else {
                    let p =
                        end + 1 + usize::from(doc.lower.get(end + 1).is_some_and(|w| w == "the"));
                    if doc.lower[end] != "of"
                        || p >= r.end
                        || !lexicon.is_listed_place(doc.span_text(p..r.end))
                    {
                        return None;
                    }
                    Some(p..r.end)
                };
                Some((title, given..end, place))
            })
            .flatten();
        match split {
            Some((title, person, place)) => {
                out.push(rule(r.start..title, n.label, n.confidence));
                out.push(rule(person, Label::Per, n.confidence));
                if let Some(p) = place {
                    out.push(rule(p, Label::Loc, n.confidence));
                }
            }
            None => out.push(n),
        }
    }
    *names = out;
}

/// "Hasina's Awami League" read whole as one name: the owner before "'s"
/// and the name it owns are two; the owned name keeps the type (a body's
/// head word makes it a body's), the owner is a person's unless listed
/// otherwise later.
fn split_at_possessive(doc: &Doc, names: &mut Vec<Name>) {
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let r = n.tokens.clone();
        // (Not inside a body's name: "Children's Fund".)
        let k = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
            matches!(doc.word(k), "'s" | "’s")
                && !lexicon::NAME_POSSESSIVES.contains(&doc.word(k - 1))
        });
        match k {
            Some(k) if capitalised(doc.word(k + 1)) => {
                let owned = if lexicon::heads_body(doc.word(r.end - 1)) {
                    Label::Org
                } else {
                    n.label
                };
                out.push(rule(r.start..k, Label::Per, n.confidence * 0.9));
                out.push(rule(k + 1..r.end, owned, n.confidence));
            }
            _ => out.push(n),
        }
    }
    *names = out;
}

/// "Bundesbank President Hans Tietmeyer", "Siemens chief executive…",
/// read whole as one name: the capitalised words before a title are its
/// owner (a body, or a place when listed as one), the title and the one
/// to three words after it a person.
fn split_owner_from_titled(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let r = n.tokens.clone();
        let split = (r.len() >= 3)
            .then(|| {
                let k = (r.start + 1..r.end - 1).find(|&k| {
                    let w = doc.word(k);
                    lexicon::is_title(w) && !lexicon::HONORIFICS.contains(&w)
                })?;
                let mut k2 = k;
                while k2 < r.end && lexicon::is_title(doc.word(k2)) {
                    k2 += 1;
                }
                let owner_ok = (r.start..k).all(|t| {
                    let w = doc.word(t);
                    capitalised(w)
                        && !lexicon::is_title(w)
                        && lexicon::demonym(w).is_none()
                        && !matches!(w, "U.S." | "US" | "UK" | "The")
                        && !lexicon.contains(List::Given, w)
                });
                let person_ok = (1..=3).contains(&(r.end - k2))
                    && (k2..r.end).all(|t| {
                        let w = doc.word(t);
                        capitalised(w)
                            && !lexicon::ORG_HEADS.contains(&w)
                            && !lexicon::GOVERNMENT_HEADS.contains(&w)
                    });
                (owner_ok
                    && person_ok
                    && !lexicon.contains(List::Country, doc.span_text(r.start..k)))
                .then_some(k)
            })
            .flatten();
        // "Jim Lehrer of PBS": a person's name, "of" and an acronym or a
        // body's name are two.
        let of_body = (n.label == Label::Per && r.len() >= 4)
            .then(|| {
                let k = (r.start + 2..r.end - 1).find(|&k| doc.lower[k] == "of")?;
                let w = doc.word(r.end - 1);
                let acronym =
                    r.end - k == 2 && w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
                // (Or any capitalised words after "of" when the name opens
                // with a given name, perhaps after a word the mention trims
                // later, and has a surname before "of": "Rolf Sorensen of
                // Rabobank", "Frenchman Richard Virenque of Festina", not
                // "John of Gaunt".)
                let given = (r.start..k).find(|&t| lexicon.contains(List::Given, doc.word(t)));
                let given_name = given.is_some_and(|g| g + 2 <= k && g <= r.start + 1)
                    && (r.start..k).all(|t| capitalised(doc.word(t)))
                    && (k + 1..r.end).all(|t| capitalised(doc.word(t)));
                (acronym || lexicon::ORG_HEADS.contains(&w) || given_name).then_some(k)
            })
            .flatten();
        // "Herve de Charette and Trade Minister Yves Galland": two people,
        // the second with a title (not a body's name that ends in its head
        // word: "the Foreign Affairs and Trade Ministry").
        let last = doc.word(r.end - 1);
        let body_end =
            lexicon::ORG_HEADS.contains(&last) || lexicon::GOVERNMENT_HEADS.contains(&last);
        let and_titled = (r.len() >= 4 && !body_end)
            .then(|| {
                (r.start + 1..r.end - 2).find(|&k| {
                    doc.lower[k] == "and"
                        && lexicon::is_title(doc.word(k + 1))
                        && (k + 1..r.end).any(|t| !lexicon::is_title(doc.word(t)))
                })
            })
            .flatten();
        if let Some(k) = and_titled {
            let left_person = r.start > 0 && lexicon::is_title(doc.word(r.start - 1))
                || lexicon.contains(List::Given, doc.word(r.start))
                || n.label == Label::Per;
            out.push(rule(
                r.start..k,
                if left_person { Label::Per } else { n.label },
                n.confidence,
            ));
            out.push(rule(k + 1..r.end, Label::Per, n.confidence.min(0.8)));
            continue;
        }
        if let Some(k) = of_body {
            let label = if lexicon.is_listed_place(doc.span_text(k + 1..r.end)) {
                Label::Loc
            } else {
                Label::Org
            };
            out.push(rule(r.start..k, Label::Per, n.confidence));
            out.push(rule(k + 1..r.end, label, n.confidence.min(0.8)));
            continue;
        }
        match split {
            Some(k) => {
                let owner = doc.span_text(r.start..k);
                let label = if lexicon.is_listed_place(owner) {
                    Label::Loc
                } else {
                    Label::Org
                };
                out.push(rule(r.start..k, label, n.confidence.min(0.8)));
                out.push(rule(k..r.end, Label::Per, n.confidence.min(0.8)));
            }
            None => out.push(n),
        }
    }
    *names = out;
}

/// "Bank Julius Baer", "Banque Paribas": a bank's word right before a
/// name makes one bank of them, whatever the name looked like.
fn banks_named_for_people(doc: &Doc, names: &mut Vec<Name>) {
    let mut joined = Vec::new();
    for n in names.iter() {
        let r = n.tokens.clone();
        if r.start > 0
            && matches!(doc.word(r.start - 1), "Bank" | "Banque" | "Banco" | "Banca")
            && (r.start < 2 || !capitalised(doc.word(r.start - 2)))
            && r.len() <= 3
        {
            joined.push(r.start - 1..r.end);
        }
    }
    if joined.is_empty() {
        return;
    }
    names.retain(|n| {
        !joined
            .iter()
            .any(|j| n.tokens.start >= j.start && n.tokens.end <= j.end)
    });
    for j in joined {
        names.push(rule(j, Label::Org, 0.8));
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Israeli Prime Minister Benjamin Netanyahu", read whole as a place or
/// an organisation: a title (after a nationality, a country or other
/// title words) and then one to three capitalised words that head no body
/// make a titled person.
fn titled_runs_are_people(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    for n in names.iter_mut().filter(|n| n.label != Label::Per) {
        let r = n.tokens.clone();
        let mut k = r.start;
        while k < r.end
            && (lexicon::demonym(doc.word(k)).is_some()
                || lexicon.contains(List::Country, doc.word(k))
                || matches!(doc.word(k), "U.S." | "US" | "UK" | "Former" | "former"))
        {
            k += 1;
        }
        // ("Oil Minister Ali al-Naimi": a portfolio's words before the
        // title.)
        if k < r.end && !lexicon::is_title(doc.word(k)) {
            if let Some(t) = (k + 1..(k + 3).min(r.end)).find(|&t| {
                lexicon::is_title(doc.word(t)) && !lexicon::TITLE_WORDS.contains(&doc.word(t))
            }) {
                k = t;
            }
        }
        let title_start = k;
        while k < r.end && lexicon::is_title(doc.word(k)) {
            k += 1;
        }
        // (Words of the name, not its particles: "Ali al-Naimi" is two.)
        let particle =
            |t: usize| doc.word(t) == "-" || lexicon::NAME_PARTICLES.contains(&doc.word(t));
        let rest = (k..r.end).filter(|&t| !particle(t)).count();
        let role = (title_start..k).any(|t| {
            let w = doc.word(t);
            !lexicon::TITLE_WORDS.contains(&w) && !lexicon::HONORIFICS.contains(&w)
        });
        let person = (k..r.end).all(|t| {
            let w = doc.word(t);
            (capitalised(w) && !lexicon::heads_body(w)) || (particle(t) && t > k)
        });
        if role && (1..=3).contains(&rest) && person {
            n.label = Label::Per;
            continue;
        }
        // "Egyptian President Hosni Mubarak", "King Hussein": the name
        // right after a capitalised role (not a word that only goes with
        // one, "State") is a person when its words head no body and name
        // no place.
        let after_role = r.start > 0 && {
            let w = doc.word(r.start - 1);
            lexicon::is_title(w)
                && !lexicon::TITLE_WORDS.contains(&w)
                && !lexicon::HONORIFICS.contains(&w)
        };
        // ("Foreign Minister Herve de Charette": a town's name before a
        // name's particle is a given name.)
        let particle_after = r.end + 1 < doc.len()
            && lexicon::NAME_PARTICLES.contains(&doc.word(r.end))
            && capitalised(doc.word(r.end + 1));
        // ("President Frederick Chiluba": a town's name that is a given
        // name, first of two words or more, is the given name.)
        let given_first = r.len() >= 2 && lexicon.contains(List::Given, doc.word(r.start));
        if after_role
            && r.len() <= 3
            && (r.start..r.end).all(|t| {
                let w = doc.word(t);
                capitalised(w)
                    && !lexicon::is_title(w)
                    && !lexicon::heads_body(w)
                    && (particle_after
                        || !lexicon.is_listed_place(w)
                        || (t == r.start && given_first))
            })
        {
            n.label = Label::Per;
        }
    }
}

/// "Jordan's King Hussein", "Georgia's President Eduard Shevardnadze": a
/// country's one-word name read as a person's is the country where a
/// title follows its possessive. "Telekom's Bjarne Riis": a one-word
/// "person" no list knows as a given name or a surname, owning a person
/// named in full, is a body (a team, a company), not a person's person.
fn owners_of_titles(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    let people_in_full: HashSet<usize> = names
        .iter()
        .filter(|n| n.label == Label::Per && n.tokens.len() >= 2)
        .map(|n| n.tokens.start)
        .collect();
    for n in names
        .iter_mut()
        .filter(|n| n.label == Label::Per && n.tokens.len() == 1)
    {
        let t = n.tokens.start;
        let w = doc.word(t);
        if t + 2 >= doc.len() || !matches!(doc.word(t + 1), "'s" | "’s") {
            continue;
        }
        if lexicon.contains(List::Country, w)
            && lexicon::is_title(doc.word(t + 2))
            && !lexicon::HONORIFICS.contains(&doc.word(t + 2))
        {
            n.label = Label::Loc;
        } else if people_in_full.contains(&(t + 2))
            && !lexicon.contains(List::Given, w)
            && !lexicon.contains(List::Surname, w)
            && !lexicon.is_listed_place(w)
        {
            n.label = Label::Org;
        }
    }
}

/// "Russia's Yevgeny Kafelnikov", where the tagger found no name: a
/// place's name and "'s", then two or three capitalised words the text
/// never writes in lower case, no title, legal form or body's word among
/// them, then a word that is not capitalised, name a person.
fn people_of_places(doc: &Doc, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for n in names.iter().filter(|n| n.label == Label::Loc) {
        let s = n.tokens.end + 1;
        if s >= doc.len() || !matches!(doc.word(n.tokens.end), "'s" | "’s") {
            continue;
        }
        let mut e = s;
        while e < doc.len()
            && e - s < 4
            && !taken.contains(&e)
            && doc.sentence_of[e] == doc.sentence_of[s]
            && capitalised(doc.word(e))
            && doc
                .word(e)
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !doc.lex[e].seen_lower
            && !lexicon::is_title(doc.word(e))
            && !lexicon::heads_body(doc.word(e))
            && !lexicon::LEGAL_FORMS.contains(&doc.word(e))
            && !lexicon::is_day_or_month(doc.word(e))
        {
            e += 1;
        }
        let ends = e < doc.len() && !capitalised(doc.word(e));
        if (2..=3).contains(&(e - s)) && ends {
            found.push(rule(s..e, Label::Per, 0.6));
        }
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "McDonnell Douglas Corp" (read as a person and a company), "Volvo AB"
/// (a place and a word): a name with a legal form right after it, or
/// before a company named with one, is one company.
fn join_company_names(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    fact_explorer_core::sort::sort_by_key(names, |n| n.tokens.start);
    let legal = |t: usize| t < doc.len() && lexicon::LEGAL_FORMS.contains(&doc.word(t));
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        if let Some(last) = out.last_mut() {
            let adjacent = last.tokens.end == n.tokens.start
                && spaced(doc, last.tokens.end - 1, n.tokens.start)
                && doc.sentence_of[n.tokens.start] == doc.sentence_of[last.tokens.start];
            if adjacent
                && legal(n.tokens.end - 1)
                && !legal(last.tokens.end - 1)
                && last.tokens.len() == 1
            {
                last.tokens.end = n.tokens.end;
                last.label = Label::Org;
                continue;
            }
        }
        out.push(n);
    }
    for n in &mut out {
        if legal(n.tokens.end) && spaced(doc, n.tokens.end - 1, n.tokens.end) && n.tokens.len() <= 3
        {
            n.tokens.end += 1;
            n.label = Label::Org;
        }
    }
    *names = out;
    // "British Airways Plc" where the tagger read "British" and "Plc"
    // apart, and "Virgin Atlantic chairman Richard Branson": the
    // capitalised words before a legal form, or before a company's role
    // ("chairman", "chief executive"), are one company's name.
    let mut runs = Vec::new();
    for i in 0..doc.len() {
        let w = doc.word(i);
        let company_role = matches!(w, "chairman" | "chairwoman" | "CEO")
            || (w == "chief" && i + 1 < doc.len() && doc.word(i + 1) == "executive");
        let legal_form = lexicon::LEGAL_FORMS.contains(&w) && w != "Group";
        if !(company_role || legal_form) {
            continue;
        }
        let mut a = i;
        let word = |k: usize| {
            capitalised(doc.word(k))
                && doc.word(k).chars().any(char::is_lowercase)
                && !lexicon::is_title(doc.word(k))
                && !lexicon::LEGAL_FORMS.contains(&doc.word(k))
        };
        loop {
            if a > 0 && i - a < 4 && !doc.tokens[a].line_start && word(a - 1) {
                a -= 1;
            } else if a > 1
                && i - a < 3
                && a < i
                && !doc.tokens[a].line_start
                && lexicon::NAME_PARTICLES.contains(&doc.word(a - 1))
                && word(a - 2)
            {
                // "Petroleos de Venezuela SA".
                a -= 2;
            } else {
                break;
            }
        }
        // Two words at least for a role's owner, or one proper noun with
        // the role's holder named after it ("Siemens chief executive
        // Heinrich von Pierer", "Volkswagen chairman Ferdinand Piech"); a
        // legal form makes one word a company.
        let end = if company_role { i } else { i + 1 };
        let len = i - a;
        let after_role = if w == "chief" { i + 2 } else { i + 1 };
        let holder_named = after_role < doc.len()
            && capitalised(doc.word(after_role))
            && !doc.tokens[after_role].line_start;
        if len == 0 || (company_role && len < 2 && !(holder_named && doc.tags[a].is_proper())) {
            continue;
        }
        let text = doc.span_text(a..i);
        if lexicon.is_listed_place(text) || lexicon::demonym(text).is_some() {
            continue;
        }
        runs.push(a..end);
    }
    for r in runs {
        let crosses = names.iter().any(|n| {
            n.tokens.start < r.end
                && n.tokens.end > r.start
                && (n.tokens.start < r.start || n.tokens.end > r.end)
        });
        if crosses {
            continue;
        }
        names.retain(|n| !(n.tokens.start >= r.start && n.tokens.end <= r.end));
        names.push(rule(r, Label::Org, 0.75));
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Dutch Foreign Minister Hans van Mierlo", "Charles de Gaulle": a
/// person's name, a lower-case particle and a capitalised word are one
/// name (the tagger stops at the particle).
fn join_particles(doc: &Doc, names: &mut Vec<Name>) {
    let mut absorbed: Vec<Range<usize>> = Vec::new();
    for n in names.iter_mut().filter(|n| n.label == Label::Per) {
        let mut end = n.tokens.end;
        // (Capitalised too: "Stefaan De Clerck", "Karel Van Miert".)
        while end + 1 < doc.len()
            && lexicon::NAME_PARTICLES.contains(&doc.lower[end].as_str())
            && doc.sentence_of[end + 1] == doc.sentence_of[n.tokens.start]
        {
            // "Hassan el-Alfi": the particle joined to the name by a hyphen.
            let after =
                if doc.word(end + 1) == "-" && end + 2 < doc.len() && !spaced(doc, end, end + 1) {
                    end + 2
                } else {
                    end + 1
                };
            if !capitalised(doc.word(after)) || lexicon::is_title(doc.word(after)) {
                break;
            }
            // Through the particle and the capitalised words after it.
            let mut k = after;
            while k < doc.len() && capitalised(doc.word(k)) && k < end + 4 {
                k += 1;
            }
            end = k;
        }
        if end > n.tokens.end {
            absorbed.push(n.tokens.end..end);
            n.tokens.end = end;
        }
    }
    // The names the joined ones took in go.
    names.retain(|m| {
        !absorbed
            .iter()
            .any(|r| m.tokens.start >= r.start && m.tokens.end <= r.end)
    });
}

/// "the state-owned Corporacion Venezolana de Guayana", "Banco Central de
/// Venezuela": a head-first body's word (`HEAD_FIRST_BODIES`) and the
/// capitalised words after it, through the particles of its language
/// ("de", "de la", "des", "di", "y"), are one body's name, over the parts
/// the tagger found (a bank and a country) or in place of none. Not where
/// a name found runs beyond it on either side.
fn add_head_first_bodies(doc: &Doc, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < doc.len() {
        if !lexicon::HEAD_FIRST_BODIES.contains(&doc.word(i)) {
            i += 1;
            continue;
        }
        let s = doc.sentence_of[i];
        let mut end = i + 1;
        let mut k = i + 1;
        while k < doc.len() && k < i + 9 && doc.sentence_of[k] == s {
            // (An elided article's word too: "l'Audiovisuel", "d'Italia".)
            let word = doc.word(k);
            let word = ["l'", "d'", "l’", "d’"]
                .iter()
                .find_map(|a| word.strip_prefix(a))
                .unwrap_or(word);
            if capitalised(word) && word.chars().all(char::is_alphabetic) {
                k += 1;
                end = k;
            } else if lexicon::HEAD_FIRST_JOINS.contains(&doc.word(k)) {
                k += 1;
            } else {
                break;
            }
        }
        if end >= i + 2 {
            let r = i..end;
            let fits = names
                .iter()
                .filter(|m| m.tokens.start < r.end && m.tokens.end > r.start)
                .all(|m| m.tokens.start >= r.start && m.tokens.end <= r.end);
            if fits {
                found.push(rule(r, Label::Org, 0.85));
            }
        }
        i = end.max(i + 1);
    }
    for n in found {
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Mandela, who was released…": a capitalised word the tagger left, with
/// ", who" right after it (or ", 22, who"), is a person's name (a name in
/// the tagger's list already is typed by it); so is a name the tagger took
/// for a place no list knows.
fn add_who_named(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    let mut retyped = Vec::new();
    for i in 0..doc.len().saturating_sub(2) {
        // (", 22, who": an age between.)
        let aged = i + 4 < doc.len()
            && doc.word(i + 2).chars().all(|c| c.is_ascii_digit())
            && doc.word(i + 3) == ",";
        let who = if aged { i + 4 } else { i + 2 };
        if doc.word(i + 1) != "," || doc.lower[who] != "who" {
            continue;
        }
        // Back over the capitalised words before the comma.
        let mut a = i + 1;
        while a > 0
            && capitalised(doc.word(a - 1))
            && doc.tags[a - 1].is_proper()
            && !lexicon::is_title(doc.word(a - 1))
            && i + 1 - a < 3
            && doc.sentence_of[a - 1] == doc.sentence_of[i]
        {
            a -= 1;
        }
        if a == i + 1 {
            continue;
        }
        let span = a..i + 1;
        let w = doc.span_text(span.clone());
        let known = lexicon.is_listed_place(w)
            || lexicon::demonym(w).is_some()
            || lexicon::GROUPS.contains(&w);
        let taken = names
            .iter()
            .any(|n| n.tokens.start < span.end && n.tokens.end > span.start);
        if !known && !taken {
            found.push(rule(span, Label::Per, 0.7));
        } else if !known {
            // A place's name no list knows, ending right before ", who",
            // is a person's ("Jalabert, who rides for ONCE"): places take
            // "which" or "where". (Not a body's: "Real Madrid, who beat
            // Valencia".)
            retyped.extend(
                names
                    .iter()
                    .position(|n| n.tokens.end == i + 1 && n.label == Label::Loc)
                    .filter(|&k| !lexicon.is_listed_place(doc.span_text(names[k].tokens.clone()))),
            );
        }
    }
    for k in retyped {
        names[k].label = Label::Per;
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| n.tokens.start);
}

/// "Fabian Alarcon, the president of Congress,", "told Parliament": a
/// legislature named by its one word, capitalised after a preposition or
/// a verb, where the tagger left it (it knows the word in lower case).
fn add_lone_legislatures(doc: &Doc, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for t in 1..doc.len() {
        let capital_at = |k: usize| {
            k < doc.len()
                && doc.sentence_of[k] == doc.sentence_of[t]
                && doc.word(k).starts_with(char::is_uppercase)
        };
        if !lexicon::LEGISLATURES.contains(&doc.word(t))
            || taken.contains(&t)
            || doc.sentence_of[t - 1] != doc.sentence_of[t]
            || capital_at(t - 1)
            || capital_at(t + 1)
            || !(doc.tags[t - 1].penn() == "IN" || doc.tags[t - 1].is_verb())
        {
            continue;
        }
        found.push(rule(t..t + 1, Label::Org, 0.7));
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Robert Eaton became Chrysler's chairman", "Universal's board": one
/// capitalised word the text never writes in lower case, before "'s" and
/// a company's office or organ, is a company's name the tagger left.
fn add_owners_of_boards(doc: &Doc, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for t in 1..doc.len().saturating_sub(2) {
        if !unknown_capitalised(doc, t)
            || taken.contains(&t)
            || doc.sentence_of[t - 1] != doc.sentence_of[t]
            || capitalised(doc.word(t - 1))
            || !matches!(doc.word(t + 1), "'s" | "’s")
        {
            continue;
        }
        let mut k = t + 2;
        while k < doc.len() && matches!(doc.lower[k].as_str(), "new" | "former" | "outgoing") {
            k += 1;
        }
        let office = k < doc.len()
            && (lexicon::BOARD_ROLES.contains(&doc.lower[k].as_str())
                || matches!(doc.lower[k].as_str(), "board" | "shares")
                || (doc.lower[k] == "chief"
                    && doc.lower.get(k + 1).is_some_and(|w| w == "executive")));
        if office {
            found.push(rule(t..t + 1, Label::Org, 0.6));
        }
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// Names the tagger left whose shape says what they are: two or three
/// capitalised words the text never writes in lower case (no title, month
/// or people's word among them) followed by a description of a person
/// ("Saeb Erekat, the PLO's chief negotiator,", "Amr Moussa, Egypt's
/// foreign minister,"), between commas before "said" ("the WHO
/// representative in Nigeria, Abdoulaye Diallo, said"), or by ", which"
/// (a body, "Amnesty International, which is based in London").
fn add_described_names(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let word_ok = |t: usize| {
        let w = doc.word(t);
        unknown_capitalised(doc, t)
            && !taken.contains(&t)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !matches!(w, "The" | "A" | "An" | "In" | "On" | "At" | "But" | "And")
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        if !word_ok(i) || (i > 0 && word_ok(i - 1) && doc.sentence_of[i - 1] == doc.sentence_of[i])
        {
            i += 1;
            continue;
        }
        // (A hyphen joins two words of one name: "Creditanstalt-Bankverein".)
        let joined = |k: usize| {
            k + 1 < doc.len()
                && doc.word(k) == "-"
                && k > i
                && doc.tokens[k].end == doc.tokens[k + 1].start
                && doc.tokens[k - 1].end == doc.tokens[k].start
                && word_ok(k + 1)
        };
        let mut e = i;
        let mut words = 0;
        while e < doc.len() && words < 4 && doc.sentence_of[e] == doc.sentence_of[i] {
            if word_ok(e) {
                words += 1;
            } else if !joined(e) {
                break;
            }
            e += 1;
        }
        let hyphenated = (i..e).any(|k| doc.word(k) == "-");
        let len = if hyphenated { words.max(2) } else { words };
        let next = |k: usize| doc.lower.get(e + k).map_or("", String::as_str);
        if !(2..=3).contains(&len) || next(0) != "," {
            i = e.max(i + 1);
            continue;
        }
        let span = i..e;
        let text = doc.span_text(span.clone());
        if lexicon.is_listed_place(text) || lexicon::GROUPS.contains(&text) {
            i = e;
            continue;
        }
        // A person described: a role within the next few words, after an
        // article or an owner's "'s" (a body: a word for a company,
        // "Creditanstalt-Bankverein, Austria's second largest bank,").
        let description: Vec<usize> = (e + 1..(e + 8).min(doc.len()))
            .take_while(|&k| doc.word(k) != "," && doc.sentence_of[k] == doc.sentence_of[i])
            .collect();
        // (Or a role of a body right after the comma: "Massoud Barzani,
        // leader of the Kurdistan Democratic Party,".)
        let introduced = matches!(next(1), "the" | "a" | "an")
            || (e + 2 < doc.len() && matches!(doc.word(e + 2), "'s" | "’s"))
            || (lexicon::is_role(next(1)) && next(2) == "of");
        // (Or by an age or a people's word for a noun: "Karim Benali, a
        // 31-year-old Algerian who…".)
        let aged = |k: usize| doc.lower[k] == "old" && k > 0 && doc.word(k - 1) == "-";
        let national = |k: usize| doc.tags[k].is_noun() && lexicon::demonym(doc.word(k)).is_some();
        let described = introduced
            && description
                .iter()
                .any(|&k| lexicon::is_role(&doc.lower[k]) || aged(k) || national(k));
        let described_body = introduced
            && !described
            && description
                .iter()
                .any(|&k| doc.tags[k].is_noun() && lexicon::is_company_noun(&doc.lemmas[k]));
        // Between commas, then a speech verb.
        let before_said = i > 0
            && doc.word(i - 1) == ","
            && e + 1 < doc.len()
            && lexicon::SPEECH_VERBS.contains(&doc.lemmas[e + 1].as_str());
        let body = next(1) == "which" && lexicon::heads_body(doc.word(e - 1))
            || (next(1) == "which" && doc.word(e - 1) == "International");
        // ("the State Duma, the lower house of parliament": a body's word
        // ends it.)
        let body_word =
            lexicon::ORG_NAMES.contains(&doc.word(e - 1)) || lexicon::heads_body(doc.word(e - 1));
        if (described || before_said) && !body_word {
            found.push(rule(span, Label::Per, 0.65));
        } else if body || described_body || described {
            found.push(rule(span, Label::Org, 0.65));
        }
        i = e;
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Governor of Washington Chris Gregoire" (one name in GUM's way, and
/// the tagger's): the title's place and the person are two names, and the
/// title words go.
fn split_title_of_place(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let r = n.tokens.clone();
        let mut k = r.start;
        while k < r.end && lexicon::is_title(doc.word(k)) {
            k += 1;
        }
        let split = (k > r.start && k + 3 < r.end && matches!(doc.lower[k].as_str(), "of" | "to"))
            .then(|| {
                let p = if doc.lower[k + 1] == "the" {
                    k + 2
                } else {
                    k + 1
                };
                (p + 1..r.end - 1)
                    .find(|&e| {
                        let place = doc.span_text(p..e);
                        lexicon.is_listed_place(place)
                            && lexicon.contains(List::Given, doc.word(e))
                            && (2..=3).contains(&(r.end - e))
                    })
                    .map(|e| (p, e))
            })
            .flatten();
        match split {
            Some((p, e)) => {
                out.push(rule(p..e, Label::Loc, n.confidence));
                out.push(rule(e..r.end, Label::Per, n.confidence));
            }
            None => out.push(n),
        }
    }
    *names = out;
}

/// "Daimler-Benz Aerospace of Germany", "CASA of Spain", "Pasteur Merieux
/// Connaught of Lyon": a company's name, "of" and a listed country or town
/// are two names, the company and where it is. Not a body whose name is
/// built so ("Bank of England", "University of Chicago", "Civil Aviation
/// Authority of Singapore"), a title's ("Duke of York") or a place's
/// ("Gulf of Mexico", "Republic of Ireland").
fn split_company_of_place(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    const PLACE_HEADS: &[&str] = &[
        "Gulf",
        "Sea",
        "Bay",
        "Isle",
        "Island",
        "Islands",
        "Strait",
        "Straits",
        "Republic",
        "Kingdom",
        "Commonwealth",
        "State",
        "States",
        "Province",
        "Port",
        "Cape",
        "Lake",
        "Mount",
        "Federation",
        "Union",
        "Principality",
        "Emirate",
        "Duchy",
        "City",
        "District",
        "Church",
        "Archdiocese",
        "Diocese",
        "Bishop",
        "Archbishop",
        "Duke",
        "Duchess",
        "Prince",
        "Princess",
        "Earl",
        "Queen",
        "King",
        "Mayor",
        "Governor",
        "Friends",
        "People",
        "Battle",
        "Treaty",
        "Siege",
        "Peace",
        "Summit",
        "Conference",
        "Games",
        "Cup",
    ];
    let mut out = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let r = n.tokens.clone();
        let split = (r.len() >= 3)
            .then(|| (r.start + 1..r.end - 1).find(|&k| doc.lower[k] == "of"))
            .flatten()
            .filter(|&k| {
                let p = if doc.lower[k + 1] == "the" {
                    k + 2
                } else {
                    k + 1
                };
                let before = r.start..k;
                // (By the words as written: "Daimler-Benz" is one.)
                let words: Vec<&str> = doc.span_text(before).split_whitespace().collect();
                let corporate = n.label == Label::Org
                    || words.iter().any(|w| {
                        w.contains('-')
                            || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
                    });
                // (Any name of two words or more before "of" and a listed
                // place: "Pasteur Merieux Connaught of Lyon", "Senate
                // Majority Leader Trent Lott of Mississippi".)
                let sized = if corporate {
                    (1..=3).contains(&words.len())
                } else {
                    (2..=6).contains(&words.len())
                };
                p < r.end
                    && sized
                    && lexicon.is_listed_place(doc.span_text(p..r.end))
                    && !words.iter().any(|w| {
                        lexicon::heads_body(w)
                            || lexicon::is_title(w)
                            || lexicon::CAMPUS_HEADS.contains(w)
                            || PLACE_HEADS.contains(w)
                            || lexicon::capitalised(w) && lexicon.is_listed_place(w)
                    })
            });
        match split {
            Some(k) => {
                let p = if doc.lower[k + 1] == "the" {
                    k + 2
                } else {
                    k + 1
                };
                out.push(rule(r.start..k, Label::Org, n.confidence));
                out.push(rule(p..r.end, Label::Loc, n.confidence));
            }
            None => out.push(n),
        }
    }
    *names = out;
}

/// "Secretary of State Madeleine Albright": the portfolio after "of" and a
/// title is the title's, not the first word of the person's name (and
/// what follows the title is a person).
fn drop_portfolios(doc: &Doc, names: &mut [Name]) {
    for n in names.iter_mut() {
        let t = n.tokens.start;
        if n.tokens.len() >= 2
            && t >= 2
            && lexicon::TITLE_WORDS.contains(&doc.word(t))
            && doc.word(t - 1) == "of"
            && lexicon::is_title(doc.word(t - 2))
        {
            n.tokens.start = t + 1;
            n.label = Label::Per;
        }
    }
}

/// "Group F", "Round 2": a stage of a competition is no name. Nor is an
/// award ("won the Budweiser Man of the Match award", "the Nobel Prize"):
/// no person, body or place.
fn drop_stages(doc: &Doc, names: &mut Vec<Name>) {
    let award = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "award" | "awards" | "prize" | "prizes" | "trophy" | "medal" | "medals"
        )
    };
    names.retain(|n| {
        // The word after the name and any capitalised words and "of the"
        // going on from it ("Budweiser Man" of "… Man of the Match award").
        let mut e = n.tokens.end;
        while e < doc.len()
            && e < n.tokens.end + 5
            && (capitalised(doc.word(e)) || matches!(doc.word(e), "of" | "the"))
        {
            e += 1;
        }
        !(award(doc.word(n.tokens.end - 1)) || (e < doc.len() && award(doc.word(e))))
    });
    names.retain(|n| {
        let mark = |w: &str| {
            (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
                || (!w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
        };
        let words: Vec<&str> = n
            .tokens
            .clone()
            .map(|t| doc.word(t))
            .filter(|w| w.chars().any(char::is_alphanumeric) && *w != "the")
            .collect();
        !(words.len() == 2 && lexicon::STAGES.contains(&words[0]) && mark(words[1]))
    });
}

/// "Budweiser Man of the Match": a town whose name is a common English
/// word ("Man", "Bath", "Mobile"), inside a run of capitalised words
/// going on with "of", is a word of a longer title, not the town.
fn drop_common_towns(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    names.retain(|n| {
        let t = n.tokens.start;
        let w = doc.word(t);
        !(n.tokens.len() == 1
            && n.label == Label::Loc
            && doc.lex[t].zipf >= 45
            && lexicon.contains(List::City, w)
            && !lexicon.contains(List::Country, w)
            && !lexicon.contains(List::Region, w)
            && t > 0
            && !doc.sentence_initial(t - 1)
            && capitalised(doc.word(t - 1))
            && doc.word(t - 1).chars().any(char::is_lowercase)
            && t + 1 < doc.len()
            && doc.word(t + 1) == "of")
    });
}

/// "Czech", "Czechs", "Americans", "Rwandan Hutu" alone are no names;
/// "Czech Republic" and "Indonesian Navy" stay. Nor is a compass point's
/// adjective alone before a word in small letters ("Western diplomats
/// said"; "Western Sahara" stays).
fn drop_nationalities(doc: &Doc, names: &mut Vec<Name>) {
    // ("Rwandan Hutu": every word a people's.)
    let people = |w: &str| lexicon::demonym(w).is_some() || lexicon::GROUPS.contains(&w);
    let compass = |n: &Name| {
        n.tokens.len() == 1
            && matches!(
                doc.word(n.tokens.start),
                "Western" | "Eastern" | "Northern" | "Southern"
            )
            && n.tokens.end < doc.len()
            && doc.word(n.tokens.end).starts_with(char::is_lowercase)
    };
    names.retain(|n| {
        let text = doc.span_text(n.tokens.clone());
        !people(text) && !n.tokens.clone().all(|t| people(doc.word(t))) && !compass(n)
    });
}

/// "NEW YORK" read as "NEW" or "YORK" (a dateline, a headline): a name
/// in capitals takes in the capitals beside it when the longer run, in
/// title case, is a listed place.
fn shouted_places(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let caps = |t: usize| {
        let w = doc.word(t);
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    };
    for n in names.iter_mut() {
        if !n.tokens.clone().all(caps) {
            continue;
        }
        let (a, b) = (n.tokens.start, n.tokens.end);
        let runs = [
            (a.saturating_sub(1), b),
            (a, b + 1),
            (a.saturating_sub(2), b),
            (a, b + 2),
        ];
        for (x, y) in runs {
            if y > doc.len()
                || (x..y).any(|t| !caps(t))
                || (x + 1..y).any(|t| doc.tokens[t].line_start)
            {
                continue;
            }
            if (x, y) != (a, b)
                && lexicon.is_listed_place(&lexicon::title_case(doc.span_text(x..y)))
            {
                n.tokens = x..y;
                n.label = Label::Loc;
                break;
            }
        }
    }
    // And where the tagger read nothing ("NEW YORK 1996-12-07"): a run of
    // one or two words in capitals that is a listed place.
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut i = 0;
    while i < doc.len() {
        let mut found = false;
        for len in [2, 1] {
            let r = i..i + len;
            if r.end > doc.len()
                || r.clone().any(|t| taken.contains(&t) || !caps(t))
                || doc
                    .span_text(r.clone())
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
                    < 4
                || (i + 1..r.end).any(|t| doc.tokens[t].line_start)
            {
                continue;
            }
            if lexicon.is_listed_place(&lexicon::title_case(doc.span_text(r.clone()))) {
                names.push(rule(r, Label::Loc, 0.75));
                i += len;
                found = true;
                break;
            }
        }
        if !found {
            i += 1;
        }
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
    names.dedup_by(|a, b| a.tokens.start < b.tokens.end && b.tokens.start < a.tokens.end);
}

/// A dateline ("HARTFORD, Connecticut 1996-10-07", "FRANKFURT
/// 1996-09-12") names where the story was filed: its words in capitals are
/// a place whatever the tagger read them as (a listed company, a
/// surname), and so is the state or country after its comma.
fn dateline_places(doc: &Doc, names: &mut Vec<Name>) {
    let caps = |t: usize| {
        let w = doc.word(t);
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
    };
    let mut places = Vec::new();
    for line in doc.lines() {
        if !lexicon::is_dateline(doc.span_text(line.clone())) {
            continue;
        }
        let mut end = line.start;
        while end < line.end && caps(end) {
            end += 1;
        }
        if end == line.start {
            continue;
        }
        places.push(line.start..end);
        if end + 1 < line.end && doc.word(end) == "," {
            let from = end + 1;
            let mut to = from;
            while to < line.end
                && to < from + 2
                && doc.word(to).starts_with(char::is_uppercase)
                && !caps(to)
            {
                to += 1;
            }
            if to > from {
                places.push(from..to);
            }
        }
    }
    for place in places {
        // The tagger's own reading stands when it already is this place.
        if names
            .iter()
            .any(|n| n.tokens == place && n.label == Label::Loc)
        {
            continue;
        }
        put_over(names, rule(place, Label::Loc, 1.0));
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// Whether token `t`'s sentence is a line in capitals.
fn shouted_line(doc: &Doc, t: usize) -> bool {
    let s = &doc.sentences[doc.sentence_of[t]];
    let letters: Vec<usize> = s
        .clone()
        .filter(|&x| doc.word(x).chars().any(char::is_alphabetic))
        .collect();
    letters.len() >= 3
        && letters
            .iter()
            .all(|&x| !doc.word(x).chars().any(char::is_lowercase))
}

/// A run of shouted words that spells, in title case, a name of two words
/// or more the text gives elsewhere is that name ("ASTON VILLA", which the
/// tagger read as a town and a person, after "Aston Villa"). Last, when
/// the names elsewhere are settled.
fn names_in_capitals(doc: &Doc, names: &mut Vec<Name>) {
    // (Each sentence looked at once: linear in the document.)
    let shouted: Vec<bool> = doc
        .sentences
        .iter()
        .map(|s| !s.is_empty() && shouted_line(doc, s.start))
        .collect();
    let shouted_line = |t: usize| shouted[doc.sentence_of[t]];
    if !shouted.contains(&true) {
        return;
    }
    let plain: HashMap<String, Label> = names
        .iter()
        .filter(|n| n.tokens.len() >= 2 && !shouted_line(n.tokens.start))
        .map(|n| (doc.span_text(n.tokens.clone()).to_string(), n.label))
        .collect();
    let mut spelt = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        let found = (2..=4).rev().find_map(|l| {
            (i + l <= doc.len()
                && doc.sentence_of[i] == doc.sentence_of[i + l - 1]
                && shouted_line(i))
            .then(|| plain.get(&lexicon::title_case(doc.span_text(i..i + l))))
            .flatten()
            .map(|&label| (l, label))
        });
        match found {
            Some((l, label)) => {
                spelt.push(rule(i..i + l, label, 0.8));
                i += l;
            }
            None => i += 1,
        }
    }
    for n in spelt {
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// A line in capitals ("BLACKROCK’S INFRASTRUCTURE ARM GIP TO
/// PARTICIPATE") gives the tagger no case to read: a name there stands
/// only if it is a known acronym, a listed place, or written the same way
/// (or in title case) elsewhere in the text.
fn drop_shouted(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let shouted_line = |t: usize| shouted_line(doc, t);
    let shouted: Vec<bool> = names.iter().map(|n| shouted_line(n.tokens.start)).collect();
    // How often each run of words of a shouted name's length occurs, as the
    // tokens spell it.
    let lengths: HashSet<usize> = names
        .iter()
        .zip(&shouted)
        .filter(|(_, s)| **s)
        .map(|(n, _)| n.tokens.len())
        .collect();
    let mut runs: HashMap<&str, usize> = HashMap::default();
    for &l in &lengths {
        for i in 0..doc.len().saturating_sub(l - 1) {
            *runs.entry(doc.span_text(i..i + l)).or_default() += 1;
        }
    }
    let elsewhere = |text: &str| {
        runs.get(text).is_some_and(|&c| c >= 2)
            || runs.contains_key(lexicon::title_case(text).as_str())
    };
    let mut k = 0;
    names.retain(|n| {
        k += 1;
        if !shouted[k - 1] {
            return true;
        }
        let text = doc.span_text(n.tokens.clone());
        lexicon::ORG_ACRONYMS.contains(&text)
            || lexicon.is_listed_place(text)
            || lexicon.is_listed_place(&lexicon::title_case(text))
            || elsewhere(text)
    });
    // "LEHMAN LEADS" over "Tom Lehman": a shouted word that is a person's
    // surname elsewhere is that person.
    let surnames: HashSet<String> = names
        .iter()
        .filter(|n| n.label == Label::Per && n.tokens.len() >= 2)
        .map(|n| doc.word(n.tokens.end - 1).to_string())
        .collect();
    for n in names.iter_mut().filter(|n| n.tokens.len() == 1) {
        let w = doc.word(n.tokens.start);
        if w.len() >= 3
            && !w.chars().any(char::is_lowercase)
            && surnames.contains(&lexicon::title_case(w))
        {
            n.label = Label::Per;
        }
    }
}

/// "Ha Jung-woo", "Jae-young Han": a Korean surname and a hyphenated given
/// name, either way round; then the surname alone is the same person.
fn add_korean_names(doc: &Doc, names: &mut Vec<Name>) {
    let korean_given = |w: &str| {
        let Some((a, b)) = w.split_once('-') else {
            return false;
        };
        let syllable =
            |s: &str| (1..=5).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic());
        syllable(a) && syllable(b) && a.starts_with(|c: char| c.is_ascii_uppercase())
    };
    let mut found = Vec::new();
    for i in 0..doc.len().saturating_sub(1) {
        let (a, b) = (doc.word(i), doc.word(i + 1));
        if (lexicon::KOREAN_SURNAMES.contains(&a) && korean_given(b))
            || (korean_given(a) && lexicon::KOREAN_SURNAMES.contains(&b))
        {
            found.push(rule(i..i + 2, Label::Per, 0.9));
        }
    }
    let surnames: HashSet<&str> = found
        .iter()
        .filter_map(|n| {
            n.tokens
                .clone()
                .map(|i| doc.word(i))
                .find(|w| lexicon::KOREAN_SURNAMES.contains(w))
        })
        .collect();
    let first_at = found
        .iter()
        .map(|n| n.tokens.start)
        .min()
        .unwrap_or(usize::MAX);
    for i in first_at.saturating_add(2)..doc.len() {
        if surnames.contains(&doc.word(i)) && doc.tags[i].is_proper() {
            found.push(rule(i..i + 1, Label::Per, 0.7));
        }
    }
    let mut set = Disjoint::new(std::mem::take(names));
    for n in found {
        // A guess that cuts the name ("Kim Shin" of "Kim Shin-Wook",
        // "Korea's Kim") or reads it as something else ("Park Joo-Ho" as a
        // park) gives way; a longer one that holds it whole stays.
        for m in set.overlapping(&n.tokens) {
            let holds = m.tokens.start <= n.tokens.start && n.tokens.end <= m.tokens.end;
            let same = m.tokens == n.tokens && m.label == Label::Per;
            if !holds || (m.tokens.len() <= n.tokens.len() && !same) {
                set.remove(&m);
            }
        }
        if set.overlapping(&n.tokens).is_empty() {
            set.insert(n);
        }
    }
    *names = set.into_vec();
}

/// A given name and a surname side by side ("Alice Mak", "Starry Lee"): a
/// person, in place of a shorter guess ("Alice" as a town).
fn add_given_and_surname(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let plain = |w: &str| {
        capitalised(w) && w.chars().skip(1).all(char::is_lowercase) && w.chars().count() >= 2
    };
    let blocked = |w: &str| {
        lexicon::is_title(w)
            || lexicon::ORG_HEADS.contains(&w)
            || lexicon.contains(List::Country, w)
            || lexicon.contains(List::Region, w)
    };
    let mut set = Disjoint::new(std::mem::take(names));
    for i in 0..doc.len().saturating_sub(1) {
        let (x, y) = (doc.word(i), doc.word(i + 1));
        if !spaced(doc, i, i + 1) || !plain(x) || !plain(y) || blocked(x) || blocked(y) {
            continue;
        }
        let asian = lexicon::ASIAN_SURNAMES.contains(&y) || lexicon::KOREAN_SURNAMES.contains(&y);
        // The surname first, as Chinese names are written ("Xi Jinping"),
        // before a word the language does not otherwise use.
        let surname_first = (lexicon::ASIAN_SURNAMES.contains(&x)
            || lexicon::KOREAN_SURNAMES.contains(&x))
            && doc.lex[i + 1].zipf < 30;
        let given = lexicon.contains(List::Given, x);
        let zipf = doc.lex[i].zipf;
        let common = zipf >= 50;
        let rare = zipf < 30;
        let surname = lexicon.contains(List::Surname, y);
        // (A people's word before a given name vouches for the word after
        // it as a surname: "Italian Michele Bartoli", "Dane Rolf
        // Sorensen".)
        let introduced = i > 0
            && lexicon::demonym(doc.word(i - 1)).is_some()
            && (i + 2 >= doc.len() || !plain(doc.word(i + 2)));
        // (Two towns' names the tagger read together as a person's, the
        // two no place's name, are one: "headed by Herve Bourges".)
        let towns = lexicon.contains(List::City, x)
            && lexicon.contains(List::City, y)
            && !lexicon.is_listed_place(doc.span_text(i..i + 2))
            && set
                .overlapping(&(i..i + 2))
                .iter()
                .any(|m| m.tokens == (i..i + 2) && m.label == Label::Per);
        if towns {
            set.add_over_shorter(rule(i..i + 2, Label::Per, 0.8));
            continue;
        }
        // (A given name before a rare word no list knows, where the tagger
        // found nothing and neither a capitalised word nor a noun follows:
        // "Adam Deadmarsh, Valeri Kamensky and Claude Lemieux also
        // scored".)
        let unknown = given
            && doc.lex[i + 1].zipf < 30
            && !lexicon.is_listed_place(y)
            && !lexicon.contains(List::City, y)
            && (i + 2 >= doc.len() || !capitalised(doc.word(i + 2)))
            && set.overlapping(&(i..i + 2)).is_empty()
            // (After a title the titled-people pass reads the name with it;
            // after a common noun it may name a work: "her graphic novel
            // Angel Catbird".)
            && (i == 0
                || !(lexicon::is_title(doc.word(i - 1))
                    || (doc.tags[i - 1].is_noun() && !doc.tags[i - 1].is_proper())));
        if !((given && (asian || surname || introduced || unknown))
            || (rare && asian)
            || surname_first)
            || common
        {
            continue;
        }
        let n = rule(i..i + 2, Label::Per, 0.8);
        let over = set.overlapping(&n.tokens);
        // The same two words taken for a place ("Kyle Walker" as a region).
        if let [m] = over.as_slice() {
            let place = lexicon.is_listed_place(doc.span_text(n.tokens.clone()));
            if m.tokens == n.tokens && m.label == Label::Loc && given && surname && !place {
                set.remove(m);
                set.insert(n);
                continue;
            }
        }
        set.add_over_shorter(n);
    }
    // A given name, a particle and a surname ("Daniel arap Moi", "Kengo wa
    // Dondo", "Herve de Charette").
    for i in 0..doc.len().saturating_sub(2) {
        let (x, p, y) = (doc.word(i), doc.word(i + 1), doc.word(i + 2));
        if spaced(doc, i, i + 1)
            && spaced(doc, i + 1, i + 2)
            && plain(x)
            && plain(y)
            && !blocked(y)
            && lexicon.contains(List::Given, x)
            && lexicon::NAME_PARTICLES.contains(&p)
            && doc.sentence_of[i] == doc.sentence_of[i + 2]
        {
            set.add_over_shorter(rule(i..i + 3, Label::Per, 0.8));
        }
    }
    // "Vesna Pesic of the Civic Alliance of Serbia told…": two rare words
    // no list knows, opening the sentence or after a lower-case word,
    // then "of" and a name that is no listed place (a body's: "Boca
    // Juniors of Argentina" stays for the tagger), are a person affiliated
    // to it, where the tagger found nothing.
    for i in 0..doc.len().saturating_sub(4) {
        let (x, y) = (doc.word(i), doc.word(i + 1));
        let unlisted = |t: usize| {
            let w = doc.word(t);
            plain(w)
                && !blocked(w)
                && doc.lex[t].zipf < 30
                && doc.lex[t].lists.is_empty()
                && !lexicon::HEAD_FIRST_BODIES.contains(&w)
                && !lexicon::CLUB_PREFIXES.contains(&w)
                && !lexicon::LEGAL_FORMS.contains(&w)
        };
        let before_ok =
            doc.sentence_initial(i) || (i > 0 && doc.word(i - 1).starts_with(char::is_lowercase));
        let mut k = i + 3;
        if doc.lower[i + 2] != "of" || !spaced(doc, i, i + 1) || !before_ok {
            continue;
        }
        if doc.lower[k] == "the" {
            k += 1;
        }
        if k >= doc.len()
            || !capitalised(doc.word(k))
            || doc.starts_listed_place(k)
            || doc.sentence_of[k] != doc.sentence_of[i]
            || !(unlisted(i) && unlisted(i + 1))
            || lexicon.contains(List::Given, x) && lexicon.contains(List::Surname, y)
        {
            continue;
        }
        if set.overlapping(&(i..i + 2)).is_empty() {
            set.insert(rule(i..i + 2, Label::Per, 0.7));
        }
    }
    *names = set.into_vec();
}

/// A person's initials: "P.", "H.D.", "I.K." (one to three capitals,
/// each with its full stop).
fn is_initials(w: &str) -> bool {
    let letters = w.chars().filter(char::is_ascii_uppercase).count();
    (1..=3).contains(&letters)
        && w.len() == 2 * letters
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && !w.contains("..")
        && w.ends_with('.')
        && !matches!(w, "U.S." | "U.K." | "U.N.")
}

/// Names the tagger left out that the word lists or an organisation's head
/// word make sure of: a listed country, city or region ("North Korea"), a
/// capitalised phrase ending in "Bank", "Party"… ("World Bank", "Ministry
/// of Science and ICT"), a known acronym ("UN").
fn add_listed_and_organisations(doc: &Doc, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        let starts = doc.starts_listed_place(i);
        // A listed place written as a common word at a sentence start
        // ("Mobile", "Reading") is left to the tagger.
        // Nor one that is a common word before another capitalised word
        // on its line: "Federal" of "the Federal Reserve" is no town.
        let common_before_name = doc.lex[i].zipf >= 45
            && doc.word(i).chars().skip(1).any(char::is_lowercase)
            && i + 1 < doc.len()
            && !doc.lex[i + 1]
                .lists
                .iter()
                .any(|(l, b)| !*b && l.is_place())
            && !doc.tokens[i + 1].line_start
            && capitalised(doc.word(i + 1))
            && !doc.starts_listed_place(i + 1);
        // ("Finance Minister P. Chidambaram": a name after a person's
        // initials is the person's, whatever town it also names.)
        let after_initials = i > 0 && is_initials(doc.word(i - 1)) && spaced(doc, i - 1, i);
        let common_opening = doc.sentence_initial(i) && doc.lex[i].zipf >= 45;
        if starts && !(common_opening || common_before_name || after_initials) {
            let mut j = i + 1;
            while j < doc.len() && doc.lex[j].lists.iter().any(|(l, b)| !*b && l.is_place()) {
                j += 1;
            }
            found.push(rule(i..j, Label::Loc, 0.75));
            i = j;
            continue;
        }
        i += 1;
    }
    let joining = |w: &str| matches!(w, "of" | "the" | "and" | "&" | "for" | "on");
    let mut i = 0;
    while i < doc.len() {
        if !capitalised(doc.word(i)) {
            i += 1;
            continue;
        }
        // A phrase never runs over a line break (a heading, a list item).
        let mut j = i + 1;
        while j < doc.len() && !doc.tokens[j].line_start {
            if capitalised(doc.word(j)) {
                j += 1;
                continue;
            }
            // A plural's possessive inside ("Seoul District Prosecutors'
            // Office").
            if matches!(doc.word(j), "'" | "’")
                && doc.word(j - 1).ends_with('s')
                && doc.tokens[j - 1].end == doc.tokens[j].start
                && j + 1 < doc.len()
                && capitalised(doc.word(j + 1))
                && lexicon::ORG_HEADS.contains(&doc.word(j + 1))
            {
                j += 2;
                continue;
            }
            // ("the United Nations Children's Fund", "the People's
            // Liberation Army".)
            if matches!(doc.word(j), "'s" | "’s")
                && lexicon::NAME_POSSESSIVES.contains(&doc.word(j - 1))
                && j + 1 < doc.len()
                && capitalised(doc.word(j + 1))
            {
                j += 2;
                continue;
            }
            let mut k = j;
            while k < doc.len() && k < j + 2 && joining(doc.word(k)) {
                k += 1;
            }
            // "Committee for a Clean Campaign", "Movement for a Democratic
            // Future".
            if k == j + 1 && doc.word(j) == "for" && k < doc.len() && doc.word(k) == "a" {
                k += 1;
            }
            if k > j
                && k < doc.len()
                && capitalised(doc.word(k))
                && !(j..=k).any(|t| doc.tokens[t].line_start)
            {
                j = k + 1;
            } else {
                break;
            }
        }
        let skip_the = usize::from(doc.word(i) == "The");
        let first = i + skip_the;
        // The head word before "of", with only capitalised words before
        // it: "Office of the President", "Ministry of Science and ICT",
        // "U.S. Department of Agriculture".
        // A venue's too: "the Museum of Flight", "the National Museum of
        // the U.S. Air Force".
        let venue_head = |h: usize| lexicon::FACILITY_HEADS.contains(&doc.word(h));
        // And a sea's, a strait's or an island's: "the Gulf of Mexico",
        // "the Strait of Hormuz", "the Isle of Man".
        let feature_head = |h: usize| lexicon::FEATURES_OF.contains(&doc.word(h));
        // (One after small words is a run of its own: "Fishermen on the
        // Lake of the Woods".)
        if let Some(h) = (first + 1..j.saturating_sub(1)).find(|&h| {
            feature_head(h)
                && doc.word(h + 1) == "of"
                && !(first..h).all(|t| capitalised(doc.word(t)))
        }) {
            j = h;
        }
        let head_of = (first..j.saturating_sub(1)).find(|&h| {
            // (Not a legal form: "Boeing Co. of the United States".)
            (lexicon::ORG_HEADS.contains(&doc.word(h)) || venue_head(h) || feature_head(h))
                && !lexicon::LEGAL_FORMS.contains(&doc.word(h))
                && matches!(doc.word(h + 1), "of" | "for")
                && (first..h).all(|t| capitalised(doc.word(t)) || doc.word(t) == "&")
        });
        if let Some(h) = head_of.filter(|_| j - first >= 2) {
            // A name led by its head may coordinate ("Ministry of Science
            // and ICT"); one with words before its head ends at the next
            // "and" or "of" ("Massachusetts Institute of Technology and
            // Colorado State University" are two).
            let mut end = if feature_head(h) {
                // (Only the place after "of" and perhaps "the": "the Gulf of
                // Mexico and the Caribbean", "the Bay of Bengal on Monday",
                // "the Lake of the Woods".)
                let place = h + 2 + usize::from(doc.word(h + 2) == "the");
                (place + 1..j).find(|&t| joining(doc.word(t))).unwrap_or(j)
            } else if h == first {
                j
            } else if venue_head(h) && doc.starts_listed_place(h + 2) {
                // "the Evergreen Aviation & Space Museum of McMinnville":
                // a venue named before its head is not named by its town.
                h + 1
            } else {
                // (Through "of" after "for": "the National Council for the
                // Defence of Democracy".)
                let for_name = doc.word(h + 1) == "for";
                (h + 2..j)
                    .find(|&t| doc.word(t) == "and" || (doc.word(t) == "of" && !for_name))
                    .unwrap_or(j)
            };
            // A university's campus is part of its name: "the University
            // of North Carolina at Greensboro".
            if doc.word(h) == "University"
                && end == j
                && j + 1 < doc.len()
                && doc.word(j) == "at"
                && capitalised(doc.word(j + 1))
                && !doc.tokens[j + 1].line_start
            {
                end = j + 2;
                while end < doc.len() && capitalised(doc.word(end)) && !doc.tokens[end].line_start {
                    end += 1;
                }
                j = end;
            }
            let label = if venue_head(h) || feature_head(h) {
                Label::Loc
            } else {
                Label::Org
            };
            if feature_head(h) {
                // Surer than the tagger ("the Strait of Hormuz" is no
                // person), and what follows may name another ("the Strait
                // of Hormuz and the Bay of Bengal").
                found.push(rule(first..end, label, 1.0));
                i = end;
                continue;
            }
            found.push(rule(first..end, label, 0.75));
        } else if joined_common_words(doc, first, j) {
            // "the U.S. Space and Rocket Center", "the National Air and
            // Space Museum": common words joined by "and" before a place's
            // or a body's head word are one name, not two.
            let label = if lexicon::FACILITY_HEADS.contains(&doc.word(j - 1)) {
                Label::Loc
            } else {
                Label::Org
            };
            found.push(rule(first..j, label, 0.75));
        } else if j - i >= 2 {
            // Each run of capitalised words with a head word after its first
            // ("World Bank", "Democratic Party").
            let mut a = first;
            while a < j {
                let mut b = a;
                while b < j
                    && (capitalised(doc.word(b))
                        || (matches!(doc.word(b), "'" | "’") && b + 1 < j && b > a)
                        || (matches!(doc.word(b), "'s" | "’s")
                            && b + 1 < j
                            && b > a
                            && lexicon::NAME_POSSESSIVES.contains(&doc.word(b - 1))))
                {
                    b += 1;
                }
                // A legal form heads it too ("Boeing Co said").
                let head = |t: usize| {
                    lexicon::ORG_HEADS.contains(&doc.word(t))
                        || lexicon::LEGAL_FORMS.contains(&doc.word(t))
                };
                // Ending in its head and not opening with a given name, it
                // is surer than the tagger's person ("The Huffington Post").
                let given = doc.lex[a].lists.iter().any(|(l, _)| *l == List::Given);
                // "Vesna Pesic of the Civic Alliance of Serbia": a run after
                // other words, ending in its head, then "of" and a listed
                // place, is named with the place ("Socialist Party of
                // Serbia").
                let of_place = (b + 1 < j
                    && doc.word(b) == "of"
                    && lexicon::ORG_HEADS.contains(&doc.word(b - 1))
                    && !lexicon::LEGAL_FORMS.contains(&doc.word(b - 1)))
                .then(|| b + 1 + usize::from(doc.word(b + 1) == "the"))
                .filter(|&p| p < j && doc.starts_listed_place(p))
                .map(|p| {
                    let mut c = p;
                    while c < j && capitalised(doc.word(c)) {
                        c += 1;
                    }
                    c
                });
                // "opposition leader Cuauhtemoc Cardenas of the Party of the
                // Democratic Revolution": a head word alone after "the",
                // then "of" and capitalised words, is a body named head
                // first.
                let head_first = (b == a + 1
                    && a > 0
                    && doc.lower[a - 1] == "the"
                    && b + 1 < j
                    && doc.word(b) == "of"
                    && lexicon::ORG_HEADS.contains(&doc.word(a))
                    && !lexicon::LEGAL_FORMS.contains(&doc.word(a)))
                .then(|| b + 1 + usize::from(doc.word(b + 1) == "the"))
                .filter(|&p| p < j && capitalised(doc.word(p)))
                .map(|p| {
                    let mut c = p;
                    while c < j && capitalised(doc.word(c)) {
                        c += 1;
                    }
                    c
                });
                if let (Some(c), true) = (of_place, b - a >= 2 && !given) {
                    found.push(rule(a..c, Label::Org, 1.0));
                    b = c;
                } else if let Some(c) = head_first {
                    found.push(rule(a..c, Label::Org, 0.9));
                    b = c;
                } else if b - a >= 2 && head(b - 1) && !given {
                    found.push(rule(a..b, Label::Org, 1.0));
                } else if b - a >= 2 && (a + 1..b).any(head) {
                    found.push(rule(a..b, Label::Org, 0.7));
                } else if b - a >= 2 && lexicon::FACILITY_HEADS.contains(&doc.word(b - 1)) {
                    found.push(rule(a..b, Label::Loc, 0.65));
                }
                a = b.max(a + 1);
                while a < j && !capitalised(doc.word(a)) {
                    a += 1;
                }
            }
        }
        if j - i <= 2
            && (lexicon::ORG_ACRONYMS.contains(&doc.word(j - 1))
                || lexicon::ORG_NAMES.contains(&doc.word(j - 1)))
            // (Or after one word, a people's or a region's adjective: "the
            // Sicilian Mafia", "the Russian Duma".)
            && (j - i == 1 || skip_the == 1 || doc.word(i).ends_with("an"))
        {
            found.push(rule(j - 1..j, Label::Org, 0.85));
        }
        i = j;
    }
    // "The West Indies Cricket Board said": a name of the tagger's that is
    // only "The" before the start of a longer one found here ("The West")
    // is inside it.
    for m in names.iter_mut() {
        let r = m.tokens.clone();
        if doc.word(r.start) == "The"
            && found
                .iter()
                .any(|n| n.tokens.start == r.start + 1 && n.tokens.end >= r.end)
        {
            m.tokens = r.start + 1..r.end;
        }
    }
    names.retain(|m| !m.tokens.is_empty());
    let mut set = Disjoint::new(std::mem::take(names));
    for n in found {
        set.add_over_shorter(n);
    }
    *names = set.into_vec();
}

/// Whether the run `first..end` is common capitalised words joined by one
/// "and" (perhaps after an owner's acronym, "U.S."), ending in
/// a place's or a body's head word, with no head word before the "and":
/// the "and" inside one name ("Space and Rocket Center"), not between two
/// ("Ford and General Motors Corp", whose first words are no common
/// words).
fn joined_common_words(doc: &Doc, first: usize, end: usize) -> bool {
    let head = |t: usize| {
        lexicon::FACILITY_HEADS.contains(&doc.word(t)) || lexicon::ORG_HEADS.contains(&doc.word(t))
    };
    if end < first + 4 || !head(end - 1) {
        return false;
    }
    let Some(x) = (first + 1..end - 1).find(|&t| doc.word(t) == "and") else {
        return false;
    };
    // (An owner's acronym first: "U.S."; or the legislature whose
    // committee it is: "the Senate Energy and Natural Resources
    // Committee".)
    let start = if doc.word(first).contains('.')
        || doc.word(first).chars().all(|c| c.is_ascii_uppercase())
        || lexicon::LEGISLATURES.contains(&doc.word(first))
        || doc.word(first) == "House"
    {
        first + 1
    } else {
        first
    };
    let common = |t: usize| {
        capitalised(doc.word(t))
            && doc.lex[t].zipf >= 35
            && !doc.lex[t]
                .lists
                .iter()
                .any(|(l, _)| *l == List::Given || l.is_place())
    };
    let words = (start..end - 1).filter(|&t| t != x);
    start < x
        && x + 1 < end - 1
        && (start..x).all(|t| !head(t))
        && words.clone().count() <= 5
        && words.into_iter().all(common)
}

/// "Tate & Lyle", "Marks & Spencer", "Procter & Gamble", "JB Were and
/// Son": capitalised words on both sides of an ampersand (or of a firm's
/// "and Son", "and Co") are one body's name (with the legal form after
/// it), in place of the tagger's names inside.
fn join_ampersands(doc: &Doc, names: &mut Vec<Name>) {
    let word = |t: usize| {
        capitalised(doc.word(t))
            && ((!doc.tokens[t].line_start && !doc.sentence_initial(t))
                || (t > 0 && doc.word(t - 1) == "&"))
    };
    let mut found = Vec::new();
    for i in 1..doc.len().saturating_sub(1) {
        // ("JB Were and Son", "Smith and Sons": a firm's "and" too.)
        let joins = doc.word(i) == "&"
            || (doc.word(i) == "and"
                && matches!(doc.word(i + 1), "Son" | "Sons" | "Co" | "Co." | "Partners"));
        if !joins || !capitalised(doc.word(i - 1)) || !capitalised(doc.word(i + 1)) {
            continue;
        }
        let mut a = i - 1;
        while a > 0 && i - a < 3 && capitalised(doc.word(a - 1)) && !doc.tokens[a].line_start {
            a -= 1;
        }
        let mut b = i + 1;
        while b < doc.len() && b < i + 4 && word(b) && !doc.tokens[b].line_start {
            b += 1;
        }
        if (a..b).any(|t| {
            t != i
                && doc
                    .word(t)
                    .chars()
                    .any(|c| !c.is_alphanumeric() && c != '.')
        }) {
            continue;
        }
        found.push(rule(a..b, Label::Org, 0.9));
    }
    // (Names nested in others, "UN" in "UN General Assembly", stay.)
    for n in found {
        let r = n.tokens.clone();
        let overlaps = |m: &Name| m.tokens.start < r.end && r.start < m.tokens.end;
        // (A longer name around it stands: "the Mary & Leigh Block Museum
        // of Art"; not the tagger's unsure of its kind.)
        if names.iter().any(|m| {
            overlaps(m)
                && m.tokens.start <= r.start
                && m.tokens.end >= r.end
                && m.confidence > UNSURE
        }) {
            continue;
        }
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "the State Council's Hong Kong and Macau Affairs Office", "the Hongkong
/// and Shanghai Banking Corp": after "the" or a possessive, a place's name,
/// "and" and a body's name of two words or more ending in a body's head
/// word are one body's name, not a place and a body. The place is a
/// listed one ("the Massachusetts Institute of Technology and Colorado
/// State University" stay two).
fn join_place_and_body(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    for (i, a) in names.iter().enumerate() {
        let Some(b) = names.get(i + 1) else { break };
        let (ra, rb) = (a.tokens.clone(), b.tokens.clone());
        let last = doc.word(rb.end - 1);
        if a.label != Label::Loc
            || b.label == Label::Per
            || ra.start == 0
            || !matches!(doc.lower[ra.start - 1].as_str(), "the" | "'s" | "’s")
            || rb.start != ra.end + 1
            || doc.lower[ra.end] != "and"
            || rb.len() < 2
            || !(lexicon::ORG_HEADS.contains(&last) || lexicon::GOVERNMENT_HEADS.contains(&last))
            || !lexicon.is_listed_place(doc.span_text(ra.clone()))
        {
            continue;
        }
        found.push(rule(
            ra.start..rb.end,
            Label::Org,
            a.confidence.min(b.confidence),
        ));
    }
    for n in found {
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "a cross from Finidi George": a town's name that is also a given name
/// or a surname ("George", "Florence"), right after a capitalised word no
/// list or rule knows, inside a sentence, ends a person's name.
fn people_named_like_towns(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    for n in names.iter_mut() {
        let r = n.tokens.clone();
        if n.label != Label::Loc || r.len() != 1 || r.start == 0 {
            continue;
        }
        let w = doc.word(r.start);
        let p = r.start - 1;
        let before = doc.word(p);
        let person_word = lexicon.contains(List::Given, w) || lexicon.contains(List::Surname, w);
        if person_word
            && !taken.contains(&p)
            && capitalised(before)
            && before.chars().skip(1).all(char::is_lowercase)
            && !doc.sentence_initial(p)
            && !doc.tokens[r.start].line_start
            && doc.lex[p].zipf < 30
            && !lexicon::is_title(before)
            && !lexicon.is_listed_place(before)
            && spaced(doc, p, r.start)
        {
            n.tokens = p..r.end;
            n.label = Label::Per;
        }
    }
}

/// "Zaire", "Chechnya", "the Gaza Strip": countries and regions of
/// `lexicon::MORE_COUNTRIES` and `MORE_REGIONS` (which the tagger does not
/// read) are places wherever they are written whole, a name of their own
/// words, not the first words of a longer one.
fn add_more_places(doc: &Doc, names: &mut Vec<Name>) {
    let more_place = |text: &str| {
        lexicon::is_more_place(List::Country, text)
            || lexicon::is_more_place(List::Region, text)
            || lexicon::is_more_place(List::City, text)
    };
    let mut found = Vec::new();
    for i in 0..doc.len() {
        if !capitalised(doc.word(i))
            || (i > 0 && capitalised(doc.word(i - 1)) && !doc.tokens[i].line_start)
        {
            continue;
        }
        for len in (1..=5).rev() {
            let j = i + len;
            if j > doc.len() || (i + 1..j).any(|t| doc.tokens[t].line_start) {
                continue;
            }
            let text = doc.span_text(i..j);
            let listed = more_place(text);
            let longer = j < doc.len() && capitalised(doc.word(j)) && !doc.tokens[j].line_start;
            if listed && !longer {
                found.push(rule(i..j, Label::Loc, 0.8));
                break;
            }
        }
    }
    let mut set = Disjoint::new(std::mem::take(names));
    for n in found {
        set.add_over_shorter(n);
    }
    *names = set.into_vec();
    // An exact name the tagger read as a person or a body is the place.
    for n in names.iter_mut() {
        let text = doc.span_text(n.tokens.clone());
        if more_place(text) {
            n.label = Label::Loc;
        }
    }
}

/// "the Kennedy Space Center in Cape Canaveral, Florida", "Mount Everest",
/// "Lake Victoria": a feature's word and the capitalised words after it
/// (two at most) are a place, where the tagger found no name over them
/// (not the surname of one before: "Ricki Lake").
fn add_features_by_first_word(doc: &Doc, names: &mut Vec<Name>) {
    let mut set = Disjoint::new(std::mem::take(names));
    for i in 0..doc.len().saturating_sub(1) {
        if !matches!(doc.word(i), "Cape" | "Mount" | "Mt." | "Lake")
            || (i > 0 && capitalised(doc.word(i - 1)) && !doc.sentence_initial(i - 1))
        {
            continue;
        }
        let word = |t: usize| {
            t < doc.len()
                && capitalised(doc.word(t))
                && doc.word(t).chars().all(char::is_alphabetic)
                && !doc.tokens[t].line_start
                && doc.sentence_of[t] == doc.sentence_of[i]
        };
        let mut j = i + 1;
        while j < i + 3 && word(j) {
            j += 1;
        }
        if j == i + 1 || word(j) {
            continue;
        }
        set.add_over_shorter(rule(i..j, Label::Loc, 0.8));
    }
    *names = set.into_vec();
}

/// "said in Salahuddin", "told reporters in San Pedro Sula": the
/// capitalised words after a verb of speech (or the reporters, the news
/// conference it was told to) and "in" are where it was said, a place,
/// where the tagger found nothing (not a day, a month, a body's word or
/// a people's).
fn add_places_of_speech(doc: &Doc, names: &mut Vec<Name>) {
    let mut set = Disjoint::new(std::mem::take(names));
    for i in 1..doc.len().saturating_sub(1) {
        let before = doc.lower[i - 1].as_str();
        if doc.lower[i] != "in"
            || !matches!(
                before,
                "said" | "says" | "told" | "reporters" | "journalists" | "conference"
            )
        {
            continue;
        }
        let plain = |t: usize| {
            let w = doc.word(t);
            capitalised(w)
                && w.chars().all(char::is_alphabetic)
                && w.chars().skip(1).any(char::is_lowercase)
                && !doc.tokens[t].line_start
                && !lexicon::is_day_or_month(w)
                && !lexicon::heads_body(w)
                && !lexicon::GOVERNMENT_HEADS.contains(&w)
                && lexicon::demonym(w).is_none()
        };
        let mut j = i + 1;
        while j < doc.len() && j < i + 4 && plain(j) && doc.sentence_of[j] == doc.sentence_of[i] {
            j += 1;
        }
        // (Not the start of a longer name: "in Bow Street Magistrates'
        // Court".)
        if j > i + 1
            && !(j < doc.len() && capitalised(doc.word(j)))
            && set.overlapping(&(i + 1..j)).is_empty()
        {
            set.insert(rule(i + 1..j, Label::Loc, 0.7));
        }
    }
    *names = set.into_vec();
}

/// "Chairman Adebayo Ogunlesi", "Tunisia's coach Nabil Maaloul": the
/// capitalised words after a title or a role are a person wherever the
/// tagger found nothing.
fn add_titled_people(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let mut set = Disjoint::new(std::mem::take(names));
    for i in 0..doc.len() {
        let w = doc.word(i);
        let title = lexicon::is_title(w) && !lexicon::TITLE_WORDS.contains(&w);
        // A lower-case role counts after a possessive or a capitalised word
        // ("Tunisia's coach Nabil Maaloul", "English captain Harry Kane").
        // One lower-case word may come between ("Peru's foreign minister
        // Francisco Tudela").
        let owner_at = |k: usize| {
            matches!(
                doc.word(k),
                "'s" | "’s" | "his" | "her" | "its" | "their" | "our"
            ) || capitalised(doc.word(k))
        };
        let role = lexicon::is_role(w)
            && i > 0
            && (owner_at(i - 1)
                || (i > 1
                    && doc.word(i - 1).chars().all(char::is_lowercase)
                    && matches!(doc.tags[i - 1].penn(), "JJ" | "NN")
                    && owner_at(i - 2)));
        if !title && !role && !lexicon::is_role(w) {
            continue;
        }
        // "Ambassador to the United States Hamdullah Mohib": after the
        // body or place the title is "to" or "for", two or three
        // capitalised words are the person.
        if title {
            let mut k = i + 1;
            if k < doc.len() && matches!(doc.word(k), "to" | "for") {
                k += 1;
                if k < doc.len() && doc.word(k) == "the" {
                    k += 1;
                }
                let body = set.0.get(&k).filter(|n| n.label != Label::Per).cloned();
                if let Some(body) = body {
                    let a = body.tokens.end;
                    let mut b = a;
                    while b < doc.len()
                        && b < a + 3
                        && capitalised(doc.word(b))
                        && doc.word(b).chars().skip(1).any(char::is_lowercase)
                        && !lexicon::is_title(doc.word(b))
                        && doc.lex[b].zipf < 50
                        && !doc.tokens[b].line_start
                    {
                        b += 1;
                    }
                    if b - a >= 2 && set.overlapping(&(a..b)).is_empty() {
                        set.insert(rule(a..b, Label::Per, 0.7));
                    }
                }
            }
        }
        let mut j = i + 1;
        let mut hyphens = 0;
        while j < doc.len() && j < i + 5 + 2 * hyphens {
            let x = doc.word(j);
            // A fourth word only when it is rare ("Jose Francisco Ruiz
            // Massieu"), not a day or the next sentence's first word.
            if j == i + 4 + 2 * hyphens && doc.lex[j].zipf >= 30 {
                break;
            }
            // "Per-Ake Fredriksson": a hyphen inside a given name.
            if hyphens == 0
                && x == "-"
                && j > i + 1
                && j + 1 < doc.len()
                && !spaced(doc, j - 1, j)
                && !spaced(doc, j, j + 1)
                && capitalised(doc.word(j + 1))
            {
                j += 1;
                hyphens += 1;
                continue;
            }
            // ("Foreign Minister I.K. Gujral": a person's initials, before
            // a name's word.)
            let initials = is_initials(x)
                && j + 1 < doc.len()
                && capitalised(doc.word(j + 1))
                && doc.word(j + 1).chars().skip(1).any(char::is_lowercase);
            let cap = (capitalised(x) && x.chars().skip(1).any(char::is_lowercase)) || initials;
            let blocked = lexicon::is_title(x)
                || lexicon::ORG_HEADS.contains(&x)
                || lexicon::GOVERNMENT_HEADS.contains(&x)
                || lexicon.contains(List::Country, x)
                || lexicon.contains(List::Region, x)
                || lexicon::demonym(x).is_some()
                // A common word is no name, but a listed given name is, and
                // so is a surname after one ("Prime Minister John Major").
                || (doc.lex[j].zipf >= 50
                    && !lexicon.contains(List::Given, x)
                    && !(j > i + 1 && lexicon.contains(List::Given, doc.word(j - 1)))
                    // ("Per-Ake": a hyphenated given name.)
                    && !(j + 2 < doc.len()
                        && doc.word(j + 1) == "-"
                        && !spaced(doc, j, j + 1)
                        && capitalised(doc.word(j + 2))));
            if !cap || blocked || doc.tokens[j].line_start {
                break;
            }
            j += 1;
        }
        if j == i + 1 {
            continue;
        }
        // A role before two or more capitalised words names them whatever
        // comes before it ("sentenced journalist Dragan Milic").
        let role = role
            || (lexicon::is_role(w)
                && j >= i + 3
                && !(i + 1..j).any(|t| lexicon.contains(List::Country, doc.word(t))));
        if !title && !role {
            continue;
        }
        // The tagger's names inside the run are parts of the person, not
        // things of their own: "Prime Minister Ryutaro Hashimoto" with
        // "Hashimoto" taken for the town of that name.
        let inside = set.overlapping(&(i..j));
        if (title || role)
            && !inside.is_empty()
            && j - i >= 3
            && inside
                .iter()
                .all(|n| n.tokens.start > i && n.tokens.end <= j && n.tokens != (i + 1..j))
        {
            for n in &inside {
                set.remove(n);
            }
        }
        if title && set.overlapping(&(i..j)).is_empty() {
            // The title goes in too: trimming it off records it.
            set.insert(rule(i..j, Label::Per, 0.75));
        } else if set.overlapping(&(i + 1..j)).is_empty() {
            set.insert(rule(i + 1..j, Label::Per, 0.7));
        }
    }
    *names = set.into_vec();
}

/// "the United Nations High Commissioner for Refugees (UNHCR)", "the
/// Alliance of Democratic Forces for the Liberation of Congo-Zaire
/// (ADFL)": the acronym in brackets spells the capitalised words before
/// it, across "for", "of", "the", "and" and "in" ("Organisation for
/// Security and Cooperation in Europe (OSCE)"); those words are one body's
/// name, in place of the tagger's pieces.
fn names_spelt_by_acronyms(doc: &Doc, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    for p in 1..doc.len().saturating_sub(2) {
        let acronym = doc.word(p + 1);
        if doc.word(p) != "(" || doc.word(p + 2) != ")" {
            continue;
        }
        let letters: String = acronym.chars().filter(char::is_ascii_alphabetic).collect();
        if !(2..=8).contains(&letters.len()) || !letters.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // Back from the bracket, the nearest capitalised word from which
        // the words to the bracket spell the acronym: each capitalised
        // word by its initial, a small word by its own or none ("United
        // Nations Interim Force in Lebanon (UNIFIL)", "Organisation for
        // Security and Cooperation in Europe (OSCE)").
        let letters: Vec<char> = letters.chars().collect();
        let mut t = p;
        while t > 0 && p - t < 14 {
            t -= 1;
            let w = doc.word(t);
            if doc.tokens[t].line_start && !capitalised(w) {
                break;
            }
            if capitalised(w) && w.chars().all(|c| c.is_alphabetic()) {
                let words: Vec<&str> = (t..p).map(|k| doc.word(k)).collect();
                if p - t >= 2 && spells(&words, &letters) {
                    found.push(rule(t..p, Label::Org, 0.9));
                    break;
                }
            } else if !ACRONYM_SMALL_WORDS.contains(&w) {
                break;
            }
            if doc.tokens[t].line_start {
                break;
            }
        }
    }
    for n in found {
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// The small words a name spelt by an acronym may hold.
const ACRONYM_SMALL_WORDS: &[&str] = &["for", "of", "the", "and", "on", "in", "&", "-"];

/// Whether `words` spell `letters`: every capitalised word by its initial,
/// a small word by its own initial or by none.
fn spells(words: &[&str], letters: &[char]) -> bool {
    let Some((w, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    let first = w.chars().next().map(|c| c.to_ascii_uppercase());
    let takes = letters.first().copied() == first && spells(rest, &letters[1..]);
    if capitalised(w) {
        takes
    } else {
        takes || spells(rest, letters)
    }
}

/// An acronym in brackets after a name is that name's ("Global
/// Infrastructure Partners (GIP)"); it then stands for it wherever it
/// appears alone ("GIP Chairman"). A known organisation's acronym leading a
/// longer name ("UN" in "UN Security Council") is a mention of its own,
/// nested in the longer one.
fn add_acronyms(doc: &Doc, names: &mut Vec<Name>) {
    let is_acronym = |w: &str| {
        (2..=8).contains(&w.len())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c == '-' || c.is_ascii_digit())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !w.ends_with('-')
    };
    let mut defined: HashMap<&str, Label> = HashMap::default();
    for n in names.iter() {
        let e = n.tokens.end;
        if e + 2 < doc.len()
            && doc.word(e) == "("
            && doc.word(e + 2) == ")"
            && is_acronym(doc.word(e + 1))
        {
            defined.entry(doc.word(e + 1)).or_insert(n.label);
        }
    }
    let mut set = Disjoint::new(std::mem::take(names));
    for i in 0..doc.len() {
        if let Some(&label) = defined.get(doc.word(i)) {
            if set.overlapping(&(i..i + 1)).is_empty() {
                set.insert(rule(i..i + 1, label, 0.85));
            }
        }
    }
    // "Yastrzhembsky told ITAR-TASS": two runs of capitals joined by a
    // hyphen, on a line not all in capitals, are a body's name (an
    // agency's, a party's) where no name is.
    for i in 0..doc.len() {
        let caps =
            |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
        // (Not a Creative Commons licence: "CC BY-SA".)
        let joined = doc
            .word(i)
            .split_once('-')
            .is_some_and(|(a, b)| caps(a) && caps(b))
            && !(i > 0 && doc.word(i - 1) == "CC");
        if joined && !shouted_line(doc, i) && set.overlapping(&(i..i + 1)).is_empty() {
            set.insert(rule(i..i + 1, Label::Org, 0.8));
        }
    }
    let mut nested = Vec::new();
    for n in set.0.values() {
        if n.tokens.len() >= 2 {
            let w = doc.word(n.tokens.start);
            if lexicon::ORG_ACRONYMS.contains(&w) || defined.get(w) == Some(&Label::Org) {
                nested.push(rule(n.tokens.start..n.tokens.start + 1, Label::Org, 0.85));
            }
        }
    }
    *names = set.into_vec();
    names.extend(nested);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// A headline's words are all capitalised and its names the tagger's
/// hardest ("Turkish Airlines picks Airbus over Boeing"): a word of the
/// headline that the story names alone ("Boeing"), or with which an
/// organisation's name begins ("Airbus" of "Airbus Industrie", but not a
/// common word: "Western" of "Western Mining"), is that name.
fn headline_names(doc: &Doc, names: &mut Vec<Name>) {
    let Some(head) = doc.headline() else {
        return;
    };
    let mut known: HashMap<&str, (Label, f32)> = HashMap::default();
    for n in names.iter().filter(|n| n.tokens.start >= head.end) {
        let first = n.tokens.start;
        let w = doc.word(first);
        let lone = n.tokens.len() == 1;
        // (Or the company's bare name: "Boeing" of "Boeing Co.".)
        let bare = n.tokens.len() == 2 && lexicon::LEGAL_FORMS.contains(&doc.word(first + 1));
        let org_start = n.label == Label::Org
            && n.tokens.len() >= 2
            && (doc.lex[first].zipf < 35 || bare)
            && !doc.lex[first].seen_lower
            && lexicon::demonym(w).is_none();
        if (lone || org_start) && capitalised(w) && w.chars().count() >= 3 {
            let e = known.entry(w).or_insert((n.label, n.confidence));
            if n.confidence > e.1 {
                *e = (n.label, n.confidence);
            }
        }
    }
    let taken: HashSet<usize> = names
        .iter()
        .filter(|n| n.tokens.start < head.end)
        .flat_map(|n| n.tokens.clone())
        .collect();
    let mut added = Vec::new();
    for t in head.clone().filter(|t| !taken.contains(t)) {
        if let Some(&(label, confidence)) = known.get(doc.word(t)) {
            added.push(Name {
                tokens: t..t + 1,
                label,
                confidence: confidence.min(0.8),
            });
        }
    }
    if !added.is_empty() {
        names.extend(added);
        fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
    }
}

/// A name of two or more words (or one spelt "BlackRock") found once is a name wherever the same
/// words come again in the document ("Dries Mertens making early attempts"
/// where the tagger took only "Dries"): each other place the words stand,
/// on token edges, becomes the name, in place of shorter names inside it,
/// never over a name that crosses its edges.
fn spread_names(doc: &Doc, names: &mut Vec<Name>) {
    let mut found: HashMap<Vec<&str>, Name> = HashMap::default();
    // A company's name without its legal form is the name too ("Boeing to
    // buy McDonnell Douglas" before "McDonnell Douglas Corp").
    // (And without the generic words before the legal form: "Dairy Farm"
    // of "Dairy Farm International Holdings Ltd".)
    const GENERIC: &[&str] = &[
        "International",
        "Holdings",
        "Holding",
        "Group",
        "Industries",
    ];
    let stems: Vec<Name> = names
        .iter()
        .filter(|n| {
            n.tokens.len() >= 2 && lexicon::LEGAL_FORMS.contains(&doc.word(n.tokens.end - 1))
        })
        .flat_map(|n| {
            let mut end = n.tokens.end - 1;
            let mut out = vec![Name {
                tokens: n.tokens.start..end,
                label: Label::Org,
                confidence: n.confidence,
            }];
            while end > n.tokens.start + 2 && GENERIC.contains(&doc.word(end - 1)) {
                end -= 1;
            }
            if end < n.tokens.end - 1 {
                out.push(Name {
                    tokens: n.tokens.start..end,
                    label: Label::Org,
                    confidence: n.confidence,
                });
            }
            out
        })
        .collect();
    // One word counts when the language does not otherwise use it and it
    // has a capital inside ("BlackRock", "OpenAI").
    // So does a rare word the tagger was sure of ("Bundesbank"), which
    // the text never writes in lower case.
    let spreads = |n: &Name| {
        let t = n.tokens.start;
        let w = doc.word(t);
        n.tokens.len() >= 2
            || (doc.lex[t].zipf < 30
                && w.chars().skip(1).any(char::is_uppercase)
                && w.chars().any(char::is_lowercase))
            || (doc.lex[t].zipf < 30
                && n.label == Label::Org
                && n.confidence >= 0.8
                && !doc.lex[t].seen_lower
                && capitalised(w)
                && w.chars().skip(1).all(char::is_lowercase)
                && w.chars().count() >= 4)
            // (And a body's name in capitals, "ONCE", wherever the text
            // writes it in capitals again: a common word's letters.)
            || (n.label == Label::Org
                && n.confidence >= 0.8
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && w.chars().all(|c| c.is_uppercase() || c == '-'))
    };
    // A company's one-word name the text itself gave with its legal form
    // ("Boeing" of "Boeing Co.") spreads too, unless the text also writes
    // the word in lower case.
    let stem_spreads = |n: &Name| {
        let t = n.tokens.start;
        // (Not the half of a hyphenated name the tagger split: "Benz" of
        // "Daimler-Benz AG".)
        n.tokens.len() == 1
            && !doc.lex[t].seen_lower
            && doc.word(t).chars().count() >= 3
            && !(t > 0 && doc.word(t - 1) == "-")
    };
    for n in names
        .iter()
        .filter(|n| spreads(n))
        .chain(stems.iter().filter(|n| spreads(n) || stem_spreads(n)))
    {
        let words: Vec<&str> = n.tokens.clone().map(|t| doc.word(t)).collect();
        // The surest reading of the words, when they were found several times.
        let e = found.entry(words).or_insert_with(|| n.clone());
        if n.confidence > e.confidence {
            e.label = n.label;
            e.confidence = n.confidence;
        }
    }
    if found.is_empty() {
        return;
    }
    // Longer names first where two could start at one word, and always in
    // the same order (a map's order differs from run to run, and so did
    // the draft).
    let mut found: Vec<(Vec<&str>, Name)> = found.into_iter().collect();
    fact_explorer_core::sort::sort_by(&mut found, |a, b| {
        b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0))
    });
    // Linear in the document's length (issue 26): the names to try at a
    // word are those starting with it (in the order above), and the names
    // a place could cross are found from where they start (none is longer
    // than `longest`); names that give way are marked and go at the end.
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, (words, _)) in found.iter().enumerate() {
        by_first.entry(words[0]).or_default().push(k);
    }
    let longest = names.iter().map(|m| m.tokens.len()).max().unwrap_or(0);
    let mut starting_at: Vec<Vec<usize>> = vec![Vec::new(); doc.len()];
    for (k, m) in names.iter().enumerate() {
        if let Some(v) = starting_at.get_mut(m.tokens.start) {
            v.push(k);
        }
    }
    let mut gone = vec![false; names.len()];
    let mut added = Vec::new();
    for i in 0..doc.len() {
        let Some(candidates) = by_first.get(doc.word(i)) else {
            continue;
        };
        for (words, n) in candidates.iter().map(|&k| &found[k]) {
            let end = i + words.len();
            if end > doc.len()
                || words.iter().enumerate().any(|(k, w)| doc.word(i + k) != *w)
                || (i + 1..end)
                    .any(|t| !spaced(doc, t - 1, t) && doc.word(t) != "-" && doc.word(t - 1) != "-")
            {
                continue;
            }
            let over = |m: &Name| m.tokens.start < end && m.tokens.end > i;
            let inside = |m: &Name| m.tokens.start >= i && m.tokens.end <= end;
            // The names still standing that start where one could cross
            // i..end.
            let near = || {
                (i.saturating_sub(longest)..end)
                    .flat_map(|t| &starting_at[t])
                    .copied()
                    .filter(|&k| !gone[k])
            };
            // Already the name (with whatever names nest in it), or crossed
            // by another.
            if near().any(|k| {
                let m = &names[k];
                over(m) && (m.tokens == (i..end) || !inside(m))
            }) {
                continue;
            }
            let crossed: Vec<usize> = near().filter(|&k| over(&names[k])).collect();
            for k in crossed {
                gone[k] = true;
            }
            // A little less sure than where the tagger read the name itself.
            added.push(rule(i..end, n.label, n.confidence * 0.9));
        }
    }
    let mut k = 0;
    names.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    names.extend(added);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// A capitalised word that may be part of a name the tagger left: one the
/// text never writes in lower case, and no title, month, weekday or
/// people's word.
fn unknown_capitalised(doc: &Doc, t: usize) -> bool {
    let w = doc.word(t);
    capitalised(w)
        && !doc.lex[t].seen_lower
        && !lexicon::is_title(w)
        && !lexicon::is_day_or_month(w)
        && lexicon::demonym(w).is_none()
}

/// A person the tagger found only by the surname ("Benali was detained")
/// is named in full where that surname follows a capitalised word it left
/// ("asked Belgium to extradite Karim Benali, a 31-year-old Algerian"):
/// the two words are the person, when the first is no title, month,
/// people's word or word the text writes in lower case.
fn add_full_names(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    // (And a word the tagger took for a place no list knows: "Chubais"
    // read as a region, then "Kremlin chief of staff Anatoly Chubais".)
    let surnames: HashSet<&str> = names
        .iter()
        .filter(|n| {
            n.tokens.len() == 1
                && (n.label == Label::Per
                    || (n.label == Label::Loc
                        && !lexicon.is_listed_place(doc.word(n.tokens.start))
                        && doc.word(n.tokens.start).chars().any(char::is_lowercase)))
        })
        .map(|n| doc.word(n.tokens.start))
        .collect();
    if surnames.is_empty() {
        return;
    }
    let first_name = |g: usize| {
        let w = doc.word(g);
        !doc.sentence_initial(g)
            && unknown_capitalised(doc, g)
            && w.chars().all(char::is_alphabetic)
            && !lexicon.is_listed_place(w)
    };
    // (The tagger may have read the two words as a body's or a place's.)
    for n in names.iter_mut() {
        let r = n.tokens.clone();
        if n.label != Label::Per
            && r.len() == 2
            && surnames.contains(doc.word(r.start + 1))
            && first_name(r.start)
        {
            n.label = Label::Per;
        }
    }
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut added = Vec::new();
    for t in 1..doc.len() {
        let g = t - 1;
        if surnames.contains(doc.word(t))
            && !taken.contains(&t)
            && !taken.contains(&g)
            && spaced(doc, g, t)
            && doc.sentence_of[g] == doc.sentence_of[t]
            && first_name(g)
        {
            added.push(rule(g..t + 1, Label::Per, 0.7));
        }
    }
    names.extend(added);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// A person named in full is named by the surname alone later on
/// ("Chairman Robert Coar told reporters… "We thank Ray," Coar said"),
/// where the tagger, not knowing the word, took it for none: the last word
/// of a person's name of two or three words, where it stands alone,
/// capitalised and in no other name, is that person, where the first word
/// is a listed given name or the last a listed surname. A common word is
/// not ("Stone"), nor a Korean or Chinese name's last word (a given name).
fn add_surnames(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    // "the Commission" after "the European Commission": a body's head word
    // after "the", where one body the text names ends in it.
    let mut heads: HashMap<&str, usize> = HashMap::default();
    for n in names
        .iter()
        .filter(|n| n.label == Label::Org && n.tokens.len() >= 2)
    {
        let w = doc.word(n.tokens.end - 1);
        if lexicon::ORG_HEADS.contains(&w) || lexicon::GOVERNMENT_HEADS.contains(&w) {
            *heads.entry(w).or_default() += 1;
        }
    }
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut bodies = Vec::new();
    for i in 1..doc.len() {
        if !taken.contains(&i)
            && matches!(doc.word(i - 1), "the" | "The")
            && heads.get(doc.word(i)) == Some(&1)
            && !(i + 1 < doc.len() && capitalised(doc.word(i + 1)))
        {
            bodies.push(rule(i..i + 1, Label::Org, 0.7));
        }
    }
    names.extend(bodies);
    // (A surname that is also a common word or a title, "King" of "Robert
    // King", counts only where the word could be no title or noun: see
    // `common` below.)
    let mut surnames: Vec<(&str, f32, bool)> = Vec::new();
    for n in names.iter().filter(|n| n.label == Label::Per) {
        // The words after a title ("Minister Theo Waigel"); a title vouches
        // for a person as the lists of names do.
        // A people's word does too ("Frenchman Laurent Jalabert", the
        // tagger's name before it is trimmed).
        let start = (n.tokens.start..n.tokens.end)
            .find(|&t| !lexicon::is_title(doc.word(t)) && lexicon::demonym(doc.word(t)).is_none())
            .unwrap_or(n.tokens.end);
        // A role just before the name vouches too ("Palestinian negotiator
        // Saeb Erekat").
        // So does a role before a comma ("Benali's lawyer, Luc
        // Vermeulen,") and a verb of speech next to the name ("said Luc
        // Vermeulen", "Luc Vermeulen told").
        let speaks = |t: usize| {
            t < doc.len() && matches!(doc.lower[t].as_str(), "said" | "says" | "told" | "added")
        };
        let titled = start > n.tokens.start
            || (n.tokens.start > 0
                && (lexicon::is_role(&doc.lower[n.tokens.start - 1])
                    || lexicon::is_title(doc.word(n.tokens.start - 1))))
            || (n.tokens.start > 1
                && doc.word(n.tokens.start - 1) == ","
                && lexicon::is_role(&doc.lower[n.tokens.start - 2]))
            || (n.tokens.start > 0 && speaks(n.tokens.start - 1))
            || speaks(n.tokens.end)
            // And a role after the comma ("Hubertus Schmoldt, chairman of
            // the union", "…, the union's chairman").
            || (n.tokens.end < doc.len()
                && doc.word(n.tokens.end) == ","
                && (n.tokens.end + 1..doc.len().min(n.tokens.end + 5))
                    .take_while(|&t| !capitalised(doc.word(t)) && doc.word(t) != ",")
                    .any(|t| lexicon::is_role(&doc.lower[t])));
        // (By words: "Jean-Louis Debre" is two, in four tokens.)
        let len = (start..n.tokens.end)
            .filter(|&t| doc.word(t) != "-")
            .count();
        if !(2..=3).contains(&len) {
            continue;
        }
        let first = doc.word(start);
        let last = n.tokens.end - 1;
        let w = doc.word(last);
        if lexicon::KOREAN_SURNAMES.contains(&first)
            || lexicon::ASIAN_SURNAMES.contains(&first)
            || !capitalised(w)
            || w.chars().count() < 3
            // (An apostrophe inside may stand: "Dean Mung'omba".)
            || !w.chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '’')
            || w.ends_with(['\'', '’'])
            || lexicon.is_listed_place(w)
            // Known as a person's name by its words ("Warhol Polaroids",
            // the tagger's person, is not).
            || !(titled
                || lexicon.contains(List::Given, first)
                || lexicon.contains(List::Surname, w)
                // (Or a name the tagger is sure is a person's, of two rare
                // words: "Karim Benali", "Anatoly Chubais".)
                || (n.confidence >= 0.9
                    && len == 2
                    && doc.lex[start].zipf < 30
                    && doc.lex[last].zipf < 30
                    // (Not one a body's name runs over: "University of
                    // Texas Arlington Amneh Jafari".)
                    && !names.iter().any(|o| {
                        o.label != Label::Per
                            && o.tokens.start < n.tokens.end
                            && n.tokens.start < o.tokens.end
                    })))
        {
            continue;
        }
        let common = doc.lex[last].zipf >= 40 || lexicon::is_title(w);
        // (Only after a listed given name: "Robert King", not "President
        // Clinton".)
        if common
            && !(len == 2
                && lexicon.contains(List::Given, first)
                && !lexicon.is_listed_place(first)
                && (lexicon::is_title(w) || lexicon.contains(List::Surname, w)))
        {
            continue;
        }
        if !surnames.iter().any(|(s, _, _)| *s == w) {
            surnames.push((w, n.confidence, common));
        }
    }
    if surnames.is_empty() {
        return;
    }
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut added = Vec::new();
    for i in 0..doc.len() {
        if taken.contains(&i) {
            continue;
        }
        // Alone: no capitalised word against it (that would be another
        // name the tagger missed, "Coar Industries").
        // (A day or month against it is no name: "On Thursday Chirac
        // travels".)
        let cap_at = |t: usize| {
            t < doc.len()
                && capitalised(doc.word(t))
                && spaced(doc, t.min(i), t.max(i))
                && !lexicon::is_day_or_month(doc.word(t))
        };
        if (i > 0 && cap_at(i - 1) && !doc.tokens[i].line_start) || cap_at(i + 1) {
            continue;
        }
        if let Some((_, c, common)) = surnames.iter().find(|(s, _, _)| *s == doc.word(i)) {
            // A common word or title as a surname: not after an article,
            // a possessive or a preposition, nor before "of" ("the King of
            // Jordan"), nor opening a sentence.
            let before = if i > 0 { doc.lower[i - 1].as_str() } else { "" };
            let after = if i + 1 < doc.len() {
                doc.lower[i + 1].as_str()
            } else {
                ""
            };
            if *common
                && (doc.sentence_initial(i)
                    || matches!(
                        before,
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "of" | "'s"
                    )
                    || after == "of")
            {
                continue;
            }
            added.push(rule(i..i + 1, Label::Per, c * 0.8));
        }
    }
    names.extend(added);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "'I did not know,' Cho told a news conference", "'…,' Kesri said":
/// right before a verb of speech (or right after "said" at a sentence's
/// end), a word alone that is a word of exactly one person's name the
/// story gives in full ("Seoul Mayor Cho Soon": "Cho", a Korean name's
/// first word; "Sitaram Kesri": its last) is that person, whatever the
/// tagger or the lists made of the word.
fn speakers_by_name_word(doc: &Doc, names: &mut Vec<Name>) {
    let mut full: HashMap<&str, HashSet<&str>> = HashMap::default();
    for n in names.iter().filter(|n| n.label == Label::Per) {
        let start = (n.tokens.start..n.tokens.end)
            .find(|&t| !lexicon::is_title(doc.word(t)) && lexicon::demonym(doc.word(t)).is_none())
            .unwrap_or(n.tokens.end);
        let words: Vec<usize> = (start..n.tokens.end)
            .filter(|&t| doc.word(t) != "-")
            .collect();
        // (A title vouches for one word: "Sheikh Hasina".)
        if words.len() < 2 && !(start > n.tokens.start && words.len() == 1) {
            continue;
        }
        // Any word of it: the surname comes first in Korean and Chinese
        // names ("Cho Soon", "Cheong Choong Kong"), and Thais are named by
        // the given name ("Rerngchai Marakanond": "Rerngchai said").
        for &t in &words {
            let w = doc.word(t);
            if w.chars().count() >= 3
                && capitalised(w)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !lexicon::NAME_PARTICLES.contains(&w)
            {
                full.entry(w)
                    .or_default()
                    .insert(doc.span_text(start..n.tokens.end));
            }
        }
    }
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let speech = |t: usize| {
        t < doc.len() && matches!(doc.lower[t].as_str(), "said" | "says" | "told" | "added")
    };
    let mut added = Vec::new();
    for i in 0..doc.len() {
        if taken.contains(&i) || full.get(doc.word(i)).is_none_or(|f| f.len() != 1) {
            continue;
        }
        let before_verb =
            speech(i + 1) && (i == 0 || !capitalised(doc.word(i - 1)) || doc.tokens[i].line_start);
        let after_said = i > 0
            && matches!(doc.lower[i - 1].as_str(), "said" | "says")
            && i + 1 < doc.len()
            && doc.tags[i + 1].is_punct();
        if before_verb || after_said {
            added.push(rule(i..i + 1, Label::Per, 0.75));
        }
    }
    names.extend(added);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Laurent Jalabert (France) ONCE 5 hours…", "Johan Museeuw (Belgium)
/// Mapei-GB 15": on a line that names a person, a place in brackets, then
/// capitalised words and a number, those words are the person's team,
/// whatever the tagger read them as ("ONCE" nothing, "Mapei" a person).
fn teams_after_bracketed_places(doc: &Doc, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    for n in names.iter().filter(|n| n.label == Label::Per) {
        let t = n.tokens.end;
        if t + 3 >= doc.len() || doc.word(t) != "(" {
            continue;
        }
        let Some(place) = names
            .iter()
            .find(|m| m.tokens.start == t + 1 && m.label == Label::Loc)
        else {
            continue;
        };
        let close = place.tokens.end;
        if close >= doc.len() || doc.word(close) != ")" {
            continue;
        }
        let mut e = close + 1;
        while e < doc.len()
            && e < close + 5
            && !doc.tokens[e].line_start
            && (capitalised(doc.word(e)) || (doc.word(e) == "-" && e > close + 1))
        {
            e += 1;
        }
        let number_after = e < doc.len()
            && !doc.tokens[e].line_start
            && doc.word(e).starts_with(|c: char| c.is_ascii_digit());
        if e > close + 1 && number_after && doc.word(e - 1) != "-" {
            found.push(rule(close + 1..e, Label::Org, 0.8));
        }
    }
    for n in found {
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Clinton, Dole clash" with "Republican challenger Bob Dole" below: a
/// word alone that is the surname of a person the text names in full is
/// that person, though a listed town bear the name; not after a
/// preposition of place ("in Dole"), and never a country's name.
fn surnames_over_places(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    // (After the title and nationality a name may open with: "French
    // President Jacques Chirac".)
    let start = |n: &Name| {
        (n.tokens.start..n.tokens.end)
            .find(|&t| {
                let w = doc.word(t);
                !(lexicon::is_title(w)
                    || lexicon::demonym(w).is_some()
                    || lexicon.contains(List::Country, w))
            })
            .unwrap_or(n.tokens.end)
    };
    let surnames: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == Label::Per && (2..=3).contains(&(n.tokens.end - start(n))))
        .filter(|n| lexicon.contains(List::Given, doc.word(start(n))))
        .map(|n| doc.word(n.tokens.end - 1))
        .filter(|w| w.chars().count() >= 3 && w.chars().skip(1).all(char::is_lowercase))
        .collect();
    for n in names.iter_mut() {
        let t = n.tokens.start;
        let w = doc.word(t);
        if n.label != Label::Per
            && n.tokens.len() == 1
            && surnames.contains(w)
            && !lexicon.contains(List::Country, w)
            && !lexicon.contains(List::Region, w)
            && !(t > 0
                && matches!(
                    doc.lower[t - 1].as_str(),
                    "in" | "at" | "from" | "to" | "near"
                ))
        {
            n.label = Label::Per;
        }
    }
}

/// "BA chief executive Robert Ayling" after "British Airways": a word in
/// capitals that spells the initials of a body the text names is that
/// body, where the tagger saw no name.
fn add_initials(doc: &Doc, names: &mut Vec<Name>) {
    let mut initials: HashSet<String> = HashSet::default();
    for n in names.iter().filter(|n| n.label == Label::Org) {
        let words: Vec<&str> = n
            .tokens
            .clone()
            .map(|t| doc.word(t))
            .filter(|w| capitalised(w) && !lexicon::LEGAL_FORMS.contains(w))
            .collect();
        if words.len() >= 2 {
            initials.insert(words.iter().filter_map(|w| w.chars().next()).collect());
        }
    }
    if initials.is_empty() {
        return;
    }
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut added = Vec::new();
    for i in 0..doc.len() {
        let w = doc.word(i);
        if !taken.contains(&i)
            && (2..=5).contains(&w.len())
            && w.chars().all(|c| c.is_ascii_uppercase())
            && initials.contains(w)
        {
            added.push(rule(i..i + 1, Label::Org, 0.8));
        }
    }
    names.extend(added);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Wright-Patterson Air Force Base", "Hewlett-Packard Enterprise": a
/// one-word name joined by a hyphen, with no space, to a name of two or
/// more words is the first word of that name, which keeps its type. Two
/// one-word names so joined stay two ("US-China talks", "Seoul-Washington
/// alliance").
fn join_hyphenated(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    // Two listed places the tagger took as one name over their hyphen stay
    // two ("Seoul-Washington alliance").
    let mut split = Vec::new();
    names.retain(|n| {
        let r = n.tokens.clone();
        let two = r.len() == 3
            && doc.word(r.start + 1) == "-"
            && lexicon.is_listed_place(doc.word(r.start))
            && lexicon.is_listed_place(doc.word(r.start + 2));
        if two {
            split.push(rule(r.start..r.start + 1, Label::Loc, n.confidence));
            split.push(rule(r.start + 2..r.end, Label::Loc, n.confidence));
        }
        !two
    });
    names.extend(split);
    fact_explorer_core::sort::sort_by_key(names, |n| n.tokens.start);
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        if let Some(prev) = out.last_mut() {
            let h = prev.tokens.end;
            let joined = prev.tokens.len() == 1
                && n.tokens.len() >= 2
                && n.tokens.start == h + 1
                && doc.word(h) == "-"
                && doc.tokens[prev.tokens.start].end == doc.tokens[h].start
                && doc.tokens[h].end == doc.tokens[n.tokens.start].start;
            // "Linda Thomas-Greenfield": a person's name goes on over a
            // hyphen to one more capitalised word.
            let surname = prev.label == Label::Per
                && n.tokens.len() == 1
                && n.tokens.start == h + 1
                && doc.word(h) == "-"
                && doc.tokens[prev.tokens.end - 1].end == doc.tokens[h].start
                && doc.tokens[h].end == doc.tokens[n.tokens.start].start;
            // "Daimler-Benz AG" read as "Daimler-" and "Benz AG": a name
            // the tagger ended on the hyphen, and the next right after it.
            let over_hyphen = prev.tokens.len() >= 2
                && doc.word(h - 1) == "-"
                && n.tokens.start == h
                && doc.tokens[h - 2].end == doc.tokens[h - 1].start
                && doc.tokens[h - 1].end == doc.tokens[h].start;
            if joined || surname || over_hyphen {
                *prev = Name {
                    tokens: prev.tokens.start..n.tokens.end,
                    label: if surname { Label::Per } else { n.label },
                    confidence: n.confidence.min(prev.confidence.max(0.6)),
                };
                continue;
            }
        }
        out.push(n);
    }
    // A hyphen the tagger left at a name's end, with nothing joined after
    // it, is no part of the name.
    for n in out.iter_mut() {
        if n.tokens.len() >= 2 && doc.word(n.tokens.end - 1) == "-" {
            n.tokens.end -= 1;
        }
    }
    // "Rolls-Royce Motor Cars", "Mercedes-Benz": a name the tagger ended
    // at a hyphen, with no space, before a capitalised word it left out
    // goes on over the hyphen, and over the capitalised words (no title)
    // right after that no other name has.
    let taken: HashSet<usize> = out.iter().flat_map(|n| n.tokens.clone()).collect();
    let free_cap = |t: usize| {
        t < doc.len()
            && !taken.contains(&t)
            && capitalised(doc.word(t))
            && doc.tags[t].penn().starts_with("NNP")
            && !lexicon::is_title(doc.word(t))
    };
    for n in out.iter_mut() {
        let h = n.tokens.end;
        if !(h + 1 < doc.len()
            && doc.word(h) == "-"
            && doc.tokens[n.tokens.end - 1].end == doc.tokens[h].start
            && doc.tokens[h].end == doc.tokens[h + 1].start
            && free_cap(h + 1)
            && !doc.word(h + 1).chars().all(|c| c.is_uppercase()))
        {
            continue;
        }
        let mut end = h + 2;
        while free_cap(end) && !doc.sentence_initial(end) {
            end += 1;
        }
        n.tokens = n.tokens.start..end;
    }
    // "Daimler-Benz AG" found from "Benz AG" on: a capitalised word that
    // no name has, joined by a hyphen with no space, opens the name.
    // (Over every hyphen: "the Intrepid Sea-Air-Space Museum".)
    for n in out.iter_mut() {
        while n.tokens.start >= 2 && {
            let s = n.tokens.start;
            doc.word(s - 1) == "-"
                && doc.tokens[s - 2].end == doc.tokens[s - 1].start
                && doc.tokens[s - 1].end == doc.tokens[s].start
                && free_cap(s - 2)
                && doc.sentence_of[s - 2] == doc.sentence_of[s]
        } {
            n.tokens = n.tokens.start - 2..n.tokens.end;
        }
    }
    *names = out;
}

/// "Arafat and Netanyahu signed…": a one-word name coordinated with a
/// person's, and in no list of places, is a person too.
fn coordinated_people(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    // (Not the tagger's names unsure of their kind: "Ubisoft" taken for a
    // person made Microsoft and PlayStation, listed with it, people.)
    let person_at: HashSet<usize> = names
        .iter()
        .filter(|n| n.label == Label::Per && n.confidence > UNSURE)
        .flat_map(|n| n.tokens.clone())
        .collect();
    // Coordinated with a person's name, either way round.
    let with_person = |t: usize| {
        (doc.deps[t].is("conj") && doc.heads[t].is_some_and(|h| person_at.contains(&h)))
            || doc.children[t]
                .iter()
                .any(|&c| doc.deps[c].is("conj") && person_at.contains(&c))
    };
    for n in names.iter_mut() {
        if n.label == Label::Per || n.tokens.len() != 1 {
            continue;
        }
        let t = n.tokens.start;
        let w = doc.word(t);
        // Not a list's place, nor letters ("QC", "SC" after a lawyer's name).
        if !w.chars().any(char::is_lowercase) || lexicon.is_listed_place(w) {
            continue;
        }
        let with_person = with_person(t);
        if with_person {
            n.label = Label::Per;
        }
    }
    // A capitalised word the tagger left out, that the language does not
    // otherwise use, coordinated with a person ("Arafat and Netanyahu").
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for t in 0..doc.len() {
        let w = doc.word(t);
        let alone = !((t > 0 && taken.contains(&(t - 1)))
            || (t + 1 < doc.len() && capitalised(doc.word(t + 1))));
        if taken.contains(&t)
            || !alone
            || !capitalised(w)
            || !w.chars().skip(1).all(char::is_lowercase)
            || doc.lex[t].zipf >= 30
            || lexicon.is_listed_place(w)
            || lexicon::is_title(w)
        {
            continue;
        }
        let with_person = with_person(t);
        if with_person {
            found.push(rule(t..t + 1, Label::Per, 0.6));
        }
    }
    names.extend(found);
}

/// The same words are one type all through a document: the type most of
/// the tagger's confidence went to.
fn agree_types(doc: &Doc, names: &mut [Name]) {
    let mut votes: HashMap<&str, [f32; 3]> = HashMap::default();
    for n in names.iter() {
        let v = votes.entry(doc.span_text(n.tokens.clone())).or_default();
        v[n.label as usize] += 0.1 + n.confidence;
    }
    for n in names.iter_mut() {
        let v = votes[doc.span_text(n.tokens.clone())];
        let best = (0..3).fold(0, |b, k| if v[k] > v[b] { k } else { b });
        let label = Label::ALL[best];
        if label != n.label {
            n.label = label;
            n.confidence *= 0.8;
        }
    }
}

/// "Analysts at Merrill Lynch", "an economist at Deutsche Bank": where
/// people of a role work is a body, though its name be a person's or an
/// unlisted place's; so is a
/// name a word after it calls one ("the Itar-Tass agency").
fn workplaces(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    for n in names.iter_mut() {
        // "the Itar-Tass agency", "Interfax news agency": a name the word
        // after it calls a body is one; not a listed place, where the
        // body is ("the Lisbon daily Publico").
        let e = n.tokens.end;
        let called = |t: usize| t < doc.len() && lexicon::BODY_NOUNS.contains(&doc.word(t));
        let place =
            n.label == Label::Loc && lexicon.is_listed_place(doc.span_text(n.tokens.clone()));
        // (Across one lower-case word: "the Citgo refining chain".)
        let lower = |t: usize| t < doc.len() && doc.word(t).starts_with(char::is_lowercase);
        if !place && (called(e) || (lower(e) && called(e + 1))) {
            n.label = Label::Org;
            continue;
        }
        let a = n.tokens.start;
        // (A place's label too, unless the place is listed: "an analyst
        // at Maison Placements Canada", not "a professor at Oxford".)
        if (n.label == Label::Per || (n.label == Label::Loc && !place))
            && a >= 2
            && doc.word(a - 1) == "at"
            && lexicon::is_role(&doc.lemmas[a - 2])
        {
            n.label = Label::Org;
        }
    }
}

/// "Nottingham Forest", "Derby County", "Sheffield Wednesday": a town's
/// name and a word clubs end in are one club, in place of the tagger's
/// names inside (unless the two are a listed place: "Mexico City"); a
/// weekday only in a sentence with a score ("lost 2-1 at Sheffield
/// Wednesday", not "said in London Wednesday").
fn clubs_named_for_towns(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    const ENDS: &[&str] = &[
        "United",
        "City",
        "County",
        "Rovers",
        "Wanderers",
        "Athletic",
        "Albion",
        "Forest",
        "Villa",
        "Hotspur",
        "Town",
        "Rangers",
        "Argyle",
        "Orient",
        "Thistle",
        "Wednesday",
    ];
    let mut found = Vec::new();
    for i in 0..doc.len().saturating_sub(1) {
        let end = doc.word(i + 1);
        if !ENDS.contains(&end)
            || !doc.starts_listed_place(i)
            || !lexicon.contains(List::City, doc.word(i))
            || !spaced(doc, i, i + 1)
            || doc.tokens[i + 1].line_start
            || lexicon.is_listed_place(doc.span_text(i..i + 2))
            || (i + 2 < doc.len() && capitalised(doc.word(i + 2)) && spaced(doc, i + 1, i + 2))
            // ("New York Rangers": the town is "New York".)
            || (i > 0 && spaced(doc, i - 1, i) && lexicon.is_listed_place(doc.span_text(i - 1..i + 1)))
        {
            continue;
        }
        if end == "Wednesday" {
            let k = doc.sentence_of[i];
            if !doc.sentences[k]
                .clone()
                .any(|t| lexicon::is_score(doc.word(t)))
            {
                continue;
            }
        }
        found.push(rule(i..i + 2, Label::Org, 0.85));
    }
    // (Not over a person the tagger found.)
    found.extend(teams_named_for_towns(doc, lexicon).into_iter().filter(|t| {
        !names.iter().any(|n| {
            n.label == Label::Per && n.tokens.start < t.tokens.end && t.tokens.start < n.tokens.end
        })
    }));
    for n in found {
        let r = n.tokens.clone();
        // (The tagger's own reading of the club stands, and a longer one.)
        if names
            .iter()
            .any(|m| m.tokens.start <= r.start && r.end <= m.tokens.end && m.label == Label::Org)
        {
            continue;
        }
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// Teams named by a town and a nickname ("Colorado Avalanche", "Detroit
/// Red Wings", "Los Angeles Lakers"): one or two capitalised words after a
/// listed place, the last a plural that names no place or event
/// ("Springs", "Islands", "Olympics"), or words the text names the team
/// by alone ("outshot the Avalanche").
fn teams_named_for_towns(doc: &Doc, lexicon: &Lexicon) -> Vec<Name> {
    const NOT_NICKNAMES: &[&str] = &[
        "Springs",
        "Falls",
        "Heights",
        "Islands",
        "Isles",
        "Mountains",
        "Hills",
        "Olympics",
        "Games",
        "Plains",
        "Lakes",
        "Keys",
        "Highlands",
        "Gardens",
        "Woods",
        "Rapids",
        "Sands",
        "Downs",
        "Fields",
        "Flats",
        "Narrows",
        "Shoals",
        "Rocks",
        "Glades",
        "Cliffs",
        "Meadows",
        "Oaks",
        "Pines",
        "Palms",
        "Acres",
        "Dunes",
        "Talks",
        "Accords",
        "Agreements",
        "Conventions",
        "Protocols",
        "Championships",
        "Antilles",
        "Territories",
        "Provinces",
        "States",
        "Emirates",
        "Grenadines",
        "Chinese",
        "Affairs",
        "Times",
    ];
    let word_ok = |t: usize| {
        t < doc.len() && {
            let w = doc.word(t);
            capitalised(w)
                && w.chars().all(char::is_alphabetic)
                && !doc.tokens[t].line_start
                && !lexicon.is_listed_place(w)
                && !lexicon::is_title(w)
                && !lexicon::is_day_or_month(w)
        }
    };
    // The one or two words the text names after "the", with no
    // capitalised word after them ("the Avalanche", "the Red Wings").
    let mut after_the: HashSet<(&str, &str)> = HashSet::default();
    for t in 1..doc.len() {
        if doc.lower[t - 1] != "the" {
            continue;
        }
        let free = |k: usize| k >= doc.len() || !capitalised(doc.word(k));
        if free(t + 1) {
            after_the.insert((doc.word(t), ""));
        } else if t + 1 < doc.len() && free(t + 2) {
            after_the.insert((doc.word(t), doc.word(t + 1)));
        }
    }
    let called_alone = |a: usize, b: usize| {
        let second = if b - a == 2 { doc.word(a + 1) } else { "" };
        after_the.contains(&(doc.word(a), second))
    };
    let mut found = Vec::new();
    let mut nicknames = Vec::new();
    for i in 0..doc.len() {
        if !doc.starts_listed_place(i) || (i > 0 && doc.starts_listed_place(i - 1)) {
            continue;
        }
        // The town, of up to three words.
        let Some(town) = (1..=3)
            .rev()
            .find(|&n| i + n < doc.len() && lexicon.is_listed_place(doc.span_text(i..i + n)))
        else {
            continue;
        };
        let a = i + town;
        // ("Douglas McInnes": a given name is no town here.)
        if !word_ok(a) || !spaced(doc, a - 1, a) || lexicon.contains(List::Given, doc.word(i)) {
            continue;
        }
        let b = if a + 1 < doc.len() && word_ok(a + 1) && spaced(doc, a, a + 1) {
            a + 2
        } else {
            a + 1
        };
        if b < doc.len() && capitalised(doc.word(b)) && spaced(doc, b - 1, b) {
            continue;
        }
        // (Nor a plural's possessive: "Seoul District Prosecutors' Office".)
        if b < doc.len() && matches!(doc.word(b), "'" | "’" | "'s" | "’s") {
            continue;
        }
        let last = doc.word(b - 1);
        let plural = last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("us")
            && !NOT_NICKNAMES.contains(&last);
        if plural || called_alone(a, b) {
            found.push(rule(i..b, Label::Org, 0.8));
            nicknames.push(a..b);
        }
    }
    // The nickname alone names the team too ("outshot the Avalanche",
    // "Rangers coach Colin Campbell"): each nickname's words, looked up
    // once per token.
    let nicknames: HashSet<Vec<&str>> = nicknames
        .iter()
        .map(|r| r.clone().map(|t| doc.word(t)).collect())
        .collect();
    let heads: HashSet<&str> = nicknames.iter().map(|n| n[0]).collect();
    let in_team: HashSet<usize> = found.iter().flat_map(|n| n.tokens.clone()).collect();
    for t in 0..doc.len() {
        if !heads.contains(doc.word(t)) || in_team.contains(&t) || doc.tokens[t].line_start {
            continue;
        }
        for n in nicknames.iter().filter(|n| n[0] == doc.word(t)) {
            let len = n.len();
            let at = t + len <= doc.len() && (0..len).all(|k| doc.word(t + k) == n[k]);
            let edge_free =
                (t == 0 || !capitalised(doc.word(t - 1)) || doc.sentence_initial(t - 1))
                    && (t + len >= doc.len()
                        || !capitalised(doc.word(t + len))
                        || !spaced(doc, t + len - 1, t + len));
            if at && edge_free {
                found.push(rule(t..t + len, Label::Org, 0.7));
            }
        }
    }
    found
}

/// Places named for a saint: "St Mark's Square", "St Peter's Basilica",
/// "St Louis", "St. Moritz" (not a person "Mark" and a body "Square"),
/// "St John's, Antigua".
fn saints_places(doc: &Doc, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    for i in 0..doc.len().saturating_sub(1) {
        let saint = matches!(
            doc.word(i),
            "St" | "St." | "Saint" | "San" | "Santa" | "Sao"
        ) && capitalised(doc.word(i + 1))
            && doc.word(i + 1).chars().all(char::is_alphabetic)
            && !doc.tokens[i + 1].line_start;
        if !saint || (i > 0 && capitalised(doc.word(i - 1)) && !doc.sentence_initial(i)) {
            continue;
        }
        // "St Mark's Square": the saint's possessive and a capitalised word.
        let owned = i + 3 < doc.len()
            && matches!(doc.word(i + 2), "'s" | "’s")
            && capitalised(doc.word(i + 3))
            && !doc.tokens[i + 3].line_start;
        // "St John's, Antigua": the possessive is the place's own word when a
        // name follows its comma.
        let own_s = i + 4 < doc.len()
            && matches!(doc.word(i + 2), "'s" | "’s")
            && doc.word(i + 3) == ","
            && capitalised(doc.word(i + 4))
            && doc.tags[i + 4].is_proper();
        let end = if owned {
            i + 4
        } else if own_s {
            i + 3
        } else {
            i + 2
        };
        found.push(rule(i..end, Label::Loc, 0.7));
    }
    for n in found {
        // (A name the tagger found that holds it stands: "San Francisco
        // Chronicle".)
        if names.iter().any(|m| {
            m.tokens.start <= n.tokens.start
                && n.tokens.end <= m.tokens.end
                && m.tokens.len() > n.tokens.len()
        }) {
            continue;
        }
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Real Madrid", "Atletico Madrid", "Deportivo Coruna": a club's first
/// word and the capitalised words after it are the club, in place of the
/// tagger's names inside them (the city, a person).
fn clubs(doc: &Doc, names: &mut Vec<Name>) {
    for i in 0..doc.len() {
        if !lexicon::CLUB_PREFIXES.contains(&doc.word(i)) {
            continue;
        }
        let mut j = i + 1;
        while j < doc.len() && j < i + 4 && capitalised(doc.word(j)) && !doc.tokens[j].line_start {
            j += 1;
        }
        if j == i + 1 {
            continue;
        }
        // Names crossing the club's edges keep their part outside it, if
        // that has a word ("Madrid 1 Atletico" in a results line); names
        // inside it go. (Not through `Disjoint`, which would drop the
        // names nested in others elsewhere: "UN" in "UN General Assembly".)
        let mut kept = Vec::with_capacity(names.len() + 1);
        for n in names.drain(..) {
            if n.tokens.end <= i || n.tokens.start >= j {
                kept.push(n);
                continue;
            }
            for part in [
                n.tokens.start..i.max(n.tokens.start),
                j.min(n.tokens.end)..n.tokens.end,
            ] {
                if part
                    .clone()
                    .any(|t| doc.word(t).chars().any(char::is_alphabetic))
                {
                    kept.push(Name {
                        tokens: part,
                        ..n.clone()
                    });
                }
            }
        }
        kept.push(rule(i..j, Label::Org, 0.8));
        *names = kept;
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Barcelona 3 Valencia 2": a line of names and scores is a results
/// table, and its names are teams: bodies, unless a country's (a national
/// team is named as its country).
fn score_lines(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    for line in doc.lines() {
        let end = line.end;
        // A label before a colon opens the line ("Leading positions:").
        let start = (line.start..end.min(line.start + 10))
            .find(|&t| doc.word(t) == ":")
            .map_or(line.start, |colon| colon + 1);
        let in_line: Vec<usize> = (0..names.len())
            .filter(|&k| names[k].tokens.start >= start && names[k].tokens.end <= end)
            .collect();
        let named = |t: usize| in_line.iter().any(|&k| names[k].tokens.contains(&t));
        let number = |t: usize| doc.word(t).chars().all(|c| c.is_ascii_digit());
        let numbers = (start..end).filter(|&t| number(t)).count();
        let table = in_line.len() >= 2
            && numbers >= 2
            && (start..end).all(|t| {
                named(t)
                    || number(t)
                    || matches!(
                        doc.word(t),
                        "," | "-" | ":" | "." | "(" | ")" | "points" | "pts"
                    )
            });
        // "Deportivo Coruna 2 (Bebeto 12, Fran 80) Sevilla 0": in a line
        // of two teams and their goals, a name in brackets with a minute
        // after it is a scorer.
        let bracketed = |t: usize| {
            (start..t)
                .rev()
                .find(|&u| matches!(doc.word(u), "(" | ")"))
                .is_some_and(|u| doc.word(u) == "(")
        };
        let results = in_line
            .iter()
            .filter(|&&k| !bracketed(names[k].tokens.start))
            .count()
            == 2
            && (start..end).any(|t| doc.word(t) == "(")
            && (start..end).all(|t| {
                named(t)
                    || number(t)
                    || matches!(
                        doc.word(t),
                        "," | "-" | "–" | ":" | "." | "(" | ")" | "pen" | "og"
                    )
            });
        let labels: Vec<(usize, Label)> = if results {
            in_line
                .iter()
                .filter_map(|&k| {
                    let r = names[k].tokens.clone();
                    if bracketed(r.start) && r.end < end && number(r.end) {
                        Some((k, Label::Per))
                    } else if !lexicon.contains(List::Country, doc.span_text(r)) {
                        Some((k, Label::Org))
                    } else {
                        None
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        if table {
            for &k in &in_line {
                let r = names[k].tokens.clone();
                // (A leaderboard lists players: "135 Greg Norman 67 68, Phil
                // Mickelson 69 66".)
                let player = names[k].label == Label::Per
                    && r.len() >= 2
                    && lexicon.contains(List::Given, doc.word(r.start));
                if !player && !lexicon.contains(List::Country, doc.span_text(r)) {
                    names[k].label = Label::Org;
                }
            }
        }
        for (k, label) in labels {
            names[k].label = label;
        }
    }
}

/// "Toyota, Japan's largest carmaker", "Barclays, the British bank": a
/// name the text describes, between commas, as a company is one, and "its
/// Morgan Grenfell unit" names a company too, whatever the tagger read.
fn described_companies(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    // Names said to be a bloc: every mention of them is one.
    let mut blocs: HashSet<String> = HashSet::default();
    for n in names.iter_mut() {
        let r = n.tokens.clone();
        let described = r.clone().any(|t| {
            doc.children[t].iter().any(|&c| {
                !r.contains(&c)
                    && doc.deps[c].is("appos")
                    && c > t
                    && doc.tags[c].is_noun()
                    && !doc.tags[c].is_proper()
                    && lexicon::is_company_noun(&doc.lemmas[c])
            })
        });
        let unit = r.end < doc.len()
            && matches!(
                doc.lower[r.end].as_str(),
                "unit" | "subsidiary" | "division" | "affiliate"
            )
            && r.start > 0
            && matches!(doc.lower[r.start - 1].as_str(), "its" | "their");
        // "Swiss drugmaker Sandoz AG", "telecoms firm Italtel": named
        // right after the word for a company.
        let after_noun = r.start > 0
            && company_noun(doc, r.start - 1)
            && !doc.tokens[r.start].line_start
            && !matches!(doc.word(r.end.min(doc.len() - 1)), "'s" | "’s")
            && !lexicon.is_listed_place(doc.span_text(r.clone()));
        // "the Mercosur customs union", "the Mercosur trade bloc": named
        // before a word for a bloc of members (not a place's name: "the
        // Asia-Pacific trade bloc").
        let bloc = r.start > 0
            && doc.lower[r.start - 1] == "the"
            && (r.end..doc.len().min(r.end + 2))
                .take_while(|&t| {
                    doc.word(t).starts_with(char::is_lowercase) && doc.tags[t].is_noun()
                })
                .any(|t| lexicon::BLOC_NOUNS.contains(&doc.lemmas[t].as_str()))
            && !lexicon.is_listed_place(doc.span_text(r.clone()));
        if described || unit || after_noun || bloc {
            n.label = Label::Org;
        }
        if bloc {
            blocs.insert(doc.span_text(r).to_string());
        }
    }
    for n in names.iter_mut() {
        if blocs.contains(doc.span_text(n.tokens.clone())) {
            n.label = Label::Org;
        }
    }
}

/// "Bianchi owns Laboratori Vesuvio, a small pharmaceutical company in
/// Salerno": two to four capitalised words the tagger took for nothing,
/// inside a sentence, then a comma and an article and, within three more
/// words, the word for a company, are that company's name.
fn add_described_companies(doc: &Doc, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    let mut i = 1;
    while i < doc.len() {
        let word = |t: usize| {
            capitalised(doc.word(t))
                && doc.word(t).chars().all(char::is_alphabetic)
                && !taken.contains(&t)
                && !doc.tokens[t].line_start
                && !doc.sentence_initial(t)
                && !lexicon::is_title(doc.word(t))
                && !lexicon::is_day_or_month(doc.word(t))
        };
        let mut e = i;
        while e < doc.len() && e < i + 4 && word(e) {
            e += 1;
        }
        if e - i < 2
            || e + 2 >= doc.len()
            || doc.word(e) != ","
            || !matches!(doc.lower[e + 1].as_str(), "a" | "an" | "the")
        {
            i = e.max(i + 1);
            continue;
        }
        let described = (e + 2..doc.len().min(e + 6))
            .take_while(|&t| doc.word(t).starts_with(char::is_lowercase))
            .any(|t| doc.tags[t].is_noun() && lexicon::is_company_noun(&doc.lemmas[t]));
        if described {
            found.push(rule(i..e, Label::Org, 0.7));
        }
        i = e;
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// Up to `most` capitalised words right after token `t`, in its sentence,
/// that no name holds and that are no title or day ("OeTV", "Arsenal"),
/// ending before a word in lower case: a name the tagger missed.
fn untaken_name_after(
    doc: &Doc,
    taken: &HashSet<usize>,
    t: usize,
    most: usize,
) -> Option<Range<usize>> {
    let word = |k: usize| {
        let w = doc.word(k);
        capitalised(w)
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&' | '.'))
            && !taken.contains(&k)
            && doc.sentence_of[k] == doc.sentence_of[t]
            && !lexicon::is_title(w)
            && !lexicon::is_day_or_month(w)
    };
    let mut e = t + 1;
    while e < doc.len() && e <= t + most && word(e) {
        e += 1;
    }
    (e > t + 1 && e < doc.len() && !capitalised(doc.word(e)) && !taken.contains(&e))
        .then_some(t + 1..e)
}

/// "The public sector union OeTV", "the airline Iberia": capitalised
/// words the tagger took for nothing, right after "the", lower-case words
/// and a word for a body, and before a word in lower case, are that
/// body's name.
fn add_names_after_body_nouns(doc: &Doc, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for t in 1..doc.len() {
        if !doc.tags[t].is_noun() || !lexicon::BODY_NOUNS.contains(&doc.word(t)) {
            continue;
        }
        // "the" within four words before it, only lower-case words between.
        let opened = (t.saturating_sub(4)..t)
            .rev()
            .find(|&k| !doc.word(k).starts_with(char::is_lowercase) || doc.lower[k] == "the");
        if opened.is_none_or(|k| doc.lower[k] != "the" || doc.sentence_of[k] != doc.sentence_of[t])
        {
            continue;
        }
        if let Some(r) = untaken_name_after(doc, &taken, t, 4) {
            found.push(rule(r, Label::Org, 0.7));
        }
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Ian Wright and Dennis Bergkamp scored for Arsenal": capitalised words
/// the tagger took for nothing after a verb of playing ("scored", "plays",
/// "signed", perhaps "twice") and "for" are the side's name, and so are
/// the same words elsewhere that it read as a place no list knows (the
/// headline's "Arsenal win").
fn add_sides_played_for(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    const PLAYING: &[&str] = &[
        "score", "play", "sign", "equalise", "equalize", "appear", "net",
    ];
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for t in 1..doc.len() {
        if doc.lower[t] != "for" {
            continue;
        }
        let verb = if matches!(doc.lower[t - 1].as_str(), "twice" | "again" | "once") && t >= 2 {
            t - 2
        } else {
            t - 1
        };
        if !doc.tags[verb].is_verb() || !PLAYING.contains(&doc.lemmas[verb].as_str()) {
            continue;
        }
        if let Some(r) = untaken_name_after(doc, &taken, t, 3) {
            found.push(rule(r, Label::Org, 0.7));
        }
    }
    let sides: HashSet<&str> = found
        .iter()
        .map(|n| doc.span_text(n.tokens.clone()))
        .collect();
    for n in names.iter_mut() {
        let text = doc.span_text(n.tokens.clone());
        if n.label == Label::Loc && sides.contains(text) && !lexicon.is_listed_place(text) {
            n.label = Label::Org;
        }
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Siemens added 0.55 to 71.20", "Volkswagen lost 4.00", "owned by
/// Aerospatiale of France": a one-word name read as a person's, no word of
/// a longer name in the text, is a company's where its
/// shares move by a number or a country owns it by "of".
fn companies_read_as_surnames(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    const MOVES: &[&str] = &[
        "rise", "fall", "add", "lose", "gain", "slip", "climb", "drop", "ease", "shed", "jump",
    ];
    // (Nor a word of a longer name, which joins that name's entity:
    // "Limburg" of "Limburg Chemicals NV" and "Rhenania Limburg NV".)
    let surnames: HashSet<&str> = names
        .iter()
        .filter(|n| n.tokens.len() >= 2)
        .flat_map(|n| n.tokens.clone().map(|t| doc.word(t)))
        .collect();
    let mut companies: HashSet<&str> = HashSet::default();
    for n in names.iter() {
        let (a, b) = (n.tokens.start, n.tokens.end);
        if n.label != Label::Per
            || b - a != 1
            || surnames.contains(doc.word(a))
            || b + 1 >= doc.len()
        {
            continue;
        }
        let moved = MOVES.contains(&doc.lemmas[b].as_str())
            && doc.tags[b].is_verb()
            && doc.tags[b + 1].penn() == "CD";
        let of_country = doc.lower[b] == "of"
            && lexicon.contains(List::Country, doc.word(b + 1))
            && !(b + 2 < doc.len() && capitalised(doc.word(b + 2)));
        if moved || of_country {
            companies.insert(doc.word(a));
        }
    }
    for n in names.iter_mut() {
        if n.label == Label::Per
            && n.tokens.len() == 1
            && companies.contains(doc.word(n.tokens.start))
        {
            n.label = Label::Org;
        }
    }
}

/// "Congress president Sitaram Kesri, whose party…": two or more words
/// right after a role in lower case that the tagger read as a place no
/// list has are a person's name (places do not follow a role that way;
/// read as a place, the name then became a body for speaking).
fn people_after_roles(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    let role_at =
        |t: usize| doc.word(t).starts_with(char::is_lowercase) && lexicon::is_role(&doc.lower[t]);
    for n in names.iter_mut() {
        let r = n.tokens.clone();
        let words = r.clone().all(|t| {
            let w = doc.word(t);
            capitalised(w) && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        });
        if n.label != Label::Loc
            || r.len() < 2
            || r.start < 2
            || !words
            || lexicon.is_listed_place(doc.span_text(r.clone()))
        {
            continue;
        }
        let right_after =
            role_at(r.start - 1) && !r.clone().any(|t| lexicon.is_listed_place(doc.word(t)));
        // Or between commas after the role, opening with a given name
        // ("The council's president, Rosa Marina Zelaya, told").
        let apposed = doc.word(r.start - 1) == ","
            && role_at(r.start - 2)
            && r.end < doc.len()
            && doc.word(r.end) == ","
            && lexicon.contains(List::Given, doc.word(r.start));
        if right_after || apposed {
            n.label = Label::Per;
        }
    }
}

/// "said Somchai Charoenwong, a banking analyst at Jardine Fleming": a name
/// of two words or more read as a body or a place, set off by a comma and
/// described by a person's trade (`OCCUPATIONS`: "a banking analyst", "an
/// Italian lawyer") right after, is a person's.
fn people_described_by_trades(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    for n in names.iter_mut() {
        let r = n.tokens.clone();
        let last = doc.word(r.end - 1);
        if n.label == Label::Per
            || r.len() < 2
            || r.end + 3 >= doc.len()
            || doc.word(r.end) != ","
            || !matches!(doc.lower[r.end + 1].as_str(), "a" | "an" | "the")
            || lexicon.is_listed_place(doc.span_text(r.clone()))
            || lexicon::heads_body(last)
            || lexicon::LEGAL_FORMS.contains(&last)
        {
            continue;
        }
        let mut k = r.end + 2;
        while k < r.end + 5
            && k + 1 < doc.len()
            && !lexicon::OCCUPATIONS.contains(&doc.lower[k].as_str())
        {
            if doc.word(k).chars().any(|c| !c.is_alphabetic() && c != '-') {
                break;
            }
            k += 1;
        }
        if lexicon::OCCUPATIONS.contains(&doc.lower[k].as_str())
            && doc.tags[k].penn() == "NN"
            // (Or the text's end.)
            && doc.lower.get(k + 1).is_none_or(|w| {
                matches!(w.as_str(), "at" | "of" | "with" | "for" | "in" | "," | ".")
            })
        {
            n.label = Label::Per;
        }
    }
}

/// "Volkswagen said on Tuesday it had agreed…": a name read as a place
/// that no list of places has, and that is somewhere the subject of a
/// verb of speech, is a body (places speak in news copy through their
/// governments, and those are listed: "Moscow said"). Every mention of it
/// goes with it.
fn speaking_bodies(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    let mut speaking: HashSet<&str> = HashSet::default();
    for n in names.iter() {
        let r = n.tokens.clone();
        if n.label != Label::Loc || lexicon.is_listed_place(doc.span_text(r.clone())) {
            continue;
        }
        let Some(head) = crate::coref::span_head(doc, &r) else {
            continue;
        };
        let speaks = doc.deps[head].is("nsubj")
            && doc.heads[head].is_some_and(|v| {
                doc.tags[v].is_verb() && lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
            });
        if speaks {
            speaking.insert(doc.span_text(r));
        }
    }
    for n in names.iter_mut() {
        if n.label == Label::Loc && speaking.contains(doc.span_text(n.tokens.clone())) {
            n.label = Label::Org;
        }
    }
}

/// "Jalal Talabani, whose Patriotic Union of Kurdistan (PUK) has fought
/// the KDP", "Kaunda, whose United National Independence Party boycotted
/// the poll": a name of two or three words, none a body's or a place's
/// word, before a comma and "whose" and a body's name with a party's
/// word, is the party's leader, a person, though its words read as a
/// body's; so is one whose party follows its "'s".
fn leaders_whose_party(doc: &Doc, names: &mut [Name]) {
    const PARTY_WORDS: &[&str] = &[
        "Party", "Union", "Front", "Movement", "Congress", "League", "Alliance",
    ];
    for n in names.iter_mut() {
        let mut r = n.tokens.clone();
        // (A name may end in its "'s" here, which `trim` takes off.)
        if r.len() > 1 && matches!(doc.word(r.end - 1), "'s" | "’s") {
            r.end -= 1;
        }
        // (Or the party is the name's own: "Khaleda Zia's Bangladesh
        // Nationalist Party", "Sheikh Hasina's Awami League".)
        let owned = r.end + 1 < doc.len()
            && matches!(doc.word(r.end), "'s" | "’s")
            && (r.end + 1..doc.len().min(r.end + 6))
                .take_while(|&k| capitalised(doc.word(k)))
                .any(|k| PARTY_WORDS.contains(&doc.word(k)));
        if n.label == Label::Per
            || !(2..=3).contains(&r.len())
            || r.end + 2 >= doc.len()
            || !(owned || (doc.word(r.end) == "," && doc.lower[r.end + 1] == "whose"))
            || r.clone().any(|t| {
                let w = doc.word(t);
                !capitalised(w)
                    || lexicon::heads_body(w)
                    || lexicon::GEOGRAPHIC_HEADS.contains(&w)
                    || lexicon::LEGAL_FORMS.contains(&w)
            })
        {
            continue;
        }
        let party = (r.end + 2..doc.len().min(r.end + 9))
            .take_while(|&k| {
                doc.sentence_of[k] == doc.sentence_of[r.start] && !doc.tags[k].is_verb()
            })
            .any(|k| PARTY_WORDS.contains(&doc.word(k)));
        if party || owned {
            n.label = Label::Per;
        }
    }
}

/// Where a name was read as a person or a body by its words alone, what
/// is around it says place: "in Brussels and Liege" (a name coordinated
/// with a listed place), "at Trent Bridge" (a building's head word after
/// "at" or "in", though "Trent" is a given name); and "Volvo spokesman"
/// (a name that is no listed place, right before a word for someone who
/// speaks or works for a body) and "the Cosa Nostra boss" (a name read as
/// a person between an article and a role) are a body's.
fn types_from_context(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    let place_at: HashSet<usize> = names
        .iter()
        .filter(|n| {
            n.label == Label::Loc && lexicon.is_listed_place(doc.span_text(n.tokens.clone()))
        })
        .flat_map(|n| n.tokens.clone())
        .collect();
    // (Bodies by their label, or by the list of bodies' names, which types
    // them later: "Lufthansa".)
    let org_at: HashSet<usize> = names
        .iter()
        .filter(|n| {
            n.label == Label::Org || lexicon::ORG_NAMES.contains(&doc.span_text(n.tokens.clone()))
        })
        .flat_map(|n| n.tokens.clone())
        .collect();
    for n in names.iter_mut() {
        let r = n.tokens.clone();
        let text = doc.span_text(r.clone());
        if lexicon.is_listed_place(text) {
            continue;
        }
        // A word no given name, read as a person, beside a body's name by
        // "and" or "or" ("with Lufthansa and Swissair"), or before one or
        // two small words and a role and a name ("Peugeot sports director
        // Jean-Pierre Jabouille"), is a body's.
        let unlisted_person = n.label == Label::Per
            && r.len() == 1
            && !lexicon.contains(List::Given, doc.word(r.start));
        let beside_body = unlisted_person
            && ((r.start >= 2
                && matches!(doc.lower[r.start - 1].as_str(), "and" | "or")
                && org_at.contains(&(r.start - 2)))
                || (r.end + 1 < doc.len()
                    && matches!(doc.lower[r.end].as_str(), "and" | "or")
                    && org_at.contains(&(r.end + 1))));
        let before_role = unlisted_person
            && (1..=3).any(|k| {
                let role = r.end + k - 1;
                role + 1 < doc.len()
                    && (r.end..role).all(|t| doc.word(t).chars().all(char::is_lowercase))
                    && doc.word(role) == doc.lower[role]
                    && lexicon::is_role(&doc.lower[role])
                    && doc.tags[role + 1].is_proper()
                    && capitalised(doc.word(role + 1))
            });
        if beside_body || before_role {
            n.label = Label::Org;
            continue;
        }
        let before = r.start.checked_sub(1).map(|t| doc.lower[t].as_str());
        let after = doc.lower.get(r.end).map(String::as_str);
        let t = r.start;
        let coordinated = r.len() == 1
            && n.label == Label::Per
            && (doc.deps[t].is("conj") && doc.heads[t].is_some_and(|h| place_at.contains(&h)))
            && matches!(before, Some("and" | "or"));
        let venue = r.len() >= 2
            && n.label == Label::Per
            && lexicon::FACILITY_HEADS.contains(&doc.word(r.end - 1))
            && matches!(before, Some("at" | "in"));
        if coordinated || venue {
            n.label = Label::Loc;
        } else if lexicon::names_a_bank(text)
            || (n.label == Label::Loc
                && r.len() == 1
                && matches!(
                    after,
                    Some("spokesman" | "spokeswoman" | "spokesperson" | "shares" | "shareholders")
                ))
        {
            n.label = Label::Org;
        } else if n.label == Label::Per
            && matches!(before, Some("the" | "a" | "an"))
            && after.is_some_and(|w| lexicon::is_role(w) && w != "president")
            && !doc.lex[r.start]
                .lists
                .iter()
                .any(|(l, _)| *l == List::Given)
        {
            // "the Cosa Nostra boss": no person is "the X boss".
            n.label = Label::Org;
        } else if n.label == Label::Per
            && matches!(after, Some("'s" | "’s"))
            && !lexicon.contains(List::Given, doc.word(r.start))
            && (r.end + 1..(r.end + 4).min(doc.len()))
                .take_while(|&k| !doc.tags[k].is_punct())
                .any(|k| {
                    matches!(
                        doc.lower[k].as_str(),
                        "office"
                            | "offices"
                            | "desk"
                            | "headquarters"
                            | "branch"
                            | "subsidiary"
                            | "division"
                            | "shareholders"
                            | "board"
                    )
                })
        {
            // "Smith Barney's London office": a body's.
            n.label = Label::Org;
        } else if (n.label == Label::Loc
            || (n.label == Label::Per && !lexicon.contains(List::Given, doc.word(r.start))))
            && r.len() == 1
            && doc.word(r.start).chars().any(char::is_lowercase)
            && r.start >= 2
            && matches!(
                (
                    doc.lower[r.start - 2].as_str(),
                    doc.lower[r.start - 1].as_str()
                ),
                (
                    "control" | "percent" | "stake" | "shares" | "owner" | "takeover",
                    "of" | "in"
                ) | ("bid" | "offer", "for")
            )
        {
            // "took control of Nethold", "owns 45 percent of Telepiu": what
            // is owned in shares is a company.
            n.label = Label::Org;
        } else if n.label != Label::Per
            && (2..=3).contains(&r.len())
            && after == Some(",")
            && (r.start..r.end).all(|t| {
                capitalised(doc.word(t))
                    && !lexicon::heads_body(doc.word(t))
                    && !lexicon.is_listed_place(doc.word(t))
            })
            && (r.end + 1..(r.end + 4).min(doc.len()))
                .take_while(|&k| {
                    matches!(doc.lower[k].as_str(), "the" | "a" | "an" | "former")
                        || lexicon::is_role(&doc.lower[k])
                })
                .any(|k| lexicon::is_role(&doc.lower[k]))
        {
            // "Vuk Draskovic, leader of the Serbian Renewal Movement": a
            // person, described by a role.
            n.label = Label::Per;
        }
    }
}

/// "who heads the Motor Oil Hellas refining group", "told the Yonhap news
/// agency": capitalised words the tagger took for no name, after "the"
/// (and lower-case words: "the pro-government") and before the word for a
/// company or a party (perhaps after one lower-case word of what it does),
/// are the body's name; not a listed place's ("the Athens football club"),
/// an adjective ("the European consortium"), a people's word or a title.
/// A place's name inside the run is taken in, with two words of the run's
/// own besides ("the pro-government Our Home Is Russia party"); no other
/// name found already is.
fn add_names_before_body_nouns(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let body_noun = |t: usize| {
        company_noun(doc, t)
            || (doc.tags[t].is_noun()
                && matches!(
                    doc.lower[t].as_str(),
                    "party" | "movement" | "alliance" | "coalition" | "union" | "front"
                ))
    };
    // (A place's name inside the run is taken in with it: "the
    // pro-government Our Home Is Russia party".)
    let places: HashSet<usize> = names
        .iter()
        .filter(|m| m.label == Label::Loc)
        .flat_map(|m| m.tokens.clone())
        .collect();
    let name_word = |t: usize| {
        let w = doc.word(t);
        capitalised(w)
            && w.chars().all(char::is_alphabetic)
            && (!taken.contains(&t) || places.contains(&t))
            && !doc.tokens[t].line_start
    };
    let mut added = Vec::new();
    for n in 2..doc.len() {
        if !body_noun(n) {
            continue;
        }
        // (One lower-case word of what the body does: "refining".)
        let end =
            if !capitalised(doc.word(n - 1)) && doc.word(n - 1).chars().all(char::is_alphabetic) {
                n - 1
            } else {
                n
            };
        let mut start = end;
        while start > 0 && end - start < 5 && name_word(start - 1) {
            start -= 1;
        }
        if start == end || start == 0 {
            continue;
        }
        // "the" before it, lower-case words between ("the pro-government").
        let mut k = start - 1;
        while k > 0
            && start - k < 4
            && doc.word(k).starts_with(char::is_lowercase)
            && doc.lower[k] != "the"
        {
            k -= 1;
        }
        // (With two words of its own at least besides a place's.)
        if (start..end).any(|t| taken.contains(&t))
            && (start..end).filter(|t| !taken.contains(t)).count() < 2
        {
            continue;
        }
        let words = doc.span_text(start..end);
        // (Nor one adjective: "the European consortium".)
        let adjective = end - start == 1 && doc.tags[start].penn().starts_with("JJ");
        if adjective
            || doc.lower[k] != "the"
            || doc.sentence_of[k] != doc.sentence_of[n]
            || lexicon.is_listed_place(words)
            || (start..end).any(|t| {
                // (A title word may stand in a name with one of the most
                // common words in it: "Our Home Is Russia".)
                (lexicon::is_title(doc.word(t))
                    && !(start..end).any(|u| u != t && doc.lex[u].zipf >= 60))
                    || lexicon::demonym(doc.word(t)).is_some()
                    || lexicon::is_day_or_month(doc.word(t))
                    || (lexicon.is_listed_place(doc.word(t)) && end - start == 1)
            })
        {
            continue;
        }
        added.push(rule(start..end, Label::Org, 0.6));
    }
    for n in added {
        put_over(names, n);
    }
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// Whether the token is a lower-case word for a company ("firm",
/// "drugmaker").
fn company_noun(doc: &Doc, t: usize) -> bool {
    doc.word(t).starts_with(char::is_lowercase)
        // ("giant", "daily" and, before a name, "firm" are often tagged
        // adjectives: "owned by state firm Codelco".)
        && (doc.tags[t].is_noun()
            || matches!(doc.lower[t].as_str(), "giant" | "daily" | "weekly" | "firm"))
        && lexicon::is_company_noun(&doc.lemmas[t])
}

/// "the state holding company IRI", "a branch of Credit Lyonnais",
/// "a stake in Italtel": capitalised words the tagger took for no name,
/// right after the word for a company, or after "of" or "in" following
/// the word for a part of one or a share in one, are a company's name (up
/// to four words, with its legal form). Words of the language's common
/// stock are not, unless written in capitals ("IRI").
fn add_company_names(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    // Each name by where it starts (linear in the text: no search of the
    // names at each word for a company).
    let starting: HashMap<usize, usize> = names
        .iter()
        .enumerate()
        .map(|(k, n)| (n.tokens.start, k))
        .collect();
    let mut added = Vec::new();
    let mut relabelled: Vec<usize> = Vec::new();
    let mut widened: Vec<(usize, Range<usize>)> = Vec::new();
    for i in 1..doc.len() {
        let after_part = matches!(doc.lower[i - 1].as_str(), "of" | "in")
            && i >= 2
            && matches!(
                doc.lower[i - 2].as_str(),
                "branch"
                    | "branches"
                    | "unit"
                    | "subsidiary"
                    | "division"
                    | "affiliate"
                    | "shares"
                    | "stake"
                    | "shareholder"
                    | "shareholders"
                    | "takeover"
            );
        if !(company_noun(doc, i - 1) || after_part) {
            continue;
        }
        let start = i;
        let name_word = |t: usize| {
            let w = doc.word(t);
            capitalised(w)
                && !doc.tokens[t].line_start
                && !lexicon::is_title(w)
                && !lexicon::is_day_or_month(w)
        };
        if doc.tokens[start].line_start {
            continue;
        }
        // A name found there already is a company's ("a stake in
        // Italtel", read as a place), unless it is a listed place.
        // A listed place with capitalised words after it is a company
        // named for its town ("Dutch firm Steyr Nutzfahrzeuge").
        if taken.contains(&start) {
            if let Some(&k) = starting.get(&start) {
                let r = names[k].tokens.clone();
                if !lexicon.is_listed_place(doc.span_text(r.clone())) {
                    relabelled.push(k);
                } else {
                    let mut end = r.end;
                    while end < doc.len()
                        && end < start + 4
                        && name_word(end)
                        && !taken.contains(&end)
                        && spaced(doc, end - 1, end)
                    {
                        end += 1;
                    }
                    if end > r.end {
                        widened.push((k, start..end));
                    }
                }
            }
            continue;
        }
        // "the newspaper El Watan", "the daily Die Welt": an article of
        // another language before a name found already is part of it.
        if start + 1 < doc.len()
            && matches!(
                doc.word(start),
                "El" | "Al" | "La" | "Le" | "Il" | "Die" | "Der" | "Het" | "De"
            )
            && taken.contains(&(start + 1))
        {
            if let Some(&k) = starting.get(&(start + 1)) {
                widened.push((k, start..names[k].tokens.end));
            }
            continue;
        }
        let mut end = start;
        while end < doc.len() && end < start + 4 && name_word(end) && !taken.contains(&end) {
            end += 1;
        }
        // "Dutch club PSV Eindhoven": the company's words run on into a
        // town's name found already, which is part of it.
        if end > start && end < doc.len() && taken.contains(&end) && spaced(doc, end - 1, end) {
            if let Some(&k) = starting.get(&end) {
                let r = names[k].tokens.clone();
                if lexicon.is_listed_place(doc.span_text(r.clone()))
                    && (r.end >= doc.len() || !capitalised(doc.word(r.end)))
                {
                    widened.push((k, start..r.end));
                    continue;
                }
            }
        }
        let known = |t: usize| {
            let w = doc.word(t);
            doc.lex[t].zipf >= 45 && !(w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        };
        if end == start
            || (start..end).all(known)
            // ("a stake in Slovak unit": a people's word is no company.)
            || (start..end).all(|t| lexicon::demonym(doc.word(t)).is_some())
            || (start..end).any(|t| lexicon.is_listed_place(doc.word(t)))
            || (end < doc.len() && capitalised(doc.word(end)) && spaced(doc, end - 1, end))
        {
            continue;
        }
        added.push(rule(start..end, Label::Org, 0.7));
    }
    // A company is one all through the text ("its Spanish unit Simago",
    // then "Simago" alone).
    let companies: HashSet<&str> = relabelled
        .iter()
        .map(|&k| doc.span_text(names[k].tokens.clone()))
        .chain(added.iter().map(|n| doc.span_text(n.tokens.clone())))
        .collect();
    for n in names.iter_mut() {
        if companies.contains(doc.span_text(n.tokens.clone())) {
            n.label = Label::Org;
        }
    }
    for (k, w) in widened {
        names[k].tokens = w;
        names[k].label = Label::Org;
    }
    names.extend(added);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "the town of Gorazde", "the port city of Mombasa", "off the coast of
/// Sumatra", "south of Algiers": a name after a kind of place, a shore or
/// a compass point and "of" is that place, whatever the tagger read; and
/// capitalised words there that the tagger took for nothing (up to three,
/// not words of the language's common stock) are one.
fn places_by_kind(doc: &Doc, names: &mut Vec<Name>) {
    const KINDS: &[&str] = &[
        "town",
        "city",
        "village",
        "port",
        "capital",
        "province",
        "region",
        "district",
        "island",
        "islands",
        "enclave",
        "state",
        "coast",
        "shores",
        "outskirts",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ];
    let after_kind =
        |s: usize| s >= 2 && doc.word(s - 1) == "of" && KINDS.contains(&doc.lower[s - 2].as_str());
    let mut kinded: HashSet<&str> = HashSet::default();
    for n in names.iter_mut() {
        if after_kind(n.tokens.start) {
            n.label = Label::Loc;
            kinded.insert(doc.span_text(n.tokens.clone()));
        }
    }
    let taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut found = Vec::new();
    for s in 2..doc.len() {
        if !after_kind(s) || taken.contains(&s) {
            continue;
        }
        let mut e = s;
        while e < doc.len()
            && e < s + 3
            && capitalised(doc.word(e))
            && !taken.contains(&e)
            && !doc.tokens[e].line_start
            && !lexicon::is_title(doc.word(e))
            && !lexicon::is_day_or_month(doc.word(e))
        {
            e += 1;
        }
        if e > s && (s..e).any(|t| doc.lex[t].zipf < 45) {
            found.push(rule(s..e, Label::Loc, 0.7));
            kinded.insert(doc.span_text(s..e));
        }
    }
    // ("the southern port of Kismayu", then "to Kismayu and Bardera": the
    // place the text calls one is one wherever else it is named, whatever
    // the tagger read there.)
    for n in names.iter_mut() {
        if n.label == Label::Per && kinded.contains(doc.span_text(n.tokens.clone())) {
            n.label = Label::Loc;
        }
    }
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// Match reports: in a sentence with a score ("beat AC Milan 2-1", "drew
/// 1-1 with Roma", "lost 2-0 at Parma"), the names that beat, drew or
/// lost, and those beaten, drawn with or lost at, are teams (bodies,
/// unless a country's: a national team is named as its country); so are
/// those scored for ("scored for Lazio", "equalised for Roma"), called
/// champions, or before a coach or a player's position ("Milan coach
/// Oscar Tabarez"). Two or three unknown capitalised words that score or
/// equalise are a player ("Pierluigi Casiraghi scored").
fn teams_and_scorers(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    const RESULT_VERBS: &[&str] = &[
        "beat", "draw", "lose", "defeat", "win", "thrash", "edge", "hold",
    ];
    const SCORING_VERBS: &[&str] = &[
        "score", "equalise", "equalize", "net", "head", "pull", "add", "put",
    ];
    const POSITIONS: &[&str] = &[
        "coach",
        "manager",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "captain",
        "forward",
        "winger",
    ];
    let with_score: Vec<bool> = doc
        .sentences
        .iter()
        .map(|s| s.clone().any(|t| lexicon::is_score(doc.word(t))))
        .collect();
    // A tennis set's score: six or seven games to the winner.
    let set_score = |w: &str| {
        lexicon::is_score(w)
            && w.split(['-', '–'])
                .filter_map(|g| g.parse::<u32>().ok())
                .max()
                .is_some_and(|g| (6..=7).contains(&g))
    };
    let with_sets: Vec<bool> = doc
        .sentences
        .iter()
        .map(|s| s.clone().any(|t| set_score(doc.word(t))))
        .collect();
    let team_at = |t: usize| -> bool {
        let k = doc.sentence_of[t];
        let verb_before = |from: usize| {
            (from.saturating_sub(3)..from)
                .any(|v| doc.sentence_of[v] == k && RESULT_VERBS.contains(&doc.lemmas[v].as_str()))
        };
        let verb_after = t + 1 < doc.len() && RESULT_VERBS.contains(&doc.lemmas[t + 1].as_str());
        let prev = if t > 0 { doc.lower[t - 1].as_str() } else { "" };
        let scored_for = t >= 2
            && prev == "for"
            && (t.saturating_sub(5)..t - 1)
                .any(|v| SCORING_VERBS.contains(&doc.lemmas[v].as_str()) || doc.lower[v] == "goal");
        (with_score[k] && (verb_after || verb_before(t)))
            || scored_for
            || matches!(prev, "champions" | "holders" | "leaders")
    };
    // A team is one throughout ("Juventus coach Marcello Lippi" and "put
    // Juventus ahead").
    let mut teams: HashSet<&str> = HashSet::default();
    for n in names.iter() {
        let r = n.tokens.clone();
        let w = doc.span_text(r.clone());
        // (A player beats another in tennis: "beat Mark Woodforde 6-4".)
        // (Nor, by a set's score, a player: "beat Russia's Yevgeny
        // Kafelnikov 6-4 3-6 7-6".)
        let person = (n.label == Label::Per
            && r.len() >= 2
            && lexicon.contains(List::Given, doc.word(r.start)))
            || (r.len() >= 2
                && with_sets[doc.sentence_of[r.start]]
                && r.clone()
                    .all(|t| doc.word(t).chars().skip(1).all(char::is_lowercase)));
        if person || lexicon.contains(List::Country, w) {
            continue;
        }
        let before_position = r.end < doc.len() && POSITIONS.contains(&doc.lower[r.end].as_str());
        // The subject or object of a result in a sentence with a score
        // ("Barcelona came from behind to beat Real Betis 3-1", "who beat
        // Valencia 2-0", "Rangers extended their lead by beating Celtic
        // 3-1", "Arsenal went top after a 2-0 win over Derby County").
        let result = |v: usize| RESULT_VERBS.contains(&doc.lemmas[v].as_str());
        let result_noun = |c: usize| {
            doc.tags[c].is_noun()
                && matches!(
                    doc.lemmas[c].as_str(),
                    "win" | "victory" | "defeat" | "draw"
                )
                && c + 1 < doc.len()
                && matches!(
                    doc.lower[c + 1].as_str(),
                    "over" | "against" | "by" | "to" | "with"
                )
        };
        let in_result = crate::coref::span_head(doc, &r).is_some_and(|h| {
            let Some(v) = doc.heads[h] else { return false };
            with_score[doc.sentence_of[h]]
                && ((doc.deps[h].is("obj") && result(v))
                    || (doc.deps[h].is("nsubj")
                        && (result(v)
                            || doc.children[v].iter().any(|&c| {
                                ((doc.deps[c].is("xcomp") || doc.deps[c].is("advcl")) && result(c))
                                    || (doc.deps[c].is("obl") && result_noun(c))
                            }))))
        });
        // A town's name is a team's only on the parse's word, or before a
        // coach or a player's position ("Barcelona coach").
        if lexicon.is_listed_place(w) && n.label == Label::Loc {
            // Or on the words: a result right before it and its score right
            // after ("beat Valencia 2-0", however the parse reads the score).
            let beaten = r.start >= 1
                && result(r.start - 1)
                && r.end < doc.len()
                && lexicon::is_score(doc.word(r.end));
            if in_result || beaten || before_position {
                teams.insert(w);
            }
            continue;
        }
        // (Not one word the tagger took for a person in a match of sets:
        // "Sampras beat Agassi 6-4 6-3".)
        let player = n.label == Label::Per && with_sets[doc.sentence_of[r.start]];
        if team_at(r.start) || before_position || (in_result && !player) {
            teams.insert(w);
        }
    }
    for n in names.iter_mut() {
        if teams.contains(doc.span_text(n.tokens.clone())) {
            n.label = Label::Org;
        }
    }
    // "Saeed Anwar top-scored", read as a place: two or three words no
    // list knows as a place, heading no body, that score or speak, are a
    // person.
    for n in names.iter_mut().filter(|n| {
        n.label == Label::Loc
            || (n.label == Label::Org && with_sets[doc.sentence_of[n.tokens.start]])
    }) {
        let r = n.tokens.clone();
        if !(2..=3).contains(&r.len()) || r.end >= doc.len() {
            continue;
        }
        // ("top-scored": the verb after the hyphen.)
        let v = if doc.lower[r.end] == "top" && r.end + 2 < doc.len() && doc.word(r.end + 1) == "-"
        {
            r.end + 2
        } else {
            r.end
        };
        let verb = doc.lemmas[v].as_str();
        let acts = (doc.tags[v].is_verb() || v > r.end)
            && (SCORING_VERBS.contains(&verb) || lexicon::SPEECH_VERBS.contains(&verb));
        let plain = r.clone().all(|t| {
            let w = doc.word(t);
            capitalised(w)
                && w.chars().skip(1).all(char::is_lowercase)
                && !lexicon.is_listed_place(w)
                && !lexicon::heads_body(w)
        });
        // (Or in a sentence with a tennis set's score: players.)
        let playing = with_sets[doc.sentence_of[r.start]];
        if (acts || playing) && plain && !lexicon.is_listed_place(doc.span_text(r.clone())) {
            n.label = Label::Per;
        }
    }
    // Teams and players the tagger missed.
    let mut taken: HashSet<usize> = names.iter().flat_map(|n| n.tokens.clone()).collect();
    let mut added = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        let mut j = i;
        while j < doc.len()
            && j < i + 3
            && !taken.contains(&j)
            && capitalised(doc.word(j))
            && doc.word(j).chars().skip(1).all(char::is_lowercase)
            && doc.lex[j].zipf < 35
            && !lexicon.is_listed_place(doc.word(j))
            && (j == i || !doc.tokens[j].line_start)
        {
            j += 1;
        }
        if j == i {
            i += 1;
            continue;
        }
        let after = if j < doc.len() {
            doc.lemmas[j].as_str()
        } else {
            ""
        };
        let k = doc.sentence_of[i];
        if (2..=3).contains(&(j - i))
            && SCORING_VERBS.contains(&after)
            && doc.tags[j].is_verb()
            && with_score[k]
                | (j + 1 < doc.len()
                    && matches!(doc.lower[j + 1].as_str(), "for" | "twice" | "again"))
        {
            added.push(rule(i..j, Label::Per, 0.6));
        } else if j - i == 1
            && team_at(i)
            && (i == 0 || !doc.sentence_initial(i) || doc.tags[j.min(doc.len() - 1)].is_verb())
        {
            added.push(rule(i..j, Label::Org, 0.6));
        }
        i = j;
    }
    // One capitalised word between a result and its score is the beaten
    // team however common the word ("by beating Celtic 3-1"), and so is
    // the word elsewhere in the story ("Celtic manager Tommy Burns").
    taken.extend(added.iter().flat_map(|n| n.tokens.clone()));
    let mut beaten: HashSet<&str> = HashSet::default();
    for t in 1..doc.len().saturating_sub(1) {
        let w = doc.word(t);
        if !taken.contains(&t)
            && capitalised(w)
            && w.chars().skip(1).all(char::is_lowercase)
            && doc.tags[t - 1].is_verb()
            && RESULT_VERBS.contains(&doc.lemmas[t - 1].as_str())
            && lexicon::is_score(doc.word(t + 1))
            && !lexicon::is_day_or_month(w)
        {
            beaten.insert(w);
        }
    }
    for t in 0..doc.len() {
        if !taken.contains(&t) && beaten.contains(doc.word(t)) {
            added.push(rule(t..t + 1, Label::Org, 0.6));
        }
    }
    // Where a match was played: capitalised words after "at" (or "at
    // the") a few words after the score ("beat Nottingham Forest 4-0 at
    // Old Trafford", "a 2-0 win over Derby County at Highbury"), unless
    // they name a tournament ("at the World Cup").
    taken.extend(added.iter().flat_map(|n| n.tokens.clone()));
    for a in 1..doc.len() {
        if doc.lower[a] != "at" {
            continue;
        }
        let k = doc.sentence_of[a];
        let after_score = (a.saturating_sub(6)..a)
            .any(|u| doc.sentence_of[u] == k && lexicon::is_score(doc.word(u)));
        let i = if a + 1 < doc.len() && doc.lower[a + 1] == "the" {
            a + 2
        } else {
            a + 1
        };
        let mut j = i;
        while j < doc.len()
            && j < i + 3
            && !taken.contains(&j)
            && doc.sentence_of[j] == k
            && capitalised(doc.word(j))
            && doc.word(j).chars().all(char::is_alphabetic)
            && !doc.tokens[j].line_start
            && !lexicon::is_day_or_month(doc.word(j))
        {
            j += 1;
        }
        let tournament = j > i && lexicon::PRIZE_ENDS.contains(&doc.word(j - 1));
        let ends = j >= doc.len() || !capitalised(doc.word(j)) || doc.sentence_of[j] != k;
        if after_score && j > i && ends && !tournament {
            added.push(rule(i..j, Label::Loc, 0.6));
        }
    }
    names.extend(added);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// "Arsenal 2 Chelsea 1", "Manchester United 0 Liverpool 0": a line that
/// is two runs of capitalised words, each with its goals, names two teams
/// (the tagger may miss one or take a score into a name).
fn result_line_names(doc: &Doc, lexicon: &Lexicon, names: &mut Vec<Name>) {
    let goals = |t: usize| lexicon::is_goals(doc.word(t));
    let word = |t: usize| {
        capitalised(doc.word(t)) && doc.word(t).chars().all(|c| c.is_alphabetic() || c == '.')
    };
    let mut found = Vec::new();
    for line in doc.lines() {
        let mut stop = line.end;
        while stop > line.start && doc.word(stop - 1) == "." {
            stop -= 1;
        }
        // A run of capitalised words from `t`, and where it ends.
        let run = |t: usize| {
            let mut u = t;
            while u < stop && u - t < 4 && word(u) {
                u += 1;
            }
            (u > t).then_some(u)
        };
        let Some(a_end) = run(line.start) else {
            continue;
        };
        if a_end >= stop || !goals(a_end) {
            continue;
        }
        let Some(b_end) = run(a_end + 1) else {
            continue;
        };
        if b_end + 1 != stop || !goals(b_end) {
            continue;
        }
        for r in [line.start..a_end, a_end + 1..b_end] {
            let label = if lexicon.contains(List::Country, doc.span_text(r.clone())) {
                Label::Loc
            } else {
                Label::Org
            };
            found.push(rule(r, label, 0.9));
        }
    }
    if found.is_empty() {
        return;
    }
    names.retain(|n| {
        !found
            .iter()
            .any(|f| n.tokens.start < f.tokens.end + 1 && f.tokens.start < n.tokens.end)
    });
    names.extend(found);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.tokens.start, n.tokens.end));
}

/// A person is introduced by full name in the news; a one-word "person"
/// never so introduced whose word is a listed place is the place, standing
/// for its government or team as capitals do ("Bonn says it will not
/// pay", where the tagger read a speaker). A listed given name is not
/// taken ("Lima" is a city, "Paris" is a city; "Jordan" is kept).
fn lone_places(doc: &Doc, lexicon: &Lexicon, names: &mut [Name]) {
    let in_full: HashSet<&str> = names
        .iter()
        .filter(|n| n.label == Label::Per && n.tokens.len() >= 2)
        .flat_map(|n| n.tokens.clone().map(|t| doc.word(t)))
        .collect();
    for n in names.iter_mut() {
        let t = n.tokens.start;
        // "a spokesman in Brussels", "in central Paris": after "in" (and a
        // point of the compass), a listed place is the place.
        let after_in = |k: usize| k > 0 && doc.word(k - 1) == "in";
        if n.label != Label::Loc
            && n.tokens.len() == 1
            && (after_in(t) || (t > 0 && lexicon::is_compass(doc.word(t - 1)) && after_in(t - 1)))
            && lexicon.is_listed_place(doc.word(t))
            && !lexicon::GOVERNMENT_HEADS.contains(&doc.word(t))
        {
            n.label = Label::Loc;
            continue;
        }
        if n.label != Label::Per || n.tokens.len() != 1 {
            continue;
        }
        let w = doc.word(n.tokens.start);
        if lexicon.is_listed_place(w) && !lexicon.contains(List::Given, w) && !in_full.contains(w) {
            n.label = Label::Loc;
        }
    }
}

/// A name's edges and title: no leading or trailing punctuation or small
/// word; a person's title words go to `title`.
fn trim(
    doc: &Doc,
    lexicon: &Lexicon,
    n: &Name,
    title_surnames: &HashSet<&str>,
    body_first_words: &HashSet<&str>,
) -> Option<Mention> {
    let edge = |i: usize| {
        let w = doc.word(i);
        !w.chars().any(char::is_alphanumeric)
            || matches!(
                w,
                "and"
                    | "of"
                    | "the"
                    | "or"
                    | "in"
                    | "for"
                    | "to"
                    | "at"
                    | "on"
                    | "by"
                    | "with"
                    | "from"
                    | "a"
                    | "an"
                    | "The"
                    | "'s"
                    | "’s"
            )
    };
    let (mut a, mut b) = (n.tokens.start, n.tokens.end);
    // ("St John's" keeps its possessive, which [`saints_places`] took in.)
    let saints = b == a + 3
        && matches!(doc.word(a), "St" | "St." | "Saint")
        && matches!(doc.word(b - 1), "'s" | "’s");
    while b > a && edge(b - 1) && !saints {
        b -= 1;
    }
    // A title alone before a name the tagger read apart is no name of its
    // own ("Cardinal Stephen Kim Sou-hwan" with "Cardinal" taken for a
    // place).
    if b == a + 1
        && b < doc.len()
        && lexicon::is_title(doc.word(a))
        && capitalised(doc.word(b))
        && spaced(doc, a, b)
        && !lexicon.is_listed_place(doc.word(a))
    {
        return None;
    }
    // A trophy or a tournament is no person ("the Stanley Cup champions").
    if n.label == Label::Per && b > a + 1 && lexicon::PRIZE_ENDS.contains(&doc.word(b - 1)) {
        return None;
    }
    // Nor a body's name ending in its head word ("the Carter Center").
    let label = if n.label == Label::Per
        && b > a + 1
        && lexicon::PERSON_NAMED_BODY_ENDS.contains(&doc.word(b - 1))
    {
        Label::Org
    } else {
        n.label
    };
    // ("A Mexican judge": the article opens the sentence; "Group A" keeps
    // its letter.)
    while a < b
        && (edge(a) || (matches!(doc.word(a), "A" | "An") && a + 1 < b))
        && !(doc.word(a) == "The"
            && a + 1 < b
            && lexicon::NAMES_AFTER_THE.contains(&doc.word(a + 1)))
    {
        a += 1;
    }
    // A person's nationality or party before the name is no part of it
    // ("Swede Thomas Enqvist", "Democrats Harry Reid and Richard Bryan").
    let party = |w: &str| {
        lexicon::PARTY_ADJECTIVES.contains(&w)
            || w.strip_suffix('s')
                .is_some_and(|w| lexicon::PARTY_ADJECTIVES.contains(&w))
    };
    while n.label == Label::Per
        && b - a >= 3
        && (lexicon::demonym(doc.word(a)).is_some() || party(doc.word(a)))
    {
        a += 1;
    }
    // Nor a portfolio and its title ("Oil Minister Ali al-Naimi" read
    // whole), when two words or more are left.
    if n.label == Label::Per
        && b - a >= 4
        && lexicon::PORTFOLIOS.contains(&doc.word(a))
        && lexicon::is_title(doc.word(a + 1))
    {
        a += 2;
        while b - a >= 3 && lexicon::is_title(doc.word(a)) {
            a += 1;
        }
    }
    // Titles never end a name ("U.S. Senator"), nor does a number after a
    // person's or a place's name ("Sweden 1 – 0"), nor a score after any
    // ("AC Milan 2-1").
    // A title word after a given name is a surname ("Robert King", "Joey
    // Bishop").
    let surname = |b: usize| {
        n.label == Label::Per
            && b >= a + 2
            && doc.lex[b - 2].lists.iter().any(|(l, _)| *l == List::Given)
            && !lexicon::is_title(doc.word(b - 2))
    };
    // Nor a day ("in London Wednesday"; a club's "Sheffield Wednesday" is
    // a body's name).
    while b > a + 1
        && ((n.label != Label::Org
            && ((lexicon::is_title(doc.word(b - 1)) && !surname(b))
                || lexicon::is_day_or_month(doc.word(b - 1))
                || doc.word(b - 1).chars().all(|c| c.is_ascii_digit())))
            || lexicon::is_score(doc.word(b - 1)))
    {
        b -= 1;
    }
    // A body's name in capitalised words ends before the office held in
    // it ("Senate Majority Leader", "Democratic Assembly Speaker"), not
    // one with "of" in it ("Office of the President").
    // The rest must end in a body's head word ("Senate", "Assembly").
    if n.label == Label::Org
        && (a..b).all(|t| capitalised(doc.word(t)))
        && b > a + 1
        && lexicon::is_title(doc.word(b - 1))
        && !lexicon::ORG_HEADS.contains(&doc.word(b - 1))
    {
        let mut e = b;
        while e > a + 1
            && (lexicon::is_title(doc.word(e - 1))
                || matches!(doc.word(e - 1), "Majority" | "Minority"))
            && !lexicon::ORG_HEADS.contains(&doc.word(e - 1))
        {
            e -= 1;
        }
        let head = doc.word(e - 1);
        if lexicon::ORG_HEADS.contains(&head) || lexicon::GOVERNMENT_HEADS.contains(&head) {
            b = e;
        }
    }
    if a >= b || (a > n.tokens.start && b - a == 1 && lexicon::demonym(doc.word(a)).is_some()) {
        return None;
    }
    // Nor does a portfolio ("Transport" of "Transport Minister Haryanto").
    if b - a == 1
        && b < doc.len()
        && lexicon::PORTFOLIOS.contains(&doc.word(a))
        && matches!(
            doc.word(b),
            "Minister" | "Secretary" | "Commissioner" | "minister" | "secretary" | "commissioner"
        )
    {
        return None;
    }
    // A sports desk's slug names nothing ("GOLF - LEHMAN LEADS", "MOTOR
    // RACING - …").
    if doc.tokens[a].line_start
        && b < doc.len()
        && matches!(doc.word(b), "-" | "–" | "—")
        && (a..b).all(|t| !doc.word(t).chars().any(char::is_lowercase))
        && matches!(
            doc.span_text(a..b).to_lowercase().as_str(),
            "golf"
                | "soccer"
                | "football"
                | "tennis"
                | "cricket"
                | "rugby"
                | "rugby union"
                | "rugby league"
                | "baseball"
                | "basketball"
                | "cycling"
                | "athletics"
                | "motor racing"
                | "motorcycling"
                | "boxing"
                | "skiing"
                | "alpine skiing"
                | "swimming"
                | "rowing"
                | "sailing"
                | "yachting"
                | "horse racing"
                | "ice hockey"
                | "hockey"
                | "squash"
                | "badminton"
                | "volleyball"
                | "handball"
                | "judo"
                | "chess"
                | "snooker"
                | "darts"
                | "olympics"
                | "sport"
                | "sports"
        )
    {
        return None;
    }
    // A shouted function word names nothing ("BY" of "LEHMAN LEADS BY TWO").
    if b - a == 1
        && matches!(
            doc.lower[a].as_str(),
            "by" | "at"
                | "in"
                | "of"
                | "to"
                | "for"
                | "the"
                | "and"
                | "on"
                | "with"
                | "as"
                | "after"
        )
    {
        return None;
    }
    // Title words alone name no one ("Vice" of "Vice President Al Gore").
    if (a..b).all(|t| {
        matches!(
            doc.word(t),
            "Vice" | "Prime" | "Deputy" | "Chief" | "Former" | "Acting" | "Assistant" | "Senior"
        )
    }) {
        return None;
    }
    // A common word alone is no name ("State" of "Secretary of State"),
    // but for a body's short name ("United chairman Gerald Greenwald"
    // after "United Airlines").
    if b - a == 1
        && doc.lex[a].zipf >= 55
        && doc.word(a).chars().any(char::is_lowercase)
        && doc.lex[a].lists.is_empty()
        && !(n.label == Label::Org && body_first_words.contains(doc.word(a)))
    {
        return None;
    }
    // "South" of "South Korean": a compass word before a capitalised word
    // is part of an adjective, not a place.
    if b - a == 1
        && matches!(doc.word(a), "North" | "South" | "East" | "West")
        && b < doc.len()
        && capitalised(doc.word(b))
    {
        return None;
    }
    let mut first = a;
    if n.label == Label::Per {
        while first + 1 < b {
            let w = doc.word(first);
            let acronym_before_title = w.len() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                && lexicon::is_title(doc.word(first + 1));
            if lexicon::is_title(w)
                || lexicon::is_role(w)
                || acronym_before_title
                // A rank that is also a surname ("John Major") before a
                // name of two words ("Major Pierre Buyoya").
                || (w == "Major" && b - first >= 3)
                || lexicon.contains(List::Country, w)
                || lexicon::demonym(w).is_some()
                || matches!(w, "U.S." | "US" | "of" | "UK")
            {
                first += 1;
            } else {
                break;
            }
        }
    }
    // A name starts with a capital or a digit ("Panama coach" leaves
    // "coach", no name).
    if !doc
        .word(first)
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || !c.is_alphabetic())
    {
        return None;
    }
    // A title alone ("the President said") names nobody in particular.
    if n.label == Label::Per
        && b - first == 1
        && lexicon::is_title(doc.word(first))
        && !title_surnames.contains(doc.word(first))
    {
        return None;
    }
    Some(Mention {
        tokens: first..b,
        label,
        title: (first > a).then_some(a..first),
        confidence: n.confidence,
    })
}
