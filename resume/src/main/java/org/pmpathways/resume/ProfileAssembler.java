package org.pmpathways.resume;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProfileLimits;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.SideProject;
import org.pmpathways.resume.ImportReport.Entry;
import org.pmpathways.resume.ImportReport.Format;
import org.pmpathways.resume.ImportReport.Outcome;

/**
 * Turns what a reader found in a résumé, whatever its format, into a profile and the report: chooses
 * the current role by dates, counts years with overlaps once, keeps lists within the profile's
 * limits, guesses side-project kinds conservatively and lists the facts a résumé cannot give.
 * A reader adds jobs, skills, certificates and projects in document order and notes what it ignored.
 *
 * <p>Not thread-safe; one per import.
 */
final class ProfileAssembler {

  /**
   * A job (or a volunteer role) with where each part came from; {@code employer} is the organisation's
   * name as written (or null), read only to tell time away from work ("Career break") from a job.
   */
  record Job(String source, String title, String titleSource, ResumeDate start, String startSource, ResumeDate end,
      String endSource, boolean volunteer, String employer) {}

  /** A side project with the text its kind and stage are guessed from. */
  record Project(String source, String name, String text) {}

  /**
   * Titles of entries that are time away from work, not a job: they count in no years and are never
   * the current role. Matched on the title without accents, in lower case.
   */
  private static final Pattern BREAK = Pattern.compile("\\b(career break|career pause|sabbatical|gap year"
      + "|parental leave|maternity leave|paternity leave|family leave|full time parent|stay at home parent"
      + "|conge parental|conge maternite|conge sabbatique|pause professionnelle|pause carriere|annee sabbatique"
      + "|excedencia|baja maternal|elternzeit|auszeit|sabbatjahr|licenca maternidade|ano sabatico)\\b");

  /** Words of product work in a job's description: enough to ask about it, never to assume it. */
  private static final Pattern PRODUCT_WORK = Pattern.compile("(?<![a-z0-9])(roadmaps?|backlogs?|prioriti[sz]\\w*"
      + "|user interviews?|customer interviews?|user research|usability tests?\\w*|discovery|a/b tests?\\w*"
      + "|experiments?|kpis?|okrs?|success metrics|cross-functional|product requirements|prds?|problem statements?"
      + "|business case)(?![a-z0-9])");

  /** A terminal escape sequence ("ESC[31m"), removed whole with its escape character. */
  private static final Pattern TERMINAL_ESCAPE = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

  /** The source of a report line about a fact no part of a résumé gives. */
  static final String NOT_IN_RESUME = "(not in a résumé)";

  private final Format format;
  private final LocalDate today;
  private final int todayMonth;
  private final List<Entry> entries = new ArrayList<>();
  private final List<Job> jobs = new ArrayList<>();
  private final List<String[]> skills = new ArrayList<>();
  private final List<String[]> certificates = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();
  private final List<String> productWorkMentioned = new ArrayList<>();
  /** The sources of the entries that are time away from work (see {@link #BREAK}), found as they are added. */
  private final Set<String> breaks = new HashSet<>();
  private String label;
  private String labelSource;
  private boolean currentIsOpen;
  private String currentRoleRule;

  ProfileAssembler(Format format, LocalDate today) {
    this.format = format;
    this.today = today;
    this.todayMonth = ResumeDate.monthOf(today);
  }

  void ignored(String source, String why) {
    entries.add(new Entry(Outcome.IGNORED, source, "", why));
  }

  void assumed(String source, String why) {
    entries.add(new Entry(Outcome.ASSUMED, source, "", why));
  }

  void unreadable(String source, String why) {
    entries.add(new Entry(Outcome.UNREADABLE, source, "", why));
  }

  void label(String source, String text) {
    text = clean(source, text);
    if (usableText(source, text)) {
      label = text.strip();
      labelSource = source;
    }
  }

