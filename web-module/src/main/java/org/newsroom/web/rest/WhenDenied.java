package org.newsroom.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a resource says when a caller's role may not do what was asked (see {@link AccessDeniedMapper}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WhenDenied {

    String DEFAULT = "Your role may not do this.";

    String value();
}
