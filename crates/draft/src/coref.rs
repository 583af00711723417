//! Coreference good enough for facts and quotes: which named entity a
//! pronoun ("he", "she", "its", "they") or a clear description ("the
//! company", "the ministry", "the minister") stands for. Rules over the
//! parse, in the spirit of the sieve resolvers (Lee et al. 2013): a
//! candidate must agree in kind and sex (from the census's given names,
//! titles such as "Mrs.", and the pronouns already resolved to it), must
//! not be the subject of the same clause for a pronoun that is not
//! reflexive, and the most salient wins: the nearest sentence, a subject
//! over an object, an entity named often. A resolution is a guess: facts
//! and quotes that use one are marked inferred, with the reason.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use fact_explorer_core::model::EntityKind;

use crate::doc::Doc;
use crate::entities::Draft;
use crate::lexicon::{self, Gender, Lexicon, List};

/// What the pronouns and descriptions of a document stand for.
#[derive(Clone, Debug, Default)]
pub struct Coref {
    /// Token (a pronoun, or a description's head noun) -> (entity index,
    /// confidence).
    map: HashMap<usize, (usize, f32)>,
}

impl Coref {
    /// The entity token `t` stands for, if it was resolved.
    pub fn resolved(&self, t: usize) -> Option<usize> {
        self.map.get(&t).map(|(e, _)| *e)
    }

    /// How sure the resolution of `t` is.
    pub fn confidence(&self, t: usize) -> f32 {
        self.map.get(&t).map_or(0.0, |(_, c)| *c)
    }

    /// Every resolved token with its entity.
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.map.iter().map(|(t, (e, _))| (*t, *e))
    }
}

/// The token of `r` whose head lies outside it (or that has none), if any.
pub fn span_head(doc: &Doc, r: &Range<usize>) -> Option<usize> {
    r.clone()
        .find(|&t| doc.heads[t].is_none_or(|h| !r.contains(&h)))
}

/// The head token of a token range: the one whose head lies outside it;
/// or, for a name that only modifies a word saying what it is ("Interfax
/// news agency", "the Itar-Tass agency"), that word: the phrase stands
/// where the word does ("told Interfax news agency": Interfax is told).
pub fn head_of(doc: &Doc, r: &Range<usize>, place: bool) -> usize {
    let h = span_head(doc, r).unwrap_or(r.end.saturating_sub(1));
    match doc.heads[h] {
        // (Not a place's name: "the Athens football club Panathinaikos"
        // is in Athens, not Athens.)
        Some(g)
            if doc.deps[h].is("compound")
                && g >= r.end
                && g <= r.end + 1
                && lexicon::BODY_NOUNS.contains(&doc.lower[g].as_str())
                && !place =>
        {
            g
        }
        _ => h,
    }
}

fn fits(kind: EntityKind, pronoun: Gender) -> bool {
    match pronoun {
        Gender::Male | Gender::Female => kind == EntityKind::Person,
        Gender::Neuter => matches!(
            kind,
            EntityKind::Organisation
                | EntityKind::GovernmentBody
                | EntityKind::Country
                | EntityKind::City
                | EntityKind::Region
                | EntityKind::Venue
        ),
        Gender::Plural => matches!(
            kind,
            EntityKind::Organisation | EntityKind::GovernmentBody | EntityKind::Country
        ),
    }
}

/// The clause a token belongs to: the nearest verb, predicate with a copula
/// or a subject, or the root above it.
fn clause_of(doc: &Doc, t: usize) -> Option<usize> {
    let mut x = doc.heads[t]?;
    for _ in 0..doc.len() {
        // (A predicate with a copula or a subject of its own heads its
        // clause: "it was close to a decision".)
        let predicate = || {
            doc.children[x]
                .iter()
                .any(|&c| doc.deps[c].is("cop") || doc.deps[c].is("nsubj"))
        };
        if doc.tags[x].is_verb() || doc.heads[x].is_none() || predicate() {
            return Some(x);
        }
        x = doc.heads[x]?;
    }
    None
}

