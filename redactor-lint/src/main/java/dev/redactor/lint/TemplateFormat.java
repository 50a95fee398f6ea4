package dev.redactor.lint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file that hold message templates, known by their file name.
 *
 * <ul>
 *   <li>{@link #TEXT} ({@code .txt}): one template per line; blank lines and {@code #} comments
 *       are skipped.
 *   <li>{@link #PROPERTIES} ({@code .properties}): Java properties and message bundles; every
 *       value is a template, escapes decoded.
 *   <li>{@link #JSON} and {@link #YAML}: catalogs; every string leaf is a template, keyed by its
 *       path ({@code /reminders/0/text}).
 *   <li>{@link #CSV}: exports of campaign tools; the first row names the columns, every other
 *       cell with letters in it is a template.
 *   <li>{@link #WHOLE_FILE} (Mustache, Handlebars, Jinja, Liquid, FreeMarker, Velocity, Go
 *       templates): the whole file is one template; template comments are not part of it.
 *   <li>{@link #HTML} and {@link #MARKDOWN}: e-mail bodies; their text content is one template,
 *       tags and comments ignored, entities decoded, link targets kept.
 * </ul>
 */
public enum TemplateFormat {
  TEXT(List.of("txt", "text")),
  PROPERTIES(List.of("properties")),
  JSON(List.of("json")),
  YAML(List.of("yaml", "yml")),
  CSV(List.of("csv")),
  WHOLE_FILE(List.of("mustache", "hbs", "handlebars", "jinja", "jinja2", "j2", "liquid", "ftl",
      "ftlh", "ftlx", "vm", "tmpl", "tpl", "gotmpl")),
  HTML(List.of("html", "htm", "xhtml")),
  MARKDOWN(List.of("md", "markdown"));

  private final List<String> extensions;

  TemplateFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The file-name extensions of this format, without the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * The format of a file by its name. A template-engine extension after an HTML or Markdown one
   * ({@code reminder.html.hbs}) reads as HTML or Markdown with the engine's comments removed.
   */
  public static Optional<TemplateFormat> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    TemplateFormat f = byExtension(name.substring(dot + 1));
    if (f == WHOLE_FILE) {
      int inner = name.lastIndexOf('.', dot - 1);
      if (inner >= 0) {
        TemplateFormat g = byExtension(name.substring(inner + 1, dot));
        if (g == HTML || g == MARKDOWN) {
          return Optional.of(g);
        }
      }
    }
    return Optional.ofNullable(f);
  }

  private static TemplateFormat byExtension(String ext) {
    for (TemplateFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return f;
      }
    }
    return null;
  }
}
