package org.pmpathways.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.resume.ImportReport.Format;

/**
 * Reads the CSV files of a LinkedIn data export that describe a career: Positions.csv, Skills.csv,
 * Certifications.csv and Projects.csv, and the headline of Profile.csv (its other columns, such as
 * the address and birth date, are not kept), from the export's folder or its zip; file names are
 * matched ignoring case. The other files of an export (messages, connections, ...) are never opened;
 * those that describe a career too (education, volunteering, ...) are named in the report as not read.
 *
 * <p>A zip is read through its central directory, and only the five files are inflated, each
 * counted as it is read: an entry may not inflate beyond {@link #MAX_FILE_BYTES}, the five together
 * beyond {@link #MAX_TOTAL_BYTES}, and an archive may not hold more than {@link #MAX_ZIP_ENTRIES}
 * entries. Entry names are only compared with the file names and never used as paths.
 *
 * <p>Thread-safe: stateless.
 */
final class LinkedInExportReader {
  static final String POSITIONS = "Positions.csv";
  static final String SKILLS = "Skills.csv";
  static final String CERTIFICATIONS = "Certifications.csv";
  static final String PROJECTS = "Projects.csv";
  static final String PROFILE = "Profile.csv";
  /** The files that are read; Profile.csv for its headline only. */
  static final List<String> FILES = List.of(POSITIONS, SKILLS, CERTIFICATIONS, PROJECTS, PROFILE);
  /** Files of an export that describe a career but are not read: the report names them when present. */
  static final List<String> NOT_READ = List.of("Education.csv", "Volunteering.csv", "Courses.csv", "Honors.csv",
      "Languages.csv", "Publications.csv", "Patents.csv", "Recommendations_Received.csv");

  /** The largest of the CSV files read, in bytes. */
  static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
  /** The files read, together, in bytes. */
  static final int MAX_TOTAL_BYTES = 4 * 1024 * 1024;
  /** The most entries in an export's zip; a full export holds about a hundred. */
  static final int MAX_ZIP_ENTRIES = 5_000;
  /** The largest zip file, in bytes. */
  static final long MAX_ZIP_BYTES = 512L * 1024 * 1024;
  /** The most rows in one CSV file. */
  static final int MAX_ROWS = 1_000;

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .setAllowMissingColumnNames(true)
      .get();

  private LinkedInExportReader() {}

