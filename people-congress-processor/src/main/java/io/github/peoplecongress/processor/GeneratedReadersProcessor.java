package io.github.peoplecongress.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes one class of streaming JSON readers for the model's value types, at build time, so that reading needs no
 * data binding and no constraint validator on the happy path: no reflection, no per-type introspection at run time.
 *
 * <p>It runs only when the option {@value #OPTION} names the class to write (the model's main compilation sets it),
 * reads every {@code @Value.Immutable} type of that compilation and claims nothing, so Immutables still processes
 * them. A type it cannot read or a constraint it cannot check is a compile error naming the method: a fast path that
 * quietly skipped a constraint would accept what the validator refuses.
 */
@SupportedAnnotationTypes(GeneratedReadersProcessor.IMMUTABLE)
@SupportedOptions(GeneratedReadersProcessor.OPTION)
public final class GeneratedReadersProcessor extends AbstractProcessor {
  static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  /** The option naming the class to write, such as {@code io.github.peoplecongress.model.json.GeneratedReaders}. */
  public static final String OPTION = "peoplecongress.readers";

  private boolean written;

  /** Creates the processor; called by the compiler. */
  public GeneratedReadersProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String target = processingEnv.getOptions().get(OPTION);
    if (target == null || target.isBlank() || written || annotations.isEmpty()) {
      return false;
    }
    written = true;
    TypeElement immutable = processingEnv.getElementUtils().getTypeElement(IMMUTABLE);
    List<TypeElement> types = round.getElementsAnnotatedWith(immutable).stream()
        .filter(element -> element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.INTERFACE)
        .map(TypeElement.class::cast)
        .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
        .collect(Collectors.toList());
    try {
      String source = new ReaderSource(processingEnv, types).write(target);
      try (Writer writer = processingEnv.getFiler().createSourceFile(target, types.toArray(TypeElement[]::new))
          .openWriter()) {
        writer.write(source);
      }
    } catch (ReaderSource.Unsupported e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), e.element());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + target + ": " + e);
    }
    return false;
  }
}
