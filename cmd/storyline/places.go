package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"unicode/utf8"

	"storyline/timeline/geo"
)

func init() {
	register("places", "print the places each FILE names, one JSON line per mention", runPlaces)
}

// placeLine is one line of `storyline places`; offsets count code points.
type placeLine struct {
	ID        string  `json:"id"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	GeonameID int64   `json:"geonameid"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country"`
	Precision string  `json:"precision"`
}

func runPlaces(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("places", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline places FILE...")
		fmt.Fprintln(stderr, "\nPrints one JSON line per place mention: id, start and end (code points), text,")
		fmt.Fprintln(stderr, "name, geonameid, lat, lon, country, precision.")
		fmt.Fprintln(stderr, "\n"+geo.Credit)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("no files given")
	}
	g, err := geo.Default()
	if err != nil {
		return fmt.Errorf("loading gazetteer: %w", err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, path := range fs.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
		if err := writePlaces(enc, g, filepath.Base(path), string(data)); err != nil {
			return err
		}
	}
	return nil
}

// writePlaces geoparses one text and writes its mentions.
func writePlaces(enc *json.Encoder, g *geo.Gazetteer, name, text string) error {
	// Byte offsets become code-point offsets in one forward pass.
	bytePos, runePos := 0, 0
	runeAt := func(b int) int {
		runePos += utf8.RuneCountInString(text[bytePos:b])
		bytePos = b
		return runePos
	}
	for i, m := range g.Parse(text) {
		start := runeAt(m.Start)
		end := runeAt(m.End)
		line := placeLine{
			ID: fmt.Sprintf("%s#%d", name, i+1), Start: start, End: end, Text: m.Text,
			Name: m.Place.Name, GeonameID: m.Place.ID, Lat: m.Place.Lat, Lon: m.Place.Lon,
			Country: m.Place.Country, Precision: m.Place.Precision,
		}
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("writing places: %w", err)
		}
	}
	return nil
}
