package main

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"storyline/views"
)

// showEvent is an event's page: its date and how it was resolved, its places,
// and the sentences that report it with the date expression highlighted.
func (a *App) showEvent(c echo.Context) error {
	id, err := idParam(c, "event")
	if err != nil {
		return err
	}
	e, err := a.store.Event(c.Request().Context(), id)
	if err != nil {
		return err
	}
	s, err := a.store.Story(c.Request().Context(), e.StoryID)
	if err != nil {
		return err
	}
	p := views.NewEventPage(a.page(c, e.Title), s, e)
	p.Page.Title = p.Title
	return render(c, http.StatusOK, views.EventView(p))
}
