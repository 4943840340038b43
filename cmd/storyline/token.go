package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"storyline/db"
)

func init() {
	register("token", "print a new API token for a user (shown once), or revoke one", cmdToken)
}

func cmdToken(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("token", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyline token -db PATH -user NAME [-label TEXT]")
		fmt.Fprintln(stderr, "       storyline token -db PATH -user NAME -revoke ID")
		fmt.Fprintln(stderr, "\nPrints a new API token for `Authorization: Bearer` calls with the user's role.")
		fmt.Fprintln(stderr, "It is shown only now; the database keeps its hash. Its id goes to stderr.")
		fs.PrintDefaults()
	}
	path := fs.String("db", "", "database `file`")
	name := fs.String("user", "", "the user the token acts for")
	label := fs.String("label", "command line", "what the token is for")
	revoke := fs.Int64("revoke", 0, "revoke the token with this `id` instead")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *path == "":
		return errors.New("-db is required")
	case *name == "":
		return errors.New("-user is required")
	case fs.NArg() > 0:
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	store, err := db.Open(*path)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	u, err := store.UserByName(ctx, *name)
	if err != nil {
		return err
	}
	if *revoke != 0 {
		if err := store.RevokeAPIToken(ctx, u.ID, *revoke); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "revoked token %d of %s\n", *revoke, u.Name)
		return nil
	}
	token, t, err := store.CreateAPIToken(ctx, u.ID, *label)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, token)
	fmt.Fprintf(stderr, "token %d for %s (%s)\n", t.ID, u.Name, u.Role)
	return nil
}
