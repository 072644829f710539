package se.samverkansportalen.web.export.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The portal's accessible PDF: a well-formed XHTML document in, a tagged PDF out that is both
 * PDF/UA-1 (ISO 14289-1) and PDF/A-3a (ISO 19005-3, level a: tagged, Unicode text), with every font
 * embedded. The tags come from the document's structure, so the document must carry it:
 * {@code <html lang="sv">}, a {@code <title>} (the PDF's title, shown by the reader), headings
 * {@code h1}–{@code h3} in order, tables with {@code <th scope="col|row">}, lists as {@code ul}/{@code ol},
 * an {@code alt} for every image. Written with openhtmltopdf on PDFBox 3; the fonts are the Liberation
 * family of OpenPDF's font jar ({@code 'Liberation Sans'} by default, also {@code 'Liberation Serif'}
 * and {@code 'Liberation Mono'}), the colour profile Java's own sRGB. Nothing outside the document is
 * fetched: links to style sheets, images or fonts by address are refused, so a text can never make
 * the server reach out (write styles in a {@code <style>} element, images as {@code data:} addresses).
 * {@code PdfValidation} in the web module's tests checks the output with veraPDF.
 */
public final class TaggedPdf {

    /** The PDF/A part and level the output claims (and veraPDF checks). */
    public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_A;

    /** The font family the document gets unless its own style says otherwise. */
    public static final String DEFAULT_FONT = "Liberation Sans";

    private static final String BASE_STYLE = "@page { size: A4; margin: 20mm 18mm; }\n"
            + "body { font-family: '" + DEFAULT_FONT + "'; font-size: 10pt; line-height: 1.35; }\n"
            + "table { border-collapse: collapse; }\n"
            + "th, td { border: 0.5pt solid #666; padding: 2pt 4pt; text-align: left; vertical-align: top; }\n";

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("Liberation Sans", "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("Liberation Sans", "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("Liberation Serif", "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Serif", "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Liberation Serif", "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("Liberation Serif", "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("Liberation Mono", "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Mono", "LiberationMono-Bold.ttf", 700, FontStyle.NORMAL));

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private TaggedPdf() {
    }

    /**
     * Renders {@code xhtml} as a tagged PDF/UA-1 and PDF/A-3a document.
     *
     * @param xhtml a well-formed XHTML document (XML: every element closed, {@code &amp;} escaped;
     *              no DOCTYPE needed, none is read) with {@code lang} on {@code <html>} and a
     *              {@code <title>}
     * @return the PDF's bytes
     * @throws IllegalArgumentException when the text is not well-formed XML, has no {@code lang}
     *         on its root or no non-empty {@code <title>} (the PDF would not be PDF/UA)
     * @throws UncheckedIOException when the renderer fails
     */
    public static byte[] render(String xhtml) {
        Document document = parse(xhtml);
        Element root = document.getDocumentElement();
        if (root.getAttribute("lang").isBlank() && root.getAttribute("xml:lang").isBlank()) {
            throw new IllegalArgumentException("The document has no lang attribute on <html>: a PDF/UA document states its language");
        }
        NodeList titles = document.getElementsByTagName("title");
        if (titles.getLength() == 0 || titles.item(0).getTextContent().isBlank()) {
            throw new IllegalArgumentException("The document has no <title>: a PDF/UA document has a title");
        }
        addBaseStyle(document);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(CONFORMANCE);
            builder.useColorProfile(SRGB);
            builder.withProducer("Samverkansportalen");
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            for (Face face : FACES) {
                boolean fallback = face.family().equals(DEFAULT_FONT);
                builder.useFont(() -> font(face.file()), face.family(), face.weight(), face.style(), true,
                        fallback ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE) : EnumSet.of(FSFontUseCase.DOCUMENT));
            }
            builder.withW3cDocument(document, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be rendered as PDF", e);
        }
    }

    /** Parses the XHTML with no DTD, no external entities and no network: a text cannot reach outside. */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("The document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** Puts the portal's base style (page, default font, table borders) first in {@code <head>}, so the document's own style wins. */
    private static void addBaseStyle(Document document) {
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element head = null;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "head".equals(element.getLocalName() == null ? element.getTagName() : element.getLocalName())) {
                head = element;
                break;
            }
        }
        if (head == null) {
            head = document.createElementNS(ns, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(ns, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(BASE_STYLE);
        head.insertBefore(style, head.getFirstChild());
    }

    private static InputStream font(String file) {
        InputStream in = TaggedPdf.class.getResourceAsStream("/liberation/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing: is openpdf-fonts-extra packaged?");
        }
        return in;
    }
}
