package org.pmpathways.examples.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a request body may be, by what it carries; a larger one is answered with 413 before it
 * is read to the end. Set as {@code pm-pathways.web.max-profile-bytes} and so on.
 *
 * @param maxProfileBytes a profile for {@code POST /advice}: one person's background, a few
 *     kilobytes; the library's own reader stops at a million characters
 * @param maxResumeBytes a JSON Resume for {@code POST /import}: the importer's own limit, 2 MiB
 * @param maxExportBytes a LinkedIn export zip for {@code POST /import}, which also holds messages and
 *     connections that are never read
 */
@ConfigurationProperties("pm-pathways.web")
record WebLimits(
    @DefaultValue("1048576") long maxProfileBytes,
    @DefaultValue("2097152") long maxResumeBytes,
    @DefaultValue("33554432") long maxExportBytes) {

  WebLimits {
    if (maxProfileBytes < 1 || maxResumeBytes < 1 || maxExportBytes < 1) {
      throw new IllegalArgumentException("pm-pathways.web limits must be at least 1 byte: " + maxProfileBytes
          + ", " + maxResumeBytes + ", " + maxExportBytes);
    }
  }
}
