package org.taizhang.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The small parts of an .xlsx that give a sheet's cells their meaning, read with StAX ignoring
 * namespaces: POI's own readers of them know only the transitional namespace, so a Strict OOXML
 * workbook (the namespaces of ISO 29500 strict) came out without strings or styles.
 */
final class XlsxParts {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // No DTDs: no entity expansion (billion laughs), no external entities.
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    private XlsxParts() {
    }

    /** A reader of the part that refuses a DOCTYPE, which no workbook part of Excel's or WPS's has. */
    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return new javax.xml.stream.util.StreamReaderDelegate(XML.createXMLStreamReader(in)) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new DoctypeFound();
                }
                return event;
            }
        };
    }

    /**
     * A DOCTYPE in a part: ignored (no entity is ever expanded or fetched), it is still refused by
     * name, since a file that carries one was made to attack the reader.
     */
    static final class DoctypeFound extends XMLStreamException {
        DoctypeFound() {
            super("DOCTYPE");
        }
    }

    static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    static String attribute(XMLStreamReader x, String wanted) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (local(x.getAttributeLocalName(i)).equals(wanted)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /**
     * Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_, a literal
     * "_x" is _x005F_x): undone here, as Excel and WPS show them.
     */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * How many characters of XML text to keep for a cell of at most {@code maxChars}: room for
     * every character to be written as _xHHHH_, and one more to tell a cell that is too long.
     */
    static int rawLimit(int maxChars) {
        return maxChars * 7 + 1;
    }

    /** Undoes the escapes and cuts text longer than {@code maxChars} to maxChars + 1 characters. */
    static String cellText(CharSequence raw, int maxChars) {
        String s = unescape(raw.toString());
        return s.length() > maxChars + 1 ? s.substring(0, maxChars + 1) : s;
    }

    /**
     * The shared strings: each item's text runs joined, phonetic guides (rPh) left out. An item
     * longer than {@code maxChars} is kept cut to maxChars + 1, enough to know it is too long.
     */
    static List<String> sharedStrings(InputStream in, int maxChars) throws XMLStreamException {
        List<String> items = new ArrayList<>();
        XMLStreamReader x = xml(in);
        StringBuilder text = new StringBuilder();
        boolean inItem = false;
        boolean inText = false;
        int phonetic = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (local(x.getLocalName())) {
                    case "si" -> {
                        inItem = true;
                        text.setLength(0);
                    }
                    case "rPh" -> phonetic++;
                    case "t" -> inText = inItem && phonetic == 0;
                    default -> {
                        // run properties and the like
                    }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && inText) {
                int room = rawLimit(maxChars) - text.length();
                if (room > 0) {
                    text.append(x.getTextCharacters(), x.getTextStart(), Math.min(room, x.getTextLength()));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (local(x.getLocalName())) {
                    case "si" -> {
                        items.add(text.length() == 0 ? "" : cellText(text, maxChars));
                        inItem = false;
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inText = false;
                    default -> {
                        // nothing to finish
                    }
                }
            }
        }
        x.close();
        return items;
    }

    /** The number format of each cell style (cellXfs), by the style's index. */
    record Styles(int[] formatIds, Map<Integer, String> formats) {
        static final Styles NONE = new Styles(new int[0], Map.of());

        /** The format's id, or -1 when the cell has no style the workbook defines. */
        int formatId(int style) {
            return style >= 0 && style < formatIds.length ? formatIds[style] : -1;
        }

        /** The format's code: the workbook's own, else Excel's built-in one; null when unknown. */
        String format(int formatId) {
            String own = formats.get(formatId);
            return own != null ? own : BuiltinFormats.getBuiltinFormat(formatId);
        }
    }

    static Styles styles(InputStream in) throws XMLStreamException, IOException {
        List<Integer> ids = new ArrayList<>();
        Map<Integer, String> formats = new HashMap<>();
        XMLStreamReader x = xml(in);
        boolean inCellXfs = false;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (local(x.getLocalName())) {
                    case "numFmt" -> {
                        String id = attribute(x, "numFmtId");
                        String code = attribute(x, "formatCode");
                        if (id != null && code != null) {
                            formats.put(number(id), code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = attribute(x, "numFmtId");
                            ids.add(id == null ? 0 : number(id));
                        }
                    }
                    default -> {
                        // fonts, fills, borders: nothing the import needs
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && local(x.getLocalName()).equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        x.close();
        return new Styles(ids.stream().mapToInt(Integer::intValue).toArray(), formats);
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
