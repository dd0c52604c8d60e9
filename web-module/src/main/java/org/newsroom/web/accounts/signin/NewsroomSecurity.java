package org.newsroom.web.accounts.signin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsroom.news.account.Role;

/** The roles the newsroom knows; web.xml says which URLs need which, the EJBs check them again. */
@ApplicationScoped
@DeclareRoles({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class NewsroomSecurity {
}
