package org.newsroom.web.articles.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reader's request as a page it is forwarded to reads it: with parameters of its own added (a
 * listing's kind and key, an article's slug), already decoded, because a key put into a forwarded query
 * string would be decoded with each server's own default.
 */
final class ForwardedParameters extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    ForwardedParameters(HttpServletRequest request, Map<String, String> added) {
        super(request);
        Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
        added.forEach((name, value) -> all.put(name, new String[] {value}));
        this.parameters = Collections.unmodifiableMap(all);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
