package org.pmpathways.examples.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.CharConversionException;
import java.io.IOException;
import org.pmpathways.AdvisorException;
import org.pmpathways.InvalidProfileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as a problem detail (RFC 9457, {@code application/problem+json}): bad input
 * is a 400 naming the field, the allowed values, the line and the column; a body past its limit is a
 * 413; anything else is a 500 that says no more than that. No stack trace ever reaches the client;
 * unexpected errors are logged here.
 *
 * <p>A 400's extra members: {@code field} (a JSON path such as {@code sideProjects[0].kind}, or
 * {@code ""} for the document), {@code allowedValues} (for an enum), {@code line} and {@code column}
 * (1-based, for JSON input). A 413's: {@code limit} in bytes.
 *
 * <p>Thread-safe: stateless.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  @ExceptionHandler(InvalidProfileException.class)
  ResponseEntity<Object> invalid(InvalidProfileException e, HttpServletRequest request) {
    return answer(refused(e, titleFor(request)));
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
    return answer(tooLarge(e.getMessage(), e.limit()));
  }

  @ExceptionHandler(AdvisorException.class)
  ResponseEntity<Object> advisorFailed(AdvisorException e) {
    log.error("The advisor failed", e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The rules could not advise this profile; the failure is logged on the server.");
    problem.setTitle("Advice failed");
    return answer(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    log.error("Unexpected error", e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on the server; it is logged there.");
    problem.setTitle("Internal error");
    return answer(problem);
  }

  /**
   * The body could not be read into a profile: Jackson's own error (the JSON is malformed, or there is
   * something after it), the library's refusal of the profile, or the body's limit.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return tooLarge(tooLarge);
      }
      if (t instanceof InvalidProfileException invalid) {
        return answer(refused(invalid, "Invalid profile"));
      }
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException json) {
        return answer(unreadableJson(json));
      }
      if (t instanceof CharConversionException text) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "The body is not text in UTF-8, UTF-16 or UTF-32: " + text.getMessage());
        problem.setTitle("Malformed JSON");
        problem.setProperty("field", "");
        return answer(problem);
      }
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body is missing or could not be read.");
    problem.setTitle("Unreadable request body");
    return answer(problem);
  }

  static ProblemDetail refused(InvalidProfileException e, String title) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle(title);
    problem.setProperty("field", e.field());
    if (!e.allowedValues().isEmpty()) {
      problem.setProperty("allowedValues", e.allowedValues());
    }
    if (e.line() > 0) {
      problem.setProperty("line", e.line());
      problem.setProperty("column", e.column());
    }
    return problem;
  }

  static ProblemDetail tooLarge(String detail, long limit) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
    problem.setTitle("Request body too large");
    problem.setProperty("limit", limit);
    return problem;
  }

  private static ProblemDetail unreadableJson(JsonProcessingException e) {
    // Jackson's parser says what is wrong with the text; its mapper's messages name Java types, so
    // they are not repeated.
    String what = e instanceof JsonParseException ? e.getOriginalMessage()
        : String.valueOf(e.getOriginalMessage()).startsWith("Trailing token") ? "there is more after the JSON value"
        : "it does not have the expected shape";
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON: " + what);
    problem.setTitle("Malformed JSON");
    problem.setProperty("field", e instanceof JsonMappingException mapping ? path(mapping) : "");
    JsonLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      problem.setProperty("line", where.getLineNr());
      problem.setProperty("column", where.getColumnNr());
    }
    return problem;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String titleFor(HttpServletRequest request) {
    return request.getRequestURI().endsWith("/import") ? "Unreadable résumé" : "Invalid profile";
  }

  private static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** Writes a problem straight to a response, for filters that answer before Spring MVC does. */
  static void write(HttpServletResponse response, ObjectMapper mapper, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    mapper.writeValue(response.getOutputStream(), problem);
  }
}
