package app.tandem.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select count(f) from LoginFailure f where f.usernameKey = :key and f.failedAt > :since")
    long countSince(String key, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.usernameKey = :key")
    void deleteByKey(String key);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    int deleteOlderThan(Instant before);
}
