//go:build unix

package shared

import (
	"syscall"
	"time"
)

// CPUTime is the process's user and system CPU time: benchmarks report it
// per operation, as wall time means little on a shared machine.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
