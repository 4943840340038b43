package timeline

import "testing"

func TestFieldText(t *testing.T) {
	e := ReviewedEvent{Event: Event{
		Title:  "Xi arrives",
		Date:   Date{Value: "2020", Mod: "BEFORE", End: "2019-12-31"},
		Places: []Place{{Name: "Astana", GeonameID: 1526273}, {Name: "Samarkand", GeonameID: 1216265}},
		Actors: []Actor{{Name: "Xi Jinping"}, {Name: "Tokayev"}},
	}, State: StateChecked, Hidden: true}
	tests := []struct{ field, want string }{
		{FieldTitle, "Xi arrives"},
		{FieldDate, "BEFORE 2020 (… to 2019-12-31)"},
		{FieldPlace, "Astana (1526273), Samarkand (1216265)"},
		{FieldActors, "Xi Jinping, Tokayev"},
		{FieldState, "checked"},
		{FieldHidden, "true"},
		{"nothing", ""},
	}
	for _, tc := range tests {
		t.Run(tc.field, func(t *testing.T) {
			if got := FieldText(e, tc.field); got != tc.want {
				t.Errorf("FieldText(%s) = %q, want %q", tc.field, got, tc.want)
			}
		})
	}
	if got := DateText(Date{}); got != "" {
		t.Errorf("DateText(zero) = %q, want empty", got)
	}
	if got := DateText(Date{Value: "2022-09-14"}); got != "2022-09-14" {
		t.Errorf("DateText(no bounds) = %q", got)
	}
}
