package temporal

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"testing"
)

// TestNameTables checks that each name table (rule, mod and tense names)
// gives a name to every constant declared beside it, and that no two
// constants share a name: a constant added without a name would print as
// "" in the middle of the list or panic at its end.
func TestNameTables(t *testing.T) {
	for _, tc := range []struct{ file, table, zero string }{
		{"rule_names.go", "ruleIDNames", "_"},
		{"mod_names.go", "xmodNames", "modNone"},
		{"tense_names.go", "xtenseNames", "tenseNone"},
	} {
		f, err := parser.ParseFile(gotoken.NewFileSet(), tc.file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		var consts []string
		named := map[string]string{} // constant -> name
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, s := range gd.Specs {
				vs, ok := s.(*ast.ValueSpec)
				if !ok {
					continue
				}
				switch {
				case gd.Tok == gotoken.CONST:
					for _, n := range vs.Names {
						if n.Name != tc.zero {
							consts = append(consts, n.Name)
						}
					}
				case gd.Tok == gotoken.VAR && vs.Names[0].Name == tc.table:
					for _, e := range vs.Values[0].(*ast.CompositeLit).Elts {
						kv := e.(*ast.KeyValueExpr)
						name, err := strconv.Unquote(kv.Value.(*ast.BasicLit).Value)
						if err != nil {
							t.Fatal(err)
						}
						named[kv.Key.(*ast.Ident).Name] = name
					}
				}
			}
		}
		if len(consts) == 0 || len(named) == 0 {
			t.Fatalf("%s: found %d constants and %d names in %s", tc.file, len(consts), len(named), tc.table)
		}
		seen := map[string]string{}
		for _, c := range consts {
			name, ok := named[c]
			if !ok || name == "" {
				t.Errorf("%s: %s has no name in %s", tc.file, c, tc.table)
				continue
			}
			if prev, dup := seen[name]; dup {
				t.Errorf("%s: %s and %s are both named %q", tc.file, prev, c, name)
			}
			seen[name] = c
		}
		if len(named) != len(consts) {
			t.Errorf("%s: %s names %d constants, the file declares %d", tc.file, tc.table, len(named), len(consts))
		}
	}
}