  static ImportResult read(Path export, LocalDate today) {
    String where = String.valueOf(export.getFileName());
    Map<String, String> files;
    List<String> notRead = new ArrayList<>();
    try {
      if (Files.isDirectory(export)) {
        files = fromFolder(export, notRead);
      } else if (Files.isRegularFile(export)) {
        files = fromZip(export, notRead);
      } else {
        throw new InvalidProfileException(where, "no such file or folder: " + export);
      }
    } catch (NoSuchFileException e) {
      throw new InvalidProfileException(where, "no such file or folder: " + export);
    } catch (IOException e) {
      throw new InvalidProfileException(where, "could not be read: " + e.getMessage());
    } catch (java.io.UncheckedIOException e) { // listing a folder
      throw new InvalidProfileException(where, "could not be read: " + e.getCause().getMessage());
    }
    if (files.isEmpty()) {
      throw new InvalidProfileException(where, "holds none of " + FILES + "; is it a LinkedIn data export?");
    }
    ProfileAssembler a = new ProfileAssembler(Format.LINKEDIN_EXPORT, today);
    for (String name : FILES) {
      if (!files.containsKey(name)) {
        a.ignored(name, "not in the export");
      }
    }
    for (String name : notRead) {
      a.ignored(name, "not read: only positions, skills, certifications, projects and the headline describe the"
          + " candidate here");
    }
    if (files.containsKey(PROFILE)) {
      List<Row> profile = rows(PROFILE, files.get(PROFILE));
      if (!profile.isEmpty() && profile.get(0).has("Headline")) {
        a.label(profile.get(0).path("Headline"), profile.get(0).get("Headline"));
      } else {
        a.ignored(PROFILE, "no headline");
      }
    }
    if (files.containsKey(POSITIONS)) {
      for (Row row : rows(POSITIONS, files.get(POSITIONS), "Title", "Started On", "Finished On")) {
        String startPath = row.path("Started On");
        String endPath = row.path("Finished On");
        String title = row.get("Title");
        if (title.isBlank()) {
          a.unreadable(row.path("Title"), "no title: this position cannot give the title");
        }
        a.job(new ProfileAssembler.Job(row.path(), title, row.path("Title"), ResumeDate.read(row.get("Started On")),
            startPath, ResumeDate.read(row.get("Finished On")), endPath, false,
            row.has("Company Name") ? row.get("Company Name") : null));
        if (row.has("Description")) {
          a.jobText(row.path("Description"), row.get("Description"));
        }
      }
    }
    if (files.containsKey(SKILLS)) {
      for (Row row : rows(SKILLS, files.get(SKILLS), "Name")) {
        if (row.get("Name").isBlank()) {
          a.ignored(row.path(), "no name");
          continue;
        }
        a.skill(row.path("Name"), row.get("Name"));
      }
    }
    if (files.containsKey(CERTIFICATIONS)) {
      for (Row row : rows(CERTIFICATIONS, files.get(CERTIFICATIONS), "Name")) {
        if (row.get("Name").isBlank()) {
          a.ignored(row.path(), "no name");
          continue;
        }
        a.certificate(row.path("Name"), row.get("Name"));
      }
    }
    if (files.containsKey(PROJECTS)) {
      for (Row row : rows(PROJECTS, files.get(PROJECTS), "Title")) {
        String description = row.has("Description") ? row.get("Description") : "";
        if (row.get("Title").isBlank() && description.isBlank()) {
          a.ignored(row.path(), "no title and no description");
          continue;
        }
        a.project(new ProfileAssembler.Project(row.path(), row.get("Title"), description));
      }
    }
    return a.build();
  }

  /** One CSV row, its values by column, and its place for the report: {@code Positions.csv[2].Title}. */
  private record Row(String file, long number, CSVRecord record) {
    String path() {
      return file + "[" + number + "]";
    }

    String path(String column) {
      return path() + "." + column;
    }

    boolean has(String column) {
      return record.isMapped(column) && record.isSet(column);
    }

    String get(String column) {
      return has(column) ? record.get(column) : "";
    }
  }

