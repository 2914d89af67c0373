package org.corridorgraph.query;

import java.util.List;
import java.util.Map;

/** A plain-language question placed on a canned query, with the parameters read from it. */
public record Question(String text, String query, Map<String, List<String>> params) {
}
