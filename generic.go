package kroniek

import "strings"

// genericPrefix starts the key of a generic actor.
const genericPrefix = "generic:"

// GenericKey returns the key of a generic actor: a group an event names
// without a name of its own, by its role ("police") and, when known, its
// country ("BY"): "generic:police@BY", or "generic:police" without a
// country. Events carry such keys among their actors and recipients where
// other actors have entity ids; no entity has one.
func GenericKey(role, country string) string {
	if country == "" {
		return genericPrefix + role
	}
	return genericPrefix + role + "@" + country
}

// ParseGeneric splits a generic actor key (GenericKey) into its role and
// country; ok is false for any other id, an entity's included.
func ParseGeneric(id string) (role, country string, ok bool) {
	rest, ok := strings.CutPrefix(id, genericPrefix)
	if !ok {
		return "", "", false
	}
	role, country, _ = strings.Cut(rest, "@")
	return role, country, true
}

// IsGeneric reports whether id is a generic actor key (GenericKey).
func IsGeneric(id string) bool { return strings.HasPrefix(id, genericPrefix) }
