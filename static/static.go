// Package static holds the front end's built assets: static/dist, written by
// `npm run build` from static/src (app.js, app.css, Leaflet's images, the
// basemap, and embed.js, embed.css and Knight Lab's TimelineJS under
// timelinejs/ for the embed page), embedded into the binary and served at
// /static/.
package static

import (
	"embed"
	"errors"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist is the dist directory as a file system rooted at it: "app.js",
// "app.css", "basemap.json", "images/marker-icon.png". Serve it at /static/.
var Dist fs.FS = sub(dist, "dist")

// ErrNotBuilt is Check's error when the binary was built before the front
// end: the pages would load with no script, no timeline and no map.
var ErrNotBuilt = errors.New("the front end is not built into this binary (static/dist has no app.js): run `make frontend` (npm run build), then build again")

// Check reports ErrNotBuilt when Dist lacks the front end's script.
func Check() error {
	return check(Dist)
}

func check(fsys fs.FS) error {
	if _, err := fs.Stat(fsys, "app.js"); err != nil {
		return ErrNotBuilt
	}
	return nil
}

func sub(fsys fs.FS, dir string) fs.FS {
	s, err := fs.Sub(fsys, dir)
	if err != nil {
		// fs.Sub fails only for an invalid path, and dir is a constant.
		panic(err)
	}
	return s
}
