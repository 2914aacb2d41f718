package app.tandem.casefile;

import java.util.function.Function;

/**
 * One value for each partner, such as a partner's scores at a session or their completion of
 * an assignment. Either value may be null where the case file allows it.
 *
 * @param a the value for partner A
 * @param b the value for partner B
 * @param <T> the value type
 */
public record PerPartner<T>(T a, T b) {

    /** A pair with the same value for both partners. */
    public static <T> PerPartner<T> both(T value) {
        return new PerPartner<>(value, value);
    }

    /** The value for {@code partner}. */
    public T get(PartnerId partner) {
        return partner == PartnerId.A ? a : b;
    }

    /** A pair holding {@code f} applied to each value (null values are passed to {@code f} too). */
    public <R> PerPartner<R> map(Function<? super T, ? extends R> f) {
        return new PerPartner<>(f.apply(a), f.apply(b));
    }
}
