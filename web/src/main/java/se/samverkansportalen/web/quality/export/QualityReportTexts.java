package se.samverkansportalen.web.quality.export;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import se.samverkansportalen.service.quality.QualityReportView;
import se.samverkansportalen.service.quality.QualityReportView.Amount;
import se.samverkansportalen.service.quality.QualityReportView.Entry;
import se.samverkansportalen.service.quality.QualityReportView.FigureRow;
import se.samverkansportalen.service.quality.QualityReportView.Section;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.Messages;

/**
 * What the kvalitetsberättelse's exports (the PDF and the DOCX) say, written once for both and in
 * the same words as its page: the title, the facts of the decision, a section's name, a figure's
 * value as the page shows it ("< 5" when withheld, "uppgift saknas", "cirka 20", the source's
 * limitation beside it), a list entry with its avdelning and follow-up. The documents are always
 * Swedish: they are the kommun's own text, kept and published in Swedish.
 */
final class QualityReportTexts {

    /** The documents' language. */
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** One row of the document's facts: a label and its value. */
    record Fact(String label, String value) {
    }

    private final ResourceBundle texts;

    QualityReportTexts() {
        this.texts = ResourceBundle.getBundle(Messages.BUNDLE, SWEDISH);
    }

    String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    /** "Kvalitetsberättelse 2024 för Vännäs". */
    String title(QualityReportView view) {
        return text("quality.reportTitle", String.valueOf(view.year()), view.kommunName());
    }

    /** A one-sentence description (the PDF's subject, the DOCX's description). */
    String description(QualityReportView view) {
        return text("quality.export.description", String.valueOf(view.year()), view.kommunName());
    }

    /** The section's own title, or its standard name. */
    String title(Section section) {
        return section.title() == null || section.title().isBlank() ? texts.getString(section.titleKey()) : section.title();
    }

