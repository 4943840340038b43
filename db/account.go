package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
)

// Token prefixes say what a token is when it turns up in a log or a paste.
const (
	prefixSession = "sls_"
	prefixSetup   = "slu_"
	prefixAPI     = "sla_"
	prefixShare   = "slr_"
)

// CreateUser adds a user with a password.
func (db *DB) CreateUser(ctx context.Context, name string, role timeline.Role, password string) (timeline.User, error) {
	if err := validAccount(name, role, password); err != nil {
		return timeline.User{}, fmt.Errorf("create user: %w", err)
	}
	hash, err := hashPassword(password)
	if err != nil {
		return timeline.User{}, fmt.Errorf("create user: %w", err)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return timeline.User{}, fmt.Errorf("create user: %w", err)
	}
	defer tx.Rollback()
	u, err := insertUser(ctx, tx, name, role, hash, db.now())
	if err != nil {
		return timeline.User{}, fmt.Errorf("create user: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return timeline.User{}, fmt.Errorf("create user: %w", err)
	}
	return u, nil
}

func validAccount(name string, role timeline.Role, password string) error {
	if err := timeline.ValidUserName(name); err != nil {
		return err
	}
	if _, err := timeline.ParseRole(string(role)); err != nil || role != timeline.Role(strings.ToLower(string(role))) {
		return timeline.Errorf(timeline.EInvalid, "%q is not a role; use admin, editor or viewer.", role)
	}
	return timeline.ValidPassword(password)
}

func insertUser(ctx context.Context, tx *sql.Tx, name string, role timeline.Role, hash string, now time.Time) (timeline.User, error) {
	u := timeline.User{Name: name, Role: role, Created: now.UTC()}
	err := tx.QueryRowContext(ctx, `INSERT INTO users (name, role, password_hash, created) VALUES (?, ?, ?, ?) RETURNING id`,
		name, string(role), hash, formatTime(u.Created)).Scan(&u.ID)
	if err != nil {
		var te *timeline.Error
		if err := constraintError(err, "add user"); errors.As(err, &te) && te.Code == timeline.EConflict {
			return timeline.User{}, &timeline.Error{Code: timeline.EConflict, Message: fmt.Sprintf("A user called %q already exists.", name), Err: err}
		}
		return timeline.User{}, constraintError(err, "add user")
	}
	return u, nil
}

// userColumns are the columns scanUser reads, in order.
const userColumns = `u.id, u.name, u.role, u.created`

func scanUser(row interface{ Scan(...any) error }, extra ...any) (timeline.User, error) {
	var (
		u             timeline.User
		role, created string
	)
	if err := row.Scan(append([]any{&u.ID, &u.Name, &role, &created}, extra...)...); err != nil {
		return timeline.User{}, err
	}
	u.Role = timeline.Role(role)
	var err error
	if u.Created, err = parseTime(created); err != nil {
		return timeline.User{}, fmt.Errorf("user %d: %w", u.ID, err)
	}
	return u, nil
}

// User returns one user.
func (db *DB) User(ctx context.Context, id int64) (timeline.User, error) {
	u, err := scanUser(db.r.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users u WHERE u.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.User{}, fmt.Errorf("read user: %w", notFound("user", id))
	}
	if err != nil {
		return timeline.User{}, fmt.Errorf("read user: %w", err)
	}
	return u, nil
}

// UserByName returns the user called name (case-insensitive).
func (db *DB) UserByName(ctx context.Context, name string) (timeline.User, error) {
	u, err := scanUser(db.r.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users u WHERE u.name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.User{}, fmt.Errorf("read user: %w", timeline.Errorf(timeline.ENotFound, "There is no user called %q.", name))
	}
	if err != nil {
		return timeline.User{}, fmt.Errorf("read user: %w", err)
	}
	return u, nil
}

// Users returns every user by name.
func (db *DB) Users(ctx context.Context) ([]timeline.User, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT `+userColumns+` FROM users u ORDER BY u.name`)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var us []timeline.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("list users: %w", err)
		}
		us = append(us, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	return us, nil
}

// UserCount returns the number of users; 0 means the set-up link is the
// only way in and nobody may write.
func (db *DB) UserCount(ctx context.Context) (int, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM users`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count users: %w", err)
	}
	return n, nil
}

