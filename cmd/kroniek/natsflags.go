package main

import (
	"flag"
	"net/url"
	"path/filepath"
	"strings"

	knats "github.com/kroniek/kroniek/nats"
)

// natsFlags are the flags of every command that talks to NATS: the
// server, the deployment's queue name, credentials and TLS.
type natsFlags struct {
	url   *string
	queue *string
	auth  knats.Auth
}

// addNATSFlags declares the NATS flags on fs.
func addNATSFlags(fs *flag.FlagSet) *natsFlags {
	n := &natsFlags{
		url:   fs.String("nats", "nats://127.0.0.1:4222", "NATS server URL (tls:// for TLS)"),
		queue: fs.String("queue", "kroniek", "deployment name: its own stream and consumers, so two deployments on one NATS never take each other's work"),
	}
	fs.StringVar(&n.auth.Creds, "nats-creds", "", "NATS credentials file (.creds: JWT and nkey seed)")
	fs.StringVar(&n.auth.NKey, "nats-nkey", "", "NATS nkey seed file")
	fs.StringVar(&n.auth.TLSCA, "nats-ca", "", "CA certificate that signed the NATS server's certificate")
	fs.StringVar(&n.auth.TLSCert, "nats-cert", "", "client certificate for NATS mutual TLS")
	fs.StringVar(&n.auth.TLSKey, "nats-key", "", "client key for NATS mutual TLS")
	return n
}

// options returns queue options with the flags' queue and credentials.
func (n *natsFlags) options(o knats.Options) knats.Options {
	o.Queue = *n.queue
	o.Auth = n.auth
	return o
}

// storeIdentity names a store the same way from every machine that writes
// to it, for binding a queue to its store: a PostgreSQL DSN without its
// password and options, or a SQLite file's absolute path.
func storeIdentity(dsn string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return "postgres"
		}
		user := ""
		if u.User != nil {
			user = u.User.Username() + "@"
		}
		host := u.Hostname()
		port := u.Port()
		if port == "" {
			port = "5432"
		}
		return "postgres://" + user + host + ":" + port + u.Path
	}
	if abs, err := filepath.Abs(dsn); err == nil {
		return abs
	}
	return dsn
}
