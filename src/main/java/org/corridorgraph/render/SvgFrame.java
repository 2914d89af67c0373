package org.corridorgraph.render;

import java.io.StringReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size an SVG picture declares on its root: {@code width} and {@code height} in pixels, else its
 * {@code viewBox}. Only the root element is read.
 */
record SvgFrame(double width, double height) {
    static SvgFrame of(String svg) {
        try {
            XMLStreamReader reader = inputFactory().createXMLStreamReader(new StringReader(svg));
            try {
                while (reader.hasNext() && reader.next() != XMLStreamReader.START_ELEMENT) {
                    // the prolog: declaration, comments
                }
                if (!reader.isStartElement() || !reader.getLocalName().equals("svg")) {
                    throw new IllegalArgumentException("not an SVG picture");
                }
                double[] box = viewBox(reader.getAttributeValue(null, "viewBox"));
                double width = length(reader.getAttributeValue(null, "width"), box == null ? Double.NaN : box[2]);
                double height = length(reader.getAttributeValue(null, "height"), box == null ? Double.NaN : box[3]);
                if (!(width > 0 && height > 0)) {
                    throw new IllegalArgumentException("the SVG picture declares no size");
                }
                return new SvgFrame(width, height);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the SVG picture is not well-formed: " + e.getMessage(), e);
        }
    }

    /** Height over width. */
    double aspect() {
        return height / width;
    }

    /** The pixel height of a copy {@code width} pixels wide. */
    long heightAt(int pixels) {
        return Math.round(pixels * aspect());
    }

    private static double length(String value, double fallback) {
        if (value == null || value.isBlank() || value.strip().endsWith("%")) {
            return fallback;
        }
        String number = value.strip().replaceFirst("px$", "");
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