    /** The facts above the sections: kommun, year, status, the decision or "utkast", source, signature, avdelningar. */
    List<Fact> facts(QualityReportView view) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(text("quality.col.kommun"), view.kommunName()));
        facts.add(new Fact(text("quality.col.year"), String.valueOf(view.year())));
        facts.add(new Fact(text("quality.col.status"), text("quality.status." + view.status())));
        if (view.adopted()) {
            if (view.example() && blank(view.decidedBy()) && view.adoptedOn() == null && blank(view.registrationNumber())) {
                facts.add(new Fact(text("quality.decision"), text("quality.exampleNoDecision")));
            } else {
                facts.add(new Fact(text("quality.col.adoptedOn"), view.adoptedOn() == null ? "" : view.adoptedOn().toString()));
                facts.add(new Fact(text("quality.col.decidedBy"), nonNull(view.decidedBy())));
                facts.add(new Fact(text("quality.col.registrationNumber"), nonNull(view.registrationNumber())));
            }
        }
        if (!blank(view.sourceLabel())) {
            facts.add(new Fact(text("quality.col.source"), text("quality.sourceExample", view.sourceLabel())));
        }
        if (!blank(view.signedBy())) {
            facts.add(new Fact(text("quality.signedBy"), view.signedBy()));
        }
        if (view.departments() != null && !view.departments().isEmpty()) {
            facts.add(new Fact(text("quality.departments"), String.join(", ", view.departments())));
        }
        return facts;
    }

    /** The notes under the facts: the example's, and whether it is fastställd (frozen) or an utkast. */
    List<String> notes(QualityReportView view) {
        List<String> notes = new ArrayList<>();
        if (view.example()) {
            notes.add(text("quality.exampleNote"));
        }
        notes.add(text(view.adopted() ? "quality.adoptedNote" : "quality.draftNote"));
        return notes;
    }

    /** The figures table's column heads: the figure, this year, last year, another or no single year. */
    List<String> figureColumns(QualityReportView view) {
        return List.of(text("quality.figure.name"), String.valueOf(view.year()), String.valueOf(view.year() - 1), text("quality.figure.others"));
    }

    /** A figure's name, marked when it is drawn from a yearly indicator. */
    String figureName(FigureRow figure) {
        return figure.indicatorId() == null ? figure.name() : figure.name() + " (" + text("quality.figure.drawn") + ")";
    }

    /** A figure's value for a year as the page shows it; empty for none. */
    String amount(Amount amount) {
        if (amount == null) {
            return "";
        }
        String value;
        if (amount.withheld()) {
            value = text("quality.figure.withheld");
        } else if (amount.value() == null) {
            value = text("quality.figure.missing");
        } else {
            value = (amount.approximate() ? text("quality.figure.approximate") + " " : "") + Formats.swedishNumber(amount.value());
        }
        return blank(amount.periodNote()) ? value : value + " (" + amount.periodNote() + ")";
    }

    /** The values for another or no single year: "cirka 20 (inget enskilt år)". */
    String others(FigureRow figure) {
        return figure.others().stream().map(o -> amount(o) + " (" + (o.year() == null ? text("quality.figure.noYear") : o.year()) + ")")
                .collect(Collectors.joining("; "));
    }

    /** Whether any of the section's figures is withheld (the document then explains "< 5"). */
    static boolean anyWithheld(Section section) {
        return section.figures().stream().anyMatch(f -> withheld(f.thisYear()) || withheld(f.lastYear())
                || f.others().stream().anyMatch(QualityReportTexts::withheld));
    }

    private static boolean withheld(Amount amount) {
        return amount != null && amount.withheld();
    }

    /** "< 5: Färre än 5: visas inte för andra än kommunen själv". */
    String withheldNote() {
        return text("quality.figure.withheld") + ": " + text("quality.figure.withheldTitle");
    }

    /** A list entry: "Barn och ungdom myndighet: Ny inlärningsmodell – följdes upp …". */
    static String entry(Entry entry) {
        StringBuilder line = new StringBuilder();
        if (!blank(entry.department())) {
            line.append(entry.department()).append(": ");
        }
        line.append(nonNull(entry.name()));
        if (!blank(entry.followUp())) {
            line.append(" – ").append(entry.followUp());
        }
        return line.toString();
    }

    /** A control's avdelning as the page names it: its own, "Alla avdelningar" for a control of every avdelning, or null for none. */
    String department(QualityReportView.InspectionView inspection) {
        return inspection.allDepartments() ? text("quality.inspection.allDepartments") : inspection.department();
    }

    /** The risk register's column heads. */
    List<String> registerColumns() {
        return List.of(text("quality.register.risk"), text("quality.register.plan"), text("quality.register.number"),
                text("quality.register.then"), text("quality.register.now"), text("quality.register.measures"));
    }

    /** A risk's row, the risk first (the row's header). */
    List<String> registerRow(QualityReportView.RegisterRisk risk) {
        return List.of(nonNull(risk.title()), nonNull(risk.planTitle()), nonNull(risk.number()),
                level(risk.thenLevel(), risk.thenPeriod()), level(risk.nowLevel(), risk.nowPeriod()),
                risk.measures().stream().map(m -> m.title() + ": " + text("localplan.light." + (m.light() == null ? "NONE" : m.light())))
                        .collect(Collectors.joining("; ")));
    }

    private String level(se.samverkansportalen.domain.localplan.RiskLevel level, String period) {
        String text = level == null ? text("quality.register.notAssessed") : text("localplan.level." + level);
        return blank(period) ? text : text + " (" + period + ")";
    }

    /** The improvements' column heads. */
    List<String> improvementColumns() {
        return List.of(text("quality.improvements.measure"), text("quality.improvements.plan"), text("quality.improvements.number"),
                text("quality.improvements.period"), text("quality.improvements.status"), text("quality.improvements.light"));
    }

    /** An improvement's row, the measure first (the row's header). */
    List<String> improvementRow(QualityReportView.Improvement measure) {
        return List.of(nonNull(measure.title()), nonNull(measure.planTitle()), String.valueOf(measure.number()),
                measure.period() == null ? text("quality.improvements.notReported") : measure.period(),
                measure.status() == null ? "" : text("report.itemStatus." + measure.status()),
                measure.light() == null ? "" : text("report.lightShort." + measure.light()));
    }

    /** The note at the end: when and by what the document was written. */
    String writtenNote(java.time.LocalDate writtenOn) {
        return text("quality.export.note", writtenOn == null ? "" : writtenOn.toString());
    }

    /** Paragraphs of a text: blank lines part them; a single line break stays inside one. */
    static List<String> paragraphs(String text) {
        if (blank(text)) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
