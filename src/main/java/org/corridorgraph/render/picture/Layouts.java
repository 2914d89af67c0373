package org.corridorgraph.render.picture;

/**
 * Lays a diagram out by its arrangement, every position from Eclipse ELK: layered for flows,
 * bipartite pictures and routes, radial for a centre and its neighbourhood. Stateless apart from the
 * font metrics; each call builds its own ELK graphs, so concurrent calls are safe.
 */
public final class Layouts {
    private final Sizing sizing;

    public Layouts(TextMetrics metrics) {
        this.sizing = new Sizing(metrics);
    }

    public Placement place(Diagram diagram) {
        // a centre with one or two others reads better left to right, every relationship labelled
        if (diagram.arrangement() == Diagram.Arrangement.RADIAL && diagram.boxes().size() > 3) {
            Placement radial = new RadialLayout(sizing).place(diagram);
            if (radial != null) {
                return radial;
            }
        }
        return new LayeredLayout(sizing).place(diagram);
    }
}
