package io.github.peoplecongress.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.peoplecongress.model.id.RecordId;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads each distinct id once per document: the thousand people, deputies and bodies of a committee are referred to
 * millions of times in a large set, and without this every reference would hold its own copy of the id and its text
 * (most of the heap of a million-record set). Ids are immutable, so sharing one is invisible.
 */
final class CanonicalIds {
  /** Distinct ids remembered per type and document; beyond this, ids are read as they come. */
  private static final int MAX_REMEMBERED = 1 << 16;

  private CanonicalIds() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("people-congress-canonical-ids");
    module.setDeserializers(new SimpleDeserializers() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription description) {
        Class<?> raw = type.getRawClass();
        return RecordId.class.isAssignableFrom(raw) && raw != RecordId.class ? new Deserializer(raw) : null;
      }
    });
    return module;
  }

  private static final class Deserializer extends StdScalarDeserializer<RecordId> {
    private static final long serialVersionUID = 1L;
    private final transient MethodHandle of;

    Deserializer(Class<?> type) {
      super(type);
      try {
        of = MethodHandles.publicLookup().findStatic(type, "of", MethodType.methodType(type, String.class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(type.getName() + " has no public static of(String)", e);
      }
    }

    @Override
    public RecordId deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (RecordId) context.handleUnexpectedToken(handledType(), parser);
      }
      String text = parser.getText();
      @SuppressWarnings("unchecked")
      Map<String, RecordId> seen = (Map<String, RecordId>) context.getAttribute(this);
      if (seen == null) {
        seen = new HashMap<>();
        context.setAttribute(this, seen);
      }
      RecordId id = seen.get(text);
      if (id == null) {
        id = create(text);
        if (seen.size() < MAX_REMEMBERED) {
          seen.put(text, id);
        }
      }
      return id;
    }

    private RecordId create(String text) {
      try {
        return (RecordId) of.invoke(text);
      } catch (RuntimeException | Error e) {
        throw e; // the id's own message: what is wrong with the text
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
