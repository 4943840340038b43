package static

import (
	"encoding/json"
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestDistIsRootedAtDist(t *testing.T) {
	if _, err := fs.Stat(Dist, ".gitkeep"); err != nil {
		t.Fatalf("Stat(Dist, %q) error = %v, want the dist directory at the root", ".gitkeep", err)
	}
	if _, err := fs.Stat(Dist, "dist"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Stat(Dist, %q) error = %v, want fs.ErrNotExist", "dist", err)
	}
}

func TestCheck(t *testing.T) {
	if err := check(fstest.MapFS{".gitkeep": {}}); !errors.Is(err, ErrNotBuilt) {
		t.Errorf("check(a dist without app.js) = %v, want ErrNotBuilt", err)
	}
	if err := check(fstest.MapFS{"app.js": {Data: []byte("//")}}); err != nil {
		t.Errorf("check(a built dist) = %v, want nil", err)
	}
}

// TestBuildIsComplete checks that a built dist has every file the pages and
// the widgets load. A tree where npm run build has not run has only .gitkeep
// and is skipped.
func TestBuildIsComplete(t *testing.T) {
	if _, err := fs.Stat(Dist, "app.js"); errors.Is(err, fs.ErrNotExist) {
		skipOrFailInCI(t, "static/dist is not built; run npm ci && npm run build")
	}
	for _, name := range []string{"app.js", "app.css", "basemap.json", "images/marker-icon.png", "images/layers.png",
		"embed.js", "embed.css", "timelinejs/js/timeline.js", "timelinejs/js/locale/en.json", "timelinejs/css/timeline.css",
		"timelinejs/css/icons/tl-icons.woff2", "timelinejs/LICENSE"} {
		t.Run(name, func(t *testing.T) {
			info, err := fs.Stat(Dist, name)
			if err != nil {
				t.Fatalf("Stat(Dist, %q) error = %v", name, err)
			}
			if info.Size() == 0 {
				t.Errorf("Stat(Dist, %q).Size() = 0, want a built file", name)
			}
		})
	}
	t.Run("basemap is TopoJSON countries", func(t *testing.T) {
		b, err := fs.ReadFile(Dist, "basemap.json")
		if err != nil {
			t.Fatal(err)
		}
		var topo struct {
			Type    string                     `json:"type"`
			Objects map[string]json.RawMessage `json:"objects"`
		}
		if err := json.Unmarshal(b, &topo); err != nil {
			t.Fatalf("json.Unmarshal(basemap.json) error = %v", err)
		}
		if _, ok := topo.Objects["countries"]; topo.Type != "Topology" || !ok {
			t.Errorf("basemap.json type = %q with objects %v, want a Topology with countries", topo.Type, keys(topo.Objects))
		}
	})
}

func keys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
