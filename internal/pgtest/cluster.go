package pgtest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Cluster is a throwaway PostgreSQL cluster of the test's own, on a free
// loopback port, so that stopping it disturbs no other test.
type Cluster struct {
	bin, data string
	port      int
}

// NewCluster initialises and starts a cluster with the binaries in
// KRONIEK_PG_BIN, stopped and removed when the test ends; it skips the
// test without KRONIEK_PG_BIN. As root, the cluster runs as the postgres
// user (the server refuses to run as root).
func NewCluster(tb testing.TB) *Cluster {
	tb.Helper()
	bin := os.Getenv("KRONIEK_PG_BIN")
	if bin == "" {
		tb.Skip("KRONIEK_PG_BIN not set: no PostgreSQL binaries to start a cluster (.ci/run sets it)")
	}
	dir, err := os.MkdirTemp("", "kroniek-pg")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			tb.Skipf("running as root and no postgres user: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			tb.Fatal(err)
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	c := &Cluster{bin: bin, data: filepath.Join(dir, "pg"), port: port}
	c.run(tb, "initdb", "-D", c.data, "-A", "trust", "-U", "postgres", "--no-sync")
	c.Start(tb)
	tb.Cleanup(func() { c.run(tb, "pg_ctl", "-D", c.data, "-m", "immediate", "-w", "stop") })
	return c
}

// DSN returns the DSN of the cluster's postgres database.
func (c *Cluster) DSN() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", c.port)
}

// Start starts the server and waits until it accepts connections.
func (c *Cluster) Start(tb testing.TB) {
	tb.Helper()
	c.run(tb, "pg_ctl", "-D", c.data, "-l", filepath.Join(c.data, "log"), "-w", "-o",
		fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", c.port, c.data), "start")
}

// Stop stops the server with a fast shutdown: sessions are ended with
// 57P01 (admin_shutdown).
func (c *Cluster) Stop(tb testing.TB) {
	tb.Helper()
	c.run(tb, "pg_ctl", "-D", c.data, "-m", "fast", "-w", "stop")
}

// run runs one PostgreSQL program, as the postgres user when root. Its
// output goes to a file: a server started by pg_ctl must inherit no pipe
// of ours.
func (c *Cluster) run(tb testing.TB, prog string, args ...string) {
	tb.Helper()
	argv := append([]string{filepath.Join(c.bin, prog)}, args...)
	var cmd *exec.Cmd
	if os.Geteuid() == 0 {
		quoted := make([]string, len(argv))
		for i, a := range argv {
			quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		cmd = exec.Command("su", "postgres", "-c", strings.Join(quoted, " "))
	} else {
		cmd = exec.Command(argv[0], argv[1:]...)
	}
	out, err := os.CreateTemp("", "kroniek-pgctl")
	if err != nil {
		tb.Fatal(err)
	}
	defer os.Remove(out.Name())
	defer out.Close()
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Run(); err != nil {
		buf, _ := os.ReadFile(out.Name())
		tb.Fatalf("%s %s: %v\n%s", prog, strings.Join(args, " "), err, buf)
	}
}
