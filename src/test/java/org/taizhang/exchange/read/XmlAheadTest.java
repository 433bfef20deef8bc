package org.taizhang.exchange.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * A sheet's XML parsed ahead on a second thread (XmlAhead) reads as the parser itself: the same
 * events with the same names, attributes and texts, a failure where the parser failed, and the
 * parser stopped when the reader stops early.
 */
class XmlAheadTest {
    /** A sheet of many rows, with what sheets hold: inline strings, CDATA, whitespace, a prefix, an entity. */
    private static String sheet(int rows) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
                + "<x:cols><x:col min=\"2\" max=\"3\" hidden=\"1\"/></x:cols><x:sheetData>\n");
        for (int r = 1; r <= rows; r++) {
            b.append("  <x:row r=\"").append(r).append("\" spans=\"1:3\">")
                    .append("<x:c r=\"A").append(r).append("\" t=\"inlineStr\"><x:is><x:t>第").append(r)
                    .append("项 &amp; “改革”</x:t></x:is></x:c>")
                    .append("<x:c r=\"B").append(r).append("\" s=\"2\"><x:v>").append(r * 1.5).append("</x:v></x:c>")
                    .append("<x:c r=\"C").append(r).append("\" t=\"str\"><x:v><![CDATA[<b>").append(r)
                    .append("</b>]]></x:v></x:c></x:row>\n");
        }
        return b.append("</x:sheetData><x:mergeCells><x:mergeCell ref=\"A1:A3\"/></x:mergeCells></x:worksheet>")
                .toString();
    }

    private static XMLStreamReader parser(String xml) throws XMLStreamException {
        return XlsxParts.xml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every event as text: its type, and its name and attributes or its characters. */
    private static List<String> events(XMLStreamReader x) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        while (x.hasNext()) {
            int e = x.next();
            StringBuilder s = new StringBuilder().append(e);
            if (e == XMLStreamConstants.START_ELEMENT) {
                s.append(' ').append(x.getLocalName());
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    s.append(' ').append(x.getAttributeLocalName(i)).append('=').append(x.getAttributeValue(i));
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                s.append(' ').append(x.getLocalName());
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                s.append(' ').append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void theEventsAreTheParsersOwn() throws XMLStreamException {
        String xml = sheet(5_000); // many batches
        List<String> direct = events(parser(xml));
        List<String> ahead;
        try (XmlAhead x = XmlAhead.of(parser(xml))) {
            ahead = events(x);
        }
        assertTrue(direct.size() > 50_000, "several batches: " + direct.size());
        assertEquals(direct, ahead);
    }

    @Test
    void aDamagedSheetFailsAfterTheEventsBeforeTheDamage() throws XMLStreamException {
        String whole = sheet(3_000);
        String xml = whole.substring(0, whole.indexOf("<x:row r=\"2500\"")) + "<x:row r=\"2500\"><x:c <<<";
        List<String> seen = new ArrayList<>();
        XMLStreamException direct = assertThrows(XMLStreamException.class, () -> collect(parser(xml), seen));
        List<String> seenAhead = new ArrayList<>();
        try (XmlAhead x = XmlAhead.of(parser(xml))) {
            XMLStreamException ahead = assertThrows(XMLStreamException.class, () -> collect(x, seenAhead));
            assertEquals(direct.getMessage(), ahead.getMessage());
        }
        assertEquals(seen, seenAhead, "the same events before the failure");
    }

    @Test
    void aDoctypeIsRefusedAsByTheParser() throws XMLStreamException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"b\">]><worksheet/>";
        XMLStreamException direct = assertThrows(XMLStreamException.class, () -> collect(parser(xml), new ArrayList<>()));
        try (XmlAhead x = XmlAhead.of(parser(xml))) {
            XMLStreamException ahead = assertThrows(XMLStreamException.class, () -> collect(x, new ArrayList<>()));
            assertEquals(direct.getClass(), ahead.getClass());
        }
    }

    @Test
    void stoppingEarlyStopsTheParserBeforeItsStreamCloses() throws Exception {
        byte[] xml = sheet(50_000).getBytes(StandardCharsets.UTF_8);
        int[] read = {0};
        boolean[] closed = {false};
        InputStream counting = new InputStream() {
            private final InputStream in = new ByteArrayInputStream(xml);

            @Override
            public int read() throws IOException {
                if (closed[0]) {
                    throw new IOException("read after close");
                }
                int b = in.read();
                read[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (closed[0]) {
                    throw new IOException("read after close");
                }
                int n = in.read(buf, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (InputStream in = counting; XmlAhead x = XmlAhead.of(XlsxParts.xml(in))) {
            for (int i = 0; i < 100 && x.hasNext(); i++) {
                x.next();
            }
        }
        assertTrue(read[0] < xml.length / 2, "the parser stopped soon after the reader: " + read[0] + " of " + xml.length);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("taizhang-xml") && t.isAlive()), "no parser thread left");
    }

    private static void collect(XMLStreamReader x, List<String> into) throws XMLStreamException {
        while (x.hasNext()) {
            int e = x.next();
            into.add(e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT
                    ? e + " " + x.getLocalName() : Integer.toString(e));
        }
    }
}
