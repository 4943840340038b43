// Command gazetteer derives Storyline's compact gazetteer from GeoNames and
// Natural Earth files:
//
//	go run ./cmd/gazetteer -src ../shared/data -out timeline/geo/gazetteer.tsv.gz
//
// The output is a gzipped, tab-separated file, one place a line, sorted by
// geonameid, with a few comment lines at the top (see timeline/geo for the
// reader). The columns are
//
//	geonameid, name, lat, lon, country, admin1 name, feature (class.code),
//	population, alternate names, demonyms, abbreviations, tier
//
// where alternate names, demonyms and abbreviations are lists separated by
// "|" and tier is "minor" or empty. Coordinates are rounded to four
// decimals. What goes in:
//
//   - every row of cities15000.txt (populated places with 15,000 people or
//     more), with the alternate names that can appear in English text:
//     Latin script, starting with an upper-case letter (this drops the
//     lower-case machine transliterations), no digits, no all-capital codes
//     of four letters or fewer (airport codes such as NQZ), deduplicated
//     after case and diacritic folding. Historic names (Nur-Sultan, Akmola,
//     Peking, Bombay) are kept because GeoNames lists them;
//   - the countries of countryInfo.txt (feature A.PCLI), with the names
//     Natural Earth gives them and a short list of common English variants
//     ("Britain", "Burma"); their point is the centroid of the largest
//     polygon of Natural Earth's 1:110m countries, else their capital;
//   - the first-level regions of admin1CodesASCII.txt (A.ADM1), placed at
//     Natural Earth's admin-1 point (matched by geonameid, else by country
//     and name), else at the mean of their GeoNames places of 500 people or
//     more; their population is the sum of those places;
//   - the second-level regions of admin2Codes.txt (A.ADM2: counties,
//     départements) that hold places of cities500, at the mean point of
//     those places, minor when those places hold under 200,000 people;
//   - from no-country.txt the continents, oceans, seas, gulfs, bays,
//     straits, bights and world regions ("Central Asia"), with short forms
//     ("South Pacific" for "South Pacific Ocean", "East Asia" for "Eastern
//     Asia") where those collide with no other name;
//   - Natural Earth's mountain ranges, deserts, plateaus, islands,
//     archipelagos, peninsulas, basins, valleys and deltas
//     (ne_10m_geography_regions_polys: "Andes", "Pamirs" and "Pamir", "Gobi
//     Desert", "Island of Newfoundland" and "Newfoundland", "Mekong Delta";
//     features T.MTS, T.DSRT, T.PLAT, T.ISL, T.ISLS, T.PEN, T.DPR, T.VAL,
//     T.DLTA, no country) at the area-weighted centroid of their polygons,
//     with ids from 90,000,000 up in the file's order (GeoNames has none for
//     them here); a landform whose name a country, a region that is not
//     minor or a town of 50,000 people or more already bears, or that a
//     country or region has as another name, is left out ("Punjab", "Jura",
//     "Korea"), and so is an island's or peninsula's one-word name unless
//     Natural Earth writes it in capitals, as it does its largest ("Borneo";
//     not "Flores");
//   - the towns of cities500 (GeoNames' places of 500 people or more) that
//     have 1,000 people or more or seat a region, with their primary and
//     ASCII names only, marked "minor" in the last column: the geoparser
//     names them only when the article supports them (their region or a
//     nearby place is named, or "Town, Region");
//   - demonyms and adjectives (Kazakh, Chinese) from
//     demonyms_adjectival_chf.tsv, attached to the country (or first-level
//     region, for Scottish) they name, and US state abbreviations (Ariz.)
//     from us_state_abbrev_chf.tsv plus the two-letter postal codes.
//
// The output is deterministic: the same inputs give the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	src := flag.String("src", "../shared/data", "directory holding geonames/ and naturalearth/")
	out := flag.String("out", "timeline/geo/gazetteer.tsv.gz", "gzipped TSV to write")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}
