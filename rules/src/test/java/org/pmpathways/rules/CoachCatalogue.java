package org.pmpathways.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids the coach review set may use and the dependencies between actions, read from
 * {@code coach-review/catalogue.tsv} (the draft catalogue of docs/action-catalogue.md).
 */
record CoachCatalogue(Map<String, String> actions, Map<String, String> warnings, Map<String, Set<String>> thenCome) {

  static CoachCatalogue load() {
    String resource = CoachCase.FOLDER + "/catalogue.tsv";
    Map<String, String> actions = new LinkedHashMap<>();
    Map<String, String> warnings = new LinkedHashMap<>();
    Map<String, Set<String>> thenCome = new LinkedHashMap<>();
    try (InputStream in = CoachCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 3) {
          throw new IllegalStateException(resource + " line " + number + ": expected 3 tab-separated cells");
        }
        switch (cells[0]) {
          case "action" -> actions.put(cells[1], cells[2]);
          case "warning" -> warnings.put(cells[1], cells[2]);
          case "order" -> thenCome.computeIfAbsent(cells[1], k -> new LinkedHashSet<>()).add(cells[2]);
          default -> throw new IllegalStateException(resource + " line " + number + ": unknown kind " + cells[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CoachCatalogue(Map.copyOf(actions), Map.copyOf(warnings), Map.copyOf(thenCome));
  }

  /** Whether the catalogue's dependencies put {@code before} ahead of {@code after}, directly or through a chain. */
  boolean requiresOrder(String before, String after) {
    Deque<String> todo = new ArrayDeque<>(List.of(before));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      for (String next : thenCome.getOrDefault(todo.pop(), Set.of())) {
        if (next.equals(after)) {
          return true;
        }
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return false;
  }
}
