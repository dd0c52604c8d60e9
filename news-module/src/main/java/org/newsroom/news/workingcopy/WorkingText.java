package org.newsroom.news.workingcopy;

import java.io.Serializable;
import org.newsroom.news.article.ArticleEdit;

/**
 * Everything the editor form holds, as typed: the article fields (with the version the form was loaded
 * at) and what was typed about the featured image, which is saved onto the image only with the article.
 */
public record WorkingText(ArticleEdit edit, String imageCaption, String imageCredit, String imageAlt) implements Serializable {
}
