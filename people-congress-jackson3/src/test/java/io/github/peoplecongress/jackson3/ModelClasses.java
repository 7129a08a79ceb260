package io.github.peoplecongress.jackson3;

import io.github.peoplecongress.model.records.CommitteeRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Every class of the model artifact (its jar, or its classes directory in a reactor build), loaded uninitialised. */
final class ModelClasses {
  private static final String PACKAGE = "io/github/peoplecongress/model/";

  private ModelClasses() {}

  static List<Class<?>> all() {
    Path location;
    try {
      location = Path.of(CommitteeRecords.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.map(file -> location.relativize(file).toString().replace('\\', '/')).forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream().map(entry -> entry.getName()).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(location.toString(), e);
    }
    ClassLoader loader = CommitteeRecords.class.getClassLoader();
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith(PACKAGE) && name.endsWith(".class") && !name.endsWith("package-info.class")) {
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        try {
          classes.add(Class.forName(className, false, loader));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(className, e);
        }
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    if (classes.size() < 100) {
      throw new IllegalStateException("found only " + classes.size() + " model classes in " + location);
    }
    return classes;
  }
}
