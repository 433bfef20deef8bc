package org.taizhang.report;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/** Lists that are views: a row is made when it is asked for and held by nobody after. */
public final class Lists {
    private Lists() {
    }

    /** {@code from} with {@code f} applied to each element as it is read; {@code from} should be a random-access list. */
    public static <A, B> List<B> mapped(List<A> from, Function<? super A, ? extends B> f) {
        final class Mapped extends AbstractList<B> implements RandomAccess {
            @Override
            public B get(int index) {
                return f.apply(from.get(index));
            }

            @Override
            public int size() {
                return from.size();
            }
        }
        return new Mapped();
    }
}
