// Command web is Storyline's web app: stories, their documents, and the
// timeline, map and event list drawn from them. `web loadtest URL` measures
// a server on this machine under many concurrent readers (loadtest.go).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"storyline/static"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "loadtest" {
		os.Exit(loadtestCommand(os.Args[2:], os.Stdout, os.Stderr))
	}
	os.Exit(run(os.Args[1:], os.Getenv, os.Stderr))
}

func run(args []string, getenv func(string) string, stderr io.Writer) int {
	cfg, err := LoadConfig(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "storyline web: %v\n", err)
		return 2
	}
	if err := static.Check(); err != nil {
		fmt.Fprintf(stderr, "storyline web: %v\n", err)
		return 1
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	app, err := New(ctx, cfg, logger, nil)
	if err != nil {
		logger.Error("starting", "err", err)
		return 1
	}
	runErr := app.Run(ctx)
	if err := app.Close(); err != nil && runErr == nil {
		runErr = err
	}
	if runErr != nil {
		logger.Error("serving", "err", runErr)
		return 1
	}
	logger.Info("stopped")
	return 0
}
