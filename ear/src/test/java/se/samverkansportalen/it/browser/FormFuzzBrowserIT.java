package se.samverkansportalen.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkansportalen.it.support.KeycloakUsers;
import se.samverkansportalen.it.support.PortalApi;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * Never a 500 on bad input, through the pages: the browser counterpart of {@code ApiFuzzIT}. Every
 * form action of the pages is in one table ({@link #ACTIONS}, kept complete against the .xhtml
 * files by a test). Each action that takes typed input is submitted by its user with every
 * visible text field of its form set to a hostile value: 100 000 characters, a personnummer,
 * "1e7", twenty nines, "−3,5", a NUL character, and an honest text of Sami letters, emoji and
 * right-to-left script. The answer is the same page or the next one, never the error page, never
 * Keycloak's login or "Sidan har gått ut"; what the form must refuse is refused with a Swedish
 * message and stores nothing (row counts of every table, audit included, unchanged).
 *
 * <p>What a form must refuse depends on its fields ({@link Fields}): "1e7" is a mistake in a
 * field for kronor or a date, but honest text in a comment; such number-like text is not sent to
 * forms of free text only, where it would merely be stored. The honest unicode text may be
 * stored anywhere, but the user is always told what became of the submission. A form with a
 * number or date field refuses every text there before its service sees the free text, so such
 * forms get the text values once more in their text areas only ({@link Target}).
 *
 * <p>The plan forms work on a förbättringsområde and delmål the test makes and removes again, so
 * the honest text it saves (an area's title, a delmål's text) never changes the Västerbotten seed
 * other tests read; actors and comments it saves are data of their own.
 */
class FormFuzzBrowserIT extends BrowserTestBase {

    /** What the typed fields of an action's form take, which decides what the form must refuse. */
    enum Fields {
        /** Free text only: number-like text ("1e7") is honest text there, and is not sent. */
        TEXT,
        /** Also a field for a whole number, kronor, a date, a period or a delmål number: every hostile value is refused. */
        NUMBERS,
        /** Also decimal fields that take negative numbers: "−3,5" is a value there, not a mistake. */
        DECIMALS,
        /** The action stores nothing (it adds empty rows to the form): it is asserted to store nothing, and no message is required. */
        STORES_NOTHING
    }

    /** The values put into every field: all hostile but the last, which is honest unusual text. */
    enum Value {
        LONG("a 100 000-character text", "Lång text om åäö. " + "a".repeat(100_000 - 18)),
        PERSONNUMMER("a personnummer", "Barnet 19121212-1212"),
        EXPONENT("\"1e7\"", "1e7"),
        HUGE("\"99999999999999999999\"", "99999999999999999999"),
        NEGATIVE_DECIMAL("\"−3,5\"", "\u22123,5"),
        NUL("a NUL character", "a\u0000b"),
        HONEST("the honest unicode text", "Čáhcegáddi 😀 \u202eעברית");

        final String label;
        final String text;

        Value(String label, String text) {
            this.label = label;
            this.text = text;
        }

        boolean sentTo(Fields fields) {
            return fields != Fields.TEXT || this == LONG || this == PERSONNUMMER || this == NUL || this == HONEST;
        }

        /** Whether a form with these fields must refuse the value (with a message, storing nothing). */
        boolean refusedBy(Fields fields) {
            return switch (fields) {
                case TEXT, NUMBERS -> this != HONEST;
                case DECIMALS -> this != HONEST && this != NEGATIVE_DECIMAL;
                case STORES_NOTHING -> false;
            };
        }
    }

    /** A step taken on the opened page before the fields are filled, e.g. opening a comment for editing. */
    @FunctionalInterface
    interface Preparation {
        void prepare(WebDriver driver);
    }

    /**
     * A form action as written in the pages, and how the fuzz submits it: the page with its query
     * parameters (placeholders from {@link Fixture#fill}), the demo user, the button's id (or, from
     * ':' on, the end of the id of the last element with such an id), the kind of typed fields (null:
     * no typed input, with the reason), the select lists set to their first real choice so that it is
     * the typed text that is judged, and a preparation step.
     */
    record FormAction(String action, String page, String user, String button, Fields fields, String noInputReason,
            List<String> choices, Preparation preparation) {

        static FormAction typed(String action, String page, String user, String button, Fields fields, String... choices) {
            return new FormAction(action, page, user, button, fields, null, List.of(choices), driver -> { });
        }

        static FormAction noTypedInput(String action, String reason) {
            return new FormAction(action, null, null, null, null, reason, List.of(), null);
        }

        FormAction preparedBy(Preparation step) {
            return new FormAction(action, page, user, button, fields, noInputReason, choices, step);
        }

        boolean takesTypedInput() {
            return fields != null;
        }

        By buttonLocator() {
            return button.startsWith(":") ? By.cssSelector("[id$='" + button + "']") : By.id(button);
        }
    }

    /**
     * The kommun editor whose forms are fuzzed: Bjurholm's, a user of the fuzz's own (made in Keycloak by
     * {@link Fixture#make}), so that its report form holds the regional items and the fuzz's own plans only,
     * not the plans every other test leaves in Umeå (90 fields of which the long text went into ten).
     */
    static final String EDITOR = "socialchef.bjurholm";
    static final String KOMMUN = "2403";

    private static final String LOADS = "no typed input: the page's view action, run from its address";

    /**
     * Every form action of the pages. Placeholders: {plan} and {measure} a measures plan of the editor's kommun and
     * its measure, {riskplan} and {risk} its risk-based plan read in from Nacka's file and one
     * of its risks, {period} a monthly period of 2097, {area} and {subgoal} the förbättringsområde and delmål the test makes, {entry} the
     * item key of an old audit entry holding a personnummer. Grouped by user: one login each.
     */
    static final List<FormAction> ACTIONS = List.of(
            FormAction.typed("#{localPlanEditBacking.save}", "lokal/uppgifter.xhtml?id={plan}", EDITOR,
                    "plan-form:save", Fields.NUMBERS),
            FormAction.typed("#{measureEditBacking.save}", "lokal/atgard.xhtml?plan={plan}&id={measure}", EDITOR,
                    "measure-form:save", Fields.NUMBERS),
            FormAction.typed("#{indicatorEditBacking.moreRows}", "lokal/indikator.xhtml?plan={plan}", EDITOR,
                    "indicator-form:more-rows", Fields.STORES_NOTHING),
            FormAction.typed("#{indicatorEditBacking.save}", "lokal/indikator.xhtml?plan={plan}", EDITOR,
                    "indicator-form:save", Fields.NUMBERS),
            FormAction.typed("#{riskStructureBacking.saveGoal}", "lokal/risker.xhtml?plan={riskplan}", EDITOR,
                    "goal-form:add-goal", Fields.TEXT),
            FormAction.typed("#{riskStructureBacking.saveRisk}", "lokal/risker.xhtml?plan={riskplan}", EDITOR,
                    "risk-form:add-risk", Fields.TEXT, "risk-form:goal"),
            FormAction.typed("#{riskEditBacking.assess}", "lokal/risk.xhtml?plan={riskplan}&id={risk}", EDITOR,
                    "assess-form:assess", Fields.NUMBERS, "assess-form:likelihood", "assess-form:severity"),
            FormAction.typed("#{riskEditBacking.addMeasure}", "lokal/risk.xhtml?plan={riskplan}&id={risk}", EDITOR,
                    "new-measure-form:add-measure", Fields.TEXT),
            FormAction.typed("#{reportBacking.save}", "rapport/rapport.xhtml?period={period}", EDITOR,
                    "report-form:save", Fields.DECIMALS),
            FormAction.typed("#{reportBacking.submit}", "rapport/rapport.xhtml?period={period}", EDITOR,
                    "report-form:submit", Fields.DECIMALS),
            // Skellefteå's report of the period waits for review (the fixture submits it): its fastställ form shows.
            FormAction.typed("#{reportDecisionsBacking.adopt}", "rapport/rapport.xhtml?period={period}", "socialchef.skelleftea",
                    "adopt-form:adopt", Fields.NUMBERS),

            FormAction.typed("#{keyFigureBacking.follow}", "lokal/nyckeltal.xhtml", EDITOR, "follow-form:follow", Fields.TEXT),
            // The years' fields take whole numbers only; every value is refused before Kolada is asked.
            FormAction.typed("#{keyFigureBacking.fetch}", "lokal/nyckeltal.xhtml", EDITOR, "fetch-form:fetch", Fields.NUMBERS,
                    "fetch-form:figure"),

            FormAction.typed("#{qualityReportListBacking.create}", "kvalitet/index.xhtml", EDITOR, "new-form:create",
                    Fields.NUMBERS),
            FormAction.typed("#{sectionEditBacking.save}", "kvalitet/avsnitt.xhtml?ar={qyear}&avsnitt=complaints", EDITOR,
                    "section-form:save", Fields.NUMBERS),
            FormAction.typed("#{sectionEditBacking.addFigure}", "kvalitet/avsnitt.xhtml?ar={qyear}&avsnitt=complaints", EDITOR,
                    "section-form:add-figure", Fields.STORES_NOTHING),
            FormAction.typed("#{sectionEditBacking.addEntry}", "kvalitet/avsnitt.xhtml?ar={qyear}&avsnitt=complaints", EDITOR,
                    "section-form:add-entry", Fields.STORES_NOTHING),
            FormAction.typed("#{sectionEditBacking.addInspection}", "kvalitet/avsnitt.xhtml?ar={qyear}&avsnitt=self-inspection",
                    EDITOR, "section-form:add-inspection", Fields.STORES_NOTHING),
            FormAction.typed("#{qualityReportBacking.adopt}", "kvalitet/berattelse.xhtml?ar={qyear}", EDITOR, "adopt-form:adopt",
                    Fields.NUMBERS),
            FormAction.typed("#{qualityReportBacking.carryFocus}", "kvalitet/berattelse.xhtml?ar={qyear}", EDITOR,
                    "focus-form:carry-focus", Fields.TEXT),

            FormAction.typed("#{actorsBacking.save}", "plan/aktorer.xhtml", "samordnare", "actor-form:add", Fields.TEXT,
                    "actor-form:kind"),
            FormAction.typed("#{areaEditBacking.save}", "plan/omrade.xhtml?nr={area}", "samordnare", "area-form:save", Fields.TEXT),
            FormAction.typed("#{newSubGoalBacking.create}", "plan/nytt-delmal.xhtml?omrade={area}", "samordnare",
                    "new-subgoal-form:create", Fields.NUMBERS),
            FormAction.typed("#{subGoalEditBacking.save}", "plan/delmal.xhtml?item={subgoal}", "samordnare", "subgoal-form:save",
                    Fields.NUMBERS),
            FormAction.typed("#{subGoalEditBacking.addActivity}", "plan/delmal.xhtml?item={subgoal}", "samordnare",
                    "subgoal-form:add-activity", Fields.STORES_NOTHING), // adds to the form; Spara stores (and refuses)
            FormAction.typed("#{adoptionBacking.adopt}", "plan/versioner.xhtml", "samordnare", "adopt-form:adopt", Fields.NUMBERS)
                    .preparedBy(FormFuzzBrowserIT::startADraftIfThereIsNone),
            FormAction.typed("#{discussionBacking.post}", "plan/diskussion.xhtml?typ=SUB_GOAL&item={subgoal}&om=Formfuzz",
                    "samordnare", "post-form:post", Fields.TEXT),
            FormAction.typed("#{discussionBacking.saveEdit}", "plan/diskussion.xhtml?typ=SUB_GOAL&item={subgoal}&om=Formfuzz",
                    "samordnare", ":save-edit", Fields.TEXT).preparedBy(FormFuzzBrowserIT::editOwnComment),
            FormAction.typed("#{periodsBacking.open}", "rapport/perioder.xhtml", "samordnare", "open-form:open", Fields.NUMBERS),

            FormAction.typed("#{reviewBacking.requestCompletion}", "rapport/granska.xhtml?period={period}&kommun=2482",
                    "granskare.lbu", "review-form:request-completion", Fields.TEXT),

            FormAction.typed("#{redactionBacking.redact(f)}", "admin/redigering.xhtml?typ=LOCAL_MEASURE&item={entry}",
                    "admin.portal", "redaction-form:rows:0:redact", Fields.TEXT),

            FormAction.noTypedInput("#{languageBacking.toggle}", "no typed input: switches the page's language"),
            FormAction.noTypedInput("#{logoutBacking.logout}", "no typed input: logs out"),
            FormAction.noTypedInput("#{settingsBacking.save}", "no typed input: one checkbox"),
            FormAction.noTypedInput("#{localPlanBacking.removePlan}", "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{localPlanBacking.removeMeasure(m.id())}", "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{keyFigureBacking.unfollow(k.id())}", "no typed input: stops following after a confirmation"),
            FormAction.noTypedInput("#{riskEditBacking.saveStatuses}", "no typed input: traffic lights chosen from lists"),
            FormAction.noTypedInput("#{riskStructureBacking.editGoal(g.id())}", "no typed input: puts a goal into the form"),
            FormAction.noTypedInput("#{riskStructureBacking.removeGoal(g.id())}", "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{riskStructureBacking.clearGoal}", "no typed input: empties the form (immediate)"),
            FormAction.noTypedInput("#{riskStructureBacking.editRisk(r.id())}", "no typed input: puts a risk into the form"),
            FormAction.noTypedInput("#{riskStructureBacking.removeRisk(r.id())}", "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{riskStructureBacking.clearRisk}", "no typed input: empties the form (immediate)"),
            FormAction.noTypedInput("#{riskEditBacking.saveLinks}", "no typed input: delmål chosen with checkboxes"),
            FormAction.noTypedInput("#{actorsBacking.edit(a)}", "no typed input: puts an actor into the form"),
            FormAction.noTypedInput("#{actorsBacking.remove(a)}", "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{actorsBacking.cancel}", "no typed input: empties the form (immediate)"),
            FormAction.noTypedInput("#{subGoalEditBacking.moveActivity(activity.itemKey, -1)}", "no typed input: moves up"),
            FormAction.noTypedInput("#{subGoalEditBacking.moveActivity(activity.itemKey, 1)}", "no typed input: moves down"),
            FormAction.noTypedInput("#{subGoalEditBacking.moveActivityTo(activity.itemKey)}",
                    "no typed input: moves to a delmål chosen from a list"),
            FormAction.noTypedInput("#{subGoalEditBacking.removeActivity(activity.itemKey)}",
                    "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{subGoalEditBacking.moveSubGoal(-1)}", "no typed input: moves up"),
            FormAction.noTypedInput("#{subGoalEditBacking.moveSubGoal(1)}", "no typed input: moves down"),
            FormAction.noTypedInput("#{subGoalEditBacking.removeSubGoal}", "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{subGoalEditBacking.discardNewActivity(s.index)}",
                    "no typed input: takes an aktivitet added but not saved out of the form"),
            FormAction.noTypedInput("#{discussionBacking.startEditing(c)}", "no typed input: opens a comment for editing"),
            FormAction.noTypedInput("#{discussionBacking.delete(c.id())}", "no typed input: deletes after a confirmation"),
            FormAction.noTypedInput("#{areaEditBacking.move(-1)}", "no typed input: moves up"),
            FormAction.noTypedInput("#{areaEditBacking.move(1)}", "no typed input: moves down"),
            FormAction.noTypedInput("#{areaEditBacking.remove}", "no typed input: removes after a confirmation"),
            FormAction.noTypedInput("#{versionsBacking.compare}", "no typed input: two versions chosen from lists"),
            FormAction.noTypedInput("#{reviewBacking.markReviewed}", "no typed input: marks the report granskad"),
            FormAction.noTypedInput("#{periodsBacking.close(p.id())}", "no typed input: closes after a confirmation"),
            FormAction.noTypedInput("#{sendRemindersBacking.send}", "no typed input: sends the reminders due"),
            FormAction.noTypedInput("#{reportDecisionsBacking.correct}", "no typed input: reopens a fastställd report after a confirmation"),
            FormAction.noTypedInput("#{qualityReportBacking.remove}", "no typed input: removes the utkast after a confirmation"),
            FormAction.noTypedInput("#{overviewBacking.load}", LOADS),
            FormAction.noTypedInput("#{reportDecisionsBacking.show(reportBacking.period, reportBacking.decisions)}", LOADS),
            FormAction.noTypedInput("#{reportDecisionsBacking.loadOf(reviewBacking.kommun, reviewBacking.period)}", LOADS),
            FormAction.noTypedInput("#{regionalPlanBacking.load}", LOADS),
            FormAction.noTypedInput("#{redactionBacking.load}", LOADS),
            FormAction.noTypedInput("#{settingsBacking.load}", LOADS),
            FormAction.noTypedInput("#{dashboardBacking.load}", LOADS),
            FormAction.noTypedInput("#{measureEditBacking.load}", LOADS),
            FormAction.noTypedInput("#{indicatorEditBacking.load}", LOADS),
            FormAction.noTypedInput("#{localPlanBacking.load}", LOADS),
            FormAction.noTypedInput("#{riskEditBacking.load}", LOADS),
            FormAction.noTypedInput("#{riskStructureBacking.load}", LOADS),
            FormAction.noTypedInput("#{localPlanEditBacking.load}", LOADS),
            FormAction.noTypedInput("#{subGoalEditBacking.load}", LOADS),
            FormAction.noTypedInput("#{discussionBacking.load}", LOADS),
            FormAction.noTypedInput("#{historyBacking.load}", LOADS),
            FormAction.noTypedInput("#{areaEditBacking.load}", LOADS),
            FormAction.noTypedInput("#{planVersionBacking.load}", LOADS),
            FormAction.noTypedInput("#{reviewBacking.load}", LOADS),
            FormAction.noTypedInput("#{matrixBacking.load}", LOADS),
            FormAction.noTypedInput("#{periodsBacking.load}", LOADS),
            FormAction.noTypedInput("#{cellBacking.load}", LOADS),
            FormAction.noTypedInput("#{reportBacking.load}", LOADS),
            FormAction.noTypedInput("#{reportBacking.autosave}", "no typed input of its own: the same form and service call as #{reportBacking.save}, sent by "
                    + "the page a few seconds after typing stops (no button): fuzzed through save"),
            FormAction.noTypedInput("#{trendBacking.load}", LOADS),
            FormAction.noTypedInput("#{qualityReportListBacking.load}", LOADS),
            FormAction.noTypedInput("#{qualityReportBacking.load}", LOADS),
            FormAction.noTypedInput("#{sectionEditBacking.load}", LOADS),
            FormAction.noTypedInput("#{sectionEditBacking.removeFigure(fs.index)}",
                    "no typed input: takes a figure out of the form; Spara stores (and refuses)"),
            FormAction.noTypedInput("#{sectionEditBacking.removeEntry(es.index)}",
                    "no typed input: takes an entry out of the form; Spara stores (and refuses)"),
            FormAction.noTypedInput("#{sectionEditBacking.removeInspection(is.index)}",
                    "no typed input: takes a control out of the form; Spara stores (and refuses)"));

    private static final Path WEBAPP = Path.of("../web/src/main/webapp");

    /** An action attribute that is exactly one method expression (not a plain form's address). */
    private static final Pattern ACTION = Pattern.compile("\\baction=\"(#\\{[^\"}]*})\"");

    /** What no message for users may contain: exception, class or component names, SQL, Faces' own English. */
    private static final Pattern NOT_FOR_USERS = Pattern.compile(
            "Exception|java\\.|jakarta\\.|SQL|[a-z]+-form:|j_id|must be|Conversion error|Validation Error|could not be understood");

    /**
     * The fields of one form that get the 100 000-character text: 10, a 1 MB submission; every
     * field still gets each of the short hostile values. A kommun's report form has a field per
     * indicator and measure of its fastställda plans, which grow as tests read in plans (90 fields
     * in one CI run, 174 after two runs on a used database: 17 MB, more than the server takes in one
     * request, answered by closing the connection); 40 long fields took the report's two actions to
     * minutes of the test's ten.
     */
    private static final int LONG_FIELDS_MAX = 10;

    /** The longest message a person is expected to read; a message repeating a 100 000-character input is not one. */
    private static final int MESSAGE_MAX = 1_000;

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void every_form_action_of_the_pages_is_in_the_table() throws IOException {
        Map<String, Set<String>> pagesByAction = new LinkedHashMap<>();
        Map<String, Set<String>> includingPages = new LinkedHashMap<>(); // an include's path -> the pages that include it
        Pattern include = Pattern.compile("<ui:include src=\"/(WEB-INF/includes/[^\"]+\\.xhtml)\"");
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher m = ACTION.matcher(text);
                while (m.find()) {
                    pagesByAction.computeIfAbsent(m.group(1), a -> new TreeSet<>()).add(WEBAPP.relativize(file).toString());
                }
                Matcher i = include.matcher(text);
                while (i.find()) {
                    includingPages.computeIfAbsent(i.group(1), a -> new TreeSet<>()).add(WEBAPP.relativize(file).toString());
                }
            }
        }
        // An action in an include is on every page that includes it.
        pagesByAction.values().forEach(pages -> new ArrayList<>(pages).forEach(p -> pages.addAll(includingPages.getOrDefault(p, Set.of()))));
        List<String> listed = ACTIONS.stream().map(FormAction::action).toList();
        Set<String> missing = new TreeSet<>(pagesByAction.keySet());
        missing.removeAll(listed);
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(pagesByAction.keySet());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(pagesByAction).as("the pages were read").hasSizeGreaterThan(40);
        softly.assertThat(listed).as("each action once in the table").doesNotHaveDuplicates();
        softly.assertThat(missing).as("form actions of the pages that the fuzz table lacks").isEmpty();
        softly.assertThat(unknown).as("actions in the fuzz table that no page has").isEmpty();
        for (FormAction action : ACTIONS) {
            if (action.takesTypedInput()) {
                String file = action.page().replaceAll("\\?.*", "");
                softly.assertThat(pagesByAction.getOrDefault(action.action(), Set.of()))
                        .as("%s is on the page the table submits it from", action.action()).contains(file);
            } else {
                softly.assertThat(action.noInputReason()).as("%s says why it takes no typed input", action.action())
                        .startsWith("no typed input");
            }
        }
        softly.assertAll();
    }

    @Test
    void hostile_text_in_every_form_is_refused_in_swedish_stores_nothing_and_never_shows_the_error_page() {
        long started = System.nanoTime();
        Fixture fixture = Fixture.make(browser);
        String lastActor = TestDatabase.column("SELECT COALESCE(MAX(id), 0) FROM actor").get(0);
        switchUser();
        try {
            fuzz(fixture, started);
        } finally {
            // The actors the fuzz stored (its honest text as a name) are taken out of the catalogue
            // that other tests read and scan with axe.
            TestDatabase.update("DELETE FROM actor WHERE id > ?", Long.parseLong(lastActor));
            switchUser();
            browser.logInAs("samordnare");
            PlanPages.removeAreaNumbered(browser, fixture.areaNumber());
        }
    }

    private void fuzz(Fixture fixture, long started) {
        SoftAssertions softly = new SoftAssertions();
        Map<String, List<FormAction>> byUser = ACTIONS.stream().filter(FormAction::takesTypedInput)
                .collect(Collectors.groupingBy(FormAction::user, LinkedHashMap::new, Collectors.toList()));
        int submissions = 0;
        Set<String> fuzzed = new LinkedHashSet<>();
        boolean first = true;
        for (Map.Entry<String, List<FormAction>> user : byUser.entrySet()) {
            if (!first) {
                switchUser();
            }
            first = false;
            browser.logInAs(user.getKey());
            for (FormAction action : user.getValue()) {
                boolean accepted = false;
                int sent = 0;
                int stored = 0;
                long fields = 0;
                for (Target target : Target.values()) {
                    Fields judged = target.judged(action.fields());
                    if (judged == null) {
                        continue;
                    }
                    for (Value value : Value.values()) {
                        if (!value.sentTo(judged)) {
                            continue;
                        }
                        Submission done = submit(action, target, value, fixture, softly, accepted);
                        if (done.outcome() != Outcome.NOT_SUBMITTED) {
                            sent++;
                            fuzzed.add(action.action());
                            fields = Math.max(fields, done.fields());
                        }
                        accepted |= done.outcome() == Outcome.STORED;
                        stored += done.outcome() == Outcome.STORED ? 1 : 0;
                    }
                }
                submissions += sent;
                System.out.printf("FormFuzzBrowserIT: %-45s %2d submissions, up to %2d fields each, %d stored%n", action.action(),
                        sent, fields, stored);
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("FormFuzzBrowserIT: " + submissions + " form submissions over " + fuzzed.size() + " actions in "
                + seconds + " s");
        assertThat(fuzzed).as("every action with typed input was submitted")
                .containsExactlyInAnyOrderElementsOf(ACTIONS.stream().filter(FormAction::takesTypedInput).map(FormAction::action).toList());
        softly.assertAll();
    }

    /** What became of one submission, and how many fields it set. */
    enum Outcome {
        NOT_SUBMITTED, NOTHING_STORED, STORED
    }

    record Submission(Outcome outcome, long fields) {
    }

    /**
     * Which fields get the value. Every field first, as the issue asks; but where a form also has a
     * field for a number or date, that field's refusal comes first and hides how the service
     * judges the free text, so such forms are sent the text values again in their text areas only
     * (the other fields keep what the page shows).
     */
    enum Target {
        EVERY_FIELD("every field"),
        TEXT_AREAS_ONLY("its text areas only");

        final String label;

        Target(String label) {
            this.label = label;
        }

        /** What the fields that get the value take, or null when this target does not apply to the form. */
        Fields judged(Fields form) {
            if (this == EVERY_FIELD) {
                return form;
            }
            return form == Fields.NUMBERS || form == Fields.DECIMALS ? Fields.TEXT : null;
        }
    }

    /**
     * Opens the action's page, sets every visible, enabled text field of the button's form to the
     * value, presses the button and checks the answer.
     *
     * @param acceptedBefore whether an earlier value was stored by this action, which may have taken
     *        the form away (a submitted report has no submit button)
     */
    private Submission submit(FormAction action, Target target, Value value, Fixture fixture, SoftAssertions softly,
            boolean acceptedBefore) {
        WebDriver driver = browser.driver();
        String page = fixture.fill(action.page());
        String what = action.action() + " with " + value.label + " in " + target.label + " (" + page + ", " + action.user() + ")";
        Fields judged = target.judged(action.fields());
        driver.get(Browser.PORTAL_URL + page);
        action.preparation().prepare(driver);
        List<WebElement> buttons = driver.findElements(action.buttonLocator());
        if (buttons.isEmpty()) {
            if (acceptedBefore) {
                System.out.println("FormFuzzBrowserIT: " + what + " not sent: the form is gone since an earlier value was stored");
            } else {
                softly.fail(what + ": no button #" + action.button() + " on the page; it shows " + describe(driver));
            }
            return new Submission(Outcome.NOT_SUBMITTED, 0);
        }
        WebElement button = buttons.get(buttons.size() - 1);
        long filled = fill(driver, button, value.text, action.choices(), target == Target.TEXT_AREAS_ONLY,
                value == Value.LONG ? LONG_FIELDS_MAX : Integer.MAX_VALUE);
        if (target == Target.TEXT_AREAS_ONLY && filled == 0) {
            return new Submission(Outcome.NOT_SUBMITTED, 0);
        }
        softly.assertThat(filled).as(what + ": the form has typed fields").isPositive();

        long before = TestDatabase.rowCountOfEveryTable();
        try {
            pressAndWait(driver, button);
        } catch (TimeoutException e) {
            softly.fail(what + ": no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
            return new Submission(Outcome.NOTHING_STORED, filled);
        }
        long after = TestDatabase.rowCountOfEveryTable();

        String url = driver.getCurrentUrl();
        String title = driver.getTitle();
        List<String> errors = texts(driver, ".message-error");
        List<String> infos = texts(driver, ".message-info");
        List<WebElement> errorPage = driver.findElements(By.cssSelector("main.error-page"));
        softly.assertThat(errorPage).as(what + ": not an error page; it is \"" + title + "\""
                + reference(driver)).isEmpty();
        softly.assertThat(title).as(what + ": not the error page").doesNotStartWith("Något gick fel")
                .as(what + ": the page has not expired").doesNotStartWith("Sidan har gått ut");
        softly.assertThat(url).as(what + ": the session holds (no Keycloak login)").doesNotStartWith(Browser.KEYCLOAK_URL);
        Outcome outcome = after == before ? Outcome.NOTHING_STORED : Outcome.STORED;
        if (!errorPage.isEmpty() || url.startsWith(Browser.KEYCLOAK_URL)) {
            return new Submission(outcome, filled);
        }
        if (value.refusedBy(judged)) {
            softly.assertThat(errors).as(what + ": refused with an error message; the page shows " + describe(driver)).isNotEmpty();
            softly.assertThat(after - before).as(what + ": nothing stored (rows added to all tables, audit included)").isZero();
        } else if (judged == Fields.STORES_NOTHING) {
            softly.assertThat(after - before).as(what + ": nothing stored").isZero();
        } else {
            softly.assertThat(errors.size() + infos.size()).as(what + ": the user is told what happened; the page shows "
                    + describe(driver)).isPositive();
        }
        for (String error : errors) {
            softly.assertThat(error).as(what + ": a message for users, in Swedish").isNotBlank()
                    .doesNotContainPattern(NOT_FOR_USERS);
            softly.assertThat(error.length()).as(what + ": a message a person reads, not the input repeated: " + clip(error))
                    .isLessThanOrEqualTo(MESSAGE_MAX);
        }
        return new Submission(outcome, filled);
    }

    /**
     * Sets every visible, enabled text, search and number input and textarea of the button's form
     * to the value by script (typing 100 000 characters is too slow), with the events a user's
     * typing fires; select lists named in {@code choices} that show no choice get their first one.
     *
     * @param textAreasOnly whether only the text areas get the value
     * @param most at most this many fields get the value
     * @return how many fields were set
     */
    private static long fill(WebDriver driver, WebElement button, String value, List<String> choices, boolean textAreasOnly,
            int most) {
        // Every field's draft is kept in the browser as it changes: ten 100 000-character fields take a while on a busy machine.
        driver.manage().timeouts().scriptTimeout(ANSWER_TIMEOUT);
        Object count = ((JavascriptExecutor) driver).executeScript("""
                const [button, value, choices, textAreasOnly, most] = arguments;
                const form = button.form || button.closest('form');
                // what a paste fires in a field (input), and a choice in a list (change)
                const changed = (el, type) => el.dispatchEvent(new Event(type, {bubbles: true}));
                for (const id of choices) {
                  const select = document.getElementById(id);
                  const option = select && !select.value && [...select.options].find(o => o.value);
                  if (option) { select.value = option.value; changed(select, 'change'); }
                }
                let n = 0;
                for (const el of form.querySelectorAll('input, textarea')) {
                  if (n >= most) break;
                  const type = (el.getAttribute('type') || 'text').toLowerCase();
                  if (el.tagName === 'INPUT' && (textAreasOnly || !['text', 'search', 'number', 'email', 'url', 'tel'].includes(type))) continue;
                  if (el.disabled || el.readOnly || el.getClientRects().length === 0) continue;
                  el.value = value;
                  changed(el, 'input');
                  n++;
                }
                return n;
                """, button, value, choices, textAreasOnly, most);
        return ((Number) count).longValue();
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The page's title and messages, short, for a failure's description. */
    private static String describe(WebDriver driver) {
        List<String> messages = texts(driver, ".messages li");
        return "\"" + driver.getTitle() + "\" at " + driver.getCurrentUrl() + " with messages "
                + messages.stream().map(FormFuzzBrowserIT::clip).toList();
    }

    private static String reference(WebDriver driver) {
        List<WebElement> reference = driver.findElements(By.id("error-reference"));
        return reference.isEmpty() ? "" : " with Felkod " + reference.get(0).getText() + " (in the server log)";
    }

    private static String clip(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " characters)" : text;
    }

    /** The adopt form is shown while the regional plan has a draft: saving area 1 as it is starts one. */
    private static void startADraftIfThereIsNone(WebDriver driver) {
        if (!driver.findElements(By.id("adopt-form:adopt")).isEmpty()) {
            return;
        }
        driver.get(Browser.PORTAL_URL + "plan/omrade.xhtml?nr=1");
        pressAndWait(driver, driver.findElement(By.id("area-form:save")));
        driver.get(Browser.PORTAL_URL + "plan/versioner.xhtml");
    }

    /** Opens the user's newest comment of the thread for editing, posting one first when there is none to correct. */
    private static void editOwnComment(WebDriver driver) {
        if (driver.findElements(By.cssSelector("#comments a[id$=':edit']")).isEmpty()) {
            driver.findElement(By.id("post-form:comment")).sendKeys("Formfuzz: en kommentar att rätta.");
            pressAndWait(driver, driver.findElement(By.id("post-form:post")));
        }
        List<WebElement> edits = driver.findElements(By.cssSelector("#comments a[id$=':edit']"));
        pressAndWait(driver, edits.get(edits.size() - 1));
    }

    /** Presses a button as a user who confirms every question, and waits until the next page has loaded. */
    private static void pressAndWait(WebDriver driver, WebElement button) {
        WebElement html = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript("window.confirm = () => true; arguments[0].click();", button);
        WebDriverWait wait = new WebDriverWait(driver, ANSWER_TIMEOUT);
        // a button that asks first opens the portal's confirmation dialog: the user confirms
        wait.until(d -> ExpectedConditions.stalenessOf(html).apply(d)
                || d.findElements(By.cssSelector(".ui-confirm-dialog")).stream().anyMatch(WebElement::isDisplayed));
        if (!ExpectedConditions.stalenessOf(html).apply(driver)) {
            // pressed after the script returns: a form of 100 000-character fields takes its time to go
            ((JavascriptExecutor) driver).executeScript("setTimeout(() => document.getElementById('confirm-form:confirm-yes').click(), 0);");
        }
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * What the fuzz needs, made through the API where it has a way (local plans, periods, reports)
     * and reused where a run may leave it: the editor's plans, the period 2097-01 (opened once), the editor's
     * report in it open for editing and Skellefteå's submitted for review, a delmål, and an audit
     * entry from before personnummer were refused, for the administrator to redact.
     */
    record Fixture(long plan, long measure, long riskPlan, long risk, long period, String area, String subGoal, String entry,
            int qualityYear) {

        private static final String NACKA_PLAN = "Åtgärdsplan 2020 barn- och familjeenheten";

        static Fixture make(Browser coordinator) {
            KeycloakUsers.kommunEditor(EDITOR, KOMMUN, "Berit", "Bjurholmsdotter");
            coordinator.logInAs("samordnare");
            PlanPages.Area own = PlanPages.addArea(coordinator, "Formfuzz");
            PlanPages.addSubGoal(coordinator, own, 1, "Formfuzzdelmål.", "2027");
            String area = TestDatabase.column("SELECT a.item_key FROM improvement_area a JOIN plan_version v ON v.id = a.version_id "
                    + "WHERE a.title = ? ORDER BY v.number DESC LIMIT 1", own.title()).get(0);
            PortalApi editor = PortalApi.as(EDITOR);
            long plan = editor.post("lokala-planer", Json.createObjectBuilder().add("title", "Formfuzzplanen").add("shape", "MEASURES")
                    .add("status", "DRAFT").build()).object().getJsonNumber("id").longValue();
            long measure = editor.post("lokala-planer/" + plan + "/atgarder", Json.createObjectBuilder().add("title", "Formfuzzåtgärd")
                    .build()).object().getJsonArray("measures").getJsonObject(0).getJsonNumber("id").longValue();
            // A key figure the editor follows, so that the form to fetch its values from Kolada shows (already followed: 400, kept).
            editor.post("nyckeltal", Json.createObjectBuilder().add("kpi", "U09901").add("title", "Formfuzznyckeltal").build());
            long riskPlan = riskPlanOfEditor(editor);
            long risk = Long.parseLong(TestDatabase.column("SELECT MIN(r.id) FROM local_risk r JOIN local_goal g ON g.id = r.goal_id "
                    + "WHERE g.plan_id = ?", riskPlan).get(0));
            long period = period2097();
            reportOpenForEditing(editor, period);
            reportSubmitted(PortalApi.as("socialchef.skelleftea"), period);
            String subGoal = TestDatabase.column("SELECT s.item_key FROM sub_goal s JOIN improvement_area a ON a.id = s.area_id "
                    + "JOIN plan_version v ON v.id = a.version_id WHERE a.item_key = ? ORDER BY v.number DESC, s.position LIMIT 1", area).get(0);
            return new Fixture(plan, measure, riskPlan, risk, period, area, subGoal, oldAuditEntryWithPersonnummer(), qualityDraft(editor));
        }

        /** The test's own area's number now (its title may have become the fuzz's honest text). */
        int areaNumber() {
            return Integer.parseInt(TestDatabase.column("SELECT a.number FROM improvement_area a JOIN plan_version v ON v.id = a.version_id "
                    + "WHERE a.item_key = ? ORDER BY v.number DESC LIMIT 1", area).get(0));
        }

        String fill(String page) {
            return page.replace("{plan}", String.valueOf(plan)).replace("{measure}", String.valueOf(measure))
                    .replace("{riskplan}", String.valueOf(riskPlan)).replace("{risk}", String.valueOf(risk))
                    .replace("{period}", String.valueOf(period)).replace("{subgoal}", subGoal).replace("{area}", String.valueOf(areaNumber())).replace("{entry}", entry)
                    .replace("{qyear}", String.valueOf(qualityYear));
        }

        /**
         * An utkast of the editor's kvalitetsberättelse for a year of its own, with a typed figure under Synpunkter and a
         * fokusområde (so that every form of its pages is shown); answers its year.
         */
        private static int qualityDraft(PortalApi editor) {
            int year = se.samverkansportalen.it.support.QualityYears.freeOf(KOMMUN);
            PortalApi.Answer created = editor.post("kvalitetsberattelser", Json.createObjectBuilder().add("year", year).build());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String address = "kvalitetsberattelser/" + KOMMUN + "/" + year + "/avsnitt/";
            var complaints = editor.get(address + "complaints").object();
            editor.put(address + "complaints", Json.createObjectBuilder(complaints).add("figures", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("name", "Registrerade synpunkter").add("unit", "COUNT").add("year", year).add("value", 12))).build());
            var focus = editor.get(address + "focus-next-year").object();
            editor.put(address + "focus-next-year", Json.createObjectBuilder(focus).add("entries", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("list", "ITEMS").add("department", "Barn och unga").add("name", "Formfuzzfokus"))).build());
            return year;
        }

        /** The editor's plan read in from Nacka's file (its jourhem indicators give the report indicator values). */
        private static long riskPlanOfEditor(PortalApi editor) {
            List<String> existing = TestDatabase.column("SELECT MIN(id) FROM local_plan WHERE kommun_code = '" + KOMMUN + "' "
                    + "AND shape = 'RISK_BASED' AND title = ?", NACKA_PLAN);
            if (existing.get(0) != null) {
                return Long.parseLong(existing.get(0));
            }
            try {
                PortalApi.Answer imported = editor.postText("lokala-planer/import",
                        Files.readString(Path.of("../ejb/src/main/resources/seed/local-plan-risks-nacka-2020.json")));
                assertThat(imported.status()).as(imported.body()).isEqualTo(201);
                return imported.object().getJsonNumber("id").longValue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The monthly period 2097-01, opened by the coordinator unless an earlier run did. */
        private static long period2097() {
            PortalApi.Answer opened = PortalApi.as("samordnare").post("rapportperioder", Json.createObjectBuilder().add("kind", "MONTH")
                    .add("year", 2097).add("number", 1).add("deadline", "2097-02-10").build());
            if (opened.status() == 201) {
                return opened.object().getJsonNumber("id").longValue();
            }
            return Long.parseLong(TestDatabase.column("SELECT id FROM reporting_period WHERE kind = 'MONTH' AND year = 2097 AND number = 1")
                    .get(0));
        }

        /** The editor's report for the period is editable: one an earlier run submitted is returned by the reviewer. */
        private static void reportOpenForEditing(PortalApi editor, long period) {
            String status = editor.get("rapporter/" + period).object().getString("status", "DRAFT");
            if (status.equals("SUBMITTED")) {
                PortalApi.Answer returned = PortalApi.as("granskare.lbu").post("granskning/" + period + "/" + KOMMUN + "/komplettering",
                        Json.createObjectBuilder().add("comment", "Öppnas igen för formulärtestet.").add("itemIds", Json.createArrayBuilder())
                                .build());
                assertThat(returned.status()).as(returned.body()).isEqualTo(200);
            }
        }

        /** Skellefteå's report for the period waits for review: submitted, or submitted again after a returned one. */
        private static void reportSubmitted(PortalApi skelleftea, long period) {
            PortalApi.Answer report = skelleftea.get("rapporter/" + period);
            JsonObject form = report.object();
            if (!form.getString("status", "DRAFT").equals("SUBMITTED")) {
                PortalApi.Answer submitted = skelleftea.postText("rapporter/" + period + "/inskickning", report.body());
                assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            }
        }

        /**
         * The item key of an audit entry as the portal wrote it before free text with a personnummer
         * was refused (written with SQL, as such data is); a new one when the last run redacted its own.
         */
        private static String oldAuditEntryWithPersonnummer() {
            List<String> open = TestDatabase.column("SELECT item_key FROM audit_entry WHERE item_key LIKE '2480:formfuzz-%' "
                    + "AND redacted_at IS NULL ORDER BY id DESC LIMIT 1");
            if (!open.isEmpty()) {
                return open.get(0);
            }
            String key = "2480:formfuzz-" + UUID.randomUUID();
            TestDatabase.oldAuditEntry(key, "Stödsamtal med 19121212-1212", "Stödsamtal");
            return key;
        }
    }
}