  private static List<Row> rows(String file, String text, String... required) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Row> rows = new ArrayList<>();
    try (Reader reader = new StringReader(body); CSVParser parser = CSV.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      for (String column : required) {
        if (!header.contains(column)) {
          throw new InvalidProfileException(file, "has no column '" + column + "'; its columns are " + header,
              List.of(), 1, -1);
        }
      }
      for (CSVRecord record : parser) {
        if (rows.size() == MAX_ROWS) {
          throw new InvalidProfileException(file, "has more than " + MAX_ROWS + " rows; an export this long is"
              + " refused rather than read in part", List.of(), (int) Math.min(Integer.MAX_VALUE,
              parser.getCurrentLineNumber()), -1);
        }
        rows.add(new Row(file, record.getRecordNumber(), record));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      if (e instanceof InvalidProfileException ipe) {
        throw ipe;
      }
      // Commons CSV wraps its parse errors ("(startline 2) EOF reached before encapsulated token
      // finished") in an UncheckedIOException, whose own message would name the exception's class.
      Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      String why = String.valueOf(cause.getMessage());
      java.util.regex.Matcher line = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)\\s*").matcher(why);
      int at = -1;
      if (line.find()) {
        at = Integer.parseInt(line.group(1));
        why = line.replaceFirst("");
      }
      throw new InvalidProfileException(file, "is not a readable CSV file: " + why, List.of(), at, -1);
    }
    return rows;
  }

  private static Map<String, String> fromFolder(Path folder, List<String> notRead) throws IOException {
    Map<String, Path> found = new LinkedHashMap<>();
    try (var listing = Files.list(folder)) {
      var names = listing.limit(MAX_ZIP_ENTRIES + 1L).toList();
      if (names.size() > MAX_ZIP_ENTRIES) {
        throw new InvalidProfileException(name(folder), "holds more than " + MAX_ZIP_ENTRIES + " files; export"
            + " folders are read up to " + MAX_ZIP_ENTRIES);
      }
      for (Path path : names) {
        String base = name(path);
        for (String file : FILES) {
          if (base.equalsIgnoreCase(file) && Files.isRegularFile(path)) {
            if (found.containsKey(file)) {
              throw new InvalidProfileException(name(folder), "holds more than one " + file + " ('"
                  + name(found.get(file)) + "' and '" + base + "'); which one to read is unclear");
            }
            found.put(file, path);
          }
        }
        noteNotRead(base, notRead);
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    long total = 0;
    for (String name : FILES) {
      Path file = found.get(name);
      if (file == null) {
        continue;
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new InvalidProfileException(name, "is " + size + " bytes; files of the export are read up to "
            + MAX_FILE_BYTES + " bytes");
      }
      total += size;
      if (total > MAX_TOTAL_BYTES) {
        throw new InvalidProfileException(name, "the export's files are more than " + MAX_TOTAL_BYTES + " bytes together");
      }
      try (InputStream in = Files.newInputStream(file)) {
        files.put(name, utf8(name, bounded(name, in, MAX_FILE_BYTES)));
      }
    }
    return files;
  }

  private static void noteNotRead(String base, List<String> notRead) {
    for (String file : NOT_READ) {
      if (base.equalsIgnoreCase(file) && !notRead.contains(file)) {
        notRead.add(file);
      }
    }
  }

  private static Map<String, String> fromZip(Path zip, List<String> notRead) throws IOException {
    long size = Files.size(zip);
    if (size > MAX_ZIP_BYTES) {
      throw new InvalidProfileException(name(zip), "is " + size + " bytes; export archives are read up to "
          + MAX_ZIP_BYTES + " bytes");
    }
    Map<String, ZipEntry> wanted = new LinkedHashMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      if (archive.size() > MAX_ZIP_ENTRIES) {
        throw new InvalidProfileException(name(zip), "holds " + archive.size() + " entries; export archives are"
            + " read up to " + MAX_ZIP_ENTRIES);
      }
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (!entry.isDirectory()) {
          noteNotRead(base, notRead);
        }
        for (String file : FILES) {
          if (!entry.isDirectory() && base.equalsIgnoreCase(file)) {
            if (wanted.containsKey(file)) {
              throw new InvalidProfileException(name(zip), "holds more than one " + file + " ('"
                  + wanted.get(file).getName() + "' and '" + name + "'); which one to read is unclear");
            }
            wanted.put(file, entry);
          }
        }
      }
      long total = 0;
      for (String file : FILES) {
        ZipEntry entry = wanted.get(file);
        if (entry == null) {
          continue;
        }
        try (InputStream in = archive.getInputStream(entry)) {
          byte[] bytes = bounded(file, in, MAX_FILE_BYTES);
          total += bytes.length;
          if (total > MAX_TOTAL_BYTES) {
            throw new InvalidProfileException(file, "the export's files inflate to more than " + MAX_TOTAL_BYTES
                + " bytes together");
          }
          files.put(file, utf8(file, bytes));
        }
      }
    } catch (ZipException e) {
      throw new InvalidProfileException(name(zip), "is neither a folder nor a readable zip archive: " + e.getMessage());
    }
    return files;
  }

  private static String name(Path path) {
    return String.valueOf(path.getFileName());
  }

  /** Reads at most {@code limit} bytes, counting what is actually inflated rather than trusting headers. */
  private static byte[] bounded(String file, InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > limit) {
        throw new InvalidProfileException(file, "is more than " + limit + " bytes; files of the export are read"
            + " up to " + limit + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String utf8(String file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidProfileException(file, "is not valid UTF-8");
    }
  }
}
