package org.newsroom.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JSON endpoints live under /api; staff ones under /api/newsroom, guarded in web.xml and the EJBs. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