/// Resolves the pronouns and descriptions of `doc` to `entities`.
pub fn resolve(doc: &Doc, entities: &[Draft], lexicon: &Lexicon) -> Coref {
    // Each mention: (start token, head token, entity).
    let mut mentions: Vec<(usize, usize, usize)> = entities
        .iter()
        .enumerate()
        .flat_map(|(e, d)| d.mentions.iter().map(move |m| (m.start, e, m.clone())))
        .map(|(s, e, m)| (s, head_of(doc, &m, entities[e].kind.is_place()), e))
        .collect();
    fact_explorer_core::sort::sort_by_key(&mut mentions, |m| m.0);
    let person_token: HashSet<usize> = entities
        .iter()
        .filter(|d| d.kind == EntityKind::Person)
        .flat_map(|d| d.mentions.iter().flat_map(|m| m.clone()))
        .collect();
    // Sex of each person: the census's given name, or a title.
    let mut sex: Vec<Option<Gender>> = entities
        .iter()
        .map(|d| {
            if d.kind != EntityKind::Person {
                return None;
            }
            // A title in the description, or written as the name's first
            // word ("Mr Key").
            let first_word = d.name.split_whitespace().next().unwrap_or("");
            let title = d
                .description
                .split_whitespace()
                .next()
                .unwrap_or(first_word);
            let title = if title.is_empty() { first_word } else { title };
            match title {
                "Mr." | "Mr" | "Sir" | "King" | "Prince" | "Lord" => return Some(Gender::Male),
                "Mrs." | "Mrs" | "Ms." | "Ms" | "Queen" | "Princess" | "Dame" | "Lady" => {
                    return Some(Gender::Female)
                }
                _ => {}
            }
            // The given name comes first, except in East Asian names
            // (surname first), where the census of US names says nothing.
            let first = d.name.split_whitespace().next().unwrap_or("");
            if lexicon::KOREAN_SURNAMES.contains(&first) || lexicon::ASIAN_SURNAMES.contains(&first)
            {
                return None;
            }
            lexicon.sex_of(first)
        })
        .collect();
    let in_mention: HashSet<usize> = entities
        .iter()
        .flat_map(|d| d.mentions.iter().flat_map(|m| m.clone()))
        .collect();
    let named_count: Vec<usize> = entities.iter().map(|d| d.mentions.len()).collect();
    let nationality = nationalities(doc, entities);
    // The country the story is about (every mention counts here: the
    // people's words are not yet told from the names).
    let home = crate::facts::home_country_by(entities, |d| d.mentions.len());
    let mut coref = Coref::default();
    // "'He was cleverer than me today,' the Italian said": a people's word
    // after "the", standing alone, is the one person the story introduced
    // by that people's word ("Italian Michele Bartoli", "Dane Rolf
    // Sorensen"), when there is one.
    for t in 1..doc.len() {
        let Some(country) = lexicon::demonym(doc.word(t)) else {
            continue;
        };
        let alone = doc.lower[t - 1] == "the"
            && doc.tags[t].is_noun()
            && !in_mention.contains(&t)
            && (t + 1 >= doc.len()
                || !(doc.tags[t + 1].is_noun() || doc.word(t + 1).starts_with(char::is_uppercase)));
        if !alone {
            continue;
        }
        let introduced: HashSet<usize> = entities
            .iter()
            .enumerate()
            .filter(|(_, d)| d.kind == EntityKind::Person)
            .filter(|(_, d)| {
                d.mentions.iter().any(|m| {
                    m.start > 0
                        && m.start < t
                        && lexicon::demonym(doc.word(m.start - 1)) == Some(country)
                })
            })
            .map(|(e, _)| e)
            .collect();
        if let [e] = introduced.into_iter().collect::<Vec<_>>()[..] {
            coref.map.insert(t, (e, 0.7));
        }
    }
    for t in 0..doc.len() {
        let lower = doc.lower[t].as_str();
        // "Kaunda, whose United National Independence Party boycotted the
        // poll": "whose" is the name its clause hangs from.
        if lower == "whose" {
            let mut k = t;
            for _ in 0..4 {
                let Some(h) = doc.heads[k] else { break };
                if doc.deps[k].is("acl:relcl") {
                    // (Or the name in apposition to it: "Opposition leader
                    // Chuan Leekpai, whose Democrat Party…".)
                    let named = |x: usize| mentions.iter().find(|m| m.1 == x).map(|m| m.2);
                    let e = named(h).or_else(|| {
                        doc.children[h]
                            .iter()
                            .find(|&&c| doc.deps[c].is("appos") && c < t)
                            .and_then(|&c| named(c))
                    });
                    if let Some(e) = e {
                        coref.map.insert(t, (e, 0.8));
                    }
                    break;
                }
                k = h;
            }
            continue;
        }
        // (What a description may stand for, read once a token.)
        let (wanted, wants) = match lexicon::pronoun(lower) {
            Some(g) if doc.tags[t].is_pronoun() => (Some(g), None),
            _ => (None, description(doc, t)),
        };
        let is_description = wants.is_some();
        if wanted.is_none() && !is_description {
            continue;
        }
        // A token inside a named mention is no pronoun to resolve.
        if in_mention.contains(&t) {
            continue;
        }
        // "he used it beautifully", "he showed it again": "it" as a verb's
        // object is a thing, unless the verb is one done to a body ("bought
        // it", "left it"); "four of them": a part of a number of things.
        if wanted == Some(Gender::Neuter)
            && doc.deps[t].is("obj")
            && doc.heads[t].is_some_and(|v| {
                !matches!(
                    doc.lemmas[v].as_str(),
                    "buy"
                        | "acquire"
                        | "sell"
                        | "own"
                        | "run"
                        | "lead"
                        | "join"
                        | "leave"
                        | "control"
                        | "manage"
                        | "sue"
                        | "fine"
                        | "ban"
                        | "investigate"
                        | "accuse"
                        | "charge"
                        | "take"
                        | "found"
                        | "merge"
                        | "bid"
                        | "list"
                )
            })
        {
            continue;
        }
        if wanted == Some(Gender::Plural)
            && t >= 2
            && doc.lower[t - 1] == "of"
            && (doc.tags[t - 2].penn() == "CD"
                || matches!(
                    doc.lower[t - 2].as_str(),
                    "some" | "all" | "most" | "many" | "none" | "each" | "both" | "several" | "few"
                ))
        {
            continue;
        }
        let sentence = doc.sentence_of[t];
        // "The rebels demanded the release of their comrades": a plural
        // pronoun in a clause whose subject is a plural noun that names
        // nothing stands for that subject, not for a name before it.
        if wanted == Some(Gender::Plural) {
            let mut c = clause_of(doc, t);
            let mut unnamed_subject = false;
            for _ in 0..3 {
                let Some(v) = c else { break };
                if let Some(subj) = doc.child(v, "nsubj") {
                    unnamed_subject =
                        subj < t && doc.tags[subj].penn() == "NNS" && !in_mention.contains(&subj);
                    break;
                }
                c = doc.heads[v].and_then(|h| clause_of(doc, h));
            }
            if unnamed_subject {
                continue;
            }
        }
        let reflexive = lower.ends_with("self") || lower.ends_with("selves");
        let possessive = doc.tags[t].penn() == "PRP$";
        // "The OSCE team would report to the group's chairman": a
        // description that owns something binds as "its" does, and may
        // stand for the subject's own name.
        let owner_description = is_description && doc.deps[t].is("nmod:poss");
        // "Its chairman": a company's or a body's, not a country's.
        let board_role = possessive
            && doc.heads[t].is_some_and(|h| lexicon::BOARD_ROLES.contains(&doc.lemmas[h].as_str()));
        let own_clause = clause_of(doc, t);
        // A clause with no subject of its own ("…, choosing the European
        // consortium over …") has the subject of the one it hangs from:
        // binding looks there too.
        let bound_clause = own_clause.and_then(|v| {
            let subjectless = !doc.children[v]
                .iter()
                .any(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"));
            (subjectless && (doc.deps[v].is("advcl") || doc.deps[v].is("xcomp")))
                .then(|| clause_of(doc, v))
                .flatten()
        });
        // "Marco and Stefano Zennaro were charged… Their lawyer": people
        // joined by "and" nearer than any body stand for "they" (a pair
        // the draft has no one entity for), so no body farther back does.
        let people_pair = (wanted == Some(Gender::Plural))
            .then(|| {
                (doc.sentences[doc.sentence_of[t].saturating_sub(1)].start..t)
                    .rev()
                    .find(|&k| {
                        k > 0
                            && k + 1 < doc.len()
                            && doc.lower[k] == "and"
                            && person_token.contains(&(k - 1))
                            && lexicon::capitalised(doc.word(k + 1))
                    })
            })
            .flatten();
        // ("The champions" are a side the sentence itself names: a title
        // says nothing of which side of a story held it.)
        let champions = is_description && lower == "champions";
        let window = if champions {
            0
        } else if is_description {
            6
        } else {
            5
        };
        // "…ran a small firm, Elettrica Lagunare…. Casson alleges that the
        // pair started the blaze…. Their lawyer": a description of people
        // as a pair, between a body and "they", says whom "they" are (the
        // last such in the window, found once).
        let last_pair = (wanted == Some(Gender::Plural))
            .then(|| {
                let from = doc.sentences[sentence.saturating_sub(window)].start.max(1);
                (from..t).rev().find(|&k| {
                    doc.lower[k - 1] == "the"
                        && matches!(
                            doc.lower[k].as_str(),
                            "pair" | "couple" | "cousins" | "brothers" | "sisters" | "two"
                        )
                })
            })
            .flatten();
        let mut scored: HashMap<usize, f32> = HashMap::default();
        // Each candidate's nearest mention, in sentences back.
        let mut nearest: HashMap<usize, usize> = HashMap::default();
        let before = mentions.partition_point(|m| m.0 < t);
        for &(start, head, e) in mentions[..before].iter().rev() {
            let distance = sentence - doc.sentence_of[start].min(sentence);
            if distance > window {
                break;
            }
            let d = &entities[e];
            if (people_pair.is_some_and(|k| start < k) || last_pair.is_some_and(|k| start < k))
                && d.kind != EntityKind::Person
            {
                continue;
            }
            // (Nor a body the story introduces as something else: "told
            // the German sports news agency SID that the German champions
            // had never made a bid".)
            if champions
                && start > 0
                && lexicon::BODY_NOUNS.contains(&doc.lower[start - 1].as_str())
                && !matches!(doc.lower[start - 1].as_str(), "club" | "team" | "side")
            {
                continue;
            }
            // "Swiss drugmaker Sandoz AG said it…": a name in apposition to
            // the subject's noun is the subject.
            let head = match doc.heads[head] {
                Some(h) if doc.deps[head].is("appos") && doc.deps[h].is("nsubj") => h,
                _ => head,
            };
            let ok = match (wanted, is_description) {
                (Some(g), _) => {
                    fits(d.kind, g)
                        && match (g, sex[e]) {
                            (Gender::Male | Gender::Female, Some(s)) => s == g,
                            _ => true,
                        }
                }
                (None, _) => wants.as_ref().is_some_and(|want| want.fits(d)),
            };
            if !ok || (board_role && d.kind != EntityKind::Organisation) {
                continue;
            }
            // "it" in a later sentence goes back to a subject: "Zyuganov
            // criticised it" is the appointment, not the agency told of it.
            // (A passive's agent is its doer: "was brought by the Crown
            // Prosecution Service. Its lawyer…".)
            if wanted == Some(Gender::Neuter)
                && distance > 0
                && !doc.deps[head].is("nsubj")
                && !doc.deps[head].is("obl:agent")
            {
                continue;
            }
            // "its Australian chain Franklins and its Spanish unit Simago":
            // a possessive in one of coordinated phrases, each with its
            // own, is not the name of another (but "Thomas Sam and his
            // wife": his is Thomas's).
            if possessive && distance == 0 {
                if let Some(own) = doc.heads[t] {
                    let first = if doc.deps[own].is("conj") {
                        doc.heads[own].unwrap_or(own)
                    } else {
                        own
                    };
                    let siblings = std::iter::once(first).chain(
                        doc.children[first]
                            .iter()
                            .copied()
                            .filter(|&c| doc.deps[c].is("conj")),
                    );
                    // (The possessive may sit on the noun the name hangs
                    // from: "its chain Franklins".)
                    let owns = |c: usize| {
                        doc.children[c].iter().any(|&k| {
                            k != t && doc.deps[k].is("nmod:poss") && doc.tags[k].is_pronoun()
                        })
                    };
                    let owned = |c: usize| {
                        owns(c)
                            || doc.heads[c]
                                .is_some_and(|h| h < c && !doc.deps[c].is("conj") && owns(h))
                    };
                    let beside = siblings.filter(|&c| c != own).any(|c| {
                        owned(c)
                            && doc.subtree(c).contains(&head)
                            && !doc.subtree(own).contains(&head)
                    });
                    if beside {
                        continue;
                    }
                }
            }
            // Binding: "Lee praised him" — him is not Lee.
            if !reflexive
                && !possessive
                && !owner_description
                && distance == 0
                && doc.deps[head].is("nsubj")
                && own_clause.is_some()
                && (clause_of(doc, head) == own_clause
                    || (bound_clause.is_some() && clause_of(doc, head) == bound_clause))
            {
                continue;
            }
            let mut score = 1.0 / (1.0 + distance as f32);
            if doc.deps[head].is("nsubj") || doc.deps[head].is("nsubj:pass") {
                score += 0.5;
            } else if doc.deps[head].is("obj") {
                score += 0.2;
            }
            score += 0.05 * named_count[e].min(6) as f32;
            // "Her father": a woman known to be one before a person of
            // unknown sex, though the other be the subject.
            if matches!(wanted, Some(Gender::Male | Gender::Female)) && sex[e] == wanted {
                score += 0.3;
            }
            let s = scored.entry(e).or_insert(0.0);
            *s = s.max(score);
            let n = nearest.entry(e).or_insert(distance);
            *n = (*n).min(distance);
        }
        // "the department" after "the state Department of Taxation and
        // Finance" and the Senate: a body whose name has the noun is the
        // one the description names, when there is one.
        if is_description {
            // "Schmidt-Chiari said the Austrian bank would keep…": a
            // nationality in the description rules out a body whose name
            // says it is another country's ("National Bank of Slovakia").
            // (The tagger may take it for a name: "the Slovak bank".)
            let country = doc.children[t]
                .iter()
                .filter(|&&c| c < t && (doc.deps[c].is("amod") || doc.deps[c].is("compound")))
                .find_map(|&c| lexicon::demonym(doc.word(c)));
            // A body the story gave that nationality ("its Spanish unit
            // Simago… the future of the Spanish unit", "Australia's WMC…
            // The Australian company"), when it gave one only, is the one
            // meant, however far back; a body given another is not.
            // (Not "the German champions", a side, for "the German sports
            // news agency SID".)
            if let Some(country) = country.filter(|_| !champions).map(country_key) {
                let given: Vec<usize> = (0..entities.len())
                    .filter(|&e| {
                        nationality[e].as_deref() == Some(country.as_str())
                            && entities[e].kind.is_body()
                            && entities[e].mentions.iter().any(|m| m.end <= t)
                            && (lexicon::is_company_noun(&doc.lemmas[t])
                                || wants.as_ref().is_some_and(|w| w.fits(&entities[e])))
                    })
                    .collect();
                if let [e] = given[..] {
                    scored.retain(|&k, _| k == e);
                    scored.entry(e).or_insert(1.0);
                } else {
                    scored.retain(|&e, _| nationality[e].as_deref().is_none_or(|n| n == country));
                }
            }
            if let Some(country) = country {
                scored.retain(|&e, _| {
                    entities[e].name.split_whitespace().all(|w| {
                        let other = lexicon::demonym(w)
                            .or_else(|| lexicon.contains(List::Country, w).then_some(w));
                        other.is_none_or(|o| o == country)
                    })
                });
            }
            let noun = lexicon::title_case(&doc.lemmas[t]);
            let named: Vec<usize> = scored
                .keys()
                .copied()
                .filter(|&e| entities[e].name.split_whitespace().any(|w| w == noun))
                .collect();
            if !named.is_empty() {
                scored.retain(|e, _| named.contains(e));
            }
            // "Western diplomats said the United States and Britain would
            // not cut aid to Zambia… UNIP would organise protests across
            // the country": of the countries named nearest, the one the
            // story is about (but "sanctions on Burundi would stay until
            // the country's ruler…" in a story from Tanzania is Burundi's).
            if matches!(doc.lemmas[t].as_str(), "country" | "nation") {
                let closest = nearest.values().copied().min();
                if let Some(h) = home.filter(|h| nearest.get(h).copied() == closest) {
                    scored.retain(|e, _| *e == h);
                }
            }
        }
        let mut ranked: Vec<(usize, f32)> = scored.into_iter().collect();
        fact_explorer_core::sort::sort_by(&mut ranked, |a, b| {
            b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
        });
        let Some(&(best, score)) = ranked.first() else {
            continue;
        };
        let margin = score - ranked.get(1).map_or(0.0, |r| r.1);
        // "They" and "it" point at things far more often than at names:
        // only a clear winner.
        let needs = match wanted {
            Some(Gender::Plural | Gender::Neuter) => 0.0,
            _ if is_description => 0.3,
            _ => 0.0,
        };
        if margin < needs {
            continue;
        }
        let confidence = (0.45 + 0.4 * margin.min(1.0)).min(0.85);
        coref.map.insert(t, (best, confidence));
        if let (Some(g @ (Gender::Male | Gender::Female)), None) = (wanted, sex[best]) {
            sex[best] = Some(g);
        }
    }
    coref
}

/// A country's name as a key: "the United States" and "United States"
/// alike.
fn country_key(name: &str) -> String {
    let lower = name.to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).to_string()
}

