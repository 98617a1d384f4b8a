package kb

import "testing"

func TestKeySame(t *testing.T) {
	groups := [][]string{
		{"Loekasjenko", "Lukashenko", "Lukaschenko", "Loekasjenko’s", "Lukashenko's"},
		{"Poetin", "Putin"},
		{"Misjoestin", "Mishustin", "Mischustin"},
		{"Tichanovskaja", "Tikhanovskaya", "Tichanowskaja"},
		{"Sotsji", "Sochi", "Sotschi"},
		{"Zjodino", "Zhodino"},
		{"Orbán", "Orban", "ORBAN"},
		{"Lavrov", "Lawrow"},
		{"Medvedev", "Medwedew"},
		{"Jeltsin", "Yeltsin"},
		{"Tsjernobyl", "Chernobyl", "Tschernobyl"},
		{"Zelenski", "Zelensky", "Zelenskyy"},
		{"Sjojgoe", "Shoygu", "Schoigu"},
		{"Gorbatsjov", "Gorbachov", "Gorbatschow"},
		{"Navalny", "Navalni", "Nawalny"},
		{"Dmitri", "Dmitry", "Dmitrij"},
	}
	for _, g := range groups {
		want := Key(g[0])
		for _, s := range g[1:] {
			if got := Key(s); got != want {
				t.Errorf("Key(%q) = %q, want %q as for %q", s, got, want, g[0])
			}
		}
	}
}

func TestKeyDifferent(t *testing.T) {
	pairs := [][2]string{
		{"Rusland", "Wit-Rusland"},
		{"Macron", "Michel"},
		{"Poetin", "Poetina"},
		{"Europese Raad", "Europese Unie"},
		{"Merkel", "Markel"},
		{"Minsk", "Pinsk"},
	}
	for _, p := range pairs {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) == Key(%q) == %q", p[0], p[1], Key(p[0]))
		}
	}
}

func TestKeyForm(t *testing.T) {
	tests := map[string]string{
		"Loekasjenko":           "lukaSEnko",
		"Aleksandr Loekasjenko": "aleksandr lukaSEnko",
		"Wit-Rusland":           "vit rusland",
		"Sotsji":                "zoXi",
		"Zjodino":               "ZEdino",

		"Orbán": "orban",
	}
	for in, want := range tests {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{"Orbán": "orban", "Oekraïne": "oekraine", "Łukasz": "lukasz", "Loekasjenko’s": "loekasjenko's"}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
