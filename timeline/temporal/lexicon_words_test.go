package temporal

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestRuleWordsInLexicon checks that every word a rule compares by text
// (m.word(i) == "word", switch m.word(i) cases) is in the lexicon. A token
// has a lower-case form only when its word is there, so a word missing from
// it never matches and the rule silently does nothing ("was originally set
// for" once read no "originally"). Rules mostly compare word constants
// (m.is(i, wSince)), which are in the lexicon by construction
// (TestWordConstants).
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
			return true
		})
	}
	t.Logf("checked %d words compared by text", checked)
}

// TestWordConstants checks that each word constant is named after its
// form (wSince is "since", wYearEarlier "year-earlier"), that no two stand
// for the same word, and that the lexicon holds each under its constant.
func TestWordConstants(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "words.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, lit := kv.Key.(*ast.Ident), kv.Value.(*ast.BasicLit)
		form, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatal(err)
		}
		want := "w"
		for _, p := range strings.Split(form, "-") {
			want += strings.ToUpper(p[:1]) + p[1:]
		}
		if key.Name != want {
			t.Errorf("word constant %s stands for %q; name it %s", key.Name, form, want)
		}
		named++
		return true
	})
	if named != int(numWordConsts)-1 {
		t.Errorf("words.go names %d forms, want one for each of the %d constants", named, numWordConsts-1)
	}
	seen := map[string]wordID{}
	for id := wordID(1); id < numWordConsts; id++ {
		form := wordForms[id]
		if prev, dup := seen[form]; dup {
			t.Errorf("constants %d and %d both stand for %q", prev, id, form)
		}
		seen[form] = id
		if got := lookupWord([]byte(form), wordHash(form)); got != id {
			t.Errorf("lookupWord(%q) = %d, want its constant %d", form, got, id)
		}
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

// TestCoreRules checks that the flat rule list runs the families in their
// order: time of day, the absolute rules, holiday, the relative rules,
// weekday, set, duration, fuzzy.
func TestCoreRules(t *testing.T) {
	var want []rule
	want = append(want, (*matcher).timeOfDay)
	want = append(want, absoluteRules...)
	want = append(want, (*matcher).holiday)
	want = append(want, relativeRules...)
	want = append(want, (*matcher).weekday, (*matcher).set, (*matcher).duration, (*matcher).fuzzy)
	if len(coreRules) != len(want) {
		t.Fatalf("coreRules has %d rules, want %d", len(coreRules), len(want))
	}
	for k, r := range coreRules {
		got, w := runtime.FuncForPC(reflect.ValueOf(r.f).Pointer()).Name(), runtime.FuncForPC(reflect.ValueOf(want[k]).Pointer()).Name()
		if got != w {
			t.Errorf("coreRules[%d] = %s, want %s", k, got, w)
		}
	}
}
