package org.newsroom.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.newsroom.news.account.Role;

/**
 * Staff sign in with a form (Jakarta Security, checked by the news module's AccountIdentityStore);
 * web.xml says which URLs need which role.
 */
@ApplicationScoped
@DeclareRoles({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/newsroom/login.xhtml",
        errorPage = "/newsroom/login.xhtml?failed=true",
        useForwardToLogin = false))
public class NewsroomSecurity {
}
