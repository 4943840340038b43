package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline/temporal/timeml"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>D1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-09-14" temporalFunction="false" functionInDocument="CREATION_TIME">2022-09-14</TIMEX3></DCT>
<TEXT>
Xi was met on Wednesday in Nur-Sultan. On Thursday, Xi is due to fly to Samarkand – “again”. It was announced in April.
</TEXT>
</TimeML>
`

func TestTagTimeML(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "d1.tml")
	if err := os.MkdirAll(filepath.Dir(in), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, []byte(sampleTML), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if err := cmdTag([]string{"-out", out, in}, &stdout, &stderr); err != nil {
		t.Fatalf("tag: %v (%s)", err, stderr.String())
	}
	data, err := os.ReadFile(filepath.Join(out, "d1.tml"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeml.Parse(data)
	if err != nil {
		t.Fatalf("parse output: %v", err)
	}
	orig, _ := timeml.Parse([]byte(sampleTML))
	if got.Text != orig.Text {
		t.Errorf("tag changed TEXT:\n%q\n%q", got.Text, orig.Text)
	}
	var vals []string
	for _, x := range got.Timexes {
		vals = append(vals, got.Text[x.Start:x.End]+"="+x.Value)
	}
	want := []string{"Wednesday=2022-09-14", "Thursday=2022-09-15", "April=2022-04"}
	if diff := cmp.Diff(want, vals); diff != "" {
		t.Errorf("tag output (-want +got):\n%s", diff)
	}
}

func TestTagJSONL(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	text := "“Now” – Xi arrived on Wednesday."
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := cmdTag([]string{"-format", "jsonl", "-out", dir, in}, &stdout, &stderr); err == nil {
		t.Fatalf("tag of .txt without -dct: want an error")
	}
	if err := cmdTag([]string{"-format", "jsonl", "-dct", "2022-09-14", "-out", dir, in}, &stdout, &stderr); err != nil {
		t.Fatalf("tag: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "a.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var got []jsonTimex
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var x jsonTimex
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		got = append(got, x)
	}
	want := []jsonTimex{
		{ID: "a", Start: 1, End: 4, Text: "Now", Type: "DATE", Value: "PRESENT_REF", Mode: "news"},
		{ID: "a", Start: 22, End: 31, Text: "Wednesday", Type: "DATE", Value: "2022-09-14", Mode: "news"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("jsonl (-want +got):\n%s", diff)
	}
	runes := []rune(text)
	for _, x := range got {
		if string(runes[x.Start:x.End]) != x.Text {
			t.Errorf("code point offsets [%d,%d) give %q, want %q", x.Start, x.End, string(runes[x.Start:x.End]), x.Text)
		}
	}
}

// TestTagJSONLStream writes the lines of several documents, in input
// order, to one stream: standard output with -out -, or one .jsonl file.
func TestTagJSONLStream(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"b.txt": "Xi arrived on Wednesday.",
		"a.txt": "Paris fell on June 14, 1940. On June 10 Italy declared war. The armistice was signed on June 22, 1940.",
	}
	var paths []string
	for _, name := range []string{"b.txt", "a.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(texts[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	want := []string{"b Wednesday 2022-09-14 news", "a June 14, 1940 1940-06-14 narrative", "a June 10 1940-06-10 narrative",
		"a June 22, 1940 1940-06-22 narrative"}
	lines := func(data string) []string {
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(data), "\n") {
			var x jsonTimex
			if err := json.Unmarshal([]byte(line), &x); err != nil {
				t.Fatalf("bad line %q: %v", line, err)
			}
			got = append(got, x.ID+" "+x.Text+" "+x.Value+" "+x.Mode)
		}
		return got
	}
	var stdout, stderr bytes.Buffer
	if err := cmdTag(append([]string{"-format", "jsonl", "-dct", "2022-09-14", "-out", "-"}, paths...), &stdout, &stderr); err != nil {
		t.Fatalf("tag: %v (%s)", err, stderr.String())
	}
	if diff := cmp.Diff(want, lines(stdout.String())); diff != "" {
		t.Errorf("stdout stream (-want +got):\n%s", diff)
	}
	file := filepath.Join(dir, "all.jsonl")
	if err := cmdTag(append([]string{"-format", "jsonl", "-dct", "2022-09-14", "-out", file}, paths...), &stdout, &stderr); err != nil {
		t.Fatalf("tag: %v", err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, lines(string(data))); diff != "" {
		t.Errorf("file stream (-want +got):\n%s", diff)
	}
	// a forced mode applies to every document
	stdout.Reset()
	if err := cmdTag([]string{"-format", "jsonl", "-mode", "news", "-dct", "2022-09-14", "-out", "-", paths[1]}, &stdout, &stderr); err != nil {
		t.Fatalf("tag: %v", err)
	}
	if got := lines(stdout.String()); len(got) != 3 || got[1] != "a June 10 2022-06-10 news" {
		t.Errorf("-mode news: %q, want June 10 in the publication year", got)
	}
	for _, bad := range [][]string{{"-out", "-", paths[0]}, {"-format", "jsonl", "-mode", "history", "-out", "-", paths[0]}} {
		if err := cmdTag(append([]string{"-dct", "2022-09-14"}, bad...), &stdout, &stderr); err == nil {
			t.Errorf("tag %q: want an error", bad)
		}
	}
	if err := cmdTag([]string{"-format", "jsonl", "-dct", "2022-09-14", "-out", "-", filepath.Join(dir, "missing.txt")}, &stdout, &stderr); err == nil {
		t.Error("tag of a missing file: want an error")
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	gold := strings.Replace(sampleTML, "Wednesday", `<TIMEX3 tid="t1" type="DATE" value="2022-09-14">Wednesday</TIMEX3>`, 1)
	gold = strings.Replace(gold, "in April", `in <TIMEX3 tid="t2" type="DATE" value="2021-04">April</TIMEX3>`, 1)
	if err := os.WriteFile(filepath.Join(dir, "g.tml"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := cmdEval([]string{"-errors", dir}, &stdout, &stderr); err != nil {
		t.Fatalf("eval: %v (%s)", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"gold 2 system 3", "strict  P 0.6667 R 1.0000 F1 0.8000", "value F1 0.4000", "SPURIOUS", "VALUE"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	if err := cmdEval(nil, &stdout, &stderr); err == nil {
		t.Errorf("eval without a directory: want an error")
	}
}

// TestAppendJSONString checks the hand-written JSON strings of jsonLines
// against encoding/json (without HTML escaping) on text that needs escapes.
func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "plain", `say "now"`, `back\slash`, "tab\tnew\nline\r", "\b\f\x00\x1f\x7f",
		"<b>&amp;</b>", "caf\u00e9 \u2014 \u2028\u2029", "bad \xff\xfe utf8 \xe2\x80", "\U0001F600 emoji"} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		got := string(appendJSONString(nil, s)) + "\n"
		if got != want.String() {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want.String())
		}
	}
}

// TestEachInOrder checks that results come out in the order of the paths
// whatever order the workers finish in, and that a failing path stops the
// run after every path before it has been emitted and none after.
func TestEachInOrder(t *testing.T) {
	var paths []string
	for i := range 203 {
		paths = append(paths, strconv.Itoa(i))
	}
	work := func(p string) (tagged, error) {
		n, _ := strconv.Atoi(p)
		time.Sleep(time.Duration(n%7) * 50 * time.Microsecond) // finish out of order
		if n == 150 {
			return tagged{}, errors.New("bad file 150")
		}
		return tagged{name: p}, nil
	}
	var got []string
	err := eachInOrder(paths, work, func(p string, r tagged) error {
		if p != r.name {
			t.Errorf("emit(%s) got the result of %s", p, r.name)
		}
		got = append(got, p)
		return nil
	})
	if err == nil || err.Error() != "bad file 150" {
		t.Fatalf("eachInOrder error = %v, want bad file 150", err)
	}
	if len(got) != 150 {
		t.Fatalf("emitted %d results before the failing path, want 150", len(got))
	}
	for i, p := range got {
		if p != strconv.Itoa(i) {
			t.Fatalf("result %d is %s, want %d", i, p, i)
		}
	}
	got = got[:0]
	if err := eachInOrder(paths[:149], work, func(p string, r tagged) error { got = append(got, p); return nil }); err != nil || len(got) != 149 {
		t.Fatalf("eachInOrder over 149 paths: %d results, error %v; want 149, nil", len(got), err)
	}
}