// Authenticate returns the user called name when password is theirs, and
// an unauthorized error that does not say which of the two was wrong
// otherwise. It takes as long for an unknown name as for a wrong password.
func (db *DB) Authenticate(ctx context.Context, name, password string) (timeline.User, error) {
	wrong := fmt.Errorf("sign in: %w", timeline.Errorf(timeline.EUnauthorized, "Wrong user name or password."))
	var hash string
	u, err := scanUser(db.r.QueryRowContext(ctx, `SELECT `+userColumns+`, u.password_hash FROM users u WHERE u.name = ?`, name), &hash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		checkPassword(password, dummyHash())
		return timeline.User{}, wrong
	case err != nil:
		return timeline.User{}, fmt.Errorf("sign in: %w", err)
	}
	ok, err := checkPassword(password, hash)
	if err != nil {
		return timeline.User{}, fmt.Errorf("sign in: user %d: %w", u.ID, err)
	}
	if !ok {
		return timeline.User{}, wrong
	}
	return u, nil
}

// SetPassword replaces a user's password and ends their sessions.
func (db *DB) SetPassword(ctx context.Context, userID int64, password string) error {
	if err := timeline.ValidPassword(password); err != nil {
		return fmt.Errorf("set password: %w", err)
	}
	hash, err := hashPassword(password)
	if err != nil {
		return fmt.Errorf("set password: %w", err)
	}
	return db.write(ctx, "set password", func(tx *sql.Tx) error {
		if err := affectOne(tx.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, hash, userID)); err != nil {
			return notFoundIf(err, "user", userID)
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID)
		return err
	})
}

// SetRole changes a user's role. The last admin cannot stop being one.
func (db *DB) SetRole(ctx context.Context, userID int64, role timeline.Role) error {
	if _, err := timeline.ParseRole(string(role)); err != nil {
		return fmt.Errorf("set role: %w", err)
	}
	return db.write(ctx, "set role", func(tx *sql.Tx) error {
		if err := affectOne(tx.ExecContext(ctx, `UPDATE users SET role = ? WHERE id = ?`, string(role), userID)); err != nil {
			return notFoundIf(err, "user", userID)
		}
		return atLeastOneAdmin(ctx, tx)
	})
}

// DeleteUser removes a user with their sessions and API tokens. The last
// admin cannot be removed. Their name stays in history and notes.
func (db *DB) DeleteUser(ctx context.Context, userID int64) error {
	return db.write(ctx, "delete user", func(tx *sql.Tx) error {
		if err := affectOne(tx.ExecContext(ctx, `DELETE FROM users WHERE id = ?`, userID)); err != nil {
			return notFoundIf(err, "user", userID)
		}
		return atLeastOneAdmin(ctx, tx)
	})
}

