package main

import (
	"strings"
	"unicode"

	"storyline/timeline/geo"
)

// landformBase numbers the landforms taken from Natural Earth, which have
// no geonameid: their ids start here, above every GeoNames id, in the
// file's order.
const landformBase = 90_000_000

// landformFeatures maps Natural Earth's physical region classes to the
// GeoNames feature codes the gazetteer gives them.
var landformFeatures = map[string]string{
	"Range/mtn": "T.MTS", "Desert": "T.DSRT", "Plateau": "T.PLAT", "Island": "T.ISL", "Island group": "T.ISLS",
	"Pen/cape": "T.PEN", "Peninsula": "T.PEN", "Basin": "T.DPR", "Valley": "T.VAL", "Delta": "T.DLTA",
}

// islandKinds are the landform features whose one-word names are taken only
// from Natural Earth's all-capital labels, its largest (Borneo, Luzon): a
// small island's one word is too often a person's ("Flores", "Rhodes").
var islandKinds = map[string]bool{"T.ISL": true, "T.ISLS": true, "T.PEN": true}

// landformAbbrevs expand Natural Earth's abbreviated generic words.
var landformAbbrevs = map[string]string{
	"Mts.": "Mountains", "Mts": "Mountains", "Ra.": "Range", "Plat.": "Plateau", "Cord.": "Cordillera",
	"I.": "Island", "Is.": "Islands", "Isands": "Islands", "Pen.": "Peninsula", "Arch.": "Archipelago",
}

// lowerInNames are the words of a name written in lower case ("Plateau of
// Tibet", "Desierto de Atacama", "Rub' al Khali").
var lowerInNames = map[string]bool{"of": true, "de": true, "du": true, "des": true, "del": true, "do": true, "dos": true, "da": true, "al": true, "the": true}

// landformName cleans a Natural Earth label: spaces collapsed, all-capital
// labels in title case, abbreviations expanded. It reports false for a
// label it cannot read with confidence ("S. Nevada": Sierra or Serra).
func landformName(s string) (string, bool) {
	words := strings.Fields(s)
	if len(words) == 0 || words[0] == "S." || words[0] == "I." || words[0] == "Is." || words[0] == "Pen." || words[0] == "Pén." {
		return "", false
	}
	caps := strings.ToUpper(s) == s
	var out []string
	for i, w := range words {
		if w == "." && len(out) > 0 { // "Kopet Dag Mts ."
			out[len(out)-1] += "."
			continue
		}
		if caps {
			lw := strings.ToLower(w)
			if i > 0 && lowerInNames[lw] {
				w = lw
			} else {
				w = titleWord(lw)
			}
		}
		out = append(out, w)
	}
	for i, w := range out {
		if x, ok := landformAbbrevs[w]; ok {
			out[i] = x
		}
	}
	return strings.Join(out, " "), true
}

// titleWord capitalizes a lower-case word and each part after a hyphen.
func titleWord(w string) string {
	rs := []rune(w)
	for i := range rs {
		if i == 0 || rs[i-1] == '-' {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	return string(rs)
}

// readLandforms adds Natural Earth's mountain ranges, deserts, plateaus,
// islands, archipelagos, peninsulas, basins, valleys and deltas (the Andes,
// the Pamirs, the Gobi Desert, Borneo, the Mekong Delta), placed at the centroid of their
// polygons, with no country. A landform whose name already names a
// country, a region (but a minor district) or a town of 50,000 people or
// more, or that a country, a first-level region or a world region has as
// another name, is left out: "Punjab", "Jura" and "Korea" are the regions
// and the country in news.
func (b *builder) readLandforms() error {
	feats, err := readGeoJSON(b.path("naturalearth/ne_10m_geography_regions_polys.json.gz"))
	if err != nil {
		return err
	}
	taken := map[string]bool{}
	for _, e := range b.entries {
		if strings.HasPrefix(e.feature, "A.") && !e.minor || strings.HasPrefix(e.feature, "P.") && e.pop >= 50000 {
			taken[geo.Fold(e.name)] = true
		}
		if strings.HasPrefix(e.feature, "A.PCL") || e.feature == "A.ADM1" || e.feature == "L.RGN" {
			for _, a := range e.alts { // "Korea" is South Korea's before it is a peninsula
				taken[geo.Fold(a)] = true
			}
		}
	}
	for i, ft := range feats {
		feature := landformFeatures[prop(ft.Properties, "featurecla")]
		if feature == "" {
			continue
		}
		label := prop(ft.Properties, "name")
		name, ok := landformName(label)
		if !ok || taken[geo.Fold(name)] || islandKinds[feature] && !strings.Contains(name, " ") && strings.ToUpper(label) != label {
			continue
		}
		polys, err := ft.polygons()
		if err != nil {
			return err
		}
		// A range comes in pieces (the Andes from Colombia to Patagonia):
		// its point is the centroid of them all, weighted by area.
		e := &entry{id: landformBase + int64(i), name: name, feature: feature}
		var sum, sx, sy float64
		for _, poly := range polys {
			if len(poly) == 0 || len(poly[0]) < 3 {
				continue
			}
			a, x, y := ringCentroid(poly[0])
			sum, sx, sy = sum+a, sx+a*x, sy+a*y
		}
		if sum == 0 {
			continue
		}
		e.lon, e.lat = sx/sum, sy/sum
		for alt := range strings.SplitSeq(prop(ft.Properties, "namealt"), "/") {
			if a, ok := landformName(alt); ok && !taken[geo.Fold(a)] {
				e.alts = append(e.alts, a)
			}
		}
		// "Island of Newfoundland" is "Newfoundland".
		if s, ok := strings.CutPrefix(name, "Island of "); ok && !taken[geo.Fold(s)] {
			e.alts = append(e.alts, s)
		}
		// "the Pamirs" is also "the Pamir", "the Himalayas" "the Himalaya".
		if s, ok := strings.CutSuffix(name, "s"); ok && feature == "T.MTS" && !strings.Contains(name, " ") && len(s) > 4 && !taken[geo.Fold(s)] {
			e.alts = append(e.alts, s)
		}
		b.add(e)
	}
	return nil
}