  void job(Job job) {
    String title = clean(job.titleSource(), job.title());
    if (title != null && !title.isBlank() && !usableText(job.titleSource(), title)) {
      title = null;
    }
    Job cleaned = new Job(job.source(), title, job.titleSource(), job.start(), job.startSource(), job.end(),
        job.endSource(), job.volunteer(), job.employer());
    if (isBreak(cleaned.title()) || isBreak(cleaned.employer())) {
      breaks.add(cleaned.source());
    }
    jobs.add(cleaned);
  }

  void skill(String source, String text) {
    text = clean(source, text);
    if (usableText(source, text)) {
      skills.add(new String[] {source, text.strip()});
    }
  }

  void certificate(String source, String text) {
    text = clean(source, text);
    if (usableText(source, text)) {
      certificates.add(new String[] {source, text.strip()});
    }
  }

  /**
   * The words a paid job's entry describes it with (summary, highlights; LinkedIn's description),
   * never read into the profile: product work they mention is named in the report, for the host to ask.
   */
  void jobText(String source, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    Matcher m = PRODUCT_WORK.matcher(ResumeText.plain(text));
    Set<String> found = new LinkedHashSet<>();
    while (m.find() && found.size() < 6) {
      found.add(m.group().strip());
    }
    if (!found.isEmpty()) {
      productWorkMentioned.add(source + " (" + String.join(", ", found) + ")");
    }
  }

  void project(Project project) {
    projects.add(new Project(project.source(), clean(project.source() + ".name", project.name()),
        clean(project.source(), project.text())));
  }

  /**
   * The text in Unicode's composed form (so "café" typed two ways is one skill), without control
   * characters (a line break or tab becomes a space), the marks that reorder text right to left, or
   * halves of a character; a text that lost any of those is reported. Null stays null.
   */
  private String clean(String source, String text) {
    if (text == null) {
      return null;
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean removed = false;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < composed.length()
          && Character.isLowSurrogate(composed.charAt(i + 1));
      if (pair) {
        out.append(c).append(composed.charAt(++i));
      } else if (Character.isSurrogate(c) || isDirectionMark(c)) {
        removed = true;
      } else if (c == '\t' || c == '\n' || c == '\r') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else if (Character.getType(c) == Character.CONTROL) {
        removed = true;
        Matcher escape = TERMINAL_ESCAPE.matcher(composed).region(i, composed.length());
        if (escape.lookingAt()) {
          i = escape.end() - 1; // a terminal's colour or cursor code, whole
        }
      } else {
        out.append(c);
      }
    }
    if (removed) {
      entries.add(new Entry(Outcome.ASSUMED, source, "", "control or text-direction characters removed"));
    }
    return out.toString();
  }

  private static boolean isDirectionMark(char c) {
    return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }

  private boolean usableText(String source, String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    if (text.strip().length() > ProfileLimits.MAX_TEXT_LENGTH) {
      unreadable(source, "is " + text.strip().length() + " characters long; profile texts are at most "
          + ProfileLimits.MAX_TEXT_LENGTH);
      return false;
    }
    return true;
  }

  /**
   * Builds the profile and the report.
   *
   * @throws InvalidProfileException when the résumé names no job at all (no position and no label)
   */
  ImportResult build() {
    Profile.Builder profile = Profile.builder();
    List<Job> dated = checkDates();
    Job current = chooseCurrentRole(dated);
    String rule = currentRoleRule;
    String title = null;
    Job untitled = currentIsOpen ? null : openWithoutTitle(dated);
    if (untitled != null) {
      currentIsOpen = true;
      if (label != null) {
        current = null; // the headline names the role held now better than an older job's title
      } else if (current != null) {
        rule = untitled.source() + " is held now but gives no title; the title of " + current.source()
            + " is used, and the candidate is read as employed";
        entries.add(new Entry(Outcome.ASSUMED, untitled.source(), "title", rule));
      }
    }
    if (current != null) {
      title = current.title().strip();
      entries.add(new Entry(Outcome.READ, current.titleSource(), "title", "'" + title + "' (" + rule + ")"));
      if (label != null) {
        ignored(labelSource, "'" + label + "': the current role's title is used instead");
      }
    } else if (label != null) {
      title = label;
      rule = untitled != null ? untitled.source() + " is held now but gives no title; the headline is used"
          : "no job with a title and usable dates; the headline is used";
      entries.add(new Entry(Outcome.READ, labelSource, "title", "'" + label + "' (" + rule + ")"));
    } else {
      String where = format == Format.JSON_RESUME ? "basics.label" : "Positions.csv";
      boolean onlyVolunteer = jobs.stream().anyMatch(j -> j.volunteer() && hasTitle(j));
      throw new InvalidProfileException(where, "the résumé names no job: no position with a title and no headline,"
          + " so there is no title to advise on" + (onlyVolunteer ? " (volunteer roles are not taken as the role held;"
          + " a headline in basics.label, such as 'Student' or 'Aspiring product manager', is)" : ""));
    }
    profile.title(title);
    profile.yearsExperience(years(dated));
    addList(profile, skills, "skills", true);
    addList(profile, certificates, "certifications", false);
    addProjects(profile);
    List<UnknownFact> unknown = unknownFacts(currentIsOpen);
    return new ImportResult(profile.build(),
        new ImportReport(format, today, rule == null ? "" : rule, entries, unknown));
  }

