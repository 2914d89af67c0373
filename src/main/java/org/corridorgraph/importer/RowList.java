package org.corridorgraph.importer;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/** ITEMS seen as rows, each made when it is read: a large import never holds all its rows at once beside the seed. */
final class RowList<T, R> extends AbstractList<R> {
    private final List<T> items;
    private final Function<T, R> toRow;

    RowList(List<T> items, Function<T, R> toRow) {
        this.items = items;
        this.toRow = toRow;
    }

    @Override
    public R get(int index) {
        return toRow.apply(items.get(index));
    }

    @Override
    public int size() {
        return items.size();
    }
}
