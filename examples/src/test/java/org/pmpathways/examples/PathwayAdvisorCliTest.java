package org.pmpathways.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/** The runner's commands, exit codes and streams. */
class PathwayAdvisorCliTest {
  private static final String PROFILE = "{\"id\": \"ana\", \"title\": \"Marketing Manager\", \"yearsExperience\": 6,"
      + " \"employer\": {\"buildsDigitalProducts\": true, \"hasProductManagers\": true}}";

  @TempDir
  Path dir;

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private static void assertRefused(CliRun r, String inMessage) {
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out(), "nothing on stdout when input is refused");
    assertTrue(r.err().contains(inMessage), "stderr should mention '" + inMessage + "': " + r.err());
  }

  @Test
  void advisesAProfileFileAsTextByDefault() throws Exception {
    CliRun r = CliRun.run("", "advise", file("ana.json", PROFILE).toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("PM Pathways plan for ana (marketing)"), r.out());
    assertTrue(r.out().contains("Recommended pathway: an internal move"), r.out());
    assertTrue(r.out().contains("Next actions, best first:"), r.out());
    assertTrue(r.out().contains("customer empathy"), r.out());
    assertFalse(r.out().contains("INTERNAL_MOVE") || r.out().contains("CUSTOMER_EMPATHY"), "values in words: " + r.out());
  }

  @Test
  void theLanguageOfThePlanIsChosenWithLang() throws Exception {
    String ana = file("ana.json", PROFILE).toString();
    CliRun french = CliRun.run("", "advise", "--lang", "fr", ana);
    assertEquals(0, french.code(), french.err());
    assertTrue(french.out().startsWith("Plan PM Pathways pour ana (le marketing)"), french.out());
    assertTrue(french.out().contains("Voie recommandée : la mobilité interne"), french.out());
    assertTrue(french.out().contains("Prochaines actions, la plus utile d'abord :"), french.out());
    assertTrue(french.out().contains("Prenez un café avec les product managers de votre entreprise"), french.out());
    assertFalse(french.out().contains("Next actions"), french.out());
    // English is the default, and --lang en gives the same bytes.
    assertEquals(CliRun.run("", "advise", ana).out(), CliRun.run("", "advise", "--lang", "en", ana).out());
    CliRun json = CliRun.run("", "advise", "--lang", "fr", "--format", "json", ana);
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().contains("Prenez un café"), json.out());
    // The title line names a label's source in French; the reading's reason is the library's English, marked.
    String misspelt = file("misspelt.json", "{\"title\":\"Desinger\",\"yearsExperience\":3}").toString();
    String line = CliRun.run("", "advise", "--lang", "fr", misspelt).out().replaceAll("\\s+", " ");
    assertTrue(line.contains("(libellé « designer », ajout du projet, confiance 0.90) : read with 'desinger' as"
        + " 'designer', taken for a misspelling (en anglais)"), line);
    CliRun german = CliRun.run("", "advise", "--lang", "de", ana);
    assertEquals(2, german.code(), german.err());
    assertTrue(german.err().contains("en, fr"), german.err());
  }

  @Test
  void explainListsTheRulesThatFired() throws Exception {
    CliRun r = CliRun.run("", "advise", file("ana.json", PROFILE).toString(), "--explain");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Why, conclusion by conclusion:"), r.out());
    assertTrue(r.out().contains("Networking: get to know the product managers at work over coffee"), r.out());
    assertFalse(r.out().contains("as the engine holds it"), r.out());
    CliRun full = CliRun.run("", "advise", file("ana.json", PROFILE).toString(), "--explain=full");
    assertEquals(0, full.code(), full.err());
    assertTrue(full.out().contains("as the engine holds it: Candidate("), full.out());
  }

  @Test
  void explainMayComeBeforeTheFileAndTakesItsValueOnlyWhenItIsOne() throws Exception {
    String ana = file("ana.json", PROFILE).toString();
    CliRun after = CliRun.run("", "advise", ana, "--explain");
    CliRun before = CliRun.run("", "advise", "--explain", ana);
    assertEquals(0, before.code(), before.err());
    assertEquals(after.out(), before.out());
    CliRun spaced = CliRun.run("", "advise", "--explain", "full", ana);
    assertEquals(0, spaced.code(), spaced.err());
    assertTrue(spaced.out().contains("as the engine holds it: Candidate("), spaced.out());
    CliRun withFormat = CliRun.run("", "advise", "--explain", "--format", "json", ana);
    assertEquals(0, withFormat.code(), withFormat.err());
    assertTrue(withFormat.out().startsWith("{"), withFormat.out());
    assertEquals(CliRun.run("", "advise", ana, "--format", "json", "--explain").out(), withFormat.out());
    // An attached value must be one of the values, and the message names them.
    CliRun wrong = CliRun.run("", "advise", "--explain=fuller", ana);
    assertEquals(2, wrong.code(), wrong.out());
    assertTrue(wrong.err().contains("--explain") && wrong.err().contains("plain, full"), wrong.err());
    // In a batch: --explain before --out, and before the input file of --batch.
    Path in = file("in.jsonl", PROFILE.replaceAll("\\s*\\n\\s*", " ") + "\n");
    CliRun batch = CliRun.run("", "advise", "--explain", "--batch", in.toString());
    assertEquals(0, batch.code(), batch.err());
    assertFalse(batch.out().contains("\"explanation\":[]"), batch.out());
  }

  @Test
  void whatIfShowsWhatCompletingEachActionWouldChange() throws Exception {
    CliRun r = CliRun.run("", "advise", file("ana.json", PROFILE).toString(), "--what-if");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("What completing each action would change:"), r.out());
    assertTrue(r.out().contains("  COFFEE_CHATS_WITH_PMS:"), r.out());
    CliRun json = CliRun.run("", "advise", file("ana.json", PROFILE).toString(), "--what-if", "--format", "json");
    assertEquals(0, json.code(), json.err());
    String[] lines = json.out().split("\n");
    String last = lines[lines.length - 1];
    JsonNode whatIf = new ObjectMapper().readTree(last).get("whatIf");
    assertTrue(whatIf.size() > 0 && whatIf.get(0).has("before") && whatIf.get(0).has("after"), last);
  }

  @Test
  void advisesStandardInputAsJson() throws Exception {
    CliRun r = CliRun.run(PROFILE, "advise", "-", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode advice = new ObjectMapper().readTree(r.out());
    assertEquals("ana", advice.get("profileId").asText());
    assertEquals("INTERNAL_MOVE", advice.get("primaryPathway").asText());
    assertTrue(r.out().endsWith("}\n"));
  }

  @Test
  void aMissingFileIsBadInput() {
    assertRefused(CliRun.run("", "advise", dir.resolve("nope.json").toString()), "no such file");
  }

  @Test
  void aDirectoryIsBadInput() {
    assertRefused(CliRun.run("", "advise", dir.toString()), "is a directory");
  }

  @Test
  void aMisspelledFieldIsBadInputNamingTheField() throws Exception {
    assertRefused(CliRun.run("", "advise", file("typo.json", "{\"role\": \"SALES\", \"yearsExperiance\": 3}").toString()),
        "yearsExperiance: is not a known field");
  }

  @Test
  void malformedJsonIsBadInputWithItsPosition() {
    assertRefused(CliRun.run("{\n  \"role\": \"SALES\"\n  \"yearsExperience\": 3}", "advise", "-"), "(line 3, column 3)");
  }

  @Test
  void anUnknownRoleIsBadInputListingTheAllowedValues() {
    assertRefused(CliRun.run("{\"role\": \"NINJA\", \"yearsExperience\": 3}", "advise", "-"),
        "role: must be one of [DEVELOPER, DESIGNER");
  }

  @Test
  void inputThatIsNotUtf8IsBadInput() {
    CliRun r = CliRun.run(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}, () -> CliRun.ADVISOR, "advise", "-");
    assertRefused(r, "not valid UTF-8");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun r = CliRun.run(PROFILE, "advise", "-", "--format", "yaml");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("text, json"), r.err());
  }

  @Test
  void noCommandOrAnUnknownCommandIsAUsageError() {
    assertRefused(CliRun.run(""), "a command is required");
    CliRun r = CliRun.run("", "advice");
    assertEquals(2, r.code());
    assertEquals("", r.out());
  }

  @Test
  void helpAndVersionSucceed() {
    CliRun help = CliRun.run("", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("advise") && help.out().contains("classify-title") && help.out().contains("demo"));
    CliRun version = CliRun.run("", "--version");
    assertEquals(0, version.code());
    assertTrue(version.out().matches("pathway-advisor \\d+\\.\\d+\\.\\d+.*\\R"), version.out());
  }

  @Test
  void classifyTitleBatchWritesTsvInTheOrderOfItsInput() {
    CliRun r = CliRun.run("Sr. Software Engineer II\nRegistered Nurse\n\nAspiring PM\n", "classify-title", "--batch");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("title\tfamily\tconfidence\tlabel\tsource\tmodifiers\treason", lines.get(0));
    assertEquals("Sr. Software Engineer II\tDEVELOPER\t1.00\tsoftware engineer\tour addition\t\t", lines.get(1));
    assertTrue(lines.get(2).startsWith("Registered Nurse\tOTHER\t"), lines.get(2));
    assertEquals("\tUNKNOWN\t0.00\t\t\t\tthe title is empty", lines.get(3));
    assertTrue(lines.get(4).startsWith("Aspiring PM\tUNKNOWN\t") && lines.get(4).contains("\tASPIRING\t"), lines.get(4));
    assertEquals(5, lines.size());
  }

  @Test
  void classifyTitlePrintsTheWholeReading() {
    CliRun r = CliRun.run("", "classify-title", "Sr. Usability Specialist");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("read 'Sr. Usability Specialist' as DESIGNER"), r.out());
    assertTrue(r.out().contains("  label:      usability specialist\n"), r.out());
    assertTrue(r.out().contains("  source:     our addition\n"), r.out());
    assertTrue(r.out().contains("  seniority:  senior\n"), r.out());
  }

  @Test
  void demoShowsEverySampleProfile() {
    CliRun r = CliRun.run("", "demo");
    assertEquals(0, r.code(), r.err());
    for (SampleProfiles.Sample s : SampleProfiles.all()) {
      assertTrue(r.out().contains("Sample " + s.name() + ": "), s.name());
    }
  }

  @Test
  void batchAdvisesEveryLineInOrderAndExitsWithThreeWhenSomeAreRefused() throws Exception {
    String in = PROFILE.replace("\"ana\"", "\"p1\"") + "\n"
        + "{\"id\": \"p2\", \"yearsExperience\": 3}\n"
        + PROFILE.replace("\"ana\"", "\"p3\"") + "\n";
    CliRun r = CliRun.run("", "advise", "--batch", file("in.jsonl", in).toString());
    assertEquals(3, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size());
    ObjectMapper mapper = new ObjectMapper();
    assertEquals("p1", mapper.readTree(lines.get(0)).get("profileId").asText());
    JsonNode error = mapper.readTree(lines.get(1));
    assertEquals(2, error.get("line").asInt());
    assertEquals("role", error.get("error").get("field").asText());
    assertEquals("p3", mapper.readTree(lines.get(2)).get("profileId").asText());
    assertTrue(r.err().contains("1 of 3 lines were refused"), r.err());
  }

  @Test
  void batchReadsStandardInputAndWritesToAFile() throws Exception {
    Path out = dir.resolve("out.jsonl");
    CliRun r = CliRun.run(PROFILE + "\n" + PROFILE + "\n", "advise", "--batch", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err(), "no progress line when stderr is not a terminal");
    assertEquals(2, Files.readAllLines(out).size());
  }

  @Test
  void batchLeavesTheExplanationOutUnlessExplainIsGiven() throws Exception {
    String in = PROFILE + "\n" + PROFILE.replace("\"ana\"", "\"bo\"") + "\n";
    CliRun without = CliRun.run(in, "advise", "--batch");
    CliRun with = CliRun.run(in, "advise", "--batch", "--explain");
    assertEquals(0, without.code(), without.err());
    assertEquals(0, with.code(), with.err());
    List<String> wo = without.out().lines().toList();
    List<String> w = with.out().lines().toList();
    assertEquals(2, wo.size());
    assertEquals(2, w.size());
    String empty = ",\"explanation\":[]";
    for (int i = 0; i < 2; i++) {
      int at = wo.get(i).indexOf(empty);
      assertTrue(at > 0, wo.get(i));
      assertEquals(wo.get(i).substring(0, at), w.get(i).substring(0, at), "the same bytes before the explanation");
      assertTrue(w.get(i).startsWith(",\"explanation\":[{\"rule\":", at), w.get(i));
      assertTrue(w.get(i).endsWith(wo.get(i).substring(at + empty.length())), "and after it");
    }
    // With --explain, each line is the advice a single run prints.
    CliRun single = CliRun.run(PROFILE, "advise", "--format", "json", "-");
    assertEquals(new ObjectMapper().readTree(single.out()), new ObjectMapper().readTree(w.get(0)));
  }

  @Test
  void batchThreadsChangeNothingInTheOutput() throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      in.append(i == 77 ? "{\"id\": \"x\"}" : PROFILE.replace("\"ana\"", "\"p" + i + "\"")).append('\n');
    }
    CliRun one = CliRun.run(in.toString(), "advise", "--batch", "--threads", "1");
    CliRun three = CliRun.run(in.toString(), "advise", "--batch", "--threads", "3");
    assertEquals(3, one.code(), one.err());
    assertEquals(3, three.code(), three.err());
    assertEquals(150, one.out().lines().count());
    assertEquals(one.out(), three.out());
    assertTrue(one.out().lines().toList().get(77).startsWith("{\"line\":78,\"error\":"), one.out());
  }

  @Test
  void batchThreadsMustBePositiveAndGoWithBatch() {
    CliRun zero = CliRun.run("", "advise", "--batch", "--threads", "0");
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--threads must be at least 1, was 0"), zero.err());
    CliRun alone = CliRun.run(PROFILE, "advise", "-", "--threads", "2");
    assertEquals(2, alone.code());
    assertTrue(alone.err().contains("--threads goes with --batch"), alone.err());
  }

  @Test
  void batchOfAnEmptyInputWritesNothingAndSucceeds() {
    CliRun r = CliRun.run("", "advise", "--batch");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
  }

  @Test
  void batchNeedsItsInputAndNoFile() throws Exception {
    assertRefused(CliRun.run("", "advise", "--batch", dir.resolve("nope.jsonl").toString()), "no such file");
    CliRun both = CliRun.run("", "advise", "x.json", "--batch", "in.jsonl");
    assertEquals(2, both.code());
    assertTrue(both.err().contains("either FILE or --batch"), both.err());
    CliRun outAlone = CliRun.run(PROFILE, "advise", "-", "--out", "x.jsonl");
    assertEquals(2, outAlone.code());
    assertTrue(outAlone.err().contains("--out goes with --batch"), outAlone.err());
  }

  /** An advisor whose rules fail for every profile, as a broken rule would. */
  private static final class FailingAdvisor implements PathwayAdvisor {
    @Override
    public Advice advise(Profile profile) {
      throw new AdvisorException("rule 'X' failed: boom");
    }

    @Override
    public RoleFamily classifyTitle(String title) {
      throw new UnsupportedOperationException("not used by the runner");
    }

    @Override
    public void replaceHostRules(List<RuleSource> hostRules) {
      throw new UnsupportedOperationException("not used by the runner");
    }

    @Override
    public org.pmpathways.reading.TitleReading readTitle(String title) {
      throw new UnsupportedOperationException("not used by the runner");
    }

    @Override
    public void close() {}
  }

  @Test
  void anInternalErrorExitsWithOneAndPrintsNothingOnStdout() {
    PathwayAdvisor failing = new FailingAdvisor();
    CliRun r = CliRun.run(PROFILE.getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> failing, "advise", "-");
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("internal error") && r.err().contains("rule 'X' failed"), r.err());
  }

  @Test
  void adviseFileAloneSkipsTheParserOnlyForAPlainOperand() {
    assertTrue(PathwayAdvisorCli.isAdviseFileAlone(new String[] {"advise", "profile.json"}));
    assertTrue(PathwayAdvisorCli.isAdviseFileAlone(new String[] {"advise", "-"}));
    assertTrue(PathwayAdvisorCli.isAdviseFileAlone(new String[] {"advise", "dir/with space/p.json"}));
    for (String[] parsed : List.of(new String[] {"advise"}, new String[] {"advise", "--help"},
        new String[] {"advise", "-h"}, new String[] {"advise", "--batch"}, new String[] {"advise", "@args.txt"},
        new String[] {"advise", ""}, new String[] {"advise", "p.json", "--explain"},
        new String[] {"advise", "--format", "json", "p.json"}, new String[] {"demo", "p.json"},
        new String[] {"Advise", "p.json"})) {
      assertFalse(PathwayAdvisorCli.isAdviseFileAlone(parsed), List.of(parsed).toString());
    }
  }

  @Test
  void adviseFileAloneRunsAndFailsAsThroughTheParser() throws Exception {
    byte[] profile = PROFILE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path ok = file("ana.json", PROFILE);
    Path typo = file("typo.json", "{\"role\": \"SALES\", \"yearsExperiance\": 3}");
    Path notUtf8 = dir.resolve("latin1.json");
    Files.write(notUtf8, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    Path tooBig = dir.resolve("big.json");
    Files.write(tooBig, new byte[(int) PathwayAdvisorCli.MAX_FILE_BYTES + 1]);
    PathwayAdvisor failing = new FailingAdvisor();
    record Case(byte[] stdin, Supplier<PathwayAdvisor> advisors, String file) {}
    List<Case> cases = List.of(new Case(new byte[0], CliRun.SHARED, ok.toString()),
        new Case(profile, CliRun.SHARED, "-"),
        new Case(new byte[0], CliRun.SHARED, dir.resolve("nope.json").toString()),
        new Case(new byte[0], CliRun.SHARED, dir.toString()),
        new Case(new byte[0], CliRun.SHARED, typo.toString()),
        new Case(new byte[0], CliRun.SHARED, notUtf8.toString()),
        new Case(new byte[0], CliRun.SHARED, tooBig.toString()),
        new Case("{\n  \"role\": \"SALES\"\n  \"yearsExperience\": 3}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            CliRun.SHARED, "-"),
        new Case(profile, () -> failing, "-"));
    for (Case c : cases) {
      CliRun direct = CliRun.run(c.stdin(), c.advisors(), false, "advise", c.file());
      CliRun parsed = CliRun.run(c.stdin(), c.advisors(), true, "advise", c.file());
      assertEquals(parsed, direct, "advise " + c.file());
    }
  }

  @Test
  void refusedInputNeverReachesTheAdvisor() {
    AtomicInteger built = new AtomicInteger();
    Supplier<PathwayAdvisor> advisors = () -> {
      built.incrementAndGet();
      return new FailingAdvisor();
    };
    CliRun r = CliRun.run("{\"yearsExperience\": 3}".getBytes(java.nio.charset.StandardCharsets.UTF_8), advisors,
        "advise", "-");
    assertEquals(2, r.code());
    assertEquals(0, built.get(), "no advisor is built for a refused profile");
  }
}
