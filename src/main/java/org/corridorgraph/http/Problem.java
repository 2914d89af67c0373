package org.corridorgraph.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, with our extension members: the parameter at fault, and suggestions
 * (entity or query names, or example questions).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String hint, String parameter,
                      List<String> suggestions) {
}
