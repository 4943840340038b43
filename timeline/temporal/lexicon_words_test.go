package temporal

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestRuleWordsInLexicon checks that every word a rule compares with
// (m.is(i, "word", ...), m.word(i) == "word", switch m.word(i) cases) is in
// the lexicon. A token has a lower-case form only
// when its word is there, so a word missing from it never matches and the
// rule silently does nothing ("was originally set for" once read no
// "originally").
func TestRuleWordsInLexicon(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		check := func(lit *ast.BasicLit) {
			w, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			if _, ok := lexicon[w]; !ok {
				t.Errorf("%s: the rule compares with %q, which is not in the lexicon, so no token ever matches it", fset.Position(lit.Pos()), w)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			// switch m.word(i) { case "for": ... }
			if sw, ok := n.(*ast.SwitchStmt); ok && isWordCall(sw.Tag) {
				for _, st := range sw.Body.List {
					for _, e := range st.(*ast.CaseClause).List {
						if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
							check(lit)
						}
					}
				}
			}
			// m.word(i) == "for"
			if be, ok := n.(*ast.BinaryExpr); ok && (be.Op == gotoken.EQL || be.Op == gotoken.NEQ) {
				if lit, ok := be.Y.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING && isWordCall(be.X) && lit.Value != `""` {
					check(lit)
				}
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "is" || len(call.Args) < 2 {
				return true
			}
			for _, arg := range call.Args[1:] {
				if lit, ok := arg.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
					check(lit) // m.is(i, "for", "to")
				}
			}
			return true
		})
	}
	if checked < 100 {
		t.Fatalf("checked %d words in m.is calls; the scan is broken", checked)
	}
}

// isWordCall reports a call m.word(...).
func isWordCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "word"
}
