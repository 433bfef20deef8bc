package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.report.layout.Palette;

/** The style sheet as a design system: colours only in its tokens, and the tokens the report prints with. */
class CssTokensTest {
    private static final Pattern TOKEN = Pattern.compile("^\\s*(-color-[a-z-]+):\\s*(#[0-9a-fA-F]{6,8});", Pattern.MULTILINE);
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(white|black)\\b");

    private static String css() throws Exception {
        return Files.readString(Path.of("fxml/taizhang.css"), StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> tokens(String css) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = TOKEN.matcher(css);
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2).substring(1, 7), 16));
        }
        return out;
    }

    @Test
    void everyColourIsAToken() throws Exception {
        String css = css();
        String rules = css.substring(css.indexOf('}') + 1).replaceAll("/\\*(?s).*?\\*/", "");
        List<String> raw = new ArrayList<>();
        Matcher m = COLOUR.matcher(rules);
        while (m.find()) {
            raw.add(m.group());
        }
        assertEquals(List.of(), raw, "colours written outside the tokens of .root");
        assertTrue(tokens(css).size() >= 30, "the tokens are read: " + tokens(css).keySet());
    }

    @Test
    void statusAndLightColoursAreThoseOfThePrintedReport() throws Exception {
        Map<String, Integer> tokens = tokens(css());
        assertEquals(Palette.STATUS.get(Status.DONE), tokens.get("-color-status-done"));
        assertEquals(Palette.STATUS.get(Status.IN_PROGRESS), tokens.get("-color-status-in-progress"));
        assertEquals(Palette.STATUS.get(Status.BEHIND), tokens.get("-color-status-behind"));
        assertEquals(Palette.STATUS.get(Status.NOT_STARTED), tokens.get("-color-status-not-started"));
        assertEquals(Palette.STATUS.get(Status.ONGOING), tokens.get("-color-status-ongoing"));
        assertEquals(Palette.WITHDRAWN, tokens.get("-color-status-withdrawn"));
        assertEquals(Palette.LIGHT.get(Light.GREEN), tokens.get("-color-light-green"));
        assertEquals(Palette.LIGHT.get(Light.YELLOW), tokens.get("-color-light-yellow"));
        assertEquals(Palette.LIGHT.get(Light.RED), tokens.get("-color-light-red"));
        // a difference is marked in the documents in the window's colours
        assertEquals(Integer.valueOf(org.taizhang.exchange.export.DiffLook.REMOVED_RGB, 16),
                tokens.get("-color-diff-removed-fg"));
        assertEquals(Integer.valueOf(org.taizhang.exchange.export.DiffLook.ADDED_RGB, 16),
                tokens.get("-color-diff-added-fg"));
    }
}
