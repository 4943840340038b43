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
// m.is(i, "word", ...) is in the lexicon. A token has a lower-case form only
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
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "is" || len(call.Args) < 2 {
				return true
			}
			for _, arg := range call.Args[1:] {
				lit, ok := arg.(*ast.BasicLit)
				if !ok || lit.Kind != gotoken.STRING {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				checked++
				if _, ok := lexicon[w]; !ok {
					t.Errorf("%s: m.is(..., %q): %q is not in the lexicon, so no token ever matches it", fset.Position(lit.Pos()), w, w)
				}
			}
			return true
		})
	}
	if checked < 100 {
		t.Fatalf("checked %d words in m.is calls; the scan is broken", checked)
	}
}
