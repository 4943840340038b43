package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"storyline/db"
	"storyline/timeline"
)

func init() {
	register("user", "add a user (password from stdin) or print a one-time set-up link; list users", cmdUser)
}

// passwordInput is where `user add` reads the password; tests replace it.
var passwordInput io.Reader = os.Stdin

func cmdUser(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		userUsage(stderr)
		return errors.New("no subcommand given")
	}
	switch args[0] {
	case "add":
		return userAdd(args[1:], stdout, stderr)
	case "list":
		return userList(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		userUsage(stderr)
		return nil
	}
	userUsage(stderr)
	return fmt.Errorf("unknown subcommand %q", args[0])
}

func userUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: storyline user add -db PATH -role admin|editor|viewer [-setup [-ttl 72h]] NAME")
	fmt.Fprintln(w, "       storyline user list -db PATH")
	fmt.Fprintln(w, "\nadd reads the password from the first line of standard input; with -setup it")
	fmt.Fprintln(w, "prints a one-time set-up link path (/setup/<token>) instead, with which the user")
	fmt.Fprintln(w, "chooses their own password (NAME may then be left out: they choose it too).")
}

func userAdd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { userUsage(stderr) }
	path := fs.String("db", "", "database `file`")
	role := fs.String("role", "", "role of the new user: admin, editor or viewer")
	setup := fs.Bool("setup", false, "print a one-time set-up link instead of reading a password")
	ttl := fs.Duration("ttl", 72*time.Hour, "how long the set-up link works")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *path == "" {
		return errors.New("-db is required")
	}
	r, err := timeline.ParseRole(*role)
	if err != nil {
		return err
	}
	name := ""
	switch fs.NArg() {
	case 0:
		if !*setup {
			return errors.New("a user NAME is required")
		}
	case 1:
		name = fs.Arg(0)
		if err := timeline.ValidUserName(name); err != nil {
			return err
		}
	default:
		return errors.New("give one user NAME")
	}
	var password string
	if !*setup {
		// Read before opening the database, so a missing password changes nothing.
		if password, err = readPassword(passwordInput); err != nil {
			return err
		}
	}
	store, err := db.Open(*path)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	if *setup {
		token, err := store.CreateSetupToken(ctx, name, r, *ttl)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "/setup/%s\n", token)
		return nil
	}
	u, err := store.CreateUser(ctx, name, r, password)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "added %s (%s), id %d\n", u.Name, u.Role, u.ID)
	return nil
}

// readPassword reads the first line of r, without its line end.
func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("reading the password: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("no password on standard input (or use -setup)")
	}
	return line, timeline.ValidPassword(line)
}

func userList(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("user list", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { userUsage(stderr) }
	path := fs.String("db", "", "database `file`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *path == "" {
		return errors.New("-db is required")
	}
	store, err := db.Open(*path)
	if err != nil {
		return err
	}
	defer store.Close()
	us, err := store.Users(context.Background())
	if err != nil {
		return err
	}
	for _, u := range us {
		fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\n", u.ID, u.Name, u.Role, u.Created.Format(time.RFC3339))
	}
	return nil
}
