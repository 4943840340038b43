package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Config is everything the web app can be told at start.
type Config struct {
	// Addr is the host:port to listen on; loopback unless told otherwise.
	Addr string
	// DB is the path of the SQLite database file.
	DB string
	// Tiles is an optional tile URL template ({z}/{x}/{y}) drawn over the
	// offline basemap; TileAttribution credits it.
	Tiles           string
	TileAttribution string
	// Demo loads the demo story into an empty database.
	Demo bool
	// Heavy is how many heavy requests (a story's page, JSON or export
	// rendered anew) run at once; others wait up to HeavyWait for a slot
	// and are then answered 503 with Retry-After.
	Heavy     int
	HeavyWait time.Duration
	// CacheMB bounds the memory of the cache of rendered story pages and
	// exports, in megabytes.
	CacheMB int
	// Warm is how many public story pages, the ones outsiders read last,
	// are rendered again in the background after a write, so that their
	// next reader finds them cached; 0 turns that off.
	Warm int
	// PublicURL is the address readers reach the app by (scheme, host and
	// an optional path, no trailing slash), used in share links and the
	// embed snippet; empty uses the address of each request, which behind
	// a proxy or on loopback is not one readers can open.
	PublicURL string
	// FetchPrivate lets imports fetch URLs on loopback, private and
	// link-local addresses (an intranet); off, they are refused.
	FetchPrivate bool

	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
}

// DefaultConfig is the configuration with nothing set.
func DefaultConfig() Config {
	return Config{
		Addr:              "127.0.0.1:8080",
		DB:                "./data/storyline.db",
		Demo:              true,
		Heavy:             2 * runtime.GOMAXPROCS(0),
		HeavyWait:         100 * time.Millisecond,
		CacheMB:           64,
		Warm:              8,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
}

// LoadConfig fills a Config from the defaults, then the STORYLINE_*
// environment variables (read through getenv), then the flags given on the
// command line, which win; and validates it.
func LoadConfig(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	cfg := DefaultConfig()
	if v := getenv("STORYLINE_ADDR"); v != "" {
		cfg.Addr = v
	}
	if v := getenv("STORYLINE_DB"); v != "" {
		cfg.DB = v
	}
	if v := getenv("STORYLINE_TILES"); v != "" {
		cfg.Tiles = v
	}
	if v := getenv("STORYLINE_TILES_ATTRIBUTION"); v != "" {
		cfg.TileAttribution = v
	}
	if v := getenv("STORYLINE_PUBLIC_URL"); v != "" {
		cfg.PublicURL = v
	}
	if v := getenv("STORYLINE_DEMO"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return Config{}, fmt.Errorf("STORYLINE_DEMO=%q: want 1 or 0 (true or false)", v)
		}
		cfg.Demo = b
	}
	if v := getenv("STORYLINE_FETCH_PRIVATE"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return Config{}, fmt.Errorf("STORYLINE_FETCH_PRIVATE=%q: want 1 or 0 (true or false)", v)
		}
		cfg.FetchPrivate = b
	}

	for _, v := range []struct {
		name string
		to   *int
	}{{"STORYLINE_HEAVY", &cfg.Heavy}, {"STORYLINE_CACHE_MB", &cfg.CacheMB}, {"STORYLINE_WARM", &cfg.Warm}} {
		if s := getenv(v.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				return Config{}, fmt.Errorf("%s=%q: want a number", v.name, s)
			}
			*v.to = n
		}
	}

	fs := flag.NewFlagSet("web", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "address to listen on (env STORYLINE_ADDR)")
	fs.StringVar(&cfg.DB, "db", cfg.DB, "SQLite database file (env STORYLINE_DB)")
	fs.StringVar(&cfg.Tiles, "tiles", cfg.Tiles, "optional map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (env STORYLINE_TILES)")
	fs.StringVar(&cfg.TileAttribution, "tiles-attribution", cfg.TileAttribution, "attribution for the tile URL (env STORYLINE_TILES_ATTRIBUTION)")
	fs.BoolVar(&cfg.Demo, "demo", cfg.Demo, "load the demo story into an empty database (env STORYLINE_DEMO)")
	fs.IntVar(&cfg.Heavy, "heavy", cfg.Heavy, "story pages and exports rendered at once; more wait briefly, then get 503 (env STORYLINE_HEAVY)")
	fs.IntVar(&cfg.CacheMB, "cache-mb", cfg.CacheMB, "memory for cached story pages and exports, in MB; 0 turns the cache off (env STORYLINE_CACHE_MB)")
	fs.IntVar(&cfg.Warm, "warm", cfg.Warm, "public story pages (the ones read last) rendered again in the background after a write; 0 turns it off (env STORYLINE_WARM)")
	fs.StringVar(&cfg.PublicURL, "public-url", cfg.PublicURL, "the address readers reach the app by, e.g. https://timelines.example.org, for share links and embeds (env STORYLINE_PUBLIC_URL)")
	fs.BoolVar(&cfg.FetchPrivate, "fetch-private", cfg.FetchPrivate, "let URL imports reach loopback, private and link-local addresses (env STORYLINE_FETCH_PRIVATE)")
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	cfg.PublicURL = strings.TrimRight(strings.TrimSpace(cfg.PublicURL), "/")
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	return cfg, cfg.Validate()
}

