package shared

import (
	"testing"
	"time"
)

// Loop runs f in b.Loop, reports the CPU milliseconds per run as
// "cpu-ms/op" (on a shared machine steadier than wall time) and returns
// the CPU time all runs took.
func Loop(b *testing.B, f func()) time.Duration {
	b.Helper()
	start := CPUTime()
	for b.Loop() {
		f()
	}
	cpu := CPUTime() - start
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	return cpu
}

// Throughput reports n units per run (as "tokens") per wall second and,
// when cpu (from Loop) is known, per CPU second: "tokens/s", "tokens/cpu-s".
func Throughput(b *testing.B, n int, unit string, cpu time.Duration) {
	b.Helper()
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), unit+"/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), unit+"/cpu-s")
	}
}
