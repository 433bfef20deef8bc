package org.taizhang.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide that ships inside the program (org/taizhang/help/guide.md, guide_en.md), read
 * from the little Markdown it is written in: "# " the title, "## " a section, "- " a bullet,
 * **bold** and `code` within a line. Offline, so it is there on a PC without a network.
 */
public record Guide(String title, List<Section> sections) {

    /** A piece of a line: plain, bold or code. */
    public record Span(String text, boolean bold, boolean code) {
    }

    /** A paragraph or a bullet. */
    public record Block(boolean bullet, List<Span> spans) {
        /** The text without its marks, for searching. */
        public String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    public record Section(String title, List<Block> blocks) {
        @Override
        public String toString() {
            return title; // as the list of sections shows it
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\*\\*(.+?)\\*\\*|`(.+?)`");

    /** The guide in the program's language: English for English, Chinese otherwise. */
    public static Guide load(Locale locale) {
        String name = locale.getLanguage().equals("en") ? "guide_en.md" : "guide.md";
        try (InputStream in = Guide.class.getResourceAsStream("/org/taizhang/help/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the guide " + name + " is missing from the program");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Guide parse(String markdown) {
        String title = "";
        List<Section> sections = new ArrayList<>();
        String sectionTitle = null;
        List<Block> blocks = new ArrayList<>();
        for (String raw : markdown.split("\r?\n")) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                if (sectionTitle != null) {
                    sections.add(new Section(sectionTitle, List.copyOf(blocks)));
                }
                sectionTitle = line.substring(3).strip();
                blocks = new ArrayList<>();
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("- ")) {
                blocks.add(new Block(true, spans(line.substring(2).strip())));
            } else if (!line.isEmpty()) {
                blocks.add(new Block(false, spans(line)));
            }
        }
        if (sectionTitle != null) {
            sections.add(new Section(sectionTitle, List.copyOf(blocks)));
        }
        return new Guide(title, List.copyOf(sections));
    }

    static List<Span> spans(String line) {
        List<Span> out = new ArrayList<>();
        Matcher m = MARKS.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Span(line.substring(at, m.start()), false, false));
            }
            out.add(m.group(1) != null ? new Span(m.group(1), true, false) : new Span(m.group(2), false, true));
            at = m.end();
        }
        if (at < line.length()) {
            out.add(new Span(line.substring(at), false, false));
        }
        return out;
    }
}
