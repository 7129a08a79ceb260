package io.github.peoplecongress.model.validation;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@link PersonalData} attributes of model types, looked up once per type and accessor, so that the reader
 * and the validator mask their values in every problem they report.
 */
public final class PersonalDataFields {
  private static final Map<String, Optional<PersonalData.Mask>> MASKS = new ConcurrentHashMap<>();

  private PersonalDataFields() {}

  /**
   * Returns how an attribute's values are masked, if it is personal data.
   *
   * @param type  the model type or its generated implementation, not null
   * @param accessor  the accessor's name, such as {@code "getIdNumber"}, not null
   * @return the mask, empty when the attribute is not personal data
   */
  public static Optional<PersonalData.Mask> maskOf(Class<?> type, String accessor) {
    return MASKS.computeIfAbsent(type.getName() + "#" + accessor, key -> find(type, accessor));
  }

  /**
   * Returns how a property's values are masked, by its bare name as in JSON and in a constraint's property path.
   *
   * @param type  the model type or its generated implementation, not null
   * @param property  the property, such as {@code "idNumber"}, not null
   * @return the mask, empty when the property is not personal data
   */
  public static Optional<PersonalData.Mask> maskOfProperty(Class<?> type, String property) {
    if (property.isEmpty()) {
      return Optional.empty();
    }
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return maskOf(type, "get" + suffix).or(() -> maskOf(type, "is" + suffix));
  }

  private static Optional<PersonalData.Mask> find(Class<?> type, String accessor) {
    // the annotation sits on the abstract accessor; the generated class overrides it without the annotation
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Method method = c.getDeclaredMethod(accessor);
        PersonalData personal = method.getAnnotation(PersonalData.class);
        if (personal != null) {
          return Optional.of(personal.value());
        }
      } catch (NoSuchMethodException e) {
        // not declared at this level: look further up
      }
    }
    return Optional.empty();
  }
}
