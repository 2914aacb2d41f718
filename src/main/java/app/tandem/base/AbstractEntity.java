package app.tandem.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

/**
 * Base of every edited entity: an optimistic-lock version so that two people saving the same
 * record end in a conflict message instead of a silent overwrite.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
