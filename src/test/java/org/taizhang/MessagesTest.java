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
