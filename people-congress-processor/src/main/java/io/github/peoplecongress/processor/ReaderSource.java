package io.github.peoplecongress.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The source of the generated readers: for each value type, a method that reads its JSON object token by token into
 * the Immutables builder, builds it, and checks the built value's constraints as Hibernate Validator would (at least
 * as strictly). The methods call {@code FastInput}, which lives beside the generated class.
 */
final class ReaderSource {
  /** A type or constraint the readers cannot handle: a compile error at the element. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Element element;

    Unsupported(Element element, String message) {
      super(message);
      this.element = element;
    }

    Element element() {
      return element;
    }
  }

  private static final String CONSTRAINTS = "jakarta.validation.constraints.";
  private static final String RECORD_ID = "io.github.peoplecongress.model.id.RecordId";

  private final Elements elements;
  private final Types types;
  private final List<TypeElement> valueTypes;
  private final Set<String> valueTypeNames = new LinkedHashSet<>();
  /** Static fields of the generated class: patterns and validators, by their initialiser. */
  private final Map<String, String> constants = new LinkedHashMap<>();
  /** Static helper methods of the generated class, by name. */
  private final Map<String, String> helpers = new java.util.TreeMap<>();

  ReaderSource(ProcessingEnvironment environment, List<TypeElement> valueTypes) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.valueTypes = valueTypes;
    valueTypes.forEach(type -> valueTypeNames.add(type.getQualifiedName().toString()));
  }

  String write(String target) {
    int dot = target.lastIndexOf('.');
    StringBuilder methods = new StringBuilder();
    StringBuilder dispatch = new StringBuilder();
    StringBuilder properties = new StringBuilder();
    for (TypeElement type : valueTypes) {
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      String name = type.getQualifiedName().toString();
      String immutable = immutableName(type);
      List<Attribute> attributes = attributes(type);
      methods.append(readMethod(type, immutable, attributes));
      dispatch.append("    if (type == ").append(name).append(".class || type == ").append(immutable)
          .append(".class) {\n      return (T) ").append(readerName(type)).append("(in);\n    }\n");
      properties.append(properties.length() == 0 ? "" : ",\n").append("        java.util.Map.entry(").append(name)
          .append(".class, java.util.Set.of(").append(String.join(", ", attributes.stream()
              .map(attribute -> quote(attribute.json)).toList())).append("))");
    }
    StringBuilder source = new StringBuilder();
    source.append("package ").append(target, 0, dot).append(";\n\n")
        .append("/** Written by people-congress-processor from the model's value types; do not edit. */\n")
        .append("@javax.annotation.processing.Generated(\"io.github.peoplecongress.processor.GeneratedReadersProcessor\")\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("final class ").append(target.substring(dot + 1)).append(" {\n");
    constants.forEach((field, initialiser) -> source.append("  private static final ").append(initialiser)
        .append(";\n"));
    source.append("\n  private ").append(target.substring(dot + 1)).append("() {}\n\n")
        .append("  /** The value of the type at the current token, or null if no reader reads that type. */\n")
        .append("  static <T> T read(FastInput in, Class<T> type) throws java.io.IOException {\n")
        .append(dispatch).append("    return null;\n  }\n\n")
        .append("  /** The JSON property names each reader takes, for the tests that hold them to the data binding. */\n")
        .append("  static java.util.Map<Class<?>, java.util.Set<String>> properties() {\n")
        .append("    return java.util.Map.ofEntries(\n").append(properties).append(");\n  }\n")
        .append(methods);
    helpers.values().forEach(source::append);
    source.append("}\n");
    return source.toString();
  }

  /** A settable attribute: its JSON name, the builder's method for it and its declared type. */
  private record Attribute(ExecutableElement getter, String json, String builderName, TypeMirror type) {}

  private List<Attribute> attributes(TypeElement type) {
    List<Attribute> attributes = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      String property = propertyName(method);
      if (property == null) {
        continue;
      }
      boolean settable = method.getModifiers().contains(Modifier.ABSTRACT) || annotated(method, "org.immutables.value.Value.Default");
      if (!settable || annotated(method, "org.immutables.value.Value.Derived")
          || annotated(method, "org.immutables.value.Value.Lazy")) {
        continue;
      }
      if (annotated(method, "javax.annotation.Nullable") || annotated(method, "jakarta.annotation.Nullable")) {
        throw new Unsupported(method, "the generated readers do not read @Nullable attributes");
      }
      String json = jsonProperty(method);
      // the type as the value type sees it: Identified<PersonId>.getId() returns a PersonId
      TypeMirror returned = ((javax.lang.model.type.ExecutableType) types.asMemberOf((DeclaredType) type.asType(),
          method)).getReturnType();
      attributes.add(new Attribute(method, json == null ? property : json, property, returned));
    }
    return attributes;
  }

  /** The bare name of a getter ({@code getBirthDate} → {@code birthDate}), or null for any other method. */
  private static String propertyName(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID
        || method.getEnclosingElement().toString().equals("java.lang.Object")) {
      return null;
    }
    String name = method.getSimpleName().toString();
    String bare = name.startsWith("get") && name.length() > 3 ? name.substring(3)
        : name.startsWith("is") && name.length() > 2 ? name.substring(2) : null;
    if (bare == null || !Character.isUpperCase(bare.charAt(0))) {
      return null;
    }
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private String readMethod(TypeElement type, String immutable, List<Attribute> attributes) {
    StringBuilder out = new StringBuilder();
    out.append("\n  static ").append(immutable).append(' ').append(readerName(type))
        .append("(FastInput in) throws java.io.IOException {\n")
        .append("    ").append(immutable).append(".Builder b = ").append(immutable).append(".builder();\n")
        .append("    in.beginObject();\n");
    // each property once: cheaper than the parser's duplicate detection, which hashes every name of every object
    for (int word = 0; word * 64 < attributes.size(); word++) {
      out.append("    long seen").append(word).append(" = 0L;\n");
    }
    out
        .append("    for (String name = in.nextField(); name != null; name = in.nextField()) {\n")
        .append("      switch (name) {\n");
    for (int index = 0; index < attributes.size(); index++) {
      Attribute attribute = attributes.get(index);
      String seen = "seen" + index / 64;
      out.append("        case ").append(quote(attribute.json)).append(" -> { ").append(seen).append(" = FastInput.once(")
          .append(seen).append(", 1L << ").append(index % 64).append("); ").append(setStatement(attribute)).append(" }\n");
    }
    out.append("        default -> throw FastInput.Declined.INSTANCE;\n      }\n    }\n")
        .append("    ").append(immutable).append(" v = b.build();\n");
    checks(type, out);
    out.append("    return v;\n  }\n");
    return out.toString();
  }

  private String setStatement(Attribute attribute) {
    TypeMirror type = attribute.type;
    String raw = raw(type);
    String name = attribute.builderName;
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    switch (raw) {
      case "java.util.Optional" -> {
        return "{ if (!in.isNull()) { b." + name + "(" + read(argument(attribute.getter, type, 0), attribute.getter)
            + "); } }";
      }
      case "java.util.OptionalInt" -> {
        return "{ if (!in.isNull()) { b." + name + "(in.integer()); } }";
      }
      case "java.util.List", "java.util.Set" -> {
        TypeMirror element = argument(attribute.getter, type, 0);
        String collection = raw.equals("java.util.List") ? "java.util.ArrayList" : "java.util.LinkedHashSet";
        String add = raw.equals("java.util.List") ? "values.add(" + read(element, attribute.getter) + ");"
            : "FastInput.require(values.add(" + read(element, attribute.getter) + "));"; // a repeated element is declined
        return "{ in.beginArray(); " + collection + "<" + raw(element) + "> values = new " + collection
            + "<>(); while (in.nextElement()) { " + add + " } b.addAll" + capitalised + "(values); }";
      }
      default -> {
        if (attribute.json.equals("id") && type.getKind() == TypeKind.DECLARED
            && isRecordId((TypeElement) types.asElement(type))) {
          // a record's own id is met once: remembering it would only fill the table of shared ids
          return "b." + name + "(" + factory(raw, "of") + "(in.string()));";
        }
        return "b." + name + "(" + read(type, attribute.getter) + ");";
      }
    }
  }

  private TypeMirror argument(Element at, TypeMirror type, int index) {
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() <= index) {
      throw new Unsupported(at, "raw type " + type);
    }
    return arguments.get(index);
  }

  /** The expression that reads one value of the type at the current token. */
  private String read(TypeMirror type, Element at) {
    switch (type.getKind()) {
      case INT:
        return "in.integer()";
      case LONG:
        return "in.longInteger()";
      case BOOLEAN:
        return "in.bool()";
      case DECLARED:
        break;
      default:
        throw new Unsupported(at, "the generated readers cannot read " + type);
    }
    String raw = raw(type);
    TypeElement element = (TypeElement) types.asElement(type);
    switch (raw) {
      case "java.lang.String":
        return "in.string()";
      case "java.lang.Integer":
        return "in.integer()";
      case "java.lang.Long":
        return "in.longInteger()";
      case "java.lang.Boolean":
        return "in.bool()";
      case "java.math.BigDecimal":
        return "in.decimal()";
      case "java.time.LocalDate":
        return "in.date()";
      case "java.time.Year":
        return "in.year()";
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return "in.enumValue(" + raw + ".class)";
    }
    if (valueTypeNames.contains(raw)) {
      return readerName(element) + "(in)";
    }
    if (isRecordId(element)) {
      return shared(raw) + "(in)";
    }
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC) && annotated(method, "com.fasterxml.jackson.annotation.JsonCreator")
          && method.getParameters().size() == 1
          && raw(method.getParameters().get(0).asType()).equals("java.lang.String")) {
        return factory(raw, method.getSimpleName().toString()) + "(in.string())";
      }
    }
    throw new Unsupported(at, "the generated readers cannot read " + raw);
  }

  /**
   * The helper that makes a value from text by its factory, declining what the factory refuses. Helpers, not method
   * references: each reference would spin a class of its own on first use, a cost paid at every start.
   */
  private String factory(String raw, String method) {
    String helper = "make" + raw.substring(raw.lastIndexOf('.') + 1);
    helpers.putIfAbsent(helper, "\n  private static " + raw + " " + helper + "(String text) {\n    try {\n      return "
        + raw + "." + method + "(text);\n    } catch (RuntimeException e) {\n"
        + "      throw FastInput.Declined.INSTANCE;\n    }\n  }\n");
    return helper;
  }

  /** The helper that reads an id, shared with every equal id of its type read before in the document. */
  private String shared(String raw) {
    String helper = "shared" + raw.substring(raw.lastIndexOf('.') + 1);
    String make = factory(raw, "of");
    helpers.putIfAbsent(helper, "\n  private static " + raw + " " + helper + "(FastInput in) throws java.io.IOException {\n"
        + "    String text = in.string();\n    Object known = in.known(" + raw + ".class, text);\n"
        + "    return known != null ? (" + raw + ") known : in.remember(" + raw + ".class, text, " + make + "(text));\n"
        + "  }\n");
    return helper;
  }

  private boolean isRecordId(TypeElement element) {
    for (TypeMirror superclass = element.getSuperclass(); superclass.getKind() == TypeKind.DECLARED;
        superclass = ((TypeElement) types.asElement(superclass)).getSuperclass()) {
      if (raw(superclass).equals(RECORD_ID)) {
        return true;
      }
    }
    return false;
  }

  // ---- constraints ---------------------------------------------------------------------------------------------

  /**
   * The checks of the built value {@code v}: every constrained getter of the type and its supertypes, as Hibernate
   * Validator finds them (annotations on the getter, on its return type and on the return type's arguments, from the
   * getter and every getter it overrides), and the type's own constraints.
   */
  private void checks(TypeElement type, StringBuilder out) {
    for (AnnotationMirror constraint : typeConstraints(type)) {
      out.append("    FastInput.require(").append(check(constraint, "v", type.asType(), type)).append(");\n");
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (propertyName(method) == null || (method.getSimpleName().toString().startsWith("is")
          && method.getReturnType().getKind() != TypeKind.BOOLEAN)) {
        continue; // not a getter to the validator: it reads is* only for boolean
      }
      List<ExecutableElement> declarations = overridden(type, method);
      Set<String> seen = new LinkedHashSet<>();
      List<AnnotationMirror> onValue = new ArrayList<>();
      List<AnnotationMirror> onElement = new ArrayList<>();
      for (ExecutableElement declaration : declarations) {
        collect(declaration.getAnnotationMirrors(), seen, onValue);
        collect(declaration.getReturnType().getAnnotationMirrors(), seen, onValue);
        if (declaration.getReturnType() instanceof DeclaredType declared) {
          for (TypeMirror argument : declared.getTypeArguments()) {
            collect(argument.getAnnotationMirrors(), seen, onElement);
            if (argument instanceof DeclaredType nested) {
              for (TypeMirror deeper : nested.getTypeArguments()) {
                if (!constraintsOf(deeper.getAnnotationMirrors()).isEmpty()) {
                  throw new Unsupported(declaration, "constraints nested two levels deep are not checked");
                }
              }
            }
          }
        }
      }
      if (onValue.isEmpty() && onElement.isEmpty()) {
        continue;
      }
      String getter = "v." + method.getSimpleName() + "()";
      TypeMirror returned = method.getReturnType();
      String raw = returned.getKind() == TypeKind.DECLARED ? raw(returned) : returned.toString();
      switch (raw) {
        case "java.util.Optional" -> {
          // the validator unwraps an Optional for constraints on it and passes an empty one's value as null
          TypeMirror value = argument(method, returned, 0);
          for (AnnotationMirror constraint : concat(onValue, onElement)) {
            out.append("    FastInput.require(").append(check(constraint, getter + ".orElse(null)", value, method))
                .append(");\n");
          }
        }
        case "java.util.OptionalInt" -> {
          for (AnnotationMirror constraint : onValue) {
            out.append("    FastInput.require(").append(check(constraint, "(" + getter + ".isPresent() ? Integer.valueOf("
                + getter + ".getAsInt()) : null)", elements.getTypeElement("java.lang.Integer").asType(), method))
                .append(");\n");
          }
        }
        case "java.util.List", "java.util.Set" -> {
          for (AnnotationMirror constraint : onValue) {
            out.append("    FastInput.require(").append(check(constraint, getter, returned, method)).append(");\n");
          }
          if (!onElement.isEmpty()) {
            TypeMirror element = argument(method, returned, 0);
            out.append("    for (").append(raw(element)).append(" e : ").append(getter).append(") {\n");
            for (AnnotationMirror constraint : onElement) {
              out.append("      FastInput.require(").append(check(constraint, "e", element, method)).append(");\n");
            }
            out.append("    }\n");
          }
        }
        default -> {
          if (!onElement.isEmpty()) {
            throw new Unsupported(method, "constraints on the type arguments of " + raw + " are not checked");
          }
          for (AnnotationMirror constraint : onValue) {
            out.append("    FastInput.require(").append(check(constraint, getter, returned, method)).append(");\n");
          }
        }
      }
    }
  }

  private static List<AnnotationMirror> concat(List<AnnotationMirror> first, List<AnnotationMirror> second) {
    List<AnnotationMirror> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** The getter and every getter of a supertype it overrides. */
  private List<ExecutableElement> overridden(TypeElement type, ExecutableElement method) {
    List<ExecutableElement> declarations = new ArrayList<>();
    Set<String> visited = new LinkedHashSet<>();
    collectOverridden(type, type, method, declarations, visited);
    if (!declarations.contains(method)) {
      declarations.add(0, method);
    }
    return declarations;
  }

  private void collectOverridden(TypeElement root, TypeElement type, ExecutableElement method,
      List<ExecutableElement> declarations, Set<String> visited) {
    if (!visited.add(type.getQualifiedName().toString()) || type.getQualifiedName().contentEquals("java.lang.Object")) {
      return;
    }
    for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (candidate.getSimpleName().equals(method.getSimpleName()) && candidate.getParameters().isEmpty()
          && (candidate.equals(method) || elements.overrides(method, candidate, root))) {
        declarations.add(candidate);
      }
    }
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        collectOverridden(root, (TypeElement) types.asElement(supertype), method, declarations, visited);
      }
    }
  }

  private void collect(List<? extends AnnotationMirror> annotations, Set<String> seen, List<AnnotationMirror> into) {
    for (AnnotationMirror annotation : constraintsOf(annotations)) {
      if (seen.add(annotation.toString())) {
        into.add(annotation);
      }
    }
  }

  private List<AnnotationMirror> typeConstraints(TypeElement type) {
    List<AnnotationMirror> constraints = new ArrayList<>();
    for (TypeMirror t = type.asType(); t.getKind() == TypeKind.DECLARED;
        t = ((TypeElement) types.asElement(t)).getSuperclass()) {
      constraints.addAll(constraintsOf(types.asElement(t).getAnnotationMirrors()));
    }
    return constraints;
  }

  /** The constraint annotations among these: the standard ones and any annotated {@code @Constraint}. */
  private List<AnnotationMirror> constraintsOf(List<? extends AnnotationMirror> annotations) {
    List<AnnotationMirror> constraints = new ArrayList<>();
    for (AnnotationMirror annotation : annotations) {
      TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
      String name = annotationType.getQualifiedName().toString();
      if (name.startsWith(CONSTRAINTS) || annotated(annotationType, "jakarta.validation.Constraint")) {
        constraints.add(annotation);
      }
    }
    return constraints;
  }

  /** The boolean expression of one constraint on a value of the given type. */
  private String check(AnnotationMirror constraint, String value, TypeMirror valueType, Element at) {
    TypeElement annotationType = (TypeElement) constraint.getAnnotationType().asElement();
    String name = annotationType.getQualifiedName().toString();
    Map<String, Object> values = values(constraint);
    if (values.containsKey("groups") && !((List<?>) values.get("groups")).isEmpty()) {
      throw new Unsupported(at, "constraint groups are not checked: " + constraint);
    }
    boolean primitive = valueType.getKind().isPrimitive();
    String boxed = primitive ? boxed(valueType) + ".valueOf(" + value + ")" : value;
    boolean collection = !primitive && valueType.getKind() == TypeKind.DECLARED
        && (raw(valueType).equals("java.util.List") || raw(valueType).equals("java.util.Set"));
    String sized = collection ? "(java.util.Collection<?>) " + value : "(CharSequence) " + value;
    return switch (name) {
      case CONSTRAINTS + "NotNull" -> primitive ? "true" : value + " != null";
      case CONSTRAINTS + "NotBlank" -> "FastInput.notBlank(" + value + ")";
      case CONSTRAINTS + "NotEmpty" -> "FastInput.notEmpty(" + sized + ")";
      case CONSTRAINTS + "Size" -> "FastInput.size(" + sized + ", " + values.get("min") + ", " + values.get("max") + ")";
      case CONSTRAINTS + "Positive" -> "FastInput.signum(" + boxed + ", 1)";
      case CONSTRAINTS + "PositiveOrZero" -> "FastInput.signum(" + boxed + ", 0)";
      case CONSTRAINTS + "Min" -> "FastInput.min(" + boxed + ", " + values.get("value") + "L)";
      case CONSTRAINTS + "Max" -> "FastInput.max(" + boxed + ", " + values.get("value") + "L)";
      case CONSTRAINTS + "Digits" -> "FastInput.digits(" + boxed + ", " + values.get("integer") + ", "
          + values.get("fraction") + ")";
      case CONSTRAINTS + "Pattern" -> "FastInput.matches(" + value + ", " + pattern(values) + ")";
      default -> {
        if (name.startsWith(CONSTRAINTS)) {
          throw new Unsupported(at, "the generated readers do not check @" + annotationType.getSimpleName());
        }
        yield "FastInput.valid(" + validator(annotationType, at) + ", " + boxed + ")";
      }
    };
  }

  private String pattern(Map<String, Object> values) {
    int flags = 0;
    for (Object flag : (List<?>) values.get("flags")) {
      String constant = ((VariableElement) ((AnnotationValue) flag).getValue()).getSimpleName().toString();
      flags |= switch (constant) {
        case "UNIX_LINES" -> 0x01;
        case "CASE_INSENSITIVE" -> 0x02;
        case "COMMENTS" -> 0x04;
        case "MULTILINE" -> 0x08;
        case "DOTALL" -> 0x20;
        case "UNICODE_CASE" -> 0x40;
        case "CANON_EQ" -> 0x80;
        default -> throw new IllegalStateException(constant);
      };
    }
    String initialiser = "java.util.regex.Pattern PATTERN_" + constants.size() + " = java.util.regex.Pattern.compile("
        + quote((String) values.get("regexp")) + ", " + flags + ")";
    return constant(initialiser, "PATTERN_");
  }

  private String validator(TypeElement annotationType, Element at) {
    AnnotationMirror constraint = annotationType.getAnnotationMirrors().stream()
        .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals("jakarta.validation.Constraint"))
        .findFirst().orElseThrow();
    List<?> validatedBy = (List<?>) values(constraint).get("validatedBy");
    if (validatedBy.size() != 1) {
      throw new Unsupported(at, "@" + annotationType.getSimpleName() + " needs exactly one validator to be checked");
    }
    TypeElement validator = (TypeElement) types.asElement((TypeMirror) ((AnnotationValue) validatedBy.get(0)).getValue());
    boolean initialises = ElementFilter.methodsIn(validator.getEnclosedElements()).stream()
        .anyMatch(method -> method.getSimpleName().contentEquals("initialize"));
    if (initialises) {
      throw new Unsupported(at, validator + " reads its annotation in initialize(), which the generated readers do not call");
    }
    String raw = validator.getQualifiedName().toString();
    return constant(raw + " VALIDATOR_" + constants.size() + " = new " + raw + "()", "VALIDATOR_");
  }

  /** The field holding a constant, declared once per initialiser. */
  private String constant(String declaration, String prefix) {
    String initialiser = declaration.substring(declaration.indexOf(" = "));
    for (Map.Entry<String, String> entry : constants.entrySet()) {
      if (entry.getValue().endsWith(initialiser) && entry.getKey().startsWith(prefix)) {
        return entry.getKey();
      }
    }
    String field = declaration.substring(declaration.indexOf(prefix), declaration.indexOf(" = "));
    constants.put(field, declaration);
    return field;
  }

  // ---- names ---------------------------------------------------------------------------------------------------

  private Map<String, Object> values(AnnotationMirror annotation) {
    Map<String, Object> values = new LinkedHashMap<>();
    elements.getElementValuesWithDefaults(annotation)
        .forEach((method, value) -> values.put(method.getSimpleName().toString(), value.getValue()));
    return values;
  }

  private String immutableName(TypeElement type) {
    if (type.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      throw new Unsupported(type, "the generated readers read top-level value types only");
    }
    return elements.getPackageOf(type).getQualifiedName() + ".Immutable" + type.getSimpleName();
  }

  private static String readerName(TypeElement type) {
    return "read" + type.getSimpleName();
  }

  private static String jsonProperty(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("com.fasterxml.jackson.annotation.JsonProperty")) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
            : annotation.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value")) {
            return (String) entry.getValue().getValue();
          }
        }
      }
    }
    return null;
  }

  private static boolean annotated(Element element, String annotation) {
    return element.getAnnotationMirrors().stream().anyMatch(mirror ->
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation));
  }

  /** The erased, annotation-free name of a declared type. */
  private String raw(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return types.erasure(type).toString();
    }
    return ((TypeElement) types.asElement(type)).getQualifiedName().toString();
  }

  private String boxed(TypeMirror primitive) {
    return types.boxedClass(types.getPrimitiveType(primitive.getKind())).getQualifiedName().toString();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
