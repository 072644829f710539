package se.samverkansportalen.web.export.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF the way an archive or an accessibility audit would, with veraPDF (the PDF
 * Association's reference validator, its greenfield parser, from Maven Central): against PDF/UA-1
 * (ISO 14289-1, the machine-checkable part of the Matterhorn protocol) and PDF/A-3a (ISO 19005-3
 * level a). Used by the web module's unit tests and, through the module's test jar, by the
 * integration tests that download a PDF from the portal.
 */
public final class PdfValidation {

    /** What TaggedPdf promises: PDF/UA-1 and PDF/A-3a. */
    public static final List<PDFAFlavour> PORTAL_FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {
    }

    /** One failed rule: the flavour, the rule (clause and test number), veraPDF's description and where. */
    public record Failure(PDFAFlavour flavour, String rule, String message, String where) {

        @Override
        public String toString() {
            return flavour.getId() + " " + rule + ": " + message + (where == null || where.isBlank() ? "" : " (" + where + ")");
        }
    }

    /** The failed rules of {@code pdf} for each of {@link #PORTAL_FLAVOURS}; empty when it is PDF/UA-1 and PDF/A-3a. */
    public static List<Failure> failures(byte[] pdf) {
        List<Failure> failures = new ArrayList<>();
        for (PDFAFlavour flavour : PORTAL_FLAVOURS) {
            failures.addAll(failures(pdf, flavour));
        }
        return failures;
    }

    /** The failed rules of {@code pdf} for one {@code flavour}, each rule once (with its first place). */
    public static List<Failure> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<Failure> failures = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                if (seen.add(rule)) {
                    failures.add(new Failure(flavour, rule, assertion.getMessage(),
                            assertion.getLocation() == null ? null : assertion.getLocation().getContext()));
                }
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add(new Failure(flavour, "-", "not compliant (" + result.getJobEndStatus() + ")", null));
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the PDF as " + flavour.getId(), e);
        }
    }
}
