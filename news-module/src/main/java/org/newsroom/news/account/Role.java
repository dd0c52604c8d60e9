package org.newsroom.news.account;

/** Newsroom roles; each is also the Jakarta Security group name the container checks. */
public enum Role {
    REPORTER,
    EDITOR,
    ADMIN;

    public static final String REPORTER_NAME = "REPORTER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String ADMIN_NAME = "ADMIN";
}
