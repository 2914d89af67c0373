package org.corridorgraph.render.picture;

import java.util.ArrayList;
import java.util.List;

import org.corridorgraph.render.picture.Placement.TextLine;

/** Text sizes of every picture, and boxes sized to their text by real font metrics. */
final class Sizing {
    static final double PAGE_WIDTH = 1600;
    static final double NAME_SIZE = 13;
    static final double SMALL_SIZE = 12;
    static final double LINE_SPACING = 1.3;
    static final double PAD_X = 10;
    static final double PAD_Y = 6;
    static final double MIN_WIDTH = 44;
    static final double MAX_TEXT_WIDTH = 230;
    static final int MAX_NAME_LINES = 3;
    static final double LABEL_PAD = 3;
    static final double MARGIN = 16;

    private final TextMetrics metrics;

    Sizing(TextMetrics metrics) {
        this.metrics = metrics;
    }

    TextMetrics metrics() {
        return metrics;
    }

    /** A box's text lines: its name wrapped, then its note. */
    List<TextLine> text(Diagram.Box box) {
        List<TextLine> lines = new ArrayList<>();
        double size = box.role() == Diagram.Role.ENTITY ? NAME_SIZE : SMALL_SIZE;
        for (String line : metrics.wrap(box.name(), size, MAX_TEXT_WIDTH, MAX_NAME_LINES)) {
            lines.add(new TextLine(line, size, false));
        }
        if (box.note() != null && !box.note().isBlank()) {
            lines.add(new TextLine(metrics.ellipsis(box.note(), SMALL_SIZE, MAX_TEXT_WIDTH), SMALL_SIZE, true));
        }
        return lines;
    }

    double width(List<TextLine> text) {
        double widest = 0;
        for (TextLine line : text) {
            widest = Math.max(widest, metrics.width(line.text(), line.size()));
        }
        return Math.max(MIN_WIDTH, Math.ceil(widest + 2 * PAD_X));
    }

    double height(List<TextLine> text) {
        double total = 0;
        for (TextLine line : text) {
            total += line.size() * LINE_SPACING;
        }
        return Math.ceil(total + 2 * PAD_Y);
    }

    /** The baseline of each line of a box whose top is at {@code top}. */
    double[] baselines(List<TextLine> text, double top) {
        double[] baselines = new double[text.size()];
        double y = top + PAD_Y;
        for (int i = 0; i < text.size(); i++) {
            double size = text.get(i).size();
            double lineHeight = size * LINE_SPACING;
            double glyphs = metrics.ascent(size) + metrics.descent(size);
            baselines[i] = y + (lineHeight - glyphs) / 2 + metrics.ascent(size);
            y += lineHeight;
        }
        return baselines;
    }

    /** Width and height of a line label. */
    double labelWidth(String text) {
        return Math.ceil(metrics.width(text, SMALL_SIZE) + 2 * LABEL_PAD);
    }

    double labelHeight() {
        return Math.ceil(SMALL_SIZE * LINE_SPACING);
    }
}
