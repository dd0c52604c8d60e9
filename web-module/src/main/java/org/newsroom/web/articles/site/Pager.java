package org.newsroom.web.articles.site;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The "« Newer 1 2 3 Older »" links under every paged public list: the homepage's latest articles,
 * listings and search. Page numbers come from the address (?page=2) as readers or robots type them,
 * so anything but a plain positive number is no page at all.
 */
public final class Pager {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final int NEARBY = 3;

    private final int page;
    private final int lastPage;
    private final IntFunction<String> address;

    private Pager(int page, int lastPage, IntFunction<String> address) {
        this.page = page;
        this.lastPage = lastPage;
        this.address = address;
    }

    /**
     * The page an address asks for: none given is page 1; "0", "-1", "2x" or "99999999999" are none,
     * which readers' pages answer with 404.
     */
    public static Optional<Integer> pageNumber(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return Optional.of(1);
        }
        if (!NUMBER.matcher(parameter).matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parameter);
        return number >= 1 ? Optional.of(number) : Optional.empty();
    }

    /** Where each page of {@code total} items, {@code pageSize} a page, lives: {@code address.apply(n)}. */
    public static Pager of(int page, int pageSize, long total, IntFunction<String> address) {
        int lastPage = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize));
        return new Pager(page, lastPage, address);
    }

    /** The index of the page's first item in the whole list. */
    public static int firstIndex(int page, int pageSize) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize);
    }

    /** Page 1 always exists (it may say there is nothing yet); later pages only up to the last. */
    public boolean exists() {
        return page == 1 || page <= lastPage;
    }

    public int getPage() {
        return page;
    }

    public int getLastPage() {
        return lastPage;
    }

    /** More than one page: otherwise the pager is not shown at all. */
    public boolean isShown() {
        return lastPage > 1;
    }

    public boolean isNewer() {
        return page > 1;
    }

    public boolean isOlder() {
        return page < lastPage;
    }

    /** Page numbers around the current one. */
    public List<Integer> getNearbyPages() {
        return IntStream.rangeClosed(Math.max(1, page - NEARBY), Math.min(lastPage, page + NEARBY)).boxed().toList();
    }

    public String url(int number) {
        return address.apply(number);
    }

    public String getNewerUrl() {
        return url(page - 1);
    }

    public String getOlderUrl() {
        return url(page + 1);
    }
}