/// The country each body's mentions give it, by a people's word before the
/// name ("its Slovak subsidiary Tatra Kreditbank", "the Indian food
/// retailer Foodworld"), a country's possessive ("Italy's Banca Commerciale
/// Italiana") or one in apposition ("Creditanstalt-Bankverein, Austria's
/// second largest bank"), and each person's the same ways or by a people's
/// word in apposition ("Fischler, an Austrian"); none when they give two.
fn nationalities(doc: &Doc, entities: &[Draft]) -> Vec<Option<String>> {
    let country_at: HashMap<usize, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EntityKind::Country)
        .flat_map(|(e, d)| {
            d.mentions
                .iter()
                .flat_map(move |m| m.clone().map(move |t| (t, e)))
        })
        .collect();
    // The country named by a possessive ending at `t` ("Italy 's").
    let possessive = |t: usize| -> Option<String> {
        (doc.tags[t].penn() == "POS")
            .then(|| t.checked_sub(1))
            .flatten()
            .and_then(|c| country_at.get(&c))
            .map(|&c| country_key(&entities[c].name))
    };
    entities
        .iter()
        .map(|d| {
            let person = d.kind == EntityKind::Person;
            if !d.kind.is_body() && !person {
                return None;
            }
            let mut found: Option<String> = None;
            let mut two = false;
            for m in &d.mentions {
                let s = doc.sentence_of[m.start];
                let floor = doc.sentences[s].start;
                let mut given = None;
                // Back over a few common words to a people's word or a
                // country's possessive.
                let mut k = m.start;
                for _ in 0..4 {
                    if k <= floor {
                        break;
                    }
                    k -= 1;
                    if let Some(c) = lexicon::demonym(doc.word(k)) {
                        given = Some(country_key(c));
                        break;
                    }
                    if let Some(c) = possessive(k) {
                        given = Some(c);
                        break;
                    }
                    let w = doc.word(k);
                    // (Any common word but a function word or a verb: the
                    // tagger took "subsidiary" for a number.)
                    let function = matches!(
                        doc.tags[k].upos(),
                        "ADP"
                            | "DET"
                            | "PRON"
                            | "VERB"
                            | "AUX"
                            | "CCONJ"
                            | "SCONJ"
                            | "PART"
                            | "PUNCT"
                    );
                    if !w.starts_with(char::is_lowercase) || function {
                        break;
                    }
                }
                // ", Austria's second largest bank".
                if given.is_none() && m.end + 2 < doc.len() && doc.word(m.end) == "," {
                    given = possessive(m.end + 2);
                }
                // A person's: "Fischler, an Austrian, denied…" (so "the
                // Italian commissioner" is not he).
                if person
                    && given.is_none()
                    && m.end + 2 < doc.len()
                    && doc.word(m.end) == ","
                    && matches!(doc.lower[m.end + 1].as_str(), "a" | "an")
                {
                    given = lexicon::demonym(doc.word(m.end + 2)).map(country_key);
                }
                if let Some(g) = given {
                    match &found {
                        Some(f) if *f != g => two = true,
                        _ => found = Some(g),
                    }
                }
            }
            found.filter(|_| !two)
        })
        .collect()
}

