package se.samverkansportalen.service.report;

import java.io.Serializable;

/**
 * Which kommuner a page of the status matrix shows: page {@code page} (from 1) of {@code pages},
 * at most {@code pageSize} kommuner each, of the {@code matching} kommuner the page's name filter
 * (or no filter) finds, in the directory's order (by name). A page asked for after the last is
 * the last; there is always at least one page, empty when nothing matches. Pure arithmetic, tested
 * in {@code MatrixPagingTest}.
 *
 * @param page the page shown, from 1
 * @param pageSize how many kommuner a page shows at most
 * @param matching how many kommuner there are to page through
 * @param pages how many pages they fill (at least 1)
 */
public record MatrixPaging(int page, int pageSize, int matching, int pages) implements Serializable {

    /**
     * The page to show when {@code requestedPage} is asked for: at least the first, at most the
     * last. Refuses (IllegalArgumentException) a page size below 1 or a negative count; the service
     * checks its callers' input before this.
     */
    public static MatrixPaging of(int requestedPage, int pageSize, int matching) {
        if (pageSize < 1 || matching < 0) {
            throw new IllegalArgumentException("A page holds at least one kommun of a count of none or more: " + pageSize + ", " + matching);
        }
        int pages = Math.max(1, (int) (((long) matching + pageSize - 1) / pageSize));
        return new MatrixPaging(Math.min(Math.max(1, requestedPage), pages), pageSize, matching, pages);
    }

    /** How many kommuner come before the page's first (the offset of its first row). */
    public int first() {
        return (page - 1) * pageSize;
    }

    /** The place of the page's first kommun, counted from 1; 0 when nothing matches. */
    public int firstShown() {
        return matching == 0 ? 0 : first() + 1;
    }

    /** The place of the page's last kommun, counted from 1; 0 when nothing matches. */
    public int lastShown() {
        return Math.min(matching, first() + pageSize);
    }

    /** Whether a page comes before this one. */
    public boolean hasPrevious() {
        return page > 1;
    }

    /** Whether a page comes after this one. */
    public boolean hasNext() {
        return page < pages;
    }
}
