package app.tandem.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CounselorRepository extends JpaRepository<Counselor, Long> {

    Optional<Counselor> findByEmail(String email);

    boolean existsByEmail(String email);

    Slice<Counselor> findAllBy(Pageable pageable);

    List<Counselor> findByActiveTrueOrderByDisplayNameAsc();
}
