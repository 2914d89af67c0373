package org.corridorgraph.query;

import java.util.List;
import java.util.Map;

/** One open read transaction: runs Cypher and hands back rows of plain values (see {@link Rows}). */
public interface ReadTx {
    /** At most maxRows rows; {@link Rows#truncated()} says whether more were there. */
    Rows run(String cypher, Map<String, ?> params, int maxRows);

    default List<Map<String, Object>> list(String cypher, Map<String, ?> params) {
        return run(cypher, params, Integer.MAX_VALUE).rows();
    }
}
