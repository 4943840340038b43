package main

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"storyline/timeline"
	"storyline/views"
)

// loginLimit is how many failed sign-ins an IP address or a user name may
// have per loginWindow before sign-in is refused for a while.
const loginLimit = 5

// tooManyLogins is the message of a refused sign-in.
const tooManyLogins = "Too many failed sign-ins. Wait a minute and try again."

// loginPage is GET /login.
func (a *App) loginPage(c echo.Context) error {
	p := views.LoginPage{Page: a.page(c, "Sign in"), Next: safeNext(c.QueryParam("next"))}
	return render(c, http.StatusOK, views.LoginView(p))
}

// login is POST /login: it checks the password, starts a session and goes
// to next. Failures count against the IP address and the user name.
func (a *App) login(c echo.Context) error {
	name := strings.TrimSpace(c.FormValue("name"))
	password := c.FormValue("password")
	next := safeNext(c.FormValue("next"))
	keys := []string{"ip:" + c.RealIP(), "user:" + strings.ToLower(name)}
	again := func(status int, msg string) error {
		p := views.LoginPage{Page: a.page(c, "Sign in"), Name: strings.ToValidUTF8(name, "\uFFFD"), Next: next,
			Errors: views.FieldErrors{"": msg}}
		return render(c, status, views.LoginView(p))
	}
	if a.logins.blocked(keys...) {
		return again(http.StatusTooManyRequests, tooManyLogins)
	}
	u, err := a.store.Authenticate(c.Request().Context(), name, password)
	if timeline.ErrorCodeOf(err) == timeline.EUnauthorized {
		a.logins.fail(keys...)
		a.logger.Warn("failed sign-in", "name", name, "ip", c.RealIP())
		return again(http.StatusUnauthorized, timeline.ErrorMessage(err))
	}
	if err != nil {
		return err
	}
	token, expires, err := a.store.CreateSession(c.Request().Context(), u.ID, sessionTTL)
	if err != nil {
		return err
	}
	setSessionCookie(c, token, expires)
	return c.Redirect(http.StatusSeeOther, next)
}

// logout is POST /logout.
func (a *App) logout(c echo.Context) error {
	if ck, err := c.Cookie(sessionCookie); err == nil && ck.Value != "" {
		if err := a.store.DeleteSession(c.Request().Context(), ck.Value); err != nil {
			return err
		}
	}
	clearSessionCookie(c)
	return c.Redirect(http.StatusSeeOther, "/")
}

// setupPage is GET /setup/:token.
func (a *App) setupPage(c echo.Context) error {
	token := c.Param("token")
	name, role, err := a.store.SetupToken(c.Request().Context(), token)
	if err != nil {
		return err
	}
	p := views.SetupPage{Page: a.page(c, "Create your account"), Token: token, FixedName: name, Role: string(role)}
	return render(c, http.StatusOK, views.SetupView(p))
}

// setup is POST /setup/:token: it spends the token, creates the user and
// signs them in.
func (a *App) setup(c echo.Context) error {
	ctx := c.Request().Context()
	token := c.Param("token")
	fixed, role, err := a.store.SetupToken(ctx, token)
	if err != nil {
		return err
	}
	name := strings.TrimSpace(c.FormValue("name"))
	u, err := a.store.UseSetupToken(ctx, token, name, c.FormValue("password"))
	if code := timeline.ErrorCodeOf(err); code == timeline.EInvalid || code == timeline.EConflict {
		p := views.SetupPage{Page: a.page(c, "Create your account"), Token: token, FixedName: fixed, Role: string(role),
			Name: strings.ToValidUTF8(name, "\uFFFD"), Errors: views.FieldErrors{"": timeline.ErrorMessage(err)}}
		return render(c, http.StatusUnprocessableEntity, views.SetupView(p))
	}
	if err != nil {
		return err
	}
	a.logger.Info("account set up", "user", u.Name, "role", u.Role)
	sess, expires, err := a.store.CreateSession(ctx, u.ID, sessionTTL)
	if err != nil {
		return err
	}
	setSessionCookie(c, sess, expires)
	return c.Redirect(http.StatusSeeOther, "/")
}

// account is GET /account.
func (a *App) account(c echo.Context) error {
	return a.renderAccount(c, http.StatusOK, "", "", nil)
}

func (a *App) renderAccount(c echo.Context, status int, newToken, flash string, errs views.FieldErrors) error {
	u, _ := currentUser(c)
	ts, err := a.store.APITokens(c.Request().Context(), u.ID)
	if err != nil {
		return err
	}
	p := views.AccountPage{Page: a.page(c, "Your account"), NewToken: newToken, Flash: flash, Errors: errs}
	for _, t := range ts {
		p.Tokens = append(p.Tokens, views.NewTokenRow(t))
	}
	return render(c, status, views.AccountView(p))
}