  /** Reports each job's dates and returns the jobs whose dates can be counted. */
  private List<Job> checkDates() {
    List<Job> usable = new ArrayList<>();
    for (Job job : jobs) {
      if (isBreak(job)) {
        ignored(job.source(), "'" + (isBreak(job.title()) ? job.title() : job.employer()).strip() + "' is time"
            + " away from work: not counted in years of experience, and not the current role");
        continue;
      }
      job = withYearsPlaced(job);
      ResumeDate start = job.start();
      ResumeDate end = job.end();
      boolean ok = true;
      switch (start.kind()) {
        case MISSING -> {
          unreadable(job.startSource(), "no start date: this entry is not counted in years of experience");
          ok = false;
        }
        case UNREADABLE -> {
          unreadable(job.startSource(), start.note() + "; this entry is not counted in years of experience");
          ok = false;
        }
        case OPEN -> {
          unreadable(job.startSource(), "a start date cannot be 'present'; this entry is not counted");
          ok = false;
        }
        case DATE -> {
          if (!start.note().isEmpty()) {
            entries.add(new Entry(Outcome.ASSUMED, job.startSource(), "", start.note()));
          }
          if (start.isAfter(today)) {
            unreadable(job.startSource(), ResumeDate.format(start.month()) + " is in the future (after " + today
                + "); this entry is not counted");
            ok = false;
          }
        }
      }
      switch (end.kind()) {
        case MISSING -> {
          if (ok) {
            entries.add(new Entry(Outcome.ASSUMED, job.endSource(), "",
                "no end date: taken as still open, as JSON Resume and LinkedIn mean it"));
          }
        }
        case UNREADABLE -> {
          unreadable(job.endSource(), end.note() + "; this entry is not counted in years of experience");
          ok = false;
        }
        case DATE -> {
          if (!end.note().isEmpty()) {
            entries.add(new Entry(Outcome.ASSUMED, job.endSource(), "", end.note()));
          }
          if (ok && end.month() < start.month()) {
            unreadable(job.endSource(), ResumeDate.format(end.month()) + " is before the start, "
                + ResumeDate.format(start.month()) + "; this entry is not counted");
            ok = false;
          } else if (ok && end.isAfter(today)) {
            entries.add(new Entry(Outcome.ASSUMED, job.endSource(), "", ResumeDate.format(end.month())
                + " is in the future: taken as still open, counted up to " + today));
          }
        }
        case OPEN -> { }
      }
      if (ok) {
        usable.add(job);
      }
    }
    return usable;
  }

  /** Whether the entry is time away from work: its title or its organisation says so. */
  private boolean isBreak(Job job) {
    return breaks.contains(job.source());
  }

  private static boolean isBreak(String text) {
    if (text == null) {
      return false;
    }
    return BREAK.matcher(ResumeText.plain(text).replaceAll("[^a-z0-9]+", " ")).find();
  }

