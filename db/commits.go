package db

import (
	"context"
	"database/sql/driver"
	"sync/atomic"

	"github.com/mattn/go-sqlite3"
)

// Commits counts the writes this DB has committed: every transaction on
// the writer connection that committed, and every statement executed on it
// outside one. It is bumped after the commit returns, so a reader that
// loads the count, then reads, holds data at least as new as that count;
// while the count has not moved, nothing was written through this DB
// since. (Every write of this package goes through a transaction or
// ExecContext on the writer; another process writing the same file is not
// counted.) Callers use it to keep what they read until the next write
// instead of reading it again for every request.
func (db *DB) Commits() uint64 { return db.commits.Load() }

// countingConnector opens the writer's connection through the sqlite3
// driver, wrapped to count its commits.
type countingConnector struct {
	dsn     string
	driver  *sqlite3.SQLiteDriver
	commits *atomic.Uint64
}

func (c countingConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := c.driver.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	return &countingConn{SQLiteConn: conn.(*sqlite3.SQLiteConn), commits: c.commits}, nil
}

func (c countingConnector) Driver() driver.Driver { return c.driver }

// countingConn is a sqlite3 connection (all its methods and optional
// interfaces) whose commits and executed statements are counted.
type countingConn struct {
	*sqlite3.SQLiteConn
	commits *atomic.Uint64
}

func (c *countingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	tx, err := c.SQLiteConn.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return countingTx{Tx: tx, commits: c.commits}, nil
}

func (c *countingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	res, err := c.SQLiteConn.ExecContext(ctx, query, args)
	if err == nil {
		// Outside a transaction this was a commit; inside one, counting
		// early is harmless: the commit counts again.
		c.commits.Add(1)
	}
	return res, err
}

type countingTx struct {
	driver.Tx
	commits *atomic.Uint64
}

func (t countingTx) Commit() error {
	err := t.Tx.Commit()
	if err == nil {
		t.commits.Add(1)
	}
	return err
}
