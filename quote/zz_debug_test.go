package quote

import "testing"

func TestZZDebug(t *testing.T) {
	doc := annotated(t, "Tata Steel is fervent tegenstander van de CO2-taks. Aardgasvrij Werkgeversclubs VNO-NCW en MKB-Nederland maken zich niet alleen zorgen over de CO2-taks. Zij vrezen ook dat huizenbezitters en ondernemers honderden miljarden euro's moeten investeren in woningen en bedrijfspanden.")
	for i, tk := range doc.Tokens {
		t.Logf("%d %s %v %s head=%d", i, tk.Text, tk.POS, tk.Rel, tk.Head)
	}
	for _, s := range doc.Sentences {
		t.Logf("sent %d-%d", s.Start, s.End)
	}
}
