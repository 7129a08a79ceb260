package io.github.peoplecongress.model.json;

import io.github.peoplecongress.model.problem.ImmutableProblem;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files that paths given on a command line or by a host stand for, each once. */
final class RecordFiles {
  private static final int MAX_DEPTH = 8;

  private RecordFiles() {}

  /**
   * Expands directories into the {@code .json} files below them, in path order, and reports a file given twice
   * (by any name) and a directory with no {@code .json} file as problems.
   */
  static List<Path> expand(Collection<Path> paths, List<Problem> problems) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no file to read");
    }
    List<Path> files = new ArrayList<>();
    Map<Path, Path> firstNameOf = new HashMap<>();
    for (Path path : paths) {
      List<Path> found = Files.isDirectory(path) ? jsonFilesBelow(path) : List.of(path);
      if (found.isEmpty()) {
        problems.add(problem(path, "a directory with .json files", "no .json file below it"));
      }
      for (Path file : found) {
        Path real = realPath(file);
        Path earlier = firstNameOf.putIfAbsent(real, file);
        if (earlier == null) {
          files.add(file);
        } else {
          problems.add(problem(file, "each file once",
              "the same file as " + earlier + " again; its records would be counted twice"));
        }
      }
    }
    return files;
  }

  private static List<Path> jsonFilesBelow(Path directory) {
    try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read directory " + directory + ": " + reason(e), e);
    }
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + reason(e), e);
    }
  }

  /** Reads a file's text: its bytes, decoded as strict UTF-8. */
  static String textOf(Path file) throws IOException {
    return Utf8Text.decode(bytesOf(file), file.toString());
  }

  /** Opens a file to stream its bytes, refusing as {@link #textOf} does. */
  static InputStream open(Path file) throws IOException {
    requireRegularFile(file);
    return Files.newInputStream(file);
  }

  private static byte[] bytesOf(Path file) throws IOException {
    requireRegularFile(file);
    return Files.readAllBytes(file);
  }

  /**
   * Refuses, without blocking, what is not a regular file: a directory, a named pipe with no writer, a device.
   */
  private static void requireRegularFile(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new IOException("not a regular file (a pipe, socket or device is not read)");
    }
  }

  /** Says in words why a file could not be read, instead of repeating its name. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Problem problem(Path path, String expected, String found) {
    return ImmutableProblem.copyOf(Problem.of(ProblemKind.INTEGRITY, "$", "", expected, found))
        .withSource(path.toString());
  }
}