  /**
   * A date given as a year alone is taken as July of that year; that guess gives way where it would
   * contradict the entry's other date or today: a start not after a dated end in the same year nor
   * after today's month, an end of this year not after today's month (the job ended, or ends, this
   * year: it is not read as still open), and an end not before a start in the same year.
   */
  private Job withYearsPlaced(Job job) {
    ResumeDate start = job.start();
    ResumeDate end = job.end();
    if (start.kind() == ResumeDate.Kind.DATE && start.yearOnly()) {
      int year = start.month() / 12;
      int latest = year * 12 + 11;
      if (end.kind() == ResumeDate.Kind.DATE && !end.yearOnly() && end.month() / 12 == year) {
        latest = Math.min(latest, end.month());
      }
      if (todayMonth / 12 == year) {
        latest = Math.min(latest, todayMonth);
      }
      if (start.month() > latest) {
        start = start.movedTo(latest, "year only: taken as " + ResumeDate.format(latest)
            + (latest == todayMonth ? ", this month, since July is still to come" : ", so as not to start after its end"));
      }
    }
    if (end.kind() == ResumeDate.Kind.DATE && end.yearOnly()) {
      int year = end.month() / 12;
      int earliest = year * 12;
      if (start.kind() == ResumeDate.Kind.DATE && start.month() / 12 == year) {
        earliest = start.month();
      }
      int month = end.month();
      String why = null;
      if (todayMonth / 12 == year && month > todayMonth && !start.isAfter(today)) {
        month = todayMonth;
        why = "year only, this year: taken as ended by " + ResumeDate.format(month) + ", this month";
      }
      if (month < earliest) {
        month = Math.min(earliest, todayMonth / 12 == year ? todayMonth : year * 12 + 11);
        why = "year only: taken as " + ResumeDate.format(month) + ", so as not to end before its start";
      }
      if (why != null) {
        end = end.movedTo(month, why);
      }
    }
    if (start == job.start() && end == job.end()) {
      return job;
    }
    return new Job(job.source(), job.title(), job.titleSource(), start, job.startSource(), end, job.endSource(),
        job.volunteer(), job.employer());
  }

  private boolean isOpen(Job job) {
    return job.end().kind() == ResumeDate.Kind.OPEN || job.end().kind() == ResumeDate.Kind.MISSING
        || job.end().isAfter(today);
  }

  private int endMonth(Job job) {
    return isOpen(job) ? todayMonth : job.end().month();
  }

  /**
   * The current role, by dates and never by the order of the list: the open-ended paid job with the
   * latest start; failing that, the paid job that ended latest; failing that (no usable dates), the
   * first paid job listed with a title. Volunteer roles are never the current role.
   */
  private Job chooseCurrentRole(List<Job> dated) {
    List<Job> open = dated.stream().filter(j -> !j.volunteer() && hasTitle(j) && isOpen(j)).toList();
    if (!open.isEmpty()) {
      Job best = open.get(0);
      for (Job j : open) {
        if (j.start().month() > best.start().month()) {
          best = j;
        }
      }
      currentIsOpen = true;
      currentRoleRule = "open-ended entry with the latest start: " + best.source();
      if (open.size() > 1) {
        Job chosen = best;
        List<String> others = open.stream().filter(j -> j != chosen).map(Job::source).toList();
        entries.add(new Entry(Outcome.ASSUMED, best.source(), "title", open.size() + " jobs are open at once; "
            + best.source() + " started latest (" + ResumeDate.format(best.start().month()) + "), others: "
            + String.join(", ", others)));
        if (open.stream().anyMatch(j -> j != chosen && j.start().month() == chosen.start().month())) {
          entries.add(new Entry(Outcome.ASSUMED, best.source(), "title",
              "open jobs start in the same month; the first listed was taken"));
        }
      }
      return best;
    }
    // An end of "present" says the job is held now even when its start cannot be read: the entry is
    // not counted in years, but it is the current role.
    for (Job j : jobs) {
      if (!j.volunteer() && !isBreak(j) && hasTitle(j) && isOpenWithoutUsableStart(j)) {
        currentIsOpen = true;
        currentRoleRule = "open-ended entry whose start could not be read: " + j.source();
        return j;
      }
    }
    List<Job> closed = dated.stream().filter(j -> !j.volunteer() && hasTitle(j)).toList();
    if (!closed.isEmpty()) {
      Job best = closed.get(0);
      for (Job j : closed) {
        if (endMonth(j) > endMonth(best) || endMonth(j) == endMonth(best) && j.start().month() > best.start().month()) {
          best = j;
        }
      }
      currentRoleRule = "no open-ended entry; the entry that ended latest: " + best.source()
          + " (read as not employed now)";
      return best;
    }
    for (Job j : jobs) {
      if (!j.volunteer() && !isBreak(j) && hasTitle(j)) {
        currentRoleRule = "no entry has usable dates; the first listed: " + j.source();
        entries.add(new Entry(Outcome.ASSUMED, j.source(), "title",
            "no job has usable dates, so the first one listed was taken as the current role"));
        return j;
      }
    }
    return null;
  }

