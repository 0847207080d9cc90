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
 * <p>Thread-safe once built: it holds no state of its own, and its serializers and deserializers are
 * added in the constructor; register one instance with any number of mappers. Do not call the
 * {@code add...} methods it inherits from {@code SimpleModule} on an instance that mappers share.
 */
public final class PmPathwaysModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module for profiles and advice. */
  public PmPathwaysModule() {
    super("PmPathwaysModule");
    addDeserializer(Profile.class, new Reader<Profile>(ProfileJson::read));
    addSerializer(Profile.class, new Writer<Profile>(ProfileJson::write));
    addDeserializer(Advice.class, new Reader<Advice>(AdviceJson::read));
    addSerializer(Advice.class, new Writer<Advice>(AdviceJson::write));
  }

  /** How the library reads one value from a parser. */
  private interface Reading<T> {
    T from(JsonParser p) throws IOException;
  }

  /** How the library writes one value to a generator. */
  private interface Writing<T> {
    void to(T value, JsonGenerator g) throws IOException;
  }

  /** Reads with the library; a refused value becomes a mapping error with the refusal as its cause. */
  private static final class Reader<T> extends JsonDeserializer<T> {
    private final Reading<T> reading;

    Reader(Reading<T> reading) {
      this.reading = reading;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      try {
        return reading.from(p);
      } catch (InvalidProfileException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  private static final class Writer<T> extends JsonSerializer<T> {
    private final Writing<T> writing;

    Writer(Writing<T> writing) {
      this.writing = writing;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writing.to(value, g);
    }
  }
}
