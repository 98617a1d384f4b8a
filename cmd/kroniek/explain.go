package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
)

// explainCommand shows how one entity was built: its mentions, article
// by article, and the rule that joined each article's name to it. Its
// argument is an entity id or a name (exact, else the most mentioned
// entity with that name or alias).
var explainCommand = &command{
	summary:  "show an entity's mentions and the rule that joined each: explain ENTITY (id or name)",
	synopsis: "Usage: kroniek explain [--db kroniek.db] [--json] ENTITY\n\nShow an entity's mentions and the rule that joined each; ENTITY is an id (e-…) or a name.",
	store:    readStore, nargs: [2]int{1, -1}, argsErr: "usage: kroniek explain [--db FILE] [--json] ENTITY (an id or a name)", flags: explainFlags,
}

// explainFlags declares the flags of `kroniek explain` and returns its body.
func explainFlags(x *call) func(context.Context) error {
	asJSON := x.fs.Bool("json", false, "print the entity with its mentions and links as JSON")
	return func(ctx context.Context) error {
		e, others, err := findEntity(ctx, x.store, strings.Join(x.args(), " "))
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(x.Stdout, e)
		}
		writeExplain(x.Stdout, e, others)
		return nil
	}
}

// findEntity returns the entity with id query, else the most mentioned
// one whose name or alias is query (case-insensitive), and the ids of
// the other entities with that name.
func findEntity(ctx context.Context, store kroniek.Store, query string) (*kroniek.Entity, []*kroniek.Entity, error) {
	e, err := store.Entity(ctx, query)
	if err == nil {
		return e, nil, nil
	}
	if kroniek.ErrorCode(err) != kroniek.ENOTFOUND {
		return nil, nil, fmt.Errorf("explain %q: %w", query, err)
	}
	list, _, err := store.Entities(ctx, kroniek.EntityFilter{Name: query, Page: kroniek.Page{Limit: 50}})
	if err != nil {
		return nil, nil, fmt.Errorf("explain %q: %w", query, err)
	}
	var exact []*kroniek.Entity
	for _, x := range list {
		if strings.EqualFold(x.Name, query) || containsFold(x.Aliases, query) {
			exact = append(exact, x)
		}
	}
	if len(exact) == 0 {
		exact = list
	}
	if len(exact) == 0 {
		// Another spelling of the name (Lukashenko for Loekasjenko): the
		// transliteration key that joined the spellings finds it.
		if exact, err = findByKey(ctx, store, query); err != nil {
			return nil, nil, fmt.Errorf("explain %q: %w", query, err)
		}
	}
	if len(exact) == 0 {
		return nil, nil, kroniek.Errorf(kroniek.ENOTFOUND, "no entity %q", query)
	}
	e, err = store.Entity(ctx, exact[0].ID)
	if err != nil {
		return nil, nil, fmt.Errorf("explain %q: %w", query, err)
	}
	return e, exact[1:], nil
}

// findByKey returns the entities, most mentioned first, whose name,
// alias or last name has the transliteration key of query (kb.Key:
// Loekasjenko, Lukashenko and Lukaschenko share one). It reads every
// entity of the store, so it is only asked when no name matched.
func findByKey(ctx context.Context, store kroniek.Store, query string) ([]*kroniek.Entity, error) {
	key := kb.Key(query)
	if key == "" {
		return nil, nil
	}
	matches := func(name string) bool {
		k := kb.Key(name)
		return k == key || strings.HasSuffix(k, " "+key)
	}
	var found []*kroniek.Entity
	const limit = 1000
	for offset := 0; ; offset += limit {
		list, _, err := store.Entities(ctx, kroniek.EntityFilter{Page: kroniek.Page{Offset: offset, Limit: limit}})
		if err != nil {
			return nil, err
		}
		for _, e := range list {
			if matches(e.Name) || slices.ContainsFunc(e.Aliases, matches) {
				found = append(found, e)
			}
		}
		if len(list) < limit {
			return found, nil
		}
	}
}

func containsFold(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// writeExplain prints an entity, its mentions by article, and the rules
// that joined each article's names into it.
func writeExplain(w io.Writer, e *kroniek.Entity, others []*kroniek.Entity) {
	fmt.Fprintf(w, "%s  %s  %s", e.ID, e.Type, e.Name)
	if e.KB != "" {
		fmt.Fprintf(w, "  kb %s", e.KB)
	}
	if e.Country != "" {
		fmt.Fprintf(w, "  country %s", e.Country)
	}
	if e.StandsFor != "" {
		fmt.Fprintf(w, "  stands for %s", e.StandsFor)
	}
	fmt.Fprintf(w, "\n%d mentions; aliases: %s\n", e.Count, strings.Join(e.Aliases, ", "))
	links := map[string][]kroniek.Link{}
	for _, l := range e.Links {
		links[l.Article] = append(links[l.Article], l)
	}
	var order []string
	byArticle := map[string][]kroniek.Mention{}
	for _, m := range e.Mentions {
		if _, ok := byArticle[m.Article]; !ok {
			order = append(order, m.Article)
		}
		byArticle[m.Article] = append(byArticle[m.Article], m)
	}
	for _, a := range order {
		fmt.Fprintf(w, "\narticle %s\n", a)
		for _, m := range byArticle[a] {
			extra := ""
			if m.Type != "" {
				extra += " " + m.Type
			}
			if m.Role != "" {
				extra += " role " + m.Role
			}
			if m.Field != "" {
				extra += " in the " + m.Field
			}
			fmt.Fprintf(w, "  %6d  %s%s\n", m.Start, m.Text, extra)
		}
		if len(links[a]) == 0 {
			fmt.Fprintf(w, "  joined: first of the entity (or the same name in one article)\n")
		}
		for _, l := range links[a] {
			fmt.Fprintf(w, "  joined: %s: %s\n", l.Name, l.Rule)
		}
	}
	if len(others) > 0 {
		fmt.Fprintf(w, "\nother entities with that name:")
		for _, o := range others {
			fmt.Fprintf(w, " %s (%s, %s, %d)", o.ID, o.Name, o.Type, o.Count)
		}
		fmt.Fprintln(w)
	}
}
