package org.localgroups.web.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.localgroups.LocalGroupsException;

/**
 * A refusal with an HTTP status of its own (401, 403, 410, 412, 413, 415, 428), answered as
 * problem+json with any further members (RFC 9457 §3.2: the two versions of a stale edit) and
 * headers ({@code WWW-Authenticate}). Mapped in {@link ErrorMapping} like every other failure.
 */
public final class HttpProblem extends LocalGroupsException {
  private final int status;
  private final String type;
  private final String title;
  private final Map<String, Object> members;
  private final Map<String, String> headers;

  private HttpProblem(
      int status,
      String type,
      String title,
      String detail,
      Map<String, Object> members,
      Map<String, String> headers) {
    super(kindOf(status), detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * A refusal.
   *
   * @param type the last part of the problem type ({@code /problems/TYPE}), such as
   *     "stale-revision"
   * @param title the short title of that type
   * @param detail what happened, in one sentence for people
   */
  public static HttpProblem of(int status, String type, String title, String detail) {
    return new HttpProblem(status, type, title, detail, Map.of(), Map.of());
  }

  /** This refusal with one more member (its name in snake_case, its value serialised as JSON). */
  public HttpProblem with(String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(members);
    more.put(member, value);
    return new HttpProblem(status, type, title, getMessage(), more, headers);
  }

  /** This refusal with one more header. */
  public HttpProblem withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpProblem(status, type, title, getMessage(), members, more);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> members() {
    return members;
  }

  public Map<String, String> headers() {
    return headers;
  }

  private static Kind kindOf(int status) {
    return switch (status) {
      case 404, 410 -> Kind.NOT_FOUND;
      case 409, 412 -> Kind.CONFLICT;
      default -> Kind.BAD_INPUT;
    };
  }
}
