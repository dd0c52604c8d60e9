package org.newsroom.news.media;

import jakarta.ejb.ApplicationException;

/** An upload the newsroom will not store; the message is meant for the person uploading. */
@ApplicationException(rollback = true)
public class UploadRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UploadRefused(String message) {
        super(message);
    }
}
