package main

import "testing"

func TestLandformName(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"ANDES", "Andes", true},
		{"ROCKY MOUNTAINS", "Rocky Mountains", true},
		{"PLATEAU OF TIBET", "Plateau of Tibet", true},
		{"DESIERTO DE ATACAMA", "Desierto de Atacama", true},
		{"SIKHOTE-ALIN’ RANGE", "Sikhote-Alin’ Range", true},
		{"Taurus Mts.", "Taurus Mountains", true},
		{"Kopet Dag Mts .", "Kopet Dag Mountains", true},
		{"CORDILLERA  REAL", "Cordillera Real", true},
		{"Cord. Cantábrica", "Cordillera Cantábrica", true},
		{"Hamersley Ra.", "Hamersley Range", true},
		{"Kangaroo I.", "Kangaroo Island", true},
		{"Balearic Is.", "Balearic Islands", true},
		{"MARIANA ISANDS", "Mariana Islands", true},
		{"ISLAND OF NEWFOUNDLAND", "Island of Newfoundland", true},
		{"S. Nevada", "", false}, // Sierra or Serra
		{"I. Clarión", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := landformName(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("landformName(%q) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
