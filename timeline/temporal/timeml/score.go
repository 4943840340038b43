package timeml

import "fmt"

// Scores are TempEval-3 Task A counts summed over documents.
type Scores struct {
	Gold, System int
	Strict       int // pairs with the same extent
	Relaxed      int // pairs (overlapping extents)
	Value        int // pairs with the same value
	Type         int // pairs with the same type
}

// Add accumulates o into s.
func (s *Scores) Add(o Scores) {
	s.Gold += o.Gold
	s.System += o.System
	s.Strict += o.Strict
	s.Relaxed += o.Relaxed
	s.Value += o.Value
	s.Type += o.Type
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// StrictP, StrictR, StrictF1 and the Relaxed ones are span scores.
func (s Scores) StrictP() float64  { return ratio(s.Strict, s.System) }
func (s Scores) StrictR() float64  { return ratio(s.Strict, s.Gold) }
func (s Scores) StrictF1() float64 { return f1(s.StrictP(), s.StrictR()) }
func (s Scores) RelaxedP() float64 { return ratio(s.Relaxed, s.System) }
func (s Scores) RelaxedR() float64 { return ratio(s.Relaxed, s.Gold) }
func (s Scores) RelaxedF1() float64 {
	return f1(s.RelaxedP(), s.RelaxedR())
}

// ValueF1 is 2·(pairs with equal value) / (system + gold).
func (s Scores) ValueF1() float64 { return ratio(2*s.Value, s.System+s.Gold) }

// TypeF1 is 2·(pairs with equal type) / (system + gold).
func (s Scores) TypeF1() float64 { return ratio(2*s.Type, s.System+s.Gold) }

func (s Scores) String() string {
	return fmt.Sprintf("gold %d system %d\nstrict  P %.4f R %.4f F1 %.4f\nrelaxed P %.4f R %.4f F1 %.4f\nvalue F1 %.4f\ntype  F1 %.4f",
		s.Gold, s.System, s.StrictP(), s.StrictR(), s.StrictF1(), s.RelaxedP(), s.RelaxedR(), s.RelaxedF1(), s.ValueF1(), s.TypeF1())
}

// Pair is a gold annotation matched with a system one; either side is nil
// for a miss (System nil) or a spurious hit (Gold nil).
type Pair struct {
	Gold, System *Timex
}

// Match pairs gold and system annotations one to one when they overlap,
// preferring exact extents, and returns the pairs (misses and spurious hits
// included) and the counts. Both slices must be sorted by Start.
func Match(gold, system []Timex) ([]Pair, Scores) {
	s := Scores{Gold: len(gold), System: len(system)}
	used := make([]bool, len(system))
	var pairs []Pair
	for gi := range gold {
		g := &gold[gi]
		best := -1
		for si := range system {
			x := &system[si]
			if used[si] || x.Start >= g.End || g.Start >= x.End {
				continue
			}
			if best < 0 || x.Start == g.Start && x.End == g.End {
				best = si
			}
		}
		if best < 0 {
			pairs = append(pairs, Pair{Gold: g})
			continue
		}
		used[best] = true
		x := &system[best]
		pairs = append(pairs, Pair{Gold: g, System: x})
		s.Relaxed++
		if x.Start == g.Start && x.End == g.End {
			s.Strict++
		}
		if x.Value == g.Value {
			s.Value++
		}
		if x.Type == g.Type {
			s.Type++
		}
	}
	for si := range system {
		if !used[si] {
			pairs = append(pairs, Pair{System: &system[si]})
		}
	}
	return pairs, s
}
