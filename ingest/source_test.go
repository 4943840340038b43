package ingest

import (
	"archive/zip"
	"bytes"
	"net"
	"strings"
	"testing"

	"storyline/db"
)

func TestItems(t *testing.T) {
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for _, f := range [][2]string{{"a.html", "<html><p>a"}, {"b.txt", "b"}, {"__MACOSX/._a.html", "x"}, {".hidden", "x"}, {"inner.zip", "PK"}} {
		w, _ := zw.Create(f[0])
		w.Write([]byte(f[1]))
	}
	zw.Close()
	tests := []struct {
		name  string
		files []File
		want  []string // kind:name, in order
	}{
		{"text and html", []File{{"a.txt", []byte("x")}, {"b.html", []byte("<p>x")}, {"c", []byte("<!doctype html><p>")}},
			[]string{"text:a.txt", "html:b.html", "html:c"}},
		{"zip", []File{{"z.zip", zbuf.Bytes()}}, []string{"html:z.zip/a.html", "text:z.zip/b.txt", "refused:z.zip/inner.zip"}},
		{"broken zip", []File{{"z.zip", []byte("not a zip")}}, []string{"refused:z.zip"}},
		{"too large", []File{{"big.txt", make([]byte, MaxArticle+1)}}, []string{"refused:big.txt"}},
		{"jsonl", []File{{"s.jsonl", []byte(`{"id":"x","text":"a","published":"2022-09-14"}` + "\n\n" +
			`{"html":"<p>b"}` + "\n" + `{"url":"https://example.com/c"}` + "\n" + `{"title":"none"}` + "\n" + `[1]` + "\n" +
			`{"text":"a","html":"b"}`)}},
			[]string{"text:s.jsonl line 1", "html:s.jsonl line 3", "url:s.jsonl line 4", "refused:s.jsonl line 5", "refused:s.jsonl line 6", "refused:s.jsonl line 7"}},
		{"empty jsonl", []File{{"e.jsonl", []byte("\n\n")}}, []string{"refused:e.jsonl"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, it := range Items(tc.files) {
				got = append(got, it.Kind+":"+it.Name)
				if it.Kind == db.ItemRefusedKind && it.Reason == "" {
					t.Errorf("%s refused without a reason", it.Name)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Items = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestURLItems(t *testing.T) {
	items := URLItems("https://example.com/a\n\n# comment\n  http://example.com/b  \nftp://x/y\nnot a url\n")
	var got []string
	for _, it := range items {
		got = append(got, it.Kind+":"+it.Name)
	}
	want := []string{"url:https://example.com/a", "url:http://example.com/b", "refused:ftp://x/y", "refused:not a url"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("URLItems = %q, want %q", got, want)
	}
}

func TestInternal(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"::1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"fe80::1", true}, {"fc00::1", true}, {"0.0.0.0", true}, {"100.64.0.1", true},
		{"224.0.0.1", true}, {"::ffff:127.0.0.1", true},
		{"93.184.216.34", false}, {"8.8.8.8", false}, {"2606:4700::1111", false}, {"100.128.0.1", false},
	}
	for _, tc := range tests {
		if got := internal(net.ParseIP(tc.ip)); got != tc.want {
			t.Errorf("internal(%s) = %v, want %v", tc.ip, got, tc.want)
		}
	}
}
