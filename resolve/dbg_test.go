package resolve

import (
	"fmt"
	"testing"
)

func TestDbgNames(t *testing.T) {
	fmt.Println(localNames(t, "De woningen komen aan de Jan Olphert Vaillantlaan in Arnhem. De Stadhouderskade, bij mij om de hoek, is druk. Het geld ging naar Danske Bank in Estland. Ook Danske Bank zweeg. Hij woont op de Hoogkamp in Arnhem."))
}