func atLeastOneAdmin(ctx context.Context, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM users WHERE role = 'admin'`).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return timeline.Errorf(timeline.EConflict, "The last admin cannot be removed or demoted.")
	}
	return nil
}

// CreateSession starts a session for a user, valid for ttl. It returns the
// session token, to be set in a cookie; only its hash is stored.
func (db *DB) CreateSession(ctx context.Context, userID int64, ttl time.Duration) (token string, expires time.Time, err error) {
	if ttl <= 0 {
		return "", time.Time{}, fmt.Errorf("create session: %w", timeline.Errorf(timeline.EInvalid, "A session must last some time."))
	}
	if token, err = newToken(prefixSession); err != nil {
		return "", time.Time{}, fmt.Errorf("create session: %w", err)
	}
	now := db.now().UTC()
	expires = now.Add(ttl)
	err = db.write(ctx, "create session", func(tx *sql.Tx) error {
		// Each new session also sweeps the expired ones.
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE expires <= ?`, formatTime(now)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created, expires) VALUES (?, ?, ?, ?)`,
			hashToken(token), userID, formatTime(now), formatTime(expires))
		return constraintError(err, "create session")
	})
	if err != nil {
		return "", time.Time{}, err
	}
	return token, expires, nil
}

// SessionUser returns the user of a session token; an expired, ended or
// unknown token gives an unauthorized error.
func (db *DB) SessionUser(ctx context.Context, token string) (timeline.User, error) {
	var expires string
	u, err := scanUser(db.r.QueryRowContext(ctx, `
		SELECT `+userColumns+`, s.expires FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = ?`, hashToken(token)), &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.User{}, fmt.Errorf("read session: %w", timeline.Errorf(timeline.EUnauthorized, "Please sign in."))
	}
	if err != nil {
		return timeline.User{}, fmt.Errorf("read session: %w", err)
	}
	exp, err := parseTime(expires)
	if err != nil {
		return timeline.User{}, fmt.Errorf("read session: %w", err)
	}
	if !db.now().Before(exp) {
		return timeline.User{}, fmt.Errorf("read session: %w", timeline.Errorf(timeline.EUnauthorized, "Your session has expired; please sign in again."))
	}
	return u, nil
}

// DeleteSession ends a session (signing out). An unknown token is not an error.
func (db *DB) DeleteSession(ctx context.Context, token string) error {
	return db.write(ctx, "end session", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, hashToken(token))
		return err
	})
}

// CreateSetupToken makes a one-time set-up link token valid for ttl: whoever
// opens /setup/<token> chooses a password and becomes a user of role, called
// name (or a name they choose, when name is ""). Only its hash is stored.
func (db *DB) CreateSetupToken(ctx context.Context, name string, role timeline.Role, ttl time.Duration) (string, error) {
	if name != "" {
		if err := timeline.ValidUserName(name); err != nil {
			return "", fmt.Errorf("create set-up link: %w", err)
		}
	}
	if _, err := timeline.ParseRole(string(role)); err != nil {
		return "", fmt.Errorf("create set-up link: %w", err)
	}
	if ttl <= 0 {
		return "", fmt.Errorf("create set-up link: %w", timeline.Errorf(timeline.EInvalid, "A set-up link must last some time."))
	}
	token, err := newToken(prefixSetup)
	if err != nil {
		return "", fmt.Errorf("create set-up link: %w", err)
	}
	now := db.now().UTC()
	err = db.write(ctx, "create set-up link", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO setup_tokens (token_hash, name, role, created, expires) VALUES (?, ?, ?, ?, ?)`,
			hashToken(token), name, string(role), formatTime(now), formatTime(now.Add(ttl)))
		return err
	})
	if err != nil {
		return "", err
	}
	return token, nil
}

// SetupToken says what a set-up token would create: the fixed name ("" when
// the user chooses one) and the role. An unknown, used or expired token
// gives a not-found error.
func (db *DB) SetupToken(ctx context.Context, token string) (name string, role timeline.Role, err error) {
	name, role, err = setupToken(ctx, db.r, token, db.now())
	if err != nil {
		return "", "", fmt.Errorf("read set-up link: %w", err)
	}
	return name, role, nil
}

func setupToken(ctx context.Context, q queryer, token string, now time.Time) (string, timeline.Role, error) {
	var (
		name, role, expires string
		used                sql.NullString
	)
	err := q.QueryRowContext(ctx, `SELECT name, role, expires, used FROM setup_tokens WHERE token_hash = ?`,
		hashToken(token)).Scan(&name, &role, &expires, &used)
	gone := timeline.Errorf(timeline.ENotFound, "This set-up link is unknown, used or expired.")
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", gone
	}
	if err != nil {
		return "", "", err
	}
	exp, err := parseTime(expires)
	if err != nil {
		return "", "", err
	}
	if used.Valid || !now.Before(exp) {
		return "", "", gone
	}
	return name, timeline.Role(role), nil
}

