package org.pmpathways.resume;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.pmpathways.InvalidProfileException;

/**
 * Reads a résumé into a {@link org.pmpathways.profile.Profile}, with a report of what was read, what
 * was ignored, what could not be read and what a résumé cannot say.
 *
 * <pre>{@code
 * ImportResult imported = ResumeImport.asOf(LocalDate.now(ZoneOffset.UTC)).fromJsonResume(bytes);
 * Advice advice = advisor.advise(imported.profile());
 * imported.report().warnings();              // what to check
 * imported.questions(advisor).get(0).text(); // what to ask the candidate first
 * }</pre>
 *
 * <p>Two formats are read: a JSON Resume (jsonresume.org, schema 0.x and 1.x) and a LinkedIn data
 * export (its folder or its zip). Dates such as "present" are counted up to the importer's day, so an
 * importer made with {@link #asOf(LocalDate)} gives the same profile for the same résumé every time.
 *
 * <p>Bad input is refused whole with an {@link InvalidProfileException} naming the place (a JSON path
 * such as {@code work[2]}, or a file such as {@code Positions.csv}) and, in JSON, the line and
 * column: input that is not JSON, a section of the wrong type, or input over a bound. A JSON Resume
 * has at most {@value JsonTree#MAX_DOCUMENT_BYTES} bytes, {@value JsonTree#MAX_DEPTH} levels of
 * nesting, {@value JsonTree#MAX_ENTRIES} entries in a list or members in an object,
 * {@value JsonTree#MAX_VALUES} values in all and {@value JsonTree#MAX_STRING_LENGTH} characters in a
 * string. A LinkedIn export has at most {@value LinkedInExportReader#MAX_FILE_BYTES} bytes in each
 * CSV file it reads and {@value LinkedInExportReader#MAX_TOTAL_BYTES} in all,
 * {@value LinkedInExportReader#MAX_ROWS} rows in a file, and, zipped,
 * {@value LinkedInExportReader#MAX_ZIP_ENTRIES} entries and {@value LinkedInExportReader#MAX_ZIP_BYTES}
 * bytes. Values that are merely unusable (a date in the year 99999, an end before its start) are
 * reported and left out; they never stop an import.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResumeImport {
  private final LocalDate today;

  private ResumeImport(LocalDate today) {
    this.today = today;
  }

  /** An importer that counts open-ended jobs up to {@code today}. */
  public static ResumeImport asOf(LocalDate today) {
    return new ResumeImport(Objects.requireNonNull(today, "today must not be null"));
  }

  /** An importer that counts open-ended jobs up to today's date on the clock, read once, now. */
  public static ResumeImport today(Clock clock) {
    return asOf(LocalDate.now(Objects.requireNonNull(clock, "clock must not be null")));
  }

  /** The day open-ended jobs are counted up to. */
  public LocalDate asOf() {
    return today;
  }

  /**
   * Reads a JSON Resume from bytes (UTF-8, or UTF-16/32 with their usual detection).
   *
   * @throws InvalidProfileException naming the place of the first problem that stops the import
   */
  public ImportResult fromJsonResume(byte[] json) {
    return JsonResumeReader.read(Objects.requireNonNull(json, "json must not be null"), today);
  }

  /** Reads a JSON Resume from text. */
  public ImportResult fromJsonResume(String json) {
    return fromJsonResume(Objects.requireNonNull(json, "json must not be null").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a JSON Resume from a stream, reading at most one byte more than the size limit. The stream
   * is not closed.
   *
   * @throws UncheckedIOException if the stream fails
   */
  public ImportResult fromJsonResume(InputStream in) {
    Objects.requireNonNull(in, "in must not be null");
    byte[] bytes;
    try {
      bytes = in.readNBytes(JsonTree.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > JsonTree.MAX_DOCUMENT_BYTES) {
      throw new InvalidProfileException("", "the résumé is more than " + JsonTree.MAX_DOCUMENT_BYTES
          + " bytes; résumés are at most " + JsonTree.MAX_DOCUMENT_BYTES + " bytes");
    }
    return fromJsonResume(bytes);
  }

  /**
   * Reads a LinkedIn data export: the folder it unpacks to, or its zip. Of its files,
   * Positions.csv, Skills.csv, Certifications.csv and Projects.csv are read; at least one must be there.
   *
   * @throws InvalidProfileException naming the file (and row) of the first problem that stops the import
   */
  public ImportResult fromLinkedInExport(Path export) {
    return LinkedInExportReader.read(Objects.requireNonNull(export, "export must not be null"), today);
  }
}
