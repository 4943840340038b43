package main

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestLoadConfig(t *testing.T) {
	def := DefaultConfig()
	with := func(f func(*Config)) Config {
		c := def
		f(&c)
		return c
	}
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		want    Config
		wantErr bool
	}{
		{"defaults", nil, nil, def, false},
		{"environment", nil, map[string]string{"STORYLINE_ADDR": "127.0.0.1:9000", "STORYLINE_DB": "/tmp/x.db", "STORYLINE_TILES": "https://{s}.tile.example.org/{z}/{x}/{y}.png", "STORYLINE_DEMO": "0"},
			with(func(c *Config) {
				c.Addr, c.DB, c.Tiles, c.Demo = "127.0.0.1:9000", "/tmp/x.db", "https://{s}.tile.example.org/{z}/{x}/{y}.png", false
			}), false},
		{"flags win over environment", []string{"-addr", "127.0.0.1:7000", "-demo=false"}, map[string]string{"STORYLINE_ADDR": "127.0.0.1:9000", "STORYLINE_DEMO": "1"},
			with(func(c *Config) { c.Addr, c.Demo = "127.0.0.1:7000", false }), false},
		{"port zero", []string{"-addr", "127.0.0.1:0"}, nil, with(func(c *Config) { c.Addr = "127.0.0.1:0" }), false},
		{"bad addr", []string{"-addr", "8080"}, nil, Config{}, true},
		{"bad port", []string{"-addr", "127.0.0.1:99999"}, nil, Config{}, true},
		{"host name", []string{"-addr", "example.com:80"}, nil, Config{}, true},
		{"bad demo", nil, map[string]string{"STORYLINE_DEMO": "maybe"}, Config{}, true},
		{"tiles without placeholders", []string{"-tiles", "https://tile.example.org/tile.png"}, nil, Config{}, true},
		{"tiles not http", []string{"-tiles", "file:///{z}/{x}/{y}.png"}, nil, Config{}, true},
		{"empty db", []string{"-db", " "}, nil, Config{}, true},
		{"public url from the environment", nil, map[string]string{"STORYLINE_PUBLIC_URL": "https://timelines.example.org"},
			with(func(c *Config) { c.PublicURL = "https://timelines.example.org" }), false},
		{"public url flag, path and trailing slash", []string{"-public-url", "https://example.org/timelines/"}, map[string]string{"STORYLINE_PUBLIC_URL": "https://other.example"},
			with(func(c *Config) { c.PublicURL = "https://example.org/timelines" }), false},
		{"public url not http", []string{"-public-url", "ftp://example.org"}, nil, Config{}, true},
		{"public url without host", []string{"-public-url", "https://"}, nil, Config{}, true},
		{"public url relative", []string{"-public-url", "example.org"}, nil, Config{}, true},
		{"public url with a query", []string{"-public-url", "https://example.org/?a=1"}, nil, Config{}, true},
		{"public url with a user", []string{"-public-url", "https://me:pw@example.org"}, nil, Config{}, true},
		{"unknown flag", []string{"-nope"}, nil, Config{}, true},
		{"stray argument", []string{"serve"}, nil, Config{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := LoadConfig(tc.args, func(k string) string { return tc.env[k] }, io.Discard)
			if tc.wantErr {
				if err == nil {
					t.Errorf("LoadConfig(%q, %v) = %+v, want an error", tc.args, tc.env, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("LoadConfig(%q, %v): %v", tc.args, tc.env, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("LoadConfig(%q, %v) mismatch (-want +got):\n%s", tc.args, tc.env, diff)
			}
		})
	}
}

func TestTileOrigin(t *testing.T) {
	tests := []struct{ tiles, want string }{
		{"", ""},
		{"https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"},
		{"https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"},
		{"http://localhost:8081/tiles/{z}/{x}/{y}.png", "http://localhost:8081"},
	}
	for _, tc := range tests {
		if got := (Config{Tiles: tc.tiles}).tileOrigin(); got != tc.want {
			t.Errorf("tileOrigin(%q) = %q, want %q", tc.tiles, got, tc.want)
		}
	}
}

func TestRunExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"help", []string{"-h"}, 0},
		{"bad flag", []string{"-nope"}, 2},
		{"bad config", []string{"-addr", "nowhere"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := run(tc.args, func(string) string { return "" }, io.Discard); got != tc.want {
				t.Errorf("run(%q) = %d, want %d", tc.args, got, tc.want)
			}
		})
	}
}

func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{"2022-09-14", "2022-02-30", " 2022-09-14 ", "14/09/2022", "", "0000-01-01", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parsePublished(s)
		if err != nil {
			if timeline.ErrorCodeOf(err) != timeline.EInvalid {
				t.Errorf("parsePublished(%q) error code = %s, want invalid", s, timeline.ErrorCodeOf(err))
			}
			return
		}
		if got := d.Format(time.DateOnly); got != strings.TrimSpace(s) {
			t.Errorf("parsePublished(%q) = %s, which does not print back as the input", s, got)
		}
		if d.Year() < 1 {
			t.Errorf("parsePublished(%q) = %v, year out of range", s, d)
		}
	})
}
