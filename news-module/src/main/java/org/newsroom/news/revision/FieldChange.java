package org.newsroom.news.revision;

import java.io.Serializable;
/**
 * One changed field between two revisions.
 *
 * @param fieldLabel the field's name for people, e.g. "Title"
 * @param html       safe HTML: unchanged text escaped, removed words in &lt;del&gt;, added in &lt;ins&gt;,
 *                   paragraph breaks as &lt;br&gt;; may be output without further escaping
 */
public record FieldChange(String fieldLabel, String html) implements Serializable {
}
