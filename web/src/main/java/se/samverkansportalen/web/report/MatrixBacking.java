package se.samverkansportalen.web.report;

import se.samverkansportalen.web.Formats;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import se.samverkansportalen.service.report.StatusMatrix;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code rapport/matris.xhtml}: the status matrix of a period, kommuner by per-kommun
 * aktiviteter, a page of kommuner at a time under every kommun's count per aktivitet. The address
 * holds what is shown: {@code ?period=ID[&q=TEXT][&antal=N][&sida=N]}, the kommuner whose name holds
 * the text, N of them a page ({@link #PAGE_SIZES}; another number gives the default), page N
 * (below 1 the first; after the last the last, as the service answers).
 */
@Named
@RequestScoped
public class MatrixBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page sizes the page offers (kommuner per page). */
    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    /** A summary row: the light's key ({@code GREEN} … {@code NONE}) and its count per column. */
    public record SummaryRow(String light, List<Integer> counts) implements Serializable {
    }

    @EJB
    StatusMatrix matrix;

    @Inject
    Messages messages;

    private long period;
    private Integer page;
    private Integer pageSize;
    private String q;
    private StatusMatrix.Page view;
    private List<SummaryRow> summaryRows = List.of();

    /** Reads the page of the matrix the address asks for, once per view, with its summary rows; a refusal becomes a message. */
    public void load() {
        if (view == null && messages.attempt(() -> view = matrix.page(period, q, page == null || page < 1 ? 1 : page, getShownPageSize()),
                "report.error.notReviewer")) {
            summaryRows = summaryRows(view);
        }
    }

    /** The column groups: each förbättringsområde with how many columns it spans, in order. */
    public List<Map.Entry<String, Integer>> getAreaGroups() {
        Map<String, Integer> groups = new LinkedHashMap<>();
        view.columns().forEach(c -> groups.merge(c.areaNumber() + ". " + c.areaTitle(), 1, Integer::sum));
        return new ArrayList<>(groups.entrySet());
    }

    /**
     * Every kommun counted per column: a row each for grön, gul, röd and ingen uppgift, as {@link #load}
     * read them (none before, or after a refusal).
     */
    public List<SummaryRow> getSummaryRows() {
        return summaryRows;
    }

    /** The summary rows of a page of the matrix, in the order grön, gul, röd, ingen uppgift. */
    static List<SummaryRow> summaryRows(StatusMatrix.Page view) {
        return List.of(summaryRow(view, "GREEN", StatusMatrix.ColumnSummary::green),
                summaryRow(view, "YELLOW", StatusMatrix.ColumnSummary::yellow), summaryRow(view, "RED", StatusMatrix.ColumnSummary::red),
                summaryRow(view, "NONE", StatusMatrix.ColumnSummary::none));
    }

    private static SummaryRow summaryRow(StatusMatrix.Page view, String light, ToIntFunction<StatusMatrix.ColumnSummary> count) {
        return new SummaryRow(light, view.summary().stream().map(count::applyAsInt).toList());
    }

    /** The numbers of every page, from 1. */
    public List<Integer> getPageNumbers() {
        return IntStream.rangeClosed(1, view.paging().pages()).boxed().toList();
    }

    /** The page sizes the page offers. */
    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    /** A page link's name for assistive technology: "Sida 3 av 12". */
    public String pageLabel(int number) {
        return messages.text("report.matrix.pageLabel", number, view.paging().pages());
    }

    /** The page size shown: the one asked for when the page offers it, else {@link StatusMatrix#DEFAULT_PAGE_SIZE}. */
    public int getShownPageSize() {
        return pageSize != null && PAGE_SIZES.contains(pageSize) ? pageSize : StatusMatrix.DEFAULT_PAGE_SIZE;
    }

    /**
     * The query of the address of page {@code number} of what is shown (the period, the name
     * filter and the page size kept), for a link: {@code period=12&q=Ume&antal=10&sida=2}.
     */
    public String pageQuery(int number) {
        StringBuilder query = new StringBuilder("period=").append(period);
        if (view != null && view.filter() != null) {
            query.append("&q=").append(Formats.percentEncoded(view.filter()));
        }
        if (getShownPageSize() != StatusMatrix.DEFAULT_PAGE_SIZE) {
            query.append("&antal=").append(getShownPageSize());
        }
        return query.append("&sida=").append(number).toString();
    }

    public long getPeriod() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public StatusMatrix.Page getView() {
        return view;
    }
}
