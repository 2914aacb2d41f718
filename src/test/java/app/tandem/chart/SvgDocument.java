package app.tandem.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses rendered SVG as XML (failing on anything malformed) and finds elements in it. */
final class SvgDocument {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new SvgDocument(
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String localName) {
        return elements(document.getElementsByTagNameNS(SVG_NS, localName));
    }

    /** The {@code <g>} groups with the given class, e.g. "series". */
    List<Element> groups(String cssClass) {
        return all("g").stream()
                .filter(g -> cssClass.equals(g.getAttribute("class")))
                .toList();
    }

    static List<Element> children(Element parent, String localName) {
        return elements(parent.getElementsByTagNameNS(SVG_NS, localName));
    }

    List<String> texts(String cssClass) {
        return all("text").stream()
                .filter(t -> cssClass.equals(t.getAttribute("class")))
                .map(Element::getTextContent)
                .toList();
    }

    List<String> allTexts() {
        return all("text").stream().map(Element::getTextContent).toList();
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
