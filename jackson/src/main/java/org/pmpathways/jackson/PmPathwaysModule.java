package org.pmpathways.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;

/**
 * Teaches a Jackson {@code ObjectMapper} the JSON of PM Pathways: {@link Profile} and {@link Advice}
 * are read and written exactly as {@link ProfileJson} and {@link AdviceJson} do, wherever they appear
 * (a request body, a field of the host's own type, a list).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PmPathwaysModule());
 * Profile profile = mapper.readValue(body, Profile.class);
 * String json = mapper.writeValueAsString(advisor.advise(profile));
 * }</pre>
 *
 * <p>A profile that the library refuses becomes a {@link JsonMappingException} (so frameworks answer
 * it as bad input, HTTP 400 in Spring) whose message names the field, and whose cause is the
 * {@link InvalidProfileException} with the field, the allowed values, line and column. The module is
 * also found by {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <p>Thread-safe: it holds no state; register one instance with any number of mappers.
 */
public final class PmPathwaysModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module for profiles and advice. */
  public PmPathwaysModule() {
    super("PmPathwaysModule");
    addDeserializer(Profile.class, new ProfileDeserializer());
    addSerializer(Profile.class, new ProfileSerializer());
    addDeserializer(Advice.class, new AdviceDeserializer());
    addSerializer(Advice.class, new AdviceSerializer());
  }

  private static JsonMappingException refused(JsonParser p, InvalidProfileException e) {
    return JsonMappingException.from(p, e.getMessage(), e);
  }

  private static final class ProfileDeserializer extends JsonDeserializer<Profile> {
    @Override
    public Profile deserialize(JsonParser p, DeserializationContext context) throws IOException {
      try {
        return ProfileJson.read(p);
      } catch (InvalidProfileException e) {
        throw refused(p, e);
      }
    }
  }

  private static final class ProfileSerializer extends JsonSerializer<Profile> {
    @Override
    public void serialize(Profile profile, JsonGenerator g, SerializerProvider provider) throws IOException {
      ProfileJson.write(profile, g);
    }
  }

  private static final class AdviceDeserializer extends JsonDeserializer<Advice> {
    @Override
    public Advice deserialize(JsonParser p, DeserializationContext context) throws IOException {
      try {
        return AdviceJson.read(p);
      } catch (InvalidProfileException e) {
        throw refused(p, e);
      }
    }
  }

  private static final class AdviceSerializer extends JsonSerializer<Advice> {
    @Override
    public void serialize(Advice advice, JsonGenerator g, SerializerProvider provider) throws IOException {
      AdviceJson.write(advice, g);
    }
  }
}
