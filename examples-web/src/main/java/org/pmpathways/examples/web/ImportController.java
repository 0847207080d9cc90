package org.pmpathways.examples.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Profile;
import org.pmpathways.resume.ImportResult;
import org.pmpathways.resume.Question;
import org.pmpathways.resume.ResumeImport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /import}: a résumé in, the profile read from it, the report of how it was read and the
 * questions that settle what a résumé cannot say out; with {@code ?advice=true}, the advice for the
 * imported profile too.
 *
 * <p>The résumé comes as a JSON Resume ({@code application/json}), or as a file: a JSON Resume or a
 * LinkedIn data export zip, sent as {@code application/octet-stream}, {@code application/zip} or as
 * the part {@code file} of {@code multipart/form-data}. A file is a LinkedIn export when it starts
 * as a zip does; it is then kept in a temporary file for the importer and deleted afterwards.
 *
 * <p>Thread-safe: its state is the shared advisor, the clock and the limits; each request has its own
 * importer, dated by the clock.
 */
@RestController
class ImportController {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final PathwayAdvisor advisor;
  private final Clock clock;
  private final WebLimits limits;

  ImportController(PathwayAdvisor advisor, Clock clock, WebLimits limits) {
    this.advisor = advisor;
    this.clock = clock;
    this.limits = limits;
  }

  /** What {@code POST /import} answers. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Imported(Profile profile, @JsonRawValue String report, List<Question> questions, Advice advice) {}

  @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Imported importJsonResume(InputStream body, @RequestParam(name = "advice", defaultValue = "false") boolean advice)
      throws IOException {
    return answer(importer().fromJsonResume(readResume(body)), advice);
  }

  @PostMapping(path = "/import", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/zip"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  Imported importFile(InputStream body, @RequestParam(name = "advice", defaultValue = "false") boolean advice)
      throws IOException {
    return answer(read(body), advice);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Imported importUpload(@RequestPart(name = "file") MultipartFile file, @RequestParam(name = "advice", defaultValue = "false") boolean advice)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return answer(read(in), advice);
    }
  }

  private ResumeImport importer() {
    return ResumeImport.today(clock);
  }

  private Imported answer(ImportResult imported, boolean withAdvice) {
    return new Imported(imported.profile(), imported.report().toJson(), imported.questions(advisor),
        withAdvice ? advisor.advise(imported.profile()) : null);
  }

  private ImportResult read(InputStream body) throws IOException {
    BufferedInputStream in = new BufferedInputStream(body);
    in.mark(ZIP_MAGIC.length);
    byte[] head = in.readNBytes(ZIP_MAGIC.length);
    in.reset();
    if (!Arrays.equals(head, ZIP_MAGIC)) {
      return importer().fromJsonResume(readResume(in));
    }
    Path zip = Files.createTempFile("pm-pathways-export-", ".zip");
    try {
      copy(in, zip, limits.maxExportBytes());
      return importer().fromLinkedInExport(zip);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private byte[] readResume(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(Math.toIntExact(limits.maxResumeBytes() + 1));
    if (bytes.length > limits.maxResumeBytes()) {
      throw new BodyTooLargeException("the résumé", limits.maxResumeBytes());
    }
    return bytes;
  }

  private static void copy(InputStream in, Path target, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > limit) {
          throw new BodyTooLargeException("the LinkedIn export", limit);
        }
        out.write(buffer, 0, n);
      }
    }
  }
}
