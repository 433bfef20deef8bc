package org.taizhang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.taizhang.core.I18n;
import org.taizhang.core.task.TaskField;

/** The Chinese and English bundles say the same things. */
class MessagesTest {
    private final ResourceBundle zh = I18n.load(Locale.SIMPLIFIED_CHINESE);
    private final ResourceBundle en = I18n.load(Locale.ENGLISH);

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(zh.keySet()), new TreeSet<>(en.keySet()));
    }

    /** A key written twice is read once, silently: the second text wins wherever the first was meant. */
    @Test
    void noKeyIsWrittenTwice() throws Exception {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (var in = MessagesTest.class.getResourceAsStream("/org/taizhang/" + name)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    int eq = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).strip())) {
                        twice.add(line.substring(0, eq).strip());
                    }
                }
            }
            assertEquals(java.util.List.of(), twice, name);
        }
    }

    @Test
    void everyPatternFormatsWithTheSamePlaceholders() {
        for (String key : zh.keySet()) {
            assertEquals(placeholders(zh.getString(key)), placeholders(en.getString(key)), key);
            new MessageFormat(zh.getString(key)).format(new Object[] {"a", "b", "c", "d"});
        }
    }

    @Test
    void chineseIsTheDefaultEvenOnAnEnglishMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("改革任务", I18n.load(Locale.SIMPLIFIED_CHINESE).getString("field.title"));
            assertEquals("改革任务", I18n.load(Locale.FRENCH).getString("field.title"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyTaskFieldHasAName() {
        for (TaskField f : TaskField.values()) {
            assertTrue(zh.containsKey(f.labelKey()), f.labelKey());
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d)").matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