// UseSetupToken spends a set-up token: it creates the user it was made for,
// with password. name must be the token's name when it has one (or ""), and
// is required otherwise. The token cannot be used again, also when two
// requests race.
func (db *DB) UseSetupToken(ctx context.Context, token, name, password string) (timeline.User, error) {
	var u timeline.User
	err := db.write(ctx, "set up account", func(tx *sql.Tx) error {
		now := db.now()
		fixed, role, err := setupToken(ctx, tx, token, now)
		if err != nil {
			return err
		}
		switch {
		case fixed != "" && name == "":
			name = fixed
		case fixed != "" && !strings.EqualFold(fixed, name):
			return timeline.Errorf(timeline.EInvalid, "This set-up link is for %q.", fixed)
		}
		if err := validAccount(name, role, password); err != nil {
			return err
		}
		hash, err := hashPassword(password)
		if err != nil {
			return err
		}
		if err := affectOne(tx.ExecContext(ctx, `UPDATE setup_tokens SET used = ? WHERE token_hash = ? AND used IS NULL`,
			formatTime(now), hashToken(token))); err != nil {
			return err
		}
		u, err = insertUser(ctx, tx, name, role, hash, now)
		return err
	})
	if err != nil {
		return timeline.User{}, err
	}
	return u, nil
}

