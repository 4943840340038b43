// Package static holds the front end's built assets: static/dist, written by
// `npm run build` from static/src (app.js, app.css, Leaflet's images, the
// basemap, and embed.js, embed.css and Knight Lab's TimelineJS under
// timelinejs/ for the embed page), embedded into the binary and served at
// /static/.
package static

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist is the dist directory as a file system rooted at it: "app.js",
// "app.css", "basemap.json", "images/marker-icon.png". Serve it at /static/.
var Dist fs.FS = sub(dist, "dist")

func sub(fsys fs.FS, dir string) fs.FS {
	s, err := fs.Sub(fsys, dir)
	if err != nil {
		// fs.Sub fails only for an invalid path, and dir is a constant.
		panic(err)
	}
	return s
}
