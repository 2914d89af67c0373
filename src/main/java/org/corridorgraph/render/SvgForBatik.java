package org.corridorgraph.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The SVG picture as Batik can draw it. Batik implements SVG 1.1, so the few SVG 2 features a picture
 * may use are written in SVG 1.1 terms, drawing the same: a marker with {@code orient="auto-start-reverse"}
 * becomes {@code orient="auto"}, and where it starts a line, a copy of it turned half a circle about
 * its reference point. A picture without them is given back as it is.
 */
final class SvgForBatik {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String REVERSE = "auto-start-reverse";
    private static final Pattern MARKER_START = Pattern.compile("url\\(\\s*#([^)\\s]+)\\s*\\)");

    private SvgForBatik() {
    }

    static String adapt(String svg) {
        if (!svg.contains(REVERSE)) {
            return svg;
        }
        Document doc = parse(svg);
        NodeList markers = doc.getElementsByTagNameNS(SVG_NS, "marker");
        List<Element> reversing = new ArrayList<>();
        for (int i = 0; i < markers.getLength(); i++) {
            Element marker = (Element) markers.item(i);
            if (REVERSE.equals(marker.getAttribute("orient"))) {
                reversing.add(marker);
            }
        }
        for (Element marker : reversing) {
            marker.setAttribute("orient", "auto");
            Element atStart = (Element) marker.cloneNode(true);
            String id = marker.getAttribute("id") + "-start-reversed";
            atStart.setAttribute("id", id);
            Element turned = doc.createElementNS(SVG_NS, "g");
            turned.setAttribute("transform", "rotate(180 " + number(marker.getAttribute("refX")) + " "
                    + number(marker.getAttribute("refY")) + ")");
            while (atStart.getFirstChild() != null) {
                turned.appendChild(atStart.getFirstChild());
            }
            atStart.appendChild(turned);
            marker.getParentNode().insertBefore(atStart, marker.getNextSibling());
            pointStartsAt(doc.getDocumentElement(), marker.getAttribute("id"), id);
        }
        return serialise(doc);
    }

    /** Every marker-start attribute naming the marker now names its reversed copy. */
    private static void pointStartsAt(Element element, String markerId, String copyId) {
        String start = element.getAttribute("marker-start");
        Matcher m = MARKER_START.matcher(start);
        if (m.find() && m.group(1).equals(markerId)) {
            element.setAttribute("marker-start", "url(#" + copyId + ")");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                pointStartsAt(e, markerId, copyId);
            }
        }
    }

    private static String number(String value) {
        return value == null || value.isBlank() ? "0" : value.strip();
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the SVG picture does not parse: " + e.getMessage(), e);
        }
    }

    /** The document as text, without an XML declaration. */
    static String serialise(Document doc) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(text));
            return text.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the SVG picture cannot be written: " + e.getMessage(), e);
        }
    }
}