  /** An entry that says "present" (or the like) as its end, but whose start is missing or unreadable. */
  private static boolean isOpenWithoutUsableStart(Job job) {
    ResumeDate.Kind start = job.start().kind();
    return (start == ResumeDate.Kind.MISSING || start == ResumeDate.Kind.UNREADABLE)
        && job.end().kind() == ResumeDate.Kind.OPEN;
  }

  /**
   * A paid entry held now that gives no usable title (none, or one too long): the person is employed
   * now, in a role the résumé does not name. Null when there is none.
   */
  private Job openWithoutTitle(List<Job> dated) {
    for (Job j : dated) { // dates checked and placed: a year-only end this year is not open
      if (!j.volunteer() && !hasTitle(j) && isOpen(j)) {
        return j;
      }
    }
    for (Job j : jobs) {
      if (!j.volunteer() && !isBreak(j) && !hasTitle(j) && isOpenWithoutUsableStart(j)) {
        return j;
      }
    }
    return null;
  }

  private static boolean hasTitle(Job job) {
    return job.title() != null && !job.title().isBlank();
  }

  /** Years of paid experience: the months covered by at least one job, counted once, in whole years. */
  private int years(List<Job> dated) {
    BitSet months = new BitSet();
    int counted = 0;
    for (Job job : dated) {
      if (job.volunteer()) {
        ignored(job.source(), "volunteer role: not counted in years of paid experience");
        continue;
      }
      int from = Math.max(job.start().month(), ResumeDate.MIN_YEAR * 12);
      int to = Math.min(endMonth(job), todayMonth);
      if (to >= from) {
        months.set(from - ResumeDate.MIN_YEAR * 12, to - ResumeDate.MIN_YEAR * 12 + 1);
        counted++;
      }
    }
    int years = months.cardinality() / 12;
    long paidJobs = jobs.stream().filter(j -> !j.volunteer() && !isBreak(j)).count();
    String detail = years + " (" + months.cardinality() + " months covered by " + counted + " of " + paidJobs
        + " jobs, overlaps counted once)";
    if (years > ProfileLimits.MAX_YEARS) {
      entries.add(new Entry(Outcome.ASSUMED, "work", "yearsExperience", detail + "; capped at "
          + ProfileLimits.MAX_YEARS));
      return ProfileLimits.MAX_YEARS;
    }
    if (counted < paidJobs || counted == 0) {
      entries.add(new Entry(Outcome.ASSUMED, format == Format.JSON_RESUME ? "work" : "Positions.csv",
          "yearsExperience", detail + (counted == 0 ? "; no job has usable dates, ask the candidate"
              : "; jobs without usable dates are left out")));
    } else {
      entries.add(new Entry(Outcome.READ, format == Format.JSON_RESUME ? "work" : "Positions.csv",
          "yearsExperience", detail));
    }
    return years;
  }

