package org.pmpathways.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.WhatIf;

/** Renders what completing each action would change, for a person or as JSON. */
final class WhatIfText {
  private static final JsonFactory JSON = new JsonFactory();

  private WhatIfText() {}

  static String render(List<WhatIf> all, Function<Enum<?>, String> words) {
    StringBuilder sb = new StringBuilder("\nWhat completing each action would change:\n");
    for (WhatIf w : all) {
      sb.append("  ").append(w.actionId()).append(":");
      boolean any = false;
      if (w.changesStage()) {
        sb.append(" stage ").append(name(w.before().stage(), words)).append(" -> ").append(name(w.after().stage(), words))
            .append(';');
        any = true;
      }
      if (w.before().primary() != w.after().primary()) {
        sb.append(" primary pathway ").append(name(w.before().primary(), words)).append(" -> ")
            .append(name(w.after().primary(), words)).append(';');
        any = true;
      }
      for (Pathway p : Pathway.values()) {
        int change = w.scoreChange(p);
        if (change != 0) {
          sb.append(' ').append(words.apply(p)).append(' ').append(w.before().scores().getOrDefault(p, 0)).append(" -> ")
              .append(w.after().scores().getOrDefault(p, 0)).append(';');
          any = true;
        }
      }
      if (!w.unlocked().isEmpty()) {
        sb.append(" unlocks ").append(String.join(", ", w.unlocked())).append(';');
        any = true;
      }
      if (!any) {
        sb.append(" no change to the scores or the stage; the next plan goes on without it;");
      }
      sb.setLength(sb.length() - 1);
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String name(Enum<?> value, Function<Enum<?>, String> words) {
    return value == null ? "none" : words.apply(value);
  }

  static String json(List<WhatIf> all) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("whatIf");
      for (WhatIf w : all) {
        g.writeStartObject();
        g.writeStringField("actionId", w.actionId());
        outlook(g, "before", w.before());
        outlook(g, "after", w.after());
        g.writeArrayFieldStart("unlocked");
        for (String id : w.unlocked()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void outlook(JsonGenerator g, String field, WhatIf.Outlook o) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("primaryPathway", o.primary() == null ? null : o.primary().name());
    g.writeStringField("stage", o.stage() == null ? null : o.stage().name());
    g.writeObjectFieldStart("scores");
    for (Map.Entry<Pathway, Integer> e : o.scores().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