// CreateAPIToken makes an API token for a user. The token is returned once;
// only its hash is stored.
func (db *DB) CreateAPIToken(ctx context.Context, userID int64, label string) (string, timeline.APIToken, error) {
	label = strings.TrimSpace(label)
	if len(label) > 100 || !utf8.ValidString(label) {
		return "", timeline.APIToken{}, fmt.Errorf("create API token: %w", timeline.Errorf(timeline.EInvalid, "A token label is at most 100 bytes of UTF-8."))
	}
	token, err := newToken(prefixAPI)
	if err != nil {
		return "", timeline.APIToken{}, fmt.Errorf("create API token: %w", err)
	}
	t := timeline.APIToken{UserID: userID, Label: label, Created: db.now().UTC()}
	err = db.write(ctx, "create API token", func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO api_tokens (user_id, token_hash, label, created) VALUES (?, ?, ?, ?) RETURNING id`,
			userID, hashToken(token), label, formatTime(t.Created)).Scan(&t.ID)
		if err != nil {
			return notFoundIf(constraintError(err, "create API token"), "user", userID)
		}
		return nil
	})
	if err != nil {
		return "", timeline.APIToken{}, err
	}
	return token, t, nil
}

// APITokenUser returns the user an API token acts for; an unknown or
// revoked token gives an unauthorized error.
func (db *DB) APITokenUser(ctx context.Context, token string) (timeline.User, error) {
	u, err := scanUser(db.r.QueryRowContext(ctx, `
		SELECT `+userColumns+` FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.token_hash = ? AND t.revoked IS NULL`, hashToken(token)))
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.User{}, fmt.Errorf("read API token: %w", timeline.Errorf(timeline.EUnauthorized, "The API token is unknown or revoked."))
	}
	if err != nil {
		return timeline.User{}, fmt.Errorf("read API token: %w", err)
	}
	return u, nil
}

// APITokens lists a user's API tokens, newest first, revoked ones included.
func (db *DB) APITokens(ctx context.Context, userID int64) ([]timeline.APIToken, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id, user_id, label, created, revoked FROM api_tokens WHERE user_id = ? ORDER BY id DESC`, userID)
	if err != nil {
		return nil, fmt.Errorf("list API tokens: %w", err)
	}
	defer rows.Close()
	var ts []timeline.APIToken
	for rows.Next() {
		var (
			t       timeline.APIToken
			created string
			revoked sql.NullString
		)
		if err := rows.Scan(&t.ID, &t.UserID, &t.Label, &created, &revoked); err != nil {
			return nil, fmt.Errorf("list API tokens: %w", err)
		}
		if t.Created, err = parseTime(created); err != nil {
			return nil, fmt.Errorf("list API tokens: %w", err)
		}
		if revoked.Valid {
			if t.Revoked, err = parseTime(revoked.String); err != nil {
				return nil, fmt.Errorf("list API tokens: %w", err)
			}
		}
		ts = append(ts, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list API tokens: %w", err)
	}
	return ts, nil
}

// RevokeAPIToken revokes token tokenID of user userID; revoking a revoked
// token is not an error, another user's token is not found.
func (db *DB) RevokeAPIToken(ctx context.Context, userID, tokenID int64) error {
	return db.write(ctx, "revoke API token", func(tx *sql.Tx) error {
		err := affectOne(tx.ExecContext(ctx, `UPDATE api_tokens SET revoked = COALESCE(revoked, ?) WHERE id = ? AND user_id = ?`,
			formatTime(db.now()), tokenID, userID))
		return notFoundIf(err, "API token", tokenID)
	})
}

// CreateShareLink makes a read-only link to a story; by is who made it.
func (db *DB) CreateShareLink(ctx context.Context, storyID int64, by string) (timeline.ShareLink, error) {
	token, err := newToken(prefixShare)
	if err != nil {
		return timeline.ShareLink{}, fmt.Errorf("share story: %w", err)
	}
	l := timeline.ShareLink{StoryID: storyID, Token: token, Created: db.now().UTC(), By: by}
	err = db.write(ctx, "share story", func(tx *sql.Tx) error {
		if _, err := story(ctx, tx, storyID); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO share_links (story_id, token, created, author) VALUES (?, ?, ?, ?) RETURNING id`,
			storyID, token, formatTime(l.Created), by).Scan(&l.ID)
	})
	if err != nil {
		return timeline.ShareLink{}, err
	}
	return l, nil
}

// SharedStory returns the id of the story a share token opens; an unknown
// or revoked token gives a not-found error.
func (db *DB) SharedStory(ctx context.Context, token string) (int64, error) {
	var id int64
	err := db.r.QueryRowContext(ctx, `SELECT story_id FROM share_links WHERE token = ? AND revoked IS NULL`, token).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("open shared story: %w", timeline.Errorf(timeline.ENotFound, "This link is unknown or was revoked."))
	}
	if err != nil {
		return 0, fmt.Errorf("open shared story: %w", err)
	}
	return id, nil
}

// ShareLinks lists the share links of a story, newest first, revoked ones included.
func (db *DB) ShareLinks(ctx context.Context, storyID int64) ([]timeline.ShareLink, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id, story_id, token, created, author, revoked FROM share_links WHERE story_id = ? ORDER BY id DESC`, storyID)
	if err != nil {
		return nil, fmt.Errorf("list share links: %w", err)
	}
	defer rows.Close()
	var ls []timeline.ShareLink
	for rows.Next() {
		var (
			l       timeline.ShareLink
			created string
			revoked sql.NullString
		)
		if err := rows.Scan(&l.ID, &l.StoryID, &l.Token, &created, &l.By, &revoked); err != nil {
			return nil, fmt.Errorf("list share links: %w", err)
		}
		if l.Created, err = parseTime(created); err != nil {
			return nil, fmt.Errorf("list share links: %w", err)
		}
		if revoked.Valid {
			if l.Revoked, err = parseTime(revoked.String); err != nil {
				return nil, fmt.Errorf("list share links: %w", err)
			}
		}
		ls = append(ls, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list share links: %w", err)
	}
	return ls, nil
}

// RevokeShareLink revokes a share link of a story.
func (db *DB) RevokeShareLink(ctx context.Context, storyID, linkID int64) error {
	return db.write(ctx, "revoke share link", func(tx *sql.Tx) error {
		err := affectOne(tx.ExecContext(ctx, `UPDATE share_links SET revoked = COALESCE(revoked, ?) WHERE id = ? AND story_id = ?`,
			formatTime(db.now()), linkID, storyID))
		return notFoundIf(err, "share link", linkID)
	})
}

// write runs fn in a write transaction and commits; errors are prefixed
// with doing.
func (db *DB) write(ctx context.Context, doing string, fn func(tx *sql.Tx) error) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", doing, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return fmt.Errorf("%s: %w", doing, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", doing, err)
	}
	return nil
}

// errNoRow is what affectOne returns when nothing was changed.
var errNoRow = errors.New("no row affected")

// affectOne checks that an UPDATE or DELETE changed a row; it returns
// errNoRow when it changed none.
func affectOne(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return errNoRow
	}
	return nil
}

// notFoundIf turns errNoRow into a not-found error for what id.
func notFoundIf(err error, what string, id int64) error {
	if errors.Is(err, errNoRow) {
		return notFound(what, id)
	}
	return err
}