  private void addList(Profile.Builder profile, List<String[]> values, String field, boolean isSkill) {
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (String[] value : values) {
      String key = value[1].toLowerCase(Locale.ROOT);
      if (!seen.add(key)) {
        ignored(value[0], "'" + value[1] + "' repeats an earlier entry");
        continue;
      }
      if (n == ProfileLimits.MAX_LIST_SIZE) {
        ignored(value[0], "'" + value[1] + "': a profile holds at most " + ProfileLimits.MAX_LIST_SIZE + " " + field);
        continue;
      }
      if (isSkill) {
        profile.skill(value[1]);
      } else {
        profile.certification(value[1]);
      }
      entries.add(new Entry(Outcome.READ, value[0], field + "[" + n + "]", "'" + value[1] + "'"));
      n++;
    }
  }

  private void addProjects(Profile.Builder profile) {
    int n = 0;
    for (Project p : projects) {
      if (n == ProfileLimits.MAX_LIST_SIZE) {
        ignored(p.source(), "a profile holds at most " + ProfileLimits.MAX_LIST_SIZE + " side projects");
        continue;
      }
      String name = p.name() == null ? "" : p.name().strip();
      if (name.length() > ProfileLimits.MAX_TEXT_LENGTH) {
        unreadable(p.source() + ".name", "is " + name.length() + " characters long; names are at most "
            + ProfileLimits.MAX_TEXT_LENGTH);
        name = "";
      }
      String text = (name + " " + (p.text() == null ? "" : p.text())).toLowerCase(Locale.ROOT);
      ProjectKind kind = ProjectGuess.kind(text);
      ProjectStage stage = ProjectGuess.stage(text);
      profile.sideProject(SideProject.builder().name(name).kind(kind).stage(stage).build());
      String field = "sideProjects[" + n + "]";
      entries.add(new Entry(Outcome.READ, p.source(), field, "'" + name + "'"));
      entries.add(new Entry(Outcome.ASSUMED, p.source(), field + ".kind", kind + " " + ProjectGuess.why(kind)));
      entries.add(new Entry(Outcome.ASSUMED, p.source(), field + ".stage", stage + " " + ProjectGuess.why(stage)));
      entries.add(new Entry(Outcome.ASSUMED, p.source(), field + ".users",
          "users, revenue and whether the problem, user research and success metrics were written down are"
              + " unknown: left at 0 and false, so the project does not count as proof until the host asks"));
      n++;
    }
  }

  private List<UnknownFact> unknownFacts(boolean employed) {
    EnumSet<UnknownFact> unknown = EnumSet.noneOf(UnknownFact.class);
    if (employed) {
      unknown.add(UnknownFact.EMPLOYER_BUILDS_DIGITAL_PRODUCTS);
      unknown.add(UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS);
      unknown.add(UnknownFact.EMPLOYER_FORMAL_PRODUCT_PROCESS);
      entries.add(new Entry(Outcome.ASSUMED, NOT_IN_RESUME, "employer",
          "a résumé does not say whether the employer builds digital products, has product managers or a formal"
              + " product process (a company name is not evidence); left absent, which the advice reads as no"
              + " known employer, until the host asks"));
    } else {
      entries.add(new Entry(Outcome.ASSUMED, NOT_IN_RESUME, "employer",
          "no open-ended job: read as not employed now; left absent"));
    }
    unknown.add(UnknownFact.PM_CONTACTS);
    unknown.add(UnknownFact.INFORMATIONAL_INTERVIEWS);
    unknown.add(UnknownFact.PM_LIKE_WORK);
    entries.add(new Entry(Outcome.ASSUMED, NOT_IN_RESUME, "pmContacts", "unknown: a résumé does not list contacts; left at 0"));
    entries.add(new Entry(Outcome.ASSUMED, NOT_IN_RESUME, "informationalInterviews", "unknown: left at 0"));
    entries.add(new Entry(Outcome.ASSUMED, NOT_IN_RESUME, "pmLikeWork",
        "unknown: job descriptions are not read for product work, since a guess here would change the advice;"
            + " left empty" + (productWorkMentioned.isEmpty() ? ""
            : "; the descriptions mention product work, worth asking about: " + String.join("; ",
                productWorkMentioned.subList(0, Math.min(5, productWorkMentioned.size()))))));
    if (!projects.isEmpty()) {
      unknown.add(UnknownFact.SIDE_PROJECT_RESULTS);
    }
    return List.copyOf(unknown);
  }
}