// changePassword is POST /account/password; it needs the current password.
func (a *App) changePassword(c echo.Context) error {
	ctx := c.Request().Context()
	u, _ := currentUser(c)
	if _, err := a.store.Authenticate(ctx, u.Name, c.FormValue("old")); err != nil {
		if timeline.ErrorCodeOf(err) == timeline.EUnauthorized {
			return a.renderAccount(c, http.StatusUnprocessableEntity, "", "", views.FieldErrors{"": "The current password is wrong."})
		}
		return err
	}
	err := a.store.SetPassword(ctx, u.ID, c.FormValue("password"))
	if timeline.ErrorCodeOf(err) == timeline.EInvalid {
		return a.renderAccount(c, http.StatusUnprocessableEntity, "", "", views.FieldErrors{"password": timeline.ErrorMessage(err)})
	}
	if err != nil {
		return err
	}
	// Changing the password ended every session: start a new one here.
	token, expires, err := a.store.CreateSession(ctx, u.ID, sessionTTL)
	if err != nil {
		return err
	}
	setSessionCookie(c, token, expires)
	return a.renderAccount(c, http.StatusOK, "", "Your password was changed; other sessions were signed out.", nil)
}

// createToken is POST /account/tokens: the new token is shown once.
func (a *App) createToken(c echo.Context) error {
	u, _ := currentUser(c)
	token, _, err := a.store.CreateAPIToken(c.Request().Context(), u.ID, c.FormValue("label"))
	if timeline.ErrorCodeOf(err) == timeline.EInvalid {
		return a.renderAccount(c, http.StatusUnprocessableEntity, "", "", views.FieldErrors{"": timeline.ErrorMessage(err)})
	}
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return a.renderAccount(c, http.StatusOK, token, "", nil)
}

// revokeToken is POST /account/tokens/:id/revoke.
func (a *App) revokeToken(c echo.Context) error {
	u, _ := currentUser(c)
	id, err := idParam(c, "token")
	if err != nil {
		return err
	}
	if err := a.store.RevokeAPIToken(c.Request().Context(), u.ID, id); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/account")
}

// users is GET /admin/users.
func (a *App) users(c echo.Context) error {
	return a.renderUsers(c, http.StatusOK, "", nil)
}

func (a *App) renderUsers(c echo.Context, status int, setupURL string, errs views.FieldErrors) error {
	me, _ := currentUser(c)
	us, err := a.store.Users(c.Request().Context())
	if err != nil {
		return err
	}
	p := views.UsersPage{Page: a.page(c, "Users"), Roles: views.RoleNames(), SetupURL: setupURL, Errors: errs}
	for _, u := range us {
		p.Users = append(p.Users, views.UserRow{ID: u.ID, Name: u.Name, Role: string(u.Role),
			Created: u.Created.UTC().Format("2 Jan 2006"), Self: u.ID == me.ID})
	}
	return render(c, status, views.UsersView(p))
}

// addUser is POST /admin/users: it makes a set-up link for a new user of
// the chosen role, which the admin sends them.
func (a *App) addUser(c echo.Context) error {
	ctx := c.Request().Context()
	name := strings.TrimSpace(c.FormValue("name"))
	role, err := timeline.ParseRole(c.FormValue("role"))
	if err == nil {
		if _, uerr := a.store.UserByName(ctx, name); uerr == nil {
			err = timeline.Errorf(timeline.EConflict, "There is already a user called %q.", name)
		}
	}
	var token string
	if err == nil {
		token, err = a.store.CreateSetupToken(ctx, name, role, setupTTL)
	}
	if code := timeline.ErrorCodeOf(err); code == timeline.EInvalid || code == timeline.EConflict {
		return a.renderUsers(c, http.StatusUnprocessableEntity, "", views.FieldErrors{"": timeline.ErrorMessage(err)})
	}
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return a.renderUsers(c, http.StatusOK, a.siteURL(c)+"/setup/"+token, nil)
}

// setRole is POST /admin/users/:id/role.
func (a *App) setRole(c echo.Context) error {
	id, err := idParam(c, "user")
	if err != nil {
		return err
	}
	role, err := timeline.ParseRole(c.FormValue("role"))
	if err == nil {
		err = a.store.SetRole(c.Request().Context(), id, role)
	}
	if code := timeline.ErrorCodeOf(err); code == timeline.EInvalid || code == timeline.EConflict {
		return a.renderUsers(c, http.StatusUnprocessableEntity, "", views.FieldErrors{"": timeline.ErrorMessage(err)})
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/admin/users")
}

// deleteUser is POST /admin/users/:id/delete.
func (a *App) deleteUser(c echo.Context) error {
	id, err := idParam(c, "user")
	if err != nil {
		return err
	}
	err = a.store.DeleteUser(c.Request().Context(), id)
	if timeline.ErrorCodeOf(err) == timeline.EConflict {
		return a.renderUsers(c, http.StatusConflict, "", views.FieldErrors{"": timeline.ErrorMessage(err)})
	}
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/admin/users")
}

// siteURL is the scheme and host the request came to.
// publicURL is the address readers reach the app by: the configured
// public URL, or else the address of the request.
func (a *App) publicURL(c echo.Context) string {
	if a.config.PublicURL != "" {
		return a.config.PublicURL
	}
	return a.siteURL(c)
}

func (a *App) siteURL(c echo.Context) string {
	return c.Scheme() + "://" + c.Request().Host
}
