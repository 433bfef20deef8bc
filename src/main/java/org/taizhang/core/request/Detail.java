package org.taizhang.core.request;

import java.util.Map;
import java.util.TreeMap;
import org.taizhang.core.LedgerException;

/**
 * The data of a request's event, kept in its adjustment's {@code detail}: a flat JSON object of
 * text values, keys sorted, so the same data always seals to the same hash. Written and read here
 * (core has no JSON library); anything else in a detail is refused as damaged.
 */
public final class Detail {
    private Detail() {
    }

    public static String encode(Map<String, String> values) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            if (b.length() > 1) {
                b.append(',');
            }
            quote(b, e.getKey());
            b.append(':');
            quote(b, e.getValue());
        }
        return b.append('}').toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> out = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int[] at = {0};
        expect(text, at, '{');
        if (peek(text, at) == '}') {
            at[0]++;
            return out;
        }
        while (true) {
            String key = string(text, at);
            expect(text, at, ':');
            out.put(key, string(text, at));
            char next = text.charAt(at[0]++);
            if (next == '}') {
                return out;
            }
            if (next != ',') {
                throw damaged(text);
            }
        }
    }

    private static char peek(String text, int[] at) {
        if (at[0] >= text.length()) {
            throw damaged(text);
        }
        return text.charAt(at[0]);
    }

    private static void expect(String text, int[] at, char c) {
        if (peek(text, at) != c) {
            throw damaged(text);
        }
        at[0]++;
    }

    private static String string(String text, int[] at) {
        expect(text, at, '"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = peek(text, at);
            at[0]++;
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = peek(text, at);
            at[0]++;
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (at[0] + 4 > text.length()) {
                        throw damaged(text);
                    }
                    b.append((char) Integer.parseInt(text.substring(at[0], at[0] + 4), 16));
                    at[0] += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private static LedgerException damaged(String text) {
        return new LedgerException("request.detailDamaged", text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
}
