package org.corridorgraph.extract;

import java.util.List;

/** What saving the review page's decisions did: the acceptance (final ids, skips, files) and the candidates rejected. */
public record ReviewOutcome(Acceptance acceptance, List<String> rejected) {
}
