package org.taizhang.exchange.read;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.taizhang.core.Threads;

/**
 * A sheet's XML parsed on a second thread, a few thousand events ahead of the thread that reads
 * the cells (issue 19, item 4): unzipping and parsing a sheet is about as much work as what the
 * reader does with its cells, and a PC has two cores. The events come in the order the parser gave
 * them, with what a sheet's walk asks of them: an element's name and attributes, a text's
 * characters. A parser's failure comes at the event where it failed, as it was thrown. Closing it
 * stops the parser, which must happen before the stream under it is closed (try-with-resources
 * opened after the stream). Only the methods the sheet's walk calls are answered.
 */
final class XmlAhead implements XMLStreamReader, AutoCloseable {
    /** Events handed over at once. */
    private static final int BATCH = 2_048;
    /** Batches parsed ahead at most. */
    private static final int AHEAD = 8;

    /** Events of one batch: their types, and for each its name and attributes or its text. */
    private static final class Batch {
        final int[] types = new int[BATCH];
        final String[] names = new String[BATCH];
        final String[][] attributes = new String[BATCH][];
        final char[][] texts = new char[BATCH][];
        int size;
        /** The last batch: the document ended, or {@link #failure} was thrown after these events. */
        boolean last;
        Throwable failure;
    }

    private static final String[] NONE = new String[0];

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread parser;
    private volatile boolean stopped;
    private Batch batch;
    private int at = -1;

    /** Starts parsing {@code x} on a second thread. */
    static XmlAhead of(XMLStreamReader x) {
        return new XmlAhead(x);
    }

    private XmlAhead(XMLStreamReader x) {
        parser = Threads.ahead("taizhang-xml", () -> parse(x));
    }

    private void parse(XMLStreamReader x) {
        Batch b = new Batch();
        try {
            while (!stopped && x.hasNext()) {
                int event = x.next();
                int i = b.size++;
                b.types[i] = event;
                if (event == START_ELEMENT) {
                    b.names[i] = x.getLocalName();
                    int n = x.getAttributeCount();
                    String[] pairs = n == 0 ? NONE : new String[2 * n];
                    for (int a = 0; a < n; a++) {
                        pairs[2 * a] = x.getAttributeLocalName(a);
                        pairs[2 * a + 1] = x.getAttributeValue(a);
                    }
                    b.attributes[i] = pairs;
                } else if (event == END_ELEMENT) {
                    b.names[i] = x.getLocalName();
                } else if (event == CHARACTERS || event == CDATA || event == SPACE) {
                    int start = x.getTextStart();
                    b.texts[i] = java.util.Arrays.copyOfRange(x.getTextCharacters(), start, start + x.getTextLength());
                }
                if (b.size == BATCH) {
                    handOver(b);
                    b = new Batch();
                }
            }
            b.last = true;
        } catch (XMLStreamException | RuntimeException | Error e) {
            b.last = true;
            b.failure = e;
        }
        handOver(b);
    }

    /** Waits for room, unless the reader stopped (it takes nothing more then). */
    private void handOver(Batch b) {
        try {
            while (!stopped && !queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                // the reader is busy: wait
            }
        } catch (InterruptedException e) {
            stopped = true; // nobody interrupts this thread but a JVM going down
        }
    }

    /** True when another event is there, waiting for the parser if need be; a parser's failure is thrown here. */
    private boolean more() throws XMLStreamException {
        while (batch == null || at + 1 >= batch.size) {
            if (batch != null && batch.last) {
                Throwable f = batch.failure;
                if (f instanceof XMLStreamException e) {
                    throw e;
                } else if (f instanceof RuntimeException e) {
                    throw e;
                } else if (f instanceof Error e) {
                    throw e;
                }
                return false;
            }
            batch = take();
            at = -1;
        }
        return true;
    }

    /** The next batch, uninterrupted: what the reader does with the cells decides when it stops (Progress.check). */
    private Batch take() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        return more();
    }

    @Override
    public int next() throws XMLStreamException {
        if (!more()) {
            throw new java.util.NoSuchElementException("no more events");
        }
        return batch.types[++at];
    }

    /** Stops the parser and waits for it: the stream under it may be closed after. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        Threads.awaitEnd(parser);
    }

    @Override
    public int getEventType() {
        return at < 0 ? START_DOCUMENT : batch.types[at];
    }

    @Override
    public String getLocalName() {
        return batch.names[at];
    }

    @Override
    public int getAttributeCount() {
        return batch.attributes[at].length / 2;
    }

    @Override
    public String getAttributeLocalName(int index) {
        return batch.attributes[at][2 * index];
    }

    @Override
    public String getAttributeValue(int index) {
        return batch.attributes[at][2 * index + 1];
    }

    @Override
    public char[] getTextCharacters() {
        return batch.texts[at];
    }

    @Override
    public int getTextStart() {
        return 0;
    }

    @Override
    public int getTextLength() {
        return batch.texts[at].length;
    }

    @Override
    public String getText() {
        return new String(batch.texts[at]);
    }

    @Override
    public boolean isStartElement() {
        return getEventType() == XMLStreamConstants.START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return getEventType() == XMLStreamConstants.END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return getEventType() == XMLStreamConstants.CHARACTERS;
    }

    @Override
    public boolean hasText() {
        int t = getEventType();
        return t == CHARACTERS || t == CDATA || t == SPACE;
    }

    @Override
    public boolean hasName() {
        int t = getEventType();
        return t == START_ELEMENT || t == END_ELEMENT;
    }

    // ---- what the sheet's walk never asks -------------------------------------------------------

    private static UnsupportedOperationException notHere() {
        return new UnsupportedOperationException("not read ahead");
    }

    @Override
    public Object getProperty(String name) {
        throw notHere();
    }

    @Override
    public void require(int type, String namespaceURI, String localName) {
        throw notHere();
    }

    @Override
    public String getElementText() {
        throw notHere();
    }

    @Override
    public int nextTag() {
        throw notHere();
    }

    @Override
    public String getNamespaceURI(String prefix) {
        throw notHere();
    }

    @Override
    public boolean isWhiteSpace() {
        throw notHere();
    }

    @Override
    public String getAttributeValue(String namespaceURI, String localName) {
        throw notHere();
    }

    @Override
    public QName getAttributeName(int index) {
        throw notHere();
    }

    @Override
    public String getAttributeNamespace(int index) {
        throw notHere();
    }

    @Override
    public String getAttributePrefix(int index) {
        throw notHere();
    }

    @Override
    public String getAttributeType(int index) {
        throw notHere();
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        throw notHere();
    }

    @Override
    public int getNamespaceCount() {
        throw notHere();
    }

    @Override
    public String getNamespacePrefix(int index) {
        throw notHere();
    }

    @Override
    public String getNamespaceURI(int index) {
        throw notHere();
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        throw notHere();
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        throw notHere();
    }

    @Override
    public String getEncoding() {
        throw notHere();
    }

    @Override
    public javax.xml.stream.Location getLocation() {
        throw notHere();
    }

    @Override
    public QName getName() {
        throw notHere();
    }

    @Override
    public String getNamespaceURI() {
        throw notHere();
    }

    @Override
    public String getPrefix() {
        throw notHere();
    }

    @Override
    public String getVersion() {
        throw notHere();
    }

    @Override
    public boolean isStandalone() {
        throw notHere();
    }

    @Override
    public boolean standaloneSet() {
        throw notHere();
    }

    @Override
    public String getCharacterEncodingScheme() {
        throw notHere();
    }

    @Override
    public String getPITarget() {
        throw notHere();
    }

    @Override
    public String getPIData() {
        throw notHere();
    }
}