// Validate reports what is wrong with the configuration.
func (c Config) Validate() error {
	var errs []error
	if host, port, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, fmt.Errorf("addr %q: want host:port, e.g. 127.0.0.1:8080", c.Addr))
	} else if n, err := strconv.Atoi(port); (port != "" && err != nil) || n < 0 || n > 65535 {
		errs = append(errs, fmt.Errorf("addr %q: bad port %q", c.Addr, port))
	} else if host != "" && host != "localhost" && net.ParseIP(host) == nil {
		errs = append(errs, fmt.Errorf("addr %q: host must be an IP address or localhost", c.Addr))
	}
	if strings.TrimSpace(c.DB) == "" {
		errs = append(errs, errors.New("db: the database path is empty"))
	}
	if c.Tiles != "" {
		u, err := url.Parse(strings.NewReplacer("{", "", "}", "").Replace(c.Tiles))
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			errs = append(errs, fmt.Errorf("tiles %q: want an http(s) URL template", c.Tiles))
		case !strings.Contains(c.Tiles, "{z}") || !strings.Contains(c.Tiles, "{x}") || !strings.Contains(c.Tiles, "{y}"):
			errs = append(errs, fmt.Errorf("tiles %q: the template needs {z}, {x} and {y}", c.Tiles))
		}
	}
	if c.Heavy < 1 {
		errs = append(errs, fmt.Errorf("heavy must be at least 1, got %d", c.Heavy))
	}
	if c.CacheMB < 0 {
		errs = append(errs, fmt.Errorf("cache-mb must not be negative, got %d", c.CacheMB))
	}
	if c.Warm < 0 {
		errs = append(errs, fmt.Errorf("warm must not be negative, got %d", c.Warm))
	}
	if c.HeavyWait <= 0 {
		errs = append(errs, fmt.Errorf("heavy wait must be positive, got %v", c.HeavyWait))
	}
	if c.PublicURL != "" {
		u, err := url.Parse(c.PublicURL)
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil:
			errs = append(errs, fmt.Errorf("public url %q: want the http(s) address readers use, e.g. https://timelines.example.org", c.PublicURL))
		case u.RawQuery != "" || u.Fragment != "" || strings.HasSuffix(c.PublicURL, "?") || strings.HasSuffix(c.PublicURL, "#"):
			errs = append(errs, fmt.Errorf("public url %q: no query or fragment, only scheme, host and an optional path", c.PublicURL))
		case strings.HasSuffix(u.Path, "/"):
			errs = append(errs, fmt.Errorf("public url %q: leave out the trailing slash", c.PublicURL))
		}
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"read header timeout", c.ReadHeaderTimeout}, {"read timeout", c.ReadTimeout}, {"write timeout", c.WriteTimeout}, {"idle timeout", c.IdleTimeout}} {
		if d.v <= 0 {
			errs = append(errs, fmt.Errorf("%s must be positive, got %v", d.name, d.v))
		}
	}
	return errors.Join(errs...)
}

// tileOrigin is the origin the tile template loads from, for the content
// security policy; {s} subdomains become a wildcard.
func (c Config) tileOrigin() string {
	if c.Tiles == "" {
		return ""
	}
	u, err := url.Parse(strings.NewReplacer("{s}", "x", "{z}", "0", "{x}", "0", "{y}", "0", "{r}", "").Replace(c.Tiles))
	if err != nil {
		return ""
	}
	host := u.Host
	if strings.Contains(c.Tiles, "{s}.") {
		host = "*" + strings.TrimPrefix(host, "x")
	}
	return u.Scheme + "://" + host
}
