package rank

import (
	"cmp"
	"maps"
	"slices"
)

// ByCount returns the keys of counts, the largest count first and equal
// counts in key order.
func ByCount[K, N cmp.Ordered](counts map[K]N) []K {
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	return keys
}