/// What a definite description may stand for.
enum Wants {
    /// Entities of these kinds: o organisation, g government body, c
    /// country, t city.
    Kinds(&'static str),
    /// A person with this role in their description.
    Role(String),
    /// A place or body whose name ends in this word ("the cathedral" for
    /// "Myongdong Cathedral").
    NameHead(String),
    /// A body whose name says it joins others ("the alliance" for NATO or
    /// "the Civic Alliance", not a union or a company).
    Alliance,
}

impl Wants {
    fn fits(&self, d: &Draft) -> bool {
        match self {
            Wants::Kinds(kinds) => kinds.chars().any(|k| {
                matches!(
                    (k, d.kind),
                    ('o', EntityKind::Organisation)
                        | ('g', EntityKind::GovernmentBody)
                        | ('c', EntityKind::Country)
                        | ('t', EntityKind::City)
                )
            }),
            Wants::Role(role) => {
                d.kind == EntityKind::Person && d.description.to_lowercase().contains(role.as_str())
            }
            Wants::Alliance => {
                d.kind.is_body()
                    && d.name
                        .split_whitespace()
                        .any(|w| lexicon::ALLIANCE_WORDS.contains(&w))
            }
            Wants::NameHead(word) => {
                d.kind != EntityKind::Person
                    && d.name.contains(' ')
                    && d.name.split_whitespace().last() == Some(word.as_str())
            }
        }
    }
}

/// A definite description at `t` ("the company", "the ministry", "the
/// minister"), and what it may stand for.
fn description(doc: &Doc, t: usize) -> Option<Wants> {
    if !doc.tags[t].is_noun() || doc.tags[t].is_proper() {
        return None;
    }
    let det = doc.children[t]
        .iter()
        .any(|&c| doc.deps[c].is("det") && matches!(doc.lower[c].as_str(), "the" | "this"));
    // Nothing else in the noun phrase but the article ("the company", not
    // "the company's new chief" or "a company").
    // (An adjective that picks out no other one may stand: "the European
    // consortium", "the state-owned airline".)
    let plain = doc.children[t].iter().all(|&c| {
        doc.deps[c].is("det")
            || doc.deps[c].is("punct")
            || doc.deps[c].is("case")
            // (A day the parse hung from it: "surrounded the cathedral on
            // Friday".)
            || (c > t && lexicon::is_day_or_month(doc.word(c)))
            // (A phrase of the verb's the parse hung from it, which picks
            // out no other one: "clashed with the Republican governor over
            // spending".)
            || (c > t
                && doc.deps[c].is("nmod")
                && doc
                    .child(c, "case")
                    .is_some_and(|k| matches!(doc.lower[k].as_str(), "over" | "about" | "during")))
            // (A relative clause set off by a comma, which describes and
            // picks out no other one: "The agency, which is based in
            // Geneva, plans…".)
            || (doc.deps[c].is("acl:relcl")
                && c > t + 1
                && doc.word(t + 1) == ","
                && doc.children[c]
                    .iter()
                    .any(|&k| k > t + 1 && k < c && matches!(doc.lower[k].as_str(), "which" | "who")))
            || (doc.deps[c].is("compound") && c < t && lexicon::demonym(doc.word(c)).is_some())
            || (doc.deps[c].is("amod")
                && c < t
                && !matches!(
                    doc.lower[c].as_str(),
                    "new"
                        | "other"
                        | "second"
                        | "rival"
                        | "former"
                        | "another"
                        | "same"
                        | "first"
                        | "largest"
                        | "biggest"
                        | "main"
                        | "local"
                        | "foreign"
                        | "joint"
                ))
    });
    // "scored twice for the champions", "the Stanley Cup champions", "the
    // German champions": a side named by what it won (its modifiers say
    // which title, and pick out no other side).
    let champions = doc.lower[t] == "champions"
        && det
        && doc.children[t].iter().all(|&c| {
            c < t
                && (doc.deps[c].is("det")
                    || doc.deps[c].is("amod")
                    || doc.deps[c].is("compound")
                    || doc.deps[c].is("case"))
        });
    if champions {
        return Some(Wants::Kinds("o"));
    }
    // ("the Spanish team ONCE", "the airline Iberia": the noun introduces
    // the name after it, known or not.)
    let names_next = t + 1 < doc.len()
        && doc.sentence_of[t + 1] == doc.sentence_of[t]
        && doc.word(t + 1).starts_with(char::is_uppercase);
    let lemma = doc.lemmas[t].as_str();
    // "club president Jesus Gil", "company spokesman John Smith": a bare
    // body's noun before a role and a name stands for the body as "the
    // club" does (a listed noun only).
    let bare_before_role = !det
        && t + 2 < doc.len()
        && doc.sentence_of[t + 2] == doc.sentence_of[t]
        && doc.word(t).starts_with(char::is_lowercase)
        && doc.word(t + 1).starts_with(char::is_lowercase)
        && lexicon::is_role(&doc.lemmas[t + 1])
        && doc.tags[t + 2].is_proper()
        && doc.word(t + 2).starts_with(char::is_uppercase)
        && (t == 0
            || !(doc.tags[t - 1].is_noun()
                || matches!(doc.tags[t - 1].upos(), "ADJ" | "DET" | "PRON" | "NUM")
                || doc.tags[t - 1].penn() == "POS"));
    if bare_before_role {
        return lexicon::DESCRIPTIONS
            .iter()
            .find(|(n, _)| *n == lemma)
            .map(|(_, kinds)| Wants::Kinds(kinds));
    }
    if !det || !plain || names_next {
        return None;
    }
    if matches!(lemma, "alliance" | "coalition") {
        return Some(Wants::Alliance);
    }
    if let Some((_, kinds)) = lexicon::DESCRIPTIONS.iter().find(|(n, _)| *n == lemma) {
        return Some(Wants::Kinds(kinds));
    }
    // (One person: "the union leaders" are several.)
    if lexicon::is_role(lemma) {
        return (doc.tags[t].penn() == "NN").then(|| Wants::Role(lemma.to_string()));
    }
    // (A common word only: "the cathedral", "the square", not "the day".)
    let noun = lexicon::title_case(lemma);
    (doc.word(t).starts_with(char::is_lowercase)
        && lemma.len() > 3
        && !lexicon::is_day_or_month(&noun))
    .then_some(Wants::NameHead(noun))
}
