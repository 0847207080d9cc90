package org.pmpathways.examples.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request body to the limit of what it carries ({@link WebLimits}): a body that declares
 * a larger length is answered with 413 at once, unread; one sent without a length (chunked) is
 * counted as it is read and stopped with {@link BodyTooLargeException} when it passes the limit.
 * Multipart bodies are left to the servlet container, whose limits Spring Boot sets from the same
 * properties.
 *
 * <p>Thread-safe: each request gets its own counting stream.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimitFilter extends OncePerRequestFilter {
  private final WebLimits limits;
  private final ObjectMapper mapper;

  BodyLimitFilter(WebLimits limits, ObjectMapper mapper) {
    this.limits = limits;
    this.mapper = mapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitFor(request);
    String what = request.getRequestURI().endsWith("/import") ? "the résumé" : "the request body";
    if (request.getContentLengthLong() > limit) {
      Problems.write(response, mapper, Problems.tooLarge(what + " is larger than " + limit + " bytes", limit));
      return;
    }
    if (isMultipart(request)) {
      chain.doFilter(request, response);
    } else {
      chain.doFilter(new LimitedRequest(request, what, limit), response);
    }
  }

  private long limitFor(HttpServletRequest request) {
    if (!request.getRequestURI().endsWith("/import")) {
      return limits.maxProfileBytes();
    }
    return isJson(request) ? limits.maxResumeBytes() : limits.maxExportBytes();
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && MediaType.APPLICATION_JSON.isCompatibleWith(parse(type));
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(parse(type));
  }

  private static MediaType parse(String type) {
    try {
      return MediaType.parseMediaType(type);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM; // left to the controllers' 415
    }
  }

  /** A request whose body stops with {@link BodyTooLargeException} once more than the limit is read. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final String what;
    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, String what, long limit) {
      super(request);
      this.what = what;
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), what, limit);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream in;
    private final String what;
    private final long limit;
    private long count;

    CountingStream(ServletInputStream in, String what, long limit) {
      this.in = in;
      this.what = what;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws IOException {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(what, limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
