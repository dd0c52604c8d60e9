package org.newsroom.web.media.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.newsroom.news.media.Picture;

/** {@link Srcset} for the readers' pages ({@code #{pictures.srcset(image, request.contextPath)}}). */
@Named
@ApplicationScoped
public class Pictures {

    public String srcset(Picture picture, String contextPath) {
        return Srcset.of(picture, contextPath);
    }

    public String webpSrcset(Picture picture, String contextPath) {
        return Srcset.webp(picture, contextPath);
    }

    public String src(Picture picture, String contextPath, int width) {
        return Srcset.fallback(picture, contextPath, width);
    }
}
